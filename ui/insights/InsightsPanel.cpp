#include "InsightsPanel.h"

#include "ExerciseLibrary.h"
#include "FactorEngine.h"

#include "AnalysisThresholds.h"
#include "ChartPalette.h"
#include "Clock.h"
#include "CustomExerciseStore.h"
#include "JournalRepository.h"
#include "TodayAnswer.h"
#include "SqliteDatabase.h"
#include "ReturnPlanJournal.h"
#include "WrappedLabel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace backstride {
namespace {

// An offer's button on a card, on a row of its own at the left.
QWidget* buttonRow(QPushButton* button, QWidget* frame)
{
    auto* row = new QWidget(frame);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 2, 0, 2);
    rowLayout->addWidget(button);
    rowLayout->addStretch();
    return row;
}

// A card's frame, painted here: a style sheet would route every label inside it through
// QStyleSheetStyle, and the cards are most of what the window lays out at start-up.
class CardFrame : public QFrame
{
public:
    CardFrame(const QColor& tint, const QColor& edge, QWidget* parent)
        : QFrame(parent), m_tint(tint), m_edge(edge)
    {
        setContentsMargins(kEdge + 2, 3, 3, 3);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath outline;
        outline.addRoundedRect(box, 4, 4);
        painter.fillPath(outline, m_tint);
        painter.setPen(QPen(m_edge, 1));
        painter.drawPath(outline);
        painter.save();
        painter.setClipPath(outline);
        painter.fillRect(QRectF(0, 0, kEdge, height()), m_edge);
        painter.restore();
    }

private:
    static constexpr int kEdge = 6;
    QColor m_tint;
    QColor m_edge;
};

} // namespace

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
    // The day's flags, programme and answer: worked out once for this page and Today.
    Result<std::shared_ptr<const TodayJournal::TodayDay>> worked = TodayJournal::day(m_repository, m_asOf);
    if (!worked)
        return worked.takeError();
    m_flags = (*worked)->flags;
    m_programme = (*worked)->programme;
    m_today = (*worked)->answer;
    // Whether the cards of a painful spell offer a return-to-run plan, or say why not.
    const std::optional<ReturnPlanOnDay>& plan = (*worked)->plan;
    m_planRunning = plan && (plan->state.active || plan->state.paused);
    Result<std::optional<QString>> blocker = TodayJournal::planBlocker(m_repository, m_asOf);
    if (!blocker)
        return blocker.takeError();
    m_planObstacle = blocker->value_or(QString());

    while (QLayoutItem* item = m_cardLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString day = QLocale().toString(m_asOf, QLocale::LongFormat);
    Result<bool> empty = m_repository.isEmpty();
    if (!empty)
        return empty.takeError();
    // Plain text (laid out without a QTextDocument) but for the empty journal's list.
    m_heading->setText(*empty ? emptyJournalText()
            : m_flags.isEmpty()
            ? tr("Nothing flagged as of %1. Keep logging: patterns need a few weeks of entries.").arg(day)
            : (m_flags.size() == 1 ? tr("1 pattern flagged as of %1").arg(day)
                                   : tr("%1 patterns flagged as of %2").arg(m_flags.size()).arg(day)));
    QFont headingFont = m_heading->font();
    headingFont.setBold(!*empty && !m_flags.isEmpty());
    m_heading->setFont(headingFont);
    // Today's exercises come after what a professional must see first, before the rest.
    QWidget* today = programmeCard();
    for (const Flag& flag : std::as_const(m_flags)) {
        if (today && flag.severity != Severity::Urgent && flag.severity != Severity::SeeProfessional) {
            m_cardLayout->addWidget(today);
            today = nullptr;
        }
        m_cardLayout->addWidget(card(flag));
    }
    if (today)
        m_cardLayout->addWidget(today);
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
        .arg(FactorReport::promisedDays(thresholds))
        .arg(FactorReport::promisedWeeks(thresholds));
}

QWidget* InsightsPanel::card(const Flag& flag)
{
    const int rank = static_cast<int>(flag.severity);
    const QColor colour = ChartPalette::severity(rank, palette());
    const bool serious = flag.severity == Severity::Urgent || flag.severity == Severity::SeeProfessional;
    // A serious flag is a solid coloured block that cannot be scrolled past unnoticed; the others
    // carry their colour as a left edge.
    const QColor tint
        = ChartPalette::blend(palette().color(QPalette::Base), colour, ChartPalette::cardTint(rank));
    auto* frame = new CardFrame(tint, colour, m_cards);
    frame->setObjectName(flag.id + QLatin1String("Card"));
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
    // Headings are labels of their own in the bold the title uses: rich text would lay each
    // paragraph out through a QTextDocument, a tenth of the window's start-up.
    auto boldLabel = [frame](const QString& text) {
        auto* label = new QLabel(text, frame);
        label->setTextFormat(Qt::PlainText);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    QLabel* adviceHeading = boldLabel(tr("What to do:"));
    auto* advice = new WrappedLabel(flag.advice, frame);
    advice->setTextFormat(Qt::PlainText);
    advice->setObjectName(QStringLiteral("flagAdvice"));
    QLabel* evidenceHeading = boldLabel(tr("Seen in your log:"));

    // The newest few; the report and `flags --json` carry every one.
    constexpr int shown = 6;
    QStringList lines;
    for (const Evidence& evidence : flag.evidence.mid(0, shown)) {
        lines.append(QStringLiteral("<a href='day:%1'>%2</a> — %3")
                         .arg(evidence.date.toString(Qt::ISODate),
                             QLocale().toString(evidence.date, QStringLiteral("d MMM yyyy")),
                             evidence.detail.toHtmlEscaped()));
    }
    // The evidence stays rich text: each date is a link to that day.
    auto* evidence = new WrappedLabel(lines.join(QLatin1String("<br>")), frame);
    evidence->setTextFormat(Qt::RichText);
    evidence->setObjectName(QStringLiteral("flagEvidence"));
    evidence->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    evidence->setToolTip(tr("Click a date to open that day in the journal"));
    connect(evidence, &QLabel::linkActivated, this, [this](const QString& link) {
        const QDate date = QDate::fromString(link.mid(4), Qt::ISODate);
        if (date.isValid())
            Q_EMIT evidenceActivated(date);
    });

    QWidget* offer = nullptr;
    if (const QString deferred = TodayJournal::deferral(flag, m_today); !deferred.isEmpty()) {
        advice->setText(deferred);
        advice->setObjectName(QStringLiteral("flagDeferred"));
    } else {
        offer = planOffer(flag.id, frame);
        if (!offer)
            offer = routineOffer(flag.id, frame);
    }
    if (serious) {
        layout->addWidget(explanation);
        layout->addWidget(adviceHeading);
        layout->addWidget(advice);
        if (offer)
            layout->addWidget(offer);
        layout->addWidget(evidenceHeading);
        layout->addWidget(evidence);
        return frame;
    }
    // The other cards say what the pattern is and what to do; why, and the days it comes from,
    // open on request. The panel stays a list one can scan, and what is folded away is not laid
    // out (a third of the window's start-up went to laying out the cards' text).
    layout->addWidget(adviceHeading);
    layout->addWidget(advice);
    if (offer)
        layout->addWidget(offer);
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
    for (QWidget* part : {static_cast<QWidget*>(explanation), static_cast<QWidget*>(evidenceHeading),
             static_cast<QWidget*>(evidence)}) {
        part->setParent(details);
        detailsLayout->addWidget(part);
    }
    details->hide();
    layout->addWidget(details);
    connect(toggle, &QToolButton::toggled, details, [toggle, details](bool open) {
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        details->setVisible(open);
    });
    return frame;
}

// The cards of a painful spell lead on to the way back: a return-to-run plan, unless one runs
// already or a warning sign or pain below the knee is recent (then a professional comes first).
QWidget* InsightsPanel::planOffer(const QString& id, QWidget* frame) const
{
    static const QStringList offering {QStringLiteral("running-through-pain"), QStringLiteral("severe-pain"),
        QStringLiteral("persistent-pain")};
    if (!offering.contains(id) || m_planRunning)
        return nullptr;
    if (!m_planObstacle.isEmpty()) {
        auto* why = new WrappedLabel(tr("No return-to-run plan yet: your log has %1. See a doctor or a physical "
                                        "therapist first; when they have cleared you to run, record it and start "
                                        "the plan.")
                                         .arg(m_planObstacle),
            frame);
        why->setTextFormat(Qt::PlainText);
        why->setObjectName(QStringLiteral("planNotYet"));
        return why;
    }
    auto* button = new QPushButton(tr("Start a return-to-run plan…"), frame);
    button->setObjectName(QStringLiteral("planOfferButton"));
    button->setAccessibleDescription(
        tr("A walk-run plan that moves with your pain, from a brisk walk back to your usual distance"));
    connect(button, &QPushButton::clicked, this, &InsightsPanel::planRequested);
    return buttonRow(button, frame);
}

// The cards that advise self-care offer the routine that does it. Not while a warning sign or pain
// below the knee is recent: then a professional comes first, and the card does not say otherwise.
// The exercise programme decides what is for now: no core routine offered in a flare; a routine due
// today is offered as today's card offers it, at the programme's levels.
QWidget* InsightsPanel::routineOffer(const QString& id, QWidget* frame)
{
    const QString routineId = ExerciseLibrary::routineAnswering(id);
    const std::optional<Routine> routine = ExerciseLibrary::routine(routineId);
    if (!routine || !m_planObstacle.isEmpty() || !m_programme)
        return nullptr;
    const bool due = std::any_of(m_programme->today.cbegin(), m_programme->today.cend(),
        [&routineId](const RoutineDue& today) { return today.routine == routineId && !today.done; });
    if (due) {
        auto* offer = new QWidget(frame);
        auto* layout = new QVBoxLayout(offer);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* note = new WrappedLabel(tr("Your exercise programme has it for today, each exercise at your level:"), offer);
        note->setTextFormat(Qt::PlainText);
        layout->addWidget(note);
        QPushButton* button = startButton(routineId, offer, true);
        button->setObjectName(QStringLiteral("routineOfferButton"));
        layout->addWidget(buttonRow(button, offer));
        return offer;
    }
    const bool planned = std::any_of(m_programme->weeks.first().routines.cbegin(), m_programme->weeks.first().routines.cend(),
        [&routineId](const RoutineWeek& week) { return week.routine == routineId; });
    if (!planned)
        return nullptr;
    auto* button = new QPushButton(tr("Play the routine: %1, about %n min…", nullptr, routine->minutes).arg(routine->name),
        frame);
    button->setObjectName(QStringLiteral("routineOfferButton"));
    button->setAccessibleDescription(routine->purpose);
    connect(button, &QPushButton::clicked, this, [this, routineId] { Q_EMIT routineRequested(routineId); });
    return buttonRow(button, frame);
}

// Start a routine of today's: named on a card of its own; under the routine's line on today's card
// (where the dock is narrow) only its minutes, the name in its accessible name.
QPushButton* InsightsPanel::startButton(const QString& routineId, QWidget* parent, bool named)
{
    const std::optional<Routine> routine = ExerciseLibrary::routine(routineId);
    const QString full = tr("Start: %1, about %n min", nullptr, routine ? routine->minutes : 0)
                             .arg(routine ? routine->name : routineId);
    auto* button = new QPushButton(named ? full : tr("Start, about %n min", nullptr, routine ? routine->minutes : 0), parent);
    button->setAccessibleName(full);
    if (routine)
        button->setAccessibleDescription(routine->purpose);
    connect(button, &QPushButton::clicked, this, [this, routineId] { Q_EMIT routineRequested(routineId); });
    return button;
}

// Today's routines from the exercise programme (core/programme), each with its Start button and
// the levels it plays at; a routine already logged today is ticked. Nothing when none is due (a
// professional first, or a rest day for the exercises).
QWidget* InsightsPanel::programmeCard()
{
    if (!m_programme || m_programme->today.isEmpty())
        return nullptr;
    const int rank = static_cast<int>(Severity::Info);
    const QColor colour = ChartPalette::severity(rank, palette());
    auto* frame = new CardFrame(
        ChartPalette::blend(palette().color(QPalette::Base), colour, ChartPalette::cardTint(rank)), colour, m_cards);
    frame->setObjectName(QStringLiteral("programmeTodayCard"));
    auto* layout = new QVBoxLayout(frame);
    layout->setSpacing(4);
    auto* badge = new QLabel(tr("TODAY'S EXERCISES"), frame);
    badge->setTextFormat(Qt::PlainText);
    QFont bold = badge->font();
    bold.setBold(true);
    badge->setFont(bold);
    QPalette badgePalette = badge->palette();
    badgePalette.setColor(QPalette::WindowText, colour);
    badge->setPalette(badgePalette);
    layout->addWidget(badge);
    auto* title = new WrappedLabel(tr("Your back: %1").arg(ProgrammeState::phaseLabel(m_programme->phase)), frame);
    title->setObjectName(QStringLiteral("programmePhase"));
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = bold;
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    layout->addWidget(title);
    Result<QList<CustomExercise>> custom = CustomExerciseStore(m_repository.database()).all();
    const ExerciseCatalog catalog = custom ? ExerciseCatalog(*custom) : ExerciseCatalog();
    for (const RoutineDue& due : std::as_const(m_programme->today)) {
        const QString text = ProgrammeState::routineLine(due, catalog);
        auto* line = new WrappedLabel(text, frame);
        line->setTextFormat(Qt::PlainText);
        line->setObjectName(QStringLiteral("programmeRoutine"));
        layout->addWidget(line);
        if (!due.done) {
            QPushButton* start = startButton(due.routine, frame, false);
            start->setObjectName(QStringLiteral("programmeStart"));
            layout->addWidget(buttonRow(start, frame));
        }
    }
    auto* reason = new WrappedLabel(m_programme->reason, frame);
    reason->setTextFormat(Qt::PlainText);
    reason->setObjectName(QStringLiteral("programmeReason"));
    layout->addWidget(reason);
    return frame;
}

} // namespace backstride
