#include "ExerciseProgramme.h"

#include "AnalysisContext.h"
#include "ClearanceStore.h"
#include "MedicationStore.h"
#include "PainkillerUse.h"
#include "CustomExerciseStore.h"
#include "ExerciseAnswers.h"
#include "ExerciseLibrary.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "SqliteDatabase.h"
#include "ReturnPlan.h"
#include "ReturnPlanJournal.h"
#include "Rules.h"
#include "WeeklySeries.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Programme)
};

QString dayText(const QDate& day)
{
    return EvidenceText::dayInSentence(day);
}

// The routine a session counts for: the one it played, or the one its kind belongs to.
QString routineOf(const RoutineSession& session)
{
    if (!session.routine.isEmpty())
        return session.routine;
    static const QHash<QString, QString> byKind {{QStringLiteral("core-strength"), QStringLiteral("core")},
        {QStringLiteral("stretching"), QStringLiteral("stretch")},
        {QStringLiteral("foam-rolling"), QStringLiteral("foam-roll")},
        {QStringLiteral("glute-activation"), QStringLiteral("glute-warmup")}};
    return byKind.value(session.kind);
}

// Whether a session counts for `routine`: during a flare, gentle stretching counts as its relief.
bool countsFor(const RoutineSession& session, const QString& routine)
{
    const QString done = routineOf(session);
    return done == routine
        || (routine == QLatin1String("flare-relief") && (done == QLatin1String("stretch") || session.kind == QLatin1String("icing")));
}

struct PhaseAt
{
    ProgrammePhase phase = ProgrammePhase::Strengthening;
    QString reason;
};

// The phase on `day`; the plan and the pain's reach are known for `asOf` only.
PhaseAt phaseOn(const ProgrammeInput& in, const QDate& day)
{
    const AnalysisThresholds& t = in.thresholds;
    const bool today = day == in.asOf;
    if (const std::optional<ReturnPlanJournal::Obstacle> obstacle
        = ReturnPlanJournal::obstacleIn(in.pain, day, t.planClearDays, in.clearances, false))
        return {ProgrammePhase::SeeProfessional,
            Text::tr("Your log has %1: a doctor or a physical therapist should see it before any strengthening. "
                     "Exercises your therapist gave you, ice and easy walks are fine.")
                .arg(obstacle->text())};
    if (today && in.peripheralising)
        return {ProgrammePhase::SeeProfessional,
            Text::tr("The pain has been reaching further down the leg: a physical therapist should see it before any "
                     "strengthening. Exercises your therapist gave you, ice and easy walks are fine.")};
    const PainEntry* flare = nullptr;
    const PainEntry* painDay = nullptr;
    bool anyPain = in.painBefore;
    for (const PainEntry& entry : in.pain) {
        if (entry.date > day)
            continue;
        anyPain = anyPain || entry.intensity > 0;
        if (entry.date > day.addDays(-t.programmeFlareDays) && entry.intensity >= t.runningThroughPain
            && (!flare || entry.intensity > flare->intensity))
            flare = &entry;
        if (entry.date > day.addDays(-t.programmeRecentDays) && entry.intensity >= t.painLevel
            && (!painDay || entry.date > painDay->date))
            painDay = &entry;
    }
    if (flare)
        return {ProgrammePhase::Flare,
            Text::tr("Pain %1/10 on %2: a flare. Gentle movement, a short walk and ice, daily; no strengthening "
                     "until it eases.")
                .arg(flare->intensity)
                .arg(dayText(flare->date))};
    if (today && in.planRunning)
        return {ProgrammePhase::Settling,
            Text::tr("A return-to-run plan is running: stretches daily, the glute warm-up before each session, core "
                     "%n time(s) a week, at level 1.",
                nullptr, t.programmeSettlingCorePerWeek)};
    if (painDay)
        return {ProgrammePhase::Settling,
            Text::tr("Pain %1/10 on %2, below %3/10 since: settling. Stretches daily, the glute warm-up before runs, "
                     "core %n time(s) a week, at level 1.",
                nullptr, t.programmeSettlingCorePerWeek)
                .arg(painDay->intensity)
                .arg(dayText(painDay->date))
                .arg(t.runningThroughPain)};
    if (!anyPain)
        return {ProgrammePhase::Strengthening,
            Text::tr("No back pain logged: core work %n time(s) a week keeps it that way (in trials, exercise cut "
                     "the risk of a new episode by about a third, Steffens 2016).",
                nullptr, t.programmeCorePerWeek)};
    return {ProgrammePhase::Strengthening,
        Text::tr("No pain of %1/10 or more for %2 days: the back has settled. Core work %n time(s) a week with "
                 "progression, stretches after runs, the glute warm-up before runs on long desk days.",
            nullptr, t.programmeCorePerWeek)
            .arg(t.painLevel)
            .arg(t.programmeRecentDays)};
}

// The routines a phase plans for a week, given its runs.
QList<RoutineWeek> planned(ProgrammePhase phase, const AnalysisThresholds& t, int runs, int deskDayRuns)
{
    switch (phase) {
    case ProgrammePhase::SeeProfessional:
        return {};
    case ProgrammePhase::Flare:
        return {{QStringLiteral("flare-relief"), 7, 0}};
    case ProgrammePhase::Settling:
        return {{QStringLiteral("stretch"), 7, 0}, {QStringLiteral("core"), t.programmeSettlingCorePerWeek, 0},
            {QStringLiteral("glute-warmup"), runs, 0}};
    case ProgrammePhase::Strengthening:
        return {{QStringLiteral("core"), t.programmeCorePerWeek, 0}, {QStringLiteral("stretch"), runs, 0},
            {QStringLiteral("glute-warmup"), deskDayRuns, 0}};
    }
    return {};
}

struct ExerciseTrack
{
    int level = 1;
    int goodInARow = 0;
};

} // namespace

ProgrammeState ProgrammeState::evaluate(const ProgrammeInput& in)
{
    const AnalysisThresholds& t = in.thresholds;
    ProgrammeState state;
    state.asOf = in.asOf;
    const PhaseAt now = phaseOn(in, in.asOf);
    state.phase = now.phase;
    state.reason = now.reason;

    // Levels: every exercise done, session by session, oldest first.
    QList<const RoutineSession*> sessions;
    for (const RoutineSession& session : in.routines) {
        if (session.date <= in.asOf && !session.exercises.isEmpty())
            sessions.append(&session);
    }
    std::stable_sort(sessions.begin(), sessions.end(),
        [](const RoutineSession* a, const RoutineSession* b) { return std::tie(a->date, a->id) < std::tie(b->date, b->id); });
    QHash<QString, ExerciseTrack> tracks;
    const ExerciseAnswers answers(in.pain, in.asOf, t);
    QHash<QDate, ProgrammePhase> phaseCache;
    auto phaseAt = [&](const QDate& day) {
        const auto found = phaseCache.constFind(day);
        if (found != phaseCache.cend())
            return *found;
        return *phaseCache.insert(day, phaseOn(in, day).phase);
    };
    // Each exercise looked up once: a session names the same few hundreds of times.
    QHash<QString, std::optional<Exercise>> lookedUp;
    auto exerciseOf = [&](const QString& id) -> const std::optional<Exercise>& {
        const auto found = lookedUp.constFind(id);
        return found != lookedUp.cend() ? *found : *lookedUp.insert(id, in.catalog.exercise(id));
    };
    // A session's exercises carry no hour: a painkiller taken that day, or one whose hours reached
    // into it, may have hidden their pain.
    const Painkillers::ActionWindows painkillerWindows = PainkillerUse::windows(t);
    auto maskedOn = [&](const QDate& date) {
        PainEntry that;
        that.date = date;
        return Painkillers::covering(that, in.medications, painkillerWindows);
    };
    for (const RoutineSession* session : sessions) {
        for (const ExerciseDone& done : session->exercises) {
            const std::optional<Exercise>& exercise = exerciseOf(done.exercise);
            if (!exercise)
                continue;
            const bool known = std::any_of(state.levels.cbegin(), state.levels.cend(),
                [&done](const auto& level) { return level.first == done.exercise; });
            if (!known)
                state.levels.append({done.exercise, done.level});
            ExerciseTrack& track = tracks[done.exercise];
            if (track.level != done.level) { // done at another level than the programme's: that one counts now
                track.level = done.level;
                track.goodInARow = 0;
            }
            const ExerciseLevel* dose = exercise->level(done.level);
            if (!dose || exercise->levels.size() < 2)
                continue; // an exercise of one level (ice, a walk, a roll) has no level to move
            LevelDecision decision {session->date, done.exercise, LevelDecision::Kind::Hold, done.level, done.level, {}};
            const QString name = exercise->name;
            const bool fullDose = done.sets >= dose->sets && (!dose->reps || (done.reps && *done.reps >= *dose->reps))
                && (!dose->holdSeconds || (done.holdSeconds && *done.holdSeconds >= *dose->holdSeconds));
            const ExerciseAnswer answer = answers.of(session->date, done);
            if (answer.tooMuch()) {
                decision.kind = LevelDecision::Kind::StepBack;
                decision.toLevel = std::max(1, done.level - 1);
                decision.reason = answer.hurt ? Text::tr("%1: pain %2/10 during it — too much: back to level %3")
                                             .arg(name)
                                             .arg(*done.pain)
                                             .arg(decision.toLevel)
                                       : Text::tr("%1: the back was %2 points worse the next morning — back to level %3")
                                             .arg(name)
                                             .arg(answer.morningChange)
                                             .arg(decision.toLevel);
                track.level = decision.toLevel;
                track.goodInARow = 0;
            } else if (!answer.morningCame) {
                continue; // its next morning has not come: nothing decided yet
            } else if (!fullDose || !done.pain || *done.pain > t.planGoodPain || answer.morningChange > 0
                || maskedOn(session->date)) {
                const std::optional<Medication> masked = maskedOn(session->date);
                decision.reason = !fullDose ? Text::tr("%1: not the whole dose of level %2 — the same level next time")
                                                  .arg(name)
                                                  .arg(done.level)
                    : masked && done.pain && *done.pain <= t.planGoodPain && answer.morningChange <= 0
                    ? Text::tr("%1: pain %2/10 during it, but on a day with %3 — the painkiller may have hidden the pain; "
                               "the same level next time")
                          .arg(name)
                          .arg(*done.pain)
                          .arg(masked->name)
                    : !done.pain ? Text::tr("%1: no pain was given for it — the same level next time").arg(name)
                    : *done.pain > t.planGoodPain
                    ? Text::tr("%1: pain %2/10 during it — the same level next time").arg(name).arg(*done.pain)
                    : Text::tr("%1: the back was a little worse the next morning — the same level next time").arg(name);
                track.goodInARow = 0;
            } else {
                ++track.goodInARow;
                const ProgrammePhase phase = phaseAt(session->date);
                const bool mayProgress = phase == ProgrammePhase::Settling || phase == ProgrammePhase::Strengthening;
                if (track.goodInARow < t.planGoodInARow || done.level >= exercise->levels.size() || !mayProgress)
                    continue; // good: counted towards the next level
                decision.kind = LevelDecision::Kind::Progress;
                decision.toLevel = done.level + 1;
                decision.reason = Text::tr("%1: %n session(s) at level %2 with little or no pain and a settled morning — "
                                           "on to level %3",
                    nullptr, track.goodInARow)
                                      .arg(name)
                                      .arg(done.level)
                                      .arg(decision.toLevel);
                track.level = decision.toLevel;
                track.goodInARow = 0;
            }
            state.decisions.append(decision);
        }
    }
    for (auto& [exercise, level] : state.levels)
        level = tracks.value(exercise).level;
    for (const HurtingExercise& hurting : answers.hurting(in.routines))
        state.hurting.append(hurting.exercise);

    // The week and the four before it.
    const QDate thisWeek = WeeklySeries::weekStartOf(in.asOf, in.weekStart);
    QHash<QDate, double> sitting;
    for (const DayLog& day : in.days) {
        if (day.sittingHours)
            sitting.insert(day.date, *day.sittingHours);
    }
    for (int back = 0; back < std::max(1, in.weeks); ++back) {
        ProgrammeWeek week;
        week.start = thisWeek.addDays(-7 * back);
        const QDate last = std::min(week.start.addDays(6), in.asOf);
        week.phase = back == 0 ? state.phase : phaseOn(in, last).phase;
        int runs = 0;
        int deskDayRuns = 0;
        for (const Run& run : in.runs) {
            if (run.date >= week.start && run.date <= last) {
                ++runs;
                deskDayRuns += sitting.value(run.date) >= t.longSittingHours ? 1 : 0;
            }
        }
        week.routines = planned(week.phase, t, runs, deskDayRuns);
        for (RoutineWeek& routine : week.routines) {
            QSet<QDate> days;
            for (const RoutineSession& session : in.routines) {
                if (session.date >= week.start && session.date <= last && countsFor(session, routine.routine))
                    days.insert(session.date);
            }
            routine.done = int(days.size());
        }
        week.routines.removeIf([](const RoutineWeek& routine) { return routine.planned == 0 && routine.done == 0; });
        state.weeks.append(week);
    }

    // Today.
    auto doneOn = [&in](const QString& routine, const QDate& day) {
        return std::any_of(in.routines.cbegin(), in.routines.cend(),
            [&](const RoutineSession& session) { return session.date == day && countsFor(session, routine); });
    };
    const bool runToday = std::any_of(in.runs.cbegin(), in.runs.cend(), [&in](const Run& run) { return run.date == in.asOf; })
        || in.planSessionToday.has_value();
    const bool deskDay = sitting.value(in.asOf) >= t.longSittingHours;
    auto add = [&](const QString& routine, const QString& when) {
        RoutineDue due {routine, when, doneOn(routine, in.asOf), {}, {}};
        const std::optional<Routine> found = ExerciseLibrary::routine(routine);
        if (!found)
            return;
        for (const Exercise& exercise : in.catalog.exercisesOf(*found)) {
            if (state.hurting.contains(exercise.id)) {
                due.leftOut.append(exercise.id);
                continue;
            }
            const int level = state.phase == ProgrammePhase::Settling && routine == QLatin1String("core")
                ? 1
                : std::clamp(state.levelOf(exercise.id), 1, int(exercise.levels.size()));
            const ExerciseLevel& dose = *exercise.level(level);
            due.exercises.append({exercise.id, level, dose.sets, dose.reps, dose.holdSeconds});
        }
        state.today.append(due);
    };
    const ProgrammeWeek& week = state.weeks.first();
    auto weekly = [&](const QString& routine) {
        for (const RoutineWeek& planned : week.routines) {
            if (planned.routine == routine) {
                const bool today = doneOn(routine, in.asOf);
                const bool yesterday = doneOn(routine, in.asOf.addDays(-1));
                // Strength on days apart: not the day after one, unless done today already.
                if (today || (planned.done < planned.planned && !yesterday))
                    add(routine, QString());
            }
        }
    };
    switch (state.phase) {
    case ProgrammePhase::SeeProfessional:
        break;
    case ProgrammePhase::Flare:
        add(QStringLiteral("flare-relief"), QString());
        break;
    case ProgrammePhase::Settling:
        if (runToday)
            add(QStringLiteral("glute-warmup"), Text::tr("before your run"));
        add(QStringLiteral("stretch"), QString());
        weekly(QStringLiteral("core"));
        break;
    case ProgrammePhase::Strengthening:
        if (deskDay)
            add(QStringLiteral("glute-warmup"), Text::tr("before a run after today's sitting"));
        weekly(QStringLiteral("core"));
        if (runToday)
            add(QStringLiteral("stretch"), Text::tr("after your run"));
        break;
    }
    return state;
}

int ProgrammeState::levelOf(const QString& exercise) const
{
    for (const auto& [id, level] : levels) {
        if (id == exercise)
            return level;
    }
    return 1;
}

QString ProgrammeState::phaseId(ProgrammePhase phase)
{
    switch (phase) {
    case ProgrammePhase::SeeProfessional:
        return QStringLiteral("see-professional");
    case ProgrammePhase::Flare:
        return QStringLiteral("flare");
    case ProgrammePhase::Settling:
        return QStringLiteral("settling");
    case ProgrammePhase::Strengthening:
        return QStringLiteral("strengthening");
    }
    return {};
}

QString ProgrammeState::phaseLabel(ProgrammePhase phase)
{
    switch (phase) {
    case ProgrammePhase::SeeProfessional:
        return Text::tr("see a professional first");
    case ProgrammePhase::Flare:
        return Text::tr("a flare: relief");
    case ProgrammePhase::Settling:
        return Text::tr("settling");
    case ProgrammePhase::Strengthening:
        return Text::tr("strengthening");
    }
    return {};
}

QString ProgrammeState::decisionId(LevelDecision::Kind kind)
{
    switch (kind) {
    case LevelDecision::Kind::Progress:
        return QStringLiteral("progress");
    case LevelDecision::Kind::Hold:
        return QStringLiteral("hold");
    case LevelDecision::Kind::StepBack:
        return QStringLiteral("step-back");
    }
    return {};
}

QString ProgrammeState::routineLine(const RoutineDue& due, const ExerciseCatalog& catalog)
{
    const std::optional<Routine> routine = ExerciseLibrary::routine(due.routine);
    const QString name = routine ? routine->name : due.routine;
    QStringList levels;
    for (const ExerciseDue& exercise : due.exercises) {
        const std::optional<Exercise> known = catalog.exercise(exercise.exercise);
        if (known && known->levels.size() > 1)
            levels.append(Text::tr("%1 %2").arg(known->name).arg(exercise.level));
    }
    QString text = due.done ? Text::tr("✓ %1, done today").arg(name) : name;
    if (!due.when.isEmpty())
        text += Text::tr(" (%1)").arg(due.when);
    if (!levels.isEmpty())
        text += Text::tr(": levels %1").arg(levels.join(QLatin1String(", ")));
    QStringList leftOut;
    for (const QString& id : due.leftOut) {
        const std::optional<Exercise> known = catalog.exercise(id);
        leftOut.append(known ? known->name : id);
    }
    if (!leftOut.isEmpty())
        text += Text::tr("; without %1 until your physical therapist has looked at it").arg(leftOut.join(QLatin1String(", ")));
    return text;
}

QJsonObject ProgrammeState::toJson() const
{
    auto orNull = [](const std::optional<int>& value) { return value ? QJsonValue(*value) : QJsonValue(); };
    QJsonArray week;
    for (const RoutineWeek& routine : weeks.first().routines)
        week.append(QJsonObject {{QStringLiteral("routine"), routine.routine}, {QStringLiteral("planned"), routine.planned},
            {QStringLiteral("done"), routine.done}});
    QJsonArray due;
    for (const RoutineDue& routine : today) {
        QJsonArray exercises;
        for (const ExerciseDue& exercise : routine.exercises)
            exercises.append(QJsonObject {{QStringLiteral("exercise"), exercise.exercise},
                {QStringLiteral("level"), exercise.level}, {QStringLiteral("sets"), exercise.sets},
                {QStringLiteral("reps"), orNull(exercise.reps)}, {QStringLiteral("hold_s"), orNull(exercise.holdSeconds)}});
        QJsonObject entry {{QStringLiteral("routine"), routine.routine}, {QStringLiteral("done"), routine.done},
            {QStringLiteral("exercises"), exercises}};
        if (!routine.leftOut.isEmpty())
            entry.insert(QStringLiteral("left_out"), QJsonArray::fromStringList(routine.leftOut));
        due.append(entry);
    }
    QJsonArray levelList;
    for (const auto& [exercise, level] : levels)
        levelList.append(QJsonObject {{QStringLiteral("exercise"), exercise}, {QStringLiteral("level"), level}});
    QJsonArray decisionList;
    for (const LevelDecision& decision : decisions)
        decisionList.append(QJsonObject {{QStringLiteral("date"), decision.date.toString(Qt::ISODate)},
            {QStringLiteral("exercise"), decision.exercise}, {QStringLiteral("decision"), decisionId(decision.kind)},
            {QStringLiteral("from_level"), decision.fromLevel}, {QStringLiteral("to_level"), decision.toLevel},
            {QStringLiteral("reason"), decision.reason}});
    return {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}, {QStringLiteral("phase"), phaseId(phase)},
        {QStringLiteral("reason"), reason}, {QStringLiteral("week"), week}, {QStringLiteral("today"), due},
        {QStringLiteral("levels"), levelList}, {QStringLiteral("decisions"), decisionList}};
}

Result<ProgrammeState> ProgrammeJournal::onDay(JournalRepository& repository, const QDate& day, int weeks, const QList<Flag>* flags)
{
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return settings.takeError();
    ProgrammeInput in;
    in.asOf = day;
    in.thresholds = AnalysisThresholds::fromSettings(*settings);
    in.weekStart = WeeklySeries::dayFromSetting(settings->value(JournalSettings::weekStart));
    in.weeks = std::max(1, weeks);
    // Runs, sitting and routines as far back as the weeks shown reach.
    const QDate weeksFrom = day.addDays(-7 * in.weeks - 5);
    // Sessions from the first that named its exercises (the levels begin there), or the five weeks
    // shown; pain from a little before (a session's phase decides whether it may progress).
    Result<qint64> firstPlayed = repository.database().queryInteger(
        // Driven by the exercises' rows: far fewer than the sessions of a long journal, most of
        // which name none.
        QStringLiteral("SELECT coalesce(CAST(julianday(min(r.date)) + 0.5 AS INTEGER), 0) FROM routine_exercise e "
                       "CROSS JOIN routine r ON r.id = e.routine_entry WHERE r.date <= '%1'")
            .arg(day.toString(Qt::ISODate)));
    if (!firstPlayed)
        return firstPlayed.takeError();
    QDate from = weeksFrom;
    if (*firstPlayed > 0)
        from = std::min(from, QDate::fromJulianDay(*firstPlayed));
    Result<QList<RoutineSession>> routines = repository.routines({from, day});
    if (!routines)
        return routines.takeError();
    from = from.addDays(-std::max({in.thresholds.planClearDays, in.thresholds.programmeRecentDays, in.thresholds.programmeFlareDays}));
    Result<QList<PainEntry>> pain = repository.painEntries({from, day});
    Result<qint64> painBefore = repository.database().queryInteger(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM pain WHERE intensity > 0 AND date < '%1' LIMIT 1)")
            .arg(from.toString(Qt::ISODate)));
    Result<QList<Run>> runs = repository.runs({weeksFrom, day});
    Result<QList<DayLog>> days = repository.dayLogs({weeksFrom, day});
    Result<QList<CustomExercise>> custom = CustomExerciseStore(repository.database()).all();
    if (!pain || !runs || !days || !custom || !painBefore)
        return Error {!pain ? pain.error() : !runs ? runs.error() : !days ? days.error() : !custom ? custom.error() : painBefore.error()};
    in.painBefore = *painBefore > 0;
    in.routines = std::move(*routines);
    in.pain = std::move(*pain);
    in.runs = std::move(*runs);
    in.days = std::move(*days);
    in.catalog = ExerciseCatalog(*custom);
    if (Result<std::optional<ReturnPlanOnDay>> plan = ReturnPlanJournal::onDay(repository, day); plan && plan->has_value()) {
        in.planRunning = (*plan)->state.active;
        in.planSessionToday = (*plan)->session();
    }
    Result<QList<Clearance>> clearances = ClearanceStore(repository.database()).all();
    if (!clearances)
        return clearances.takeError();
    in.clearances = std::move(*clearances);
    QDate firstSession = day;
    for (const RoutineSession& session : std::as_const(in.routines))
        firstSession = std::min(firstSession, session.date);
    Result<QList<Medication>> medications = MedicationStore(repository.database()).between(PainkillerUse::reachingFrom(firstSession), day);
    if (!medications)
        return medications.takeError();
    in.medications = std::move(*medications);
    // Spreading pain sends the runner to a professional, unless one cleared exercise since.
    std::optional<Flag> spreading;
    if (flags) {
        for (const Flag& flag : *flags) {
            if (flag.id == QLatin1String("pain-peripheralising"))
                spreading = flag;
        }
    } else {
        Result<AnalysisContext> context = AnalysisContext::load(repository, day);
        if (!context)
            return context.takeError();
        spreading = Rules::painPeripheralising(*context);
    }
    in.peripheralising = spreading
        && (spreading->evidence.isEmpty()
            || !Clearances::lifts(in.clearances, spreading->evidence.first().date, day, false));
    return ProgrammeState::evaluate(in);
}

} // namespace backstride
