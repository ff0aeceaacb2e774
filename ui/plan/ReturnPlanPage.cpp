#include "ReturnPlanPage.h"

#include "TodayAnswer.h"

#include "Announce.h"
#include "ChartPalette.h"
#include "Clock.h"
#include "JournalCommands.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "MessageBox.h"
#include "ReturnPlanJournal.h"
#include "Units.h"
#include "WeeklySeries.h"
#include "WrappedLabel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace backstride {
namespace {

QString longDay(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("dddd d MMMM"));
}

QString shortDay(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

QTreeWidget* table(const QString& name, const QString& accessibleName, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAccessibleName(accessibleName);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels(headers);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

ReturnPlanPage::ReturnPlanPage(JournalCommands& commands, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_commands(commands), m_clock(clock)
{
    setObjectName(QStringLiteral("returnPlanPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    m_title = new QLabel(tr("Return to running"), content);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_status = new WrappedLabel(QString(), content);
    m_status->setObjectName(QStringLiteral("planStatus"));
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.15);
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    layout->addWidget(m_status);
    m_about = new WrappedLabel(QString(), content);
    m_about->setObjectName(QStringLiteral("planAboutText"));
    layout->addWidget(m_about);

    auto* boxes = new QHBoxLayout;
    m_todayBox = new QGroupBox(content);
    m_todayBox->setObjectName(QStringLiteral("planTodayBox"));
    auto* todayLayout = new QVBoxLayout(m_todayBox);
    m_today = new WrappedLabel(QString(), m_todayBox);
    m_today->setObjectName(QStringLiteral("planToday"));
    todayLayout->addWidget(m_today);
    m_logSession = new QPushButton(tr("&Log today's session…"), m_todayBox);
    m_logSession->setObjectName(QStringLiteral("planLogSession"));
    todayLayout->addWidget(m_logSession, 0, Qt::AlignLeft);
    todayLayout->addStretch();
    boxes->addWidget(m_todayBox, 1);
    m_lastBox = new QGroupBox(tr("The plan's last word"), content);
    m_lastBox->setObjectName(QStringLiteral("planLastBox"));
    auto* lastLayout = new QVBoxLayout(m_lastBox);
    m_last = new WrappedLabel(QString(), m_lastBox);
    m_last->setObjectName(QStringLiteral("planLastWord"));
    lastLayout->addWidget(m_last);
    lastLayout->addStretch();
    boxes->addWidget(m_lastBox, 1);
    layout->addLayout(boxes);

    m_tables = new QWidget(content);
    auto* tables = new QHBoxLayout(m_tables);
    tables->setContentsMargins(0, 0, 0, 0);
    auto* ladderColumn = new QVBoxLayout;
    auto* ladderLabel = new QLabel(tr("The st&ages"), m_tables);
    ladderColumn->addWidget(ladderLabel);
    m_ladder = table(QStringLiteral("planLadder"), tr("The stages of the plan"),
        {tr("Stage"), tr("Session"), tr("Where you are")}, m_tables);
    ladderLabel->setBuddy(m_ladder);
    m_ladder->header()->setStretchLastSection(false);
    m_ladder->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    ladderColumn->addWidget(m_ladder);
    tables->addLayout(ladderColumn, 1);
    auto* sessionsColumn = new QVBoxLayout;
    auto* sessionsLabel = new QLabel(tr("Your sess&ions"), m_tables);
    sessionsColumn->addWidget(sessionsLabel);
    m_sessions = table(QStringLiteral("planSessions"), tr("Your sessions, newest first"),
        {tr("Day"), tr("Stage"), tr("Pain with it"), tr("Before"), tr("Next morning"), tr("Outcome")}, m_tables);
    sessionsLabel->setBuddy(m_sessions);
    sessionsColumn->addWidget(m_sessions);
    tables->addLayout(sessionsColumn, 1);
    layout->addWidget(m_tables, 1);

    auto* buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start a return-to-run plan…"), content);
    m_start->setObjectName(QStringLiteral("planStart"));
    m_stop = new QPushButton(tr("S&top the plan…"), content);
    m_stop->setObjectName(QStringLiteral("planStop"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto* disclaimer = new WrappedLabel(
        tr("A plan built from the pain-monitoring model and published return-to-run guidelines, not a "
           "prescription: your physical therapist can change its start and pace."),
        content);
    layout->addWidget(disclaimer);
    layout->addStretch(); // without the tables (no plan), the text stays at the top

    connect(m_start, &QPushButton::clicked, this, &ReturnPlanPage::startRequested);
    connect(m_stop, &QPushButton::clicked, this, &ReturnPlanPage::stop);
    connect(m_logSession, &QPushButton::clicked, this, [this] { Q_EMIT logSessionRequested(m_clock.today()); });
    connect(m_sessions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT dayActivated(item->data(0, Qt::UserRole).toDate());
    });
}

Status ReturnPlanPage::reload()
{
    const QDate today = m_clock.today();
    Result<std::optional<ReturnPlanOnDay>> plan = ReturnPlanJournal::onDay(m_commands.repository(), today);
    if (!plan)
        return plan.takeError();
    const int before = m_shownStage;
    // A stopped plan stays on the page for four weeks, with its sessions; then the page offers a new one.
    constexpr int stoppedShownDays = 28;
    const bool shown = plan->has_value()
        && ((*plan)->state.active || (*plan)->state.paused || (*plan)->state.complete
            || (*plan)->plan.stopped->daysTo(today) < stoppedShownDays);
    if (shown) {
        showPlan(**plan);
    } else {
        Result<std::optional<QString>> blocker = TodayJournal::planBlocker(m_commands.repository(), today);
        if (!blocker)
            return blocker.takeError();
        showNoPlan(blocker->value_or(QString()));
    }
    // A stage that moved while the page was open is said aloud, as the journal changed it.
    if (before >= -1 && before != m_shownStage && m_shownStage >= 0)
        Announce::alert(m_status);
    return {};
}

void ReturnPlanPage::showNoPlan(const QString& why)
{
    m_shownStage = -1;
    m_status->setText(tr("No return-to-run plan is running."));
    m_about->setText(why.isEmpty()
            ? tr("After an episode of back pain, the plan brings you back in small steps: a brisk walk, then "
                 "walking and running in turns, then half an hour of running, then three weeks of growing "
                 "distance. After each session it asks how the back was during the run and the next morning, "
                 "and moves you up, holds you, or takes you a step back.")
            : tr("Your log has %1. That needs a doctor or a physical therapist before a return to running: see "
                 "one first. When they have cleared you to run, record it (Entry › My physical therapist or "
                 "doctor saw me…) and start the plan.")
                  .arg(why));
    m_about->show();
    m_todayBox->hide();
    m_lastBox->hide();
    m_tables->hide();
    m_start->setVisible(!m_commands.isReadOnly());
    m_start->setEnabled(why.isEmpty());
    m_stop->hide();
}

void ReturnPlanPage::showPlan(const ReturnPlanOnDay& plan)
{
    const ReturnPlanState& state = plan.state;
    const QDate today = plan.day;
    m_shownStage = state.stage;
    const ReturnPlanStage& stage = plan.stage();
    const int last = ReturnPlanStages::last;
    const Result<QMap<QString, QString>> settings = m_commands.repository().settings();
    const DistanceUnit unit = Units::fromSetting(settings ? settings->value(JournalSettings::units) : QString());

    if (state.complete)
        m_status->setText(tr("Plan complete: back to your normal training."));
    else if (state.paused)
        m_status->setText(tr("Paused: a warning sign was logged — see a doctor before running again."));
    else if (!state.active)
        m_status->setText(tr("Stopped on %1, at stage %2 of %3.").arg(shortDay(*plan.plan.stopped)).arg(state.stage).arg(last));
    else
        m_status->setText(tr("Stage %1 of %2: %3").arg(state.stage).arg(last).arg(stage.name()));
    QPalette statusPalette = palette();
    if (state.referred || state.paused)
        statusPalette.setColor(QPalette::WindowText, ChartPalette::severity(1, palette()));
    m_status->setPalette(statusPalette);
    m_about->setVisible(state.referred);
    if (state.referred)
        m_about->setText(tr("The plan has stalled (two step-backs in a row, or a stage held %1 times). See a "
                            "physical therapist before you go on: they can find what holds the back up.")
                             .arg(plan.thresholds.planHoldsToRefer));

    // Today.
    m_todayBox->setVisible(state.active);
    m_todayBox->setTitle(tr("Today, %1").arg(longDay(today)));
    const std::optional<QString> session = plan.session();
    bool loggedToday = false;
    for (const ReturnPlanSession& done : state.sessions)
        loggedToday = loggedToday || done.date == today;
    QString todayText;
    if (loggedToday) {
        todayText = tr("Today's session is logged. Tomorrow morning the plan asks how the back is.");
    } else if (!session) {
        todayText = state.restUntil && *state.restUntil >= today
            ? tr("Rest day today: the back needs a few days after too much pain. The next session is on %1.")
                  .arg(shortDay(state.restUntil->addDays(1)))
            : tr("Rest day today: a day between sessions lets the back show how it took the last one. "
                 "A walk is fine.");
    } else if (stage.isWeek()) {
        const Qt::DayOfWeek weekStart
            = WeeklySeries::dayFromSetting(settings ? settings->value(JournalSettings::weekStart) : QString());
        const QDate from = WeeklySeries::weekStartOf(today, weekStart);
        double metres = 0;
        if (Result<QList<Run>> runs = m_commands.repository().runs({from, today}); runs) {
            for (const Run& run : *runs)
                metres += run.distanceM;
        }
        todayText = tr("This week's aim: %1 in easy runs, with a rest day between them (%2 % of the %3 you ran "
                       "before the pain). So far this week: %4.")
                        .arg(Units::distance(stage.weeklyShare * plan.plan.formerWeeklyKm * 1000, unit))
                        .arg(qRound(stage.weeklyShare * 100))
                        .arg(Units::distance(plan.plan.formerWeeklyKm * 1000, unit))
                        .arg(Units::distance(metres, unit));
        if (stage.number >= 7)
            todayText += QLatin1Char(' ') + tr("Hills and faster running are allowed again.");
    } else {
        todayText = tr("Today's session: %1 (about %2 minutes). Log it afterwards with the pain during and after "
                       "it.")
                        .arg(*session)
                        .arg(stage.minutes());
    }
    m_today->setText(todayText);
    m_logSession->setVisible(state.active && !m_commands.isReadOnly());
    m_logSession->setText(session && !stage.isWeek() && !loggedToday ? tr("&Log today's session…") : tr("&Log a run…"));

    // The last word.
    m_lastBox->show();
    const ReturnPlanDecision word = state.lastWord(plan.thresholds);
    m_lastBox->setTitle(tr("The plan's last word (%1)").arg(shortDay(word.date)));
    m_last->setText(word.because);

    // The ladder.
    m_tables->show();
    m_ladder->clear();
    QTreeWidgetItem* current = nullptr;
    for (const ReturnPlanStage& rung : plan.stages) {
        QString where;
        const QDate reached = state.reachedOn(rung.number);
        if (rung.number == state.stage && !state.complete)
            where = state.goodInARow > 0 && rung.number <= ReturnPlanStages::lastSession
                ? tr("you are here: %1 of %2 good").arg(state.goodInARow).arg(plan.thresholds.planGoodInARow)
                : tr("you are here");
        else if (rung.number < plan.plan.startStage && !reached.isValid())
            where = tr("not needed");
        else if (rung.number < state.stage || state.complete)
            where = reached.isValid() ? tr("done, from %1").arg(shortDay(reached)) : tr("done");
        const QString name = rung.isWeek()
            ? tr("a week of %1 (%2 % of before)")
                  .arg(Units::distance(rung.weeklyShare * plan.plan.formerWeeklyKm * 1000, unit))
                  .arg(qRound(rung.weeklyShare * 100))
            : rung.name();
        auto* item = new QTreeWidgetItem(m_ladder, {QString::number(rung.number), name, where});
        item->setData(0, Qt::AccessibleTextRole, tr("Stage %1").arg(rung.number));
        if (rung.number == state.stage && !state.complete) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < 3; ++column)
                item->setFont(column, bold);
            current = item;
        }
    }
    if (current)
        m_ladder->setCurrentItem(current);

    // The sessions, newest first.
    m_sessions->clear();
    for (auto it = state.sessions.crbegin(); it != state.sessions.crend(); ++it) {
        QString outcome;
        switch (it->outcome) {
        case ReturnPlanSession::Outcome::Good:
            outcome = tr("good");
            break;
        case ReturnPlanSession::Outcome::Hold:
            outcome = tr("stage repeated");
            break;
        case ReturnPlanSession::Outcome::StepBack:
            outcome = tr("step back");
            break;
        case ReturnPlanSession::Outcome::Pending:
            outcome = tr("waiting for the next morning");
            break;
        }
        auto* item = new QTreeWidgetItem(m_sessions,
            {shortDay(it->date), QString::number(it->stage), tr("%1/10").arg(it->pain), tr("%1/10").arg(it->baseline),
                it->nextMorning ? tr("%1/10").arg(*it->nextMorning) : tr("not yet"), outcome});
        item->setData(0, Qt::UserRole, it->date);
        item->setToolTip(0, tr("Enter or double-click: open this day in the journal"));
    }
    m_start->setVisible(!state.active && !m_commands.isReadOnly());
    m_start->setEnabled(true);
    m_stop->setVisible(state.active && !m_commands.isReadOnly());
}

void ReturnPlanPage::stop()
{
    if (MessageBox::question(this, tr("Stop the plan"),
            tr("Stop the return-to-run plan today? Its sessions stay in the journal, and Undo can take the stop "
               "back."))
        != QMessageBox::Yes)
        return;
    if (Status stopped = m_commands.stopPlan(m_clock.today()); !stopped)
        MessageBox::warning(this, tr("Stop the plan"), stopped.error());
}

} // namespace backstride
