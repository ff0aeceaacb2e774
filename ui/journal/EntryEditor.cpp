#include "EntryEditor.h"

#include "TodayAnswer.h"

#include "DayEntriesModel.h"

#include "CheckInDialog.h"
#include "PainkillerDialog.h"
#include "CheckInStore.h"
#include "AnalysisThresholds.h"
#include "Clock.h"
#include "CustomExerciseStore.h"
#include "DayLogDialog.h"
#include "ExerciseCatalog.h"
#include "ExerciseLibrary.h"
#include "JournalCommands.h"
#include "JournalRepository.h"
#include "MessageBox.h"
#include "MorningDialog.h"
#include "ReturnPlanJournal.h"
#include "StartPlanDialog.h"
#include "PainDialog.h"
#include "RoutineDialog.h"
#include "RunDialog.h"

#include <QDateEdit>
#include <QKeySequence>
#include <QLocale>

namespace backstride {

EntryEditor::EntryEditor(JournalCommands& commands, const Clock& clock, QWidget* window)
    : QObject(window), m_commands(commands), m_clock(clock), m_window(window)
{ }

QDialog* EntryEditor::show(QDialog* dialog)
{
    if (m_open)
        m_open->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_open = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit")))
            Q_EMIT saved(date->date());
    });
    dialog->open();
    return dialog;
}

QDialog* EntryEditor::newRun(const QDate& date)
{
    Run run;
    run.date = date;
    // Runners mostly repeat themselves: the last run's kind and surface are the likeliest.
    Result<QList<Run>> recent = m_commands.repository().runs(DateRange {date.addDays(-60), date});
    if (recent && !recent->isEmpty()) {
        run.kind = recent->last().kind;
        run.surface = recent->last().surface;
    }
    // A day of the return-to-run plan: its session, prefilled.
    QString session;
    if (const Result<std::optional<ReturnPlanOnDay>> plan = ReturnPlanJournal::onDay(m_commands.repository(), date);
        plan && plan->has_value() && (*plan)->session()) {
        const ReturnPlanStage& stage = (*plan)->stage();
        session = tr("stage %1 of %2: %3").arg(stage.number).arg(ReturnPlanStages::last).arg(stage.name());
        if (!stage.isWeek()) {
            run.kind = stage.runKind();
            run.durationS = stage.minutes() * 60;
        }
    }
    auto* dialog = new RunDialog(m_commands, run, m_unit, m_window, session);
    offerWarmup(dialog, date);
    return show(dialog);
}

// The guide's advice for desk workers, at the moment it applies: after hours of sitting, the glutes
// woken before the run — today's run, as a warm-up cannot be done for a day gone by. Not while a
// warning sign or pain below the knee puts a professional first.
void EntryEditor::offerWarmup(RunDialog* dialog, const QDate& date)
{
    if (date != m_clock.today())
        return;
    JournalRepository& repository = m_commands.repository();
    const std::optional<Routine> routine
        = ExerciseLibrary::routine(ExerciseLibrary::routineAnswering(QStringLiteral("sitting-before-run")));
    const Result<std::optional<DayLog>> day = repository.dayLogOn(date);
    if (!m_playRoutine || !routine || m_commands.isReadOnly() || !day || !day->has_value() || !(*day)->sittingHours)
        return;
    const Result<QMap<QString, QString>> settings = repository.settings();
    const AnalysisThresholds t = AnalysisThresholds::fromSettings(settings ? *settings : QMap<QString, QString>());
    const double hours = *(*day)->sittingHours;
    if (hours < t.longSittingHours)
        return;
    const Result<std::optional<ReturnPlanJournal::Obstacle>> obstacle = ReturnPlanJournal::obstacle(repository, date);
    if (!obstacle || obstacle->has_value())
        return;
    dialog->offerWarmup(hours, routine->minutes);
    const QString routineId = routine->id;
    QPointer<RunDialog> form(dialog);
    connect(dialog, &RunDialog::warmupRequested, dialog, [this, form, routineId] {
        m_playRoutine(routineId, form, [form] {
            if (form)
                form->warmupLogged();
        });
    });
}

QDialog* EntryEditor::startPlan(const QDate& date)
{
    JournalRepository& repository = m_commands.repository();
    // Not while a professional comes first (TodayJournal::planBlocker: every door asks it).
    const Result<std::optional<QString>> blocker = TodayJournal::planBlocker(repository, date);
    if (blocker && blocker->has_value()) {
        MessageBox::warning(m_window, tr("Start a return-to-run plan"),
            tr("Not now: your log has %1. That needs a doctor or a physical therapist before a return to running. "
               "When they have cleared you to run, record it (Entry › My physical therapist or doctor saw me…) "
               "and start the plan.")
                .arg(**blocker));
        return nullptr;
    }
    if (const Result<std::optional<ReturnPlanOnDay>> running = ReturnPlanJournal::onDay(repository, date);
        running && running->has_value() && (*running)->state.active
        && MessageBox::question(m_window, tr("Start a return-to-run plan"),
               tr("A plan is running: stage %1 of %2 since %3. Start a new one? The running plan stops the day "
                  "before the new one begins.")
                   .arg((*running)->state.stage)
                   .arg(ReturnPlanStages::last)
                   .arg(QLocale().toString((*running)->plan.started, QLocale::ShortFormat)))
            != QMessageBox::Yes)
        return nullptr;
    Result<ReturnPlanStart> proposal = ReturnPlanJournal::proposal(repository, date, ReturnPlanJournal::proposeStage);
    if (!proposal) {
        Q_EMIT message(proposal.error());
        return nullptr;
    }
    return show(new StartPlanDialog(m_commands, *proposal, m_unit, m_window));
}

QDialog* EntryEditor::morningQuestion(const QDate& today)
{
    const Result<std::optional<MorningWait>> wait = TodayJournal::morningQuestion(m_commands.repository(), today);
    if (!wait || !wait->has_value())
        return nullptr;
    auto* dialog = new MorningDialog(m_commands, today, **wait, m_window);
    connect(dialog, &MorningDialog::somePainChosen, this, [this](const QDate& day) {
        QDialog* form = show(new PainDialog(m_commands, MorningDialog::morningPain(day, 2), m_window));
        form->setWindowTitle(tr("How is the back this morning?"));
    });
    return show(dialog);
}

QDialog* EntryEditor::newPain(const QDate& date)
{
    PainEntry pain;
    pain.date = date;
    if (date == QDate::currentDate())
        pain.time = QTime(QTime::currentTime().hour(), QTime::currentTime().minute());
    return show(new PainDialog(m_commands, pain, m_window));
}

QDialog* EntryEditor::painAfterRun(const Run& run)
{
    PainEntry pain;
    pain.date = run.date;
    pain.runId = run.id;
    pain.timing = {QStringLiteral("after-run")};
    QDialog* dialog = show(new PainDialog(m_commands, pain, m_window));
    dialog->setWindowTitle(tr("How did the back feel? — %1").arg(DayEntriesModel::describe(run, m_unit)));
    return dialog;
}

QDialog* EntryEditor::newDayLog(const QDate& date)
{
    Result<std::optional<DayLog>> existing = m_commands.repository().dayLogOn(date);
    DayLog day = existing && existing->has_value() ? **existing : DayLog {0, date, std::nullopt, {}, {}};
    return show(new DayLogDialog(m_commands, day, m_window));
}

ExerciseCatalog EntryEditor::exerciseCatalog() const
{
    Result<QList<CustomExercise>> custom = CustomExerciseStore(m_commands.repository().database()).all();
    return custom ? ExerciseCatalog(*custom) : ExerciseCatalog();
}

QDialog* EntryEditor::newRoutine(const QDate& date)
{
    return show(new RoutineDialog(m_commands,
        RoutineSession {0, date, QStringLiteral("core-strength"), std::nullopt, {}, {}, {}}, exerciseCatalog(), m_window));
}

QDialog* EntryEditor::checkIn(const QDate& date)
{
    CheckInStore store(m_commands.repository().database());
    if (Result<std::optional<CheckIn>> existing = store.on(date); existing && existing->has_value())
        return show(new CheckInDialog(m_commands, **existing, m_window));
    CheckIn fresh {0, date, {}, std::nullopt, {}};
    if (Result<std::optional<CheckIn>> last = store.latestBefore(date); last && last->has_value())
        fresh.activities = (*last)->activities; // carried over, each with its last rating
    return show(new CheckInDialog(m_commands, fresh, m_window));
}

QDialog* EntryEditor::newPainkiller(const QDate& date)
{
    // Now, on today; on another day, the time is the runner's to type.
    const bool today = date == m_clock.today();
    return show(new PainkillerDialog(m_commands, date, today ? QTime::currentTime() : QTime(), m_window));
}

QDialog* EntryEditor::edit(const EntryRef& entry)
{
    JournalRepository& repository = m_commands.repository();
    switch (entry.kind) {
    case EntryRef::Kind::Run:
        if (Result<std::optional<Run>> run = repository.run(entry.id); run && run->has_value())
            return show(new RunDialog(m_commands, **run, m_unit, m_window));
        break;
    case EntryRef::Kind::Pain:
        if (Result<std::optional<PainEntry>> pain = repository.pain(entry.id); pain && pain->has_value())
            return show(new PainDialog(m_commands, **pain, m_window));
        break;
    case EntryRef::Kind::DayLog:
        if (Result<std::optional<DayLog>> day = repository.dayLog(entry.id); day && day->has_value())
            return show(new DayLogDialog(m_commands, **day, m_window));
        break;
    case EntryRef::Kind::Routine:
        if (Result<std::optional<RoutineSession>> routine = repository.routine(entry.id);
            routine && routine->has_value())
            return show(new RoutineDialog(m_commands, **routine, exerciseCatalog(), m_window));
        break;
    case EntryRef::Kind::CheckIn:
        if (Result<std::optional<CheckIn>> found = CheckInStore(repository.database()).checkIn(entry.id);
            found && found->has_value())
            return show(new CheckInDialog(m_commands, **found, m_window));
        break;
    case EntryRef::Kind::Clearance:
        Q_EMIT message(tr("A clearance is not changed: delete it (Delete) and record it again."));
        return nullptr;
    case EntryRef::Kind::Medication:
        Q_EMIT message(tr("A painkiller is not changed: delete it (Delete) and record it again."));
        return nullptr;
    }
    Q_EMIT message(tr("That entry is no longer in the journal."));
    return nullptr;
}

void EntryEditor::remove(const EntryRef& entry)
{
    Status status;
    switch (entry.kind) {
    case EntryRef::Kind::Run:
        status = m_commands.removeRun(entry.id);
        break;
    case EntryRef::Kind::Pain:
        status = m_commands.removePain(entry.id);
        break;
    case EntryRef::Kind::DayLog:
        status = m_commands.removeDayLog(entry.id);
        break;
    case EntryRef::Kind::Routine:
        status = m_commands.removeRoutine(entry.id);
        break;
    case EntryRef::Kind::CheckIn:
        status = m_commands.removeCheckIn(entry.id);
        break;
    case EntryRef::Kind::Clearance:
        status = m_commands.removeClearance(entry.id);
        break;
    case EntryRef::Kind::Medication:
        status = m_commands.removeMedication(entry.id);
        break;
    }
    Q_EMIT message(status ? tr("Deleted. Undo with %1.")
                                .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))
                          : tr("Not deleted: %1").arg(status.error()));
}

} // namespace backstride
