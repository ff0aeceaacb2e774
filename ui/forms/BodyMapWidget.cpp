#include "BodyMapWidget.h"

#include "BodyMapAccessible.h"
#include "ChartPalette.h"
#include "Vocabulary.h"

#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>
#include <limits>

namespace backstride {
namespace {

// Each figure is drawn in a 200 x 450 box; the widget scales both to fit, side by side.
constexpr qreal kFigureWidth = 200;
constexpr qreal kFigureHeight = 450;
constexpr qreal kCaptionHeight = 40;
constexpr qreal kGap = 50; // between the figures, room for the side letters

QPainterPath rect(qreal x, qreal y, qreal w, qreal h, qreal radius = 6)
{
    QPainterPath path;
    path.addRoundedRect(QRectF(x, y, w, h), radius, radius);
    return path;
}

QPainterPath bodyOutline()
{
    QPainterPath body;
    body.addEllipse(QPointF(100, 34), 24, 28); // head
    body.addRoundedRect(QRectF(88, 58, 24, 16), 4, 4); // neck
    QPainterPath torso;
    torso.moveTo(44, 78);
    torso.quadTo(100, 66, 156, 78);
    torso.lineTo(150, 170);
    torso.quadTo(156, 200, 154, 232);
    torso.lineTo(46, 232);
    torso.quadTo(44, 200, 50, 170);
    torso.closeSubpath();
    body.addPath(torso);
    // arms, hanging a little away from the body
    QPainterPath arm;
    arm.moveTo(44, 80);
    arm.quadTo(26, 90, 22, 150);
    arm.lineTo(14, 246);
    arm.quadTo(20, 256, 30, 248);
    arm.lineTo(40, 160);
    arm.closeSubpath();
    body.addPath(arm);
    body.addPath(QTransform(-1, 0, 0, 1, 200, 0).map(arm));
    // legs and feet
    body.addRoundedRect(QRectF(50, 226, 48, 196), 14, 14);
    body.addRoundedRect(QRectF(102, 226, 48, 196), 14, 14);
    body.addRoundedRect(QRectF(46, 412, 52, 24), 8, 8);
    body.addRoundedRect(QRectF(102, 412, 52, 24), 8, 8);
    return body.simplified();
}

// Regions in tab order: the low back first (the commonest site, where the keyboard lands), then
// the rest of the back and the front, down the body. On the back view the runner's left is on the
// viewer's left (x < 100); on the front view it is on the viewer's right.
QList<std::tuple<const char*, bool, QPainterPath>> regionShapes()
{
    return {
        {"lower-back-center", true, rect(88, 166, 24, 40)},
        {"lower-back-left", true, rect(56, 166, 30, 40)},
        {"lower-back-right", true, rect(114, 166, 30, 40)},
        {"mid-back", true, rect(64, 112, 72, 50)},
        {"buttock-left", true, rect(50, 210, 48, 42, 16)},
        {"buttock-right", true, rect(102, 210, 48, 42, 16)},
        {"thigh-back-left", true, rect(52, 256, 44, 68)},
        {"thigh-back-right", true, rect(104, 256, 44, 68)},
        {"calf-left", true, rect(54, 346, 40, 62)},
        {"calf-right", true, rect(106, 346, 40, 62)},
        {"hip-right", false, rect(44, 194, 22, 40)},
        {"hip-left", false, rect(134, 194, 22, 40)},
        {"groin-right", false, rect(70, 214, 28, 26)},
        {"groin-left", false, rect(102, 214, 28, 26)},
        {"thigh-front-right", false, rect(52, 244, 44, 74)},
        {"thigh-front-left", false, rect(104, 244, 44, 74)},
        {"knee-right", false, rect(54, 320, 40, 28, 12)},
        {"knee-left", false, rect(106, 320, 40, 28, 12)},
        {"shin-right", false, rect(56, 350, 36, 60)},
        {"shin-left", false, rect(108, 350, 36, 60)},
        {"foot-right", false, rect(46, 412, 52, 24, 8)},
        {"foot-left", false, rect(102, 412, 52, 24, 8)},
    };
}

QString label(const QString& site)
{
    return Vocabulary::label(VocabularyKind::Site, site);
}

} // namespace

BodyMapWidget::BodyMapWidget(QWidget* parent) : QWidget(parent), m_outline(bodyOutline())
{
    for (const auto& [site, back, path] : regionShapes())
        m_regions.append(Region {QString::fromLatin1(site), back, path});
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    BodyMapAccessible::install();
    setAccessibleName(tr("Body map of pain sites"));
    updateAccessibleDescription();
}

QString BodyMapWidget::siteWord(int index) const
{
    return m_regions.value(index).site;
}

bool BodyMapWidget::isOnBackView(int index) const
{
    return m_regions.value(index).back;
}

QString BodyMapWidget::spokenName(int index) const
{
    const QString site = siteWord(index);
    const QString name
        = isOnBackView(index) ? tr("%1, back view").arg(label(site)) : tr("%1, front view").arg(label(site));
    if (m_mode == Mode::HeatMap)
        return m_heatTooltips.value(site, tr("%1: no pain logged").arg(name));
    return name;
}

QRect BodyMapWidget::siteRect(int index) const
{
    return regionInWidget(m_regions.value(index)).boundingRect().toAlignedRect();
}

void BodyMapWidget::setMode(Mode mode)
{
    m_mode = mode;
    setFocusPolicy(mode == Mode::Selecting ? Qt::StrongFocus : Qt::NoFocus);
    update();
}

QStringList BodyMapWidget::selectedSites() const
{
    return Vocabulary::canonical(VocabularyKind::Site, m_selected);
}

void BodyMapWidget::setSelectedSites(const QStringList& sites)
{
    const QStringList next = Vocabulary::canonical(VocabularyKind::Site, sites);
    if (next == selectedSites())
        return;
    m_selected = next;
    updateAccessibleDescription();
    update();
    Q_EMIT selectionChanged(selectedSites());
}

void BodyMapWidget::toggleSite(const QString& site)
{
    QStringList next = m_selected;
    if (next.contains(site))
        next.removeAll(site);
    else
        next.append(site);
    setSelectedSites(next);
    // A screen reader says "checked" or "not checked" for the site that changed.
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions.at(i).site == site)
            BodyMapAccessible::siteToggled(this, i);
    }
}

void BodyMapWidget::setHeat(const QMap<QString, double>& share, const QMap<QString, QString>& tooltips)
{
    m_heat = share;
    m_heatTooltips = tooltips;
    update();
}

QString BodyMapWidget::currentSite() const
{
    return m_regions.value(m_current).site;
}

QSize BodyMapWidget::sizeHint() const
{
    return QSize(380, 440);
}

QSize BodyMapWidget::minimumSizeHint() const
{
    return QSize(220, 260);
}

QString BodyMapWidget::legendText()
{
    return tr("L and R are your own left and right (the front view faces you)");
}

// The legend under the figures, word-wrapped to the widget's width: in a narrow form (or a
// longer language) it takes two or three lines instead of being cut at both ends.
QRect BodyMapWidget::legendRect() const
{
    const QRect available(2, 0, std::max(1, width() - 4), height());
    const QRect needed = fontMetrics().boundingRect(
        available, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, legendText());
    return QRect(available.left(), height() - needed.height() - 2, available.width(), needed.height());
}

QString BodyMapWidget::shownCurrentSite() const
{
    if (m_mode != Mode::Selecting || !hasFocus())
        return {};
    const QString name = spokenName(m_current);
    return isSelected(currentSite()) ? tr("%1: chosen (Space removes it)").arg(name)
                                     : tr("%1 (Space chooses it)").arg(name);
}

// One line above the legend for the site the keyboard is on, kept free also while the map has no
// focus so that the figures do not move when it comes.
QRect BodyMapWidget::currentSiteRect() const
{
    // Measured once: figureTransform asks for it for every region it maps.
    const QRect legend = legendRect();
    if (m_mode != Mode::Selecting)
        return QRect(legend.left(), legend.top(), legend.width(), 0);
    const int lines = fontMetrics().horizontalAdvance(shownCurrentSite()) > legend.width() ? 2 : 1;
    const int height = lines * fontMetrics().lineSpacing();
    return QRect(legend.left(), legend.top() - height - 2, legend.width(), height);
}

QTransform BodyMapWidget::figureTransform(bool back) const
{
    // Two figures side by side, front on the left, with room for their captions and the legend below.
    const qreal figuresHeight = currentSiteRect().top() - 4;
    const qreal scale = std::min(
        width() / (2 * kFigureWidth + 2 * kGap), figuresHeight / (kFigureHeight + kCaptionHeight / 2));
    const qreal totalWidth = (2 * kFigureWidth + kGap) * scale;
    const qreal left = (width() - totalWidth) / 2 + (back ? (kFigureWidth + kGap) * scale : 0);
    QTransform transform;
    transform.translate(left, 2);
    transform.scale(scale, scale);
    return transform;
}

QPainterPath BodyMapWidget::regionInWidget(const Region& region) const
{
    return figureTransform(region.back).map(region.path);
}

QString BodyMapWidget::siteAt(const QPointF& point) const
{
    for (const Region& region : m_regions) {
        if (regionInWidget(region).contains(point))
            return region.site;
    }
    return {};
}

QPointF BodyMapWidget::siteCentre(const QString& site) const
{
    for (const Region& region : m_regions) {
        if (region.site == site)
            return regionInWidget(region).boundingRect().center();
    }
    return {};
}

void BodyMapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QColor outline = pal.color(QPalette::WindowText);
    const QColor skin = ChartPalette::blend(pal.color(QPalette::Base), pal.color(QPalette::WindowText), 0.06);
    const QColor regionLine
        = ChartPalette::blend(pal.color(QPalette::Base), pal.color(QPalette::WindowText), 0.35);
    const QColor pain = ChartPalette::pain(pal);

    for (bool back : {false, true}) {
        const QTransform transform = figureTransform(back);
        painter.setPen(QPen(outline, 1.4));
        painter.setBrush(skin);
        painter.drawPath(transform.map(m_outline));

        for (const Region& region : m_regions) {
            if (region.back != back)
                continue;
            const QPainterPath path = transform.map(region.path);
            QColor fill = Qt::transparent;
            if (m_mode == Mode::HeatMap) {
                const double share = m_heat.value(region.site, 0);
                if (share > 0)
                    fill
                        = QColor(pain.red(), pain.green(), pain.blue(), int(40 + 215 * std::min(1.0, share)));
            } else if (m_selected.contains(region.site)) {
                fill = pain;
            } else if (region.site == m_hovered) {
                fill = ChartPalette::blend(skin, pain, 0.3);
            }
            painter.setBrush(fill);
            painter.setPen(QPen(regionLine, 1, Qt::DashLine));
            painter.drawPath(path);
            if (m_mode == Mode::Selecting && hasFocus() && region.site == currentSite()) {
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(pal.color(QPalette::Highlight), 2.5));
                painter.drawPath(path);
            }
        }

        // Captions: which view, and on each side whether it is the runner's left (L) or right (R).
        painter.setPen(outline);
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        // The letters sit at the outer ends of each figure's own caption ("R  Front  L",
        // "L  Back  R"), so the two figures' letters never meet between them.
        const QRectF caption = transform.mapRect(QRectF(0, kFigureHeight, kFigureWidth, kCaptionHeight / 2));
        painter.drawText(caption, Qt::AlignHCenter | Qt::AlignTop, back ? tr("Back") : tr("Front"));
        painter.drawText(caption, Qt::AlignLeft | Qt::AlignTop, back ? tr("L") : tr("R"));
        painter.drawText(caption, Qt::AlignRight | Qt::AlignTop, back ? tr("R") : tr("L"));
    }
    QFont font = painter.font();
    font.setBold(false);
    painter.setFont(font);
    painter.drawText(legendRect(), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, legendText());
    if (const QString current = shownCurrentSite(); !current.isEmpty()) {
        // In the text colour (the highlight colour is too faint for text on the window's grey),
        // bold, like the figures' captions.
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(currentSiteRect(), Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, current);
    }
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QString site = siteAt(event->position());
    if (site != m_hovered) {
        m_hovered = site;
        update();
    }
    setCursor(!site.isEmpty() && m_mode == Mode::Selecting ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void BodyMapWidget::mousePressEvent(QMouseEvent* event)
{
    if (m_mode != Mode::Selecting || event->button() != Qt::LeftButton)
        return;
    const QString site = siteAt(event->position());
    if (site.isEmpty())
        return;
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions.at(i).site == site)
            m_current = i;
    }
    toggleSite(site);
}

void BodyMapWidget::leaveEvent(QEvent*)
{
    m_hovered.clear();
    update();
}

bool BodyMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString site = siteAt(help->pos());
        if (site.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QString text = label(site);
        if (m_mode == Mode::HeatMap)
            text = m_heatTooltips.value(site, tr("%1: no pain logged").arg(text));
        else if (Vocabulary::isRadiatingSite(site))
            text += QStringLiteral(" — ") + tr("pain here spreads beyond the low back");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void BodyMapWidget::moveCurrent(int step)
{
    moveTo((m_current + step + int(m_regions.size())) % int(m_regions.size()));
}

void BodyMapWidget::moveTo(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    updateAccessibleDescription();
    update();
    BodyMapAccessible::focusMoved(this, m_current);
}

int BodyMapWidget::siteInDirection(int dx, int dy) const
{
    // The nearest site whose centre lies that way on the screen (within about 60 degrees of the
    // arrow), a site straight ahead preferred to one off to the side; across the two figures too.
    const QPointF from = siteRect(m_current).center();
    int best = m_current;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (int i = 0; i < m_regions.size(); ++i) {
        const QPointF d = siteRect(i).center() - from;
        const qreal along = d.x() * dx + d.y() * dy;
        const qreal across = std::abs(d.x() * dy - d.y() * dx);
        if (i == m_current || along <= 0 || across > 2 * along)
            continue;
        const qreal score = along + 2 * across;
        if (score < bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

void BodyMapWidget::keyPressEvent(QKeyEvent* event)
{
    if (m_mode != Mode::Selecting)
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Space:
        toggleSite(currentSite());
        return;
    case Qt::Key_Right:
        moveTo(siteInDirection(1, 0));
        return;
    case Qt::Key_Left:
        moveTo(siteInDirection(-1, 0));
        return;
    case Qt::Key_Down:
        moveTo(siteInDirection(0, 1));
        return;
    case Qt::Key_Up:
        moveTo(siteInDirection(0, -1));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool BodyMapWidget::focusNextPrevChild(bool next)
{
    // Tab walks through the sites; past the last (or before the first) it leaves the map.
    if (m_mode == Mode::Selecting
        && ((next && m_current + 1 < m_regions.size()) || (!next && m_current > 0))) {
        moveCurrent(next ? 1 : -1);
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

void BodyMapWidget::focusInEvent(QFocusEvent* event)
{
    if (event->reason() == Qt::TabFocusReason)
        m_current = 0; // the low back
    else if (event->reason() == Qt::BacktabFocusReason)
        m_current = int(m_regions.size()) - 1;
    updateAccessibleDescription();
    QWidget::focusInEvent(event);
    BodyMapAccessible::focusMoved(this, m_current);
}

void BodyMapWidget::updateAccessibleDescription()
{
    const QString selected = m_selected.isEmpty()
        ? tr("no site chosen")
        : Vocabulary::labels(VocabularyKind::Site, selectedSites()).join(QLatin1String(", "));
    setAccessibleDescription(tr("Chosen: %1. Current: %2. Tab or the arrow keys move between sites, Space chooses.")
                                 .arg(selected, label(currentSite())));
    setToolTip(QString()); // tooltips come per site from event()
}

} // namespace backstride
