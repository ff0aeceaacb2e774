#include "InsightsPanel.h"

#include "AnalysisThresholds.h"
#include "ChartPalette.h"
#include "Clock.h"
#include "JournalRepository.h"
#include "PatternEngine.h"
#include "WrappedLabel.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace backstride {

InsightsPanel::InsightsPanel(JournalRepository& repository, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_repository(repository), m_clock(clock)
{
    setObjectName(QStringLiteral("insightsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_heading = new WrappedLabel(QString(), this);
    m_heading->setObjectName(QStringLiteral("insightsHeading"));
    layout->addWidget(m_heading);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_cards = new QWidget(scroll);
    m_cardLayout = new QVBoxLayout(m_cards);
    m_cardLayout->setContentsMargins(0, 0, 4, 0);
    m_cardLayout->setSpacing(10);
    scroll->setWidget(m_cards);
    layout->addWidget(scroll, 1);
    auto* disclaimer
        = new WrappedLabel(tr("Patterns in your own log, not a diagnosis. When in doubt, see a physical "
                              "therapist or doctor."),
            this);
    QFont small = disclaimer->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    disclaimer->setFont(small);
    layout->addWidget(disclaimer);
}

Status InsightsPanel::refresh()
{
    m_asOf = m_clock.today();
    Result<QList<Flag>> flags = PatternEngine::evaluate(m_repository, m_asOf);
    if (!flags)
        return flags.takeError();
    m_flags = std::move(*flags);

    while (QLayoutItem* item = m_cardLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString day = QLocale().toString(m_asOf, QLocale::LongFormat);
    Result<bool> empty = m_repository.isEmpty();
    if (!empty)
        return empty.takeError();
    m_heading->setText(*empty ? emptyJournalText()
            : m_flags.isEmpty()
            ? tr("<b>Nothing flagged</b> as of %1. Keep logging: patterns need a few weeks of entries.")
                  .arg(day)
            : (m_flags.size() == 1 ? tr("<b>1 pattern flagged</b> as of %1").arg(day)
                                   : tr("<b>%1 patterns flagged</b> as of %2").arg(m_flags.size()).arg(day)));
    for (const Flag& flag : std::as_const(m_flags))
        m_cardLayout->addWidget(card(flag));
    m_cardLayout->addStretch();
    const bool urgent = !m_flags.isEmpty() && m_flags.first().severity == Severity::Urgent;
    Q_EMIT flagsChanged(int(m_flags.size()), urgent);
    return {};
}

// What the panel will show, and when, for a runner who has logged nothing yet. The waits are the
// rules' own thresholds, read from the journal's settings.
QString InsightsPanel::emptyJournalText() const
{
    Result<QMap<QString, QString>> settings = m_repository.settings();
    const AnalysisThresholds thresholds
        = AnalysisThresholds::fromSettings(settings ? *settings : QMap<QString, QString>());
    return tr("<b>Nothing to show yet.</b> As you log, Insights points out the patterns a physical "
              "therapist's guide for runners links to back pain:<ul>"
              "<li>warning signs and severe or spreading pain: at once;</li>"
              "<li>running through pain, desk-day runs without a glute warm-up, lapsed core work: "
              "within the first week or two;</li>"
              "<li>a sudden rise in weekly distance: after %1 weeks of runs;</li>"
              "<li>how pain goes with sitting: after %2 days with sitting hours;</li>"
              "<li>how pain goes with weekly distance: after %3 weeks.</li></ul>")
        .arg(thresholds.chronicWeeks + 1)
        .arg(thresholds.sittingCorrelationMinDays)
        .arg(thresholds.mileageCorrelationMinWeeks);
}

QWidget* InsightsPanel::card(const Flag& flag)
{
    const int rank = static_cast<int>(flag.severity);
    const QColor colour = ChartPalette::severity(rank, palette());
    const bool serious = flag.severity == Severity::Urgent || flag.severity == Severity::SeeProfessional;
    auto* frame = new QFrame(m_cards);
    frame->setObjectName(flag.id + QLatin1String("Card"));
    frame->setFrameShape(QFrame::StyledPanel);
    // A serious flag is a solid coloured block that cannot be scrolled past unnoticed; the others
    // carry their colour as a left edge.
    const QColor tint = ChartPalette::blend(palette().color(QPalette::Base), colour, serious ? 0.16 : 0.06);
    frame->setStyleSheet(
        QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-left: 6px solid %3; "
                       "border-radius: 4px; }")
            .arg(frame->objectName(), tint.name(), colour.name()));
    auto* layout = new QVBoxLayout(frame);
    layout->setSpacing(4);

    // Plain text wherever there is no link: QLabel lays plain text out without a QTextDocument.
    auto* badge = new QLabel(Severities::label(flag.severity).toUpper(), frame);
    badge->setTextFormat(Qt::PlainText);
    QFont badgeFont = badge->font();
    badgeFont.setBold(true); // the bold the cards' other text uses: one font fewer to load
    badge->setFont(badgeFont);
    QPalette badgePalette = badge->palette();
    badgePalette.setColor(QPalette::WindowText, colour);
    badge->setPalette(badgePalette);
    layout->addWidget(badge);
    auto* title = new WrappedLabel(flag.title, frame);
    title->setObjectName(QStringLiteral("flagTitle"));
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15); // one size: each size is a font to load
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* explanation = new WrappedLabel(flag.explanation, frame);
    explanation->setTextFormat(Qt::PlainText);
    auto* advice = new WrappedLabel(tr("<b>What to do:</b> %1").arg(flag.advice.toHtmlEscaped()), frame);

    // The newest few; the report and `flags --json` carry every one.
    constexpr int shown = 6;
    QStringList lines;
    for (const Evidence& evidence : flag.evidence.mid(0, shown)) {
        lines.append(QStringLiteral("<a href='day:%1'>%2</a> — %3")
                         .arg(evidence.date.toString(Qt::ISODate),
                             QLocale().toString(evidence.date, QStringLiteral("d MMM yyyy")),
                             evidence.detail.toHtmlEscaped()));
    }
    auto* evidence
        = new WrappedLabel(tr("<b>Seen in your log:</b><br>") + lines.join(QLatin1String("<br>")), frame);
    evidence->setObjectName(QStringLiteral("flagEvidence"));
    evidence->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    evidence->setToolTip(tr("Click a date to open that day in the journal"));
    connect(evidence, &QLabel::linkActivated, this, [this](const QString& link) {
        const QDate date = QDate::fromString(link.mid(4), Qt::ISODate);
        if (date.isValid())
            Q_EMIT evidenceActivated(date);
    });

    if (serious) {
        layout->addWidget(explanation);
        layout->addWidget(advice);
        layout->addWidget(evidence);
        return frame;
    }
    // The other cards say what the pattern is and what to do; why, and the days it comes from,
    // open on request. The panel stays a list one can scan, and what is folded away is not laid
    // out (a third of the window's start-up went to laying out the cards' text).
    layout->addWidget(advice);
    auto* toggle = new QToolButton(frame);
    toggle->setObjectName(QStringLiteral("flagDetailsToggle"));
    toggle->setText(tr("Why, and the days it comes from"));
    toggle->setCheckable(true);
    toggle->setAutoRaise(true);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(toggle);
    auto* details = new QWidget(frame);
    details->setObjectName(QStringLiteral("flagDetails"));
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(4);
    explanation->setParent(details);
    evidence->setParent(details);
    detailsLayout->addWidget(explanation);
    detailsLayout->addWidget(evidence);
    details->hide();
    layout->addWidget(details);
    connect(toggle, &QToolButton::toggled, details, [toggle, details](bool open) {
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        details->setVisible(open);
    });
    return frame;
}

} // namespace backstride
