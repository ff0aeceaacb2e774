#include "ExerciseFigureWidget.h"

#include "ExerciseFigure.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QPainter>
#include <QSettings>
#include <QVariantAnimation>

namespace backstride {
namespace {

// One way in 1.6 s, a pause at each end: slow enough to follow, as a therapist would demonstrate.
constexpr int kOneWayMs = 1600;

class FigureAccessible : public QAccessibleWidget
{
public:
    explicit FigureAccessible(ExerciseFigureWidget* figure) : QAccessibleWidget(figure, QAccessible::Graphic) { }
    QString text(QAccessible::Text t) const override
    {
        auto* figure = static_cast<ExerciseFigureWidget*>(widget());
        if (t == QAccessible::Description)
            return figure->description();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface* figureFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("backstride::ExerciseFigureWidget") && object && object->isWidgetType())
        return new FigureAccessible(static_cast<ExerciseFigureWidget*>(object));
    return nullptr;
}

} // namespace

ExerciseFigureWidget::ExerciseFigureWidget(QWidget* parent)
    : QWidget(parent), m_animated(animationsWanted()), m_animation(new QVariantAnimation(this))
{
    static const bool installed = [] {
        QAccessible::installFactory(figureFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(QStringLiteral("exerciseFigure"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_animation->setStartValue(0.0);
    m_animation->setKeyValueAt(0.15, 0.0);
    m_animation->setKeyValueAt(0.5, 1.0);
    m_animation->setKeyValueAt(0.65, 1.0);
    m_animation->setEndValue(0.0);
    m_animation->setEasingCurve(QEasingCurve::InOutSine);
    m_animation->setDuration(2 * kOneWayMs);
    m_animation->setLoopCount(-1);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_phase = value.toDouble();
        update();
    });
}

bool ExerciseFigureWidget::animationsWanted()
{
    return QSettings().value(QStringLiteral("exercises/animate"), true).toBool()
        && QApplication::isEffectEnabled(Qt::UI_General);
}

void ExerciseFigureWidget::setLevel(const Exercise& exercise, const ExerciseLevel& level)
{
    m_level = level;
    m_name = exercise.name;
    m_placeholder = exercise.fromTherapist;
    setAccessibleName(m_placeholder ? tr("%1: no drawing").arg(exercise.name)
                                    : tr("%1, level %2: %3").arg(exercise.name).arg(level.level).arg(level.name));
    restart();
    updateGeometry();
    update();
}

void ExerciseFigureWidget::setAnimated(bool animated)
{
    m_animated = animated;
    restart();
    updateGeometry();
    update();
}

void ExerciseFigureWidget::setPhase(double phase)
{
    m_animation->stop();
    m_phase = std::clamp(phase, 0.0, 1.0);
    update();
}

void ExerciseFigureWidget::restart()
{
    m_animation->stop();
    m_phase = 0;
    if (m_animated && m_level && m_level->start != m_level->end)
        m_animation->start();
}

QString ExerciseFigureWidget::description() const
{
    if (!m_level)
        return {};
    if (m_placeholder)
        return tr("A plain standing figure in a dashed frame: Backstride has no drawing of an exercise your physical "
                  "therapist gave you.");
    return m_animated ? tr("A figure moving between the start and the end position of the exercise.")
                      : tr("Two figures: the start position on the left, the end position on the right.");
}

QSize ExerciseFigureWidget::sizeHint() const
{
    return m_animated ? QSize(320, 200) : QSize(560, 180);
}

QSize ExerciseFigureWidget::minimumSizeHint() const
{
    return m_animated ? QSize(160, 100) : QSize(280, 90);
}

void ExerciseFigureWidget::paintEvent(QPaintEvent*)
{
    if (!m_level)
        return;
    QPainter painter(this);
    const QRectF frame = ExerciseFigure::frameOf(*m_level);
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    if (m_placeholder) {
        // A plain figure, lighter, in a dashed frame: it stands for the exercise, it does not show it.
        QPen dashed(palette().color(QPalette::Mid), 1.5, Qt::DashLine);
        painter.setPen(dashed);
        painter.setRenderHint(QPainter::Antialiasing);
        const double side = std::min(area.width(), area.height());
        const QRectF box(area.center().x() - side / 2, area.top(), side, area.height());
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 8, 8);
        QPalette faded = palette();
        faded.setColor(QPalette::WindowText, palette().color(QPalette::Mid));
        faded.setColor(QPalette::Text, palette().color(QPalette::Mid));
        ExerciseFigure::paint(painter, box.adjusted(8, 8, -8, -8), m_level->start, Prop::None, faded, frame);
        return;
    }
    if (m_animated || m_level->start == m_level->end) {
        ExerciseFigure::paint(painter, area, ExerciseFigure::between(m_level->start, m_level->end, m_phase),
            m_level->prop, palette(), frame);
        return;
    }
    const QRectF left(area.left(), area.top(), area.width() / 2 - 8, area.height());
    const QRectF right(area.center().x() + 8, area.top(), area.width() / 2 - 8, area.height());
    ExerciseFigure::paint(painter, left, m_level->start, m_level->prop, palette(), frame);
    ExerciseFigure::paint(painter, right, m_level->end, m_level->prop, palette(), frame);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawText(QRectF(area.center().x() - 8, area.top(), 16, area.height()), Qt::AlignCenter, QStringLiteral("→"));
}

} // namespace backstride
