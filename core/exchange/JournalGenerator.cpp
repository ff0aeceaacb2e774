#include "JournalGenerator.h"

#include "AnalysisThresholds.h"
#include "ExerciseLibrary.h"

#include <QHash>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace backstride {
namespace {

// splitmix64: tiny, well distributed and identical everywhere.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int integer(int low, int high)
    {
        return low + static_cast<int>(uniform() * (high - low + 1));
    } // inclusive
    bool chance(double probability) { return uniform() < probability; }
    double normal(double mean, double sd)
    {
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    template<typename T> const T& pick(const QList<T>& list)
    {
        return list.at(integer(0, static_cast<int>(list.size()) - 1));
    }

private:
    quint64 m_state;
};

QString words(std::initializer_list<const char*> list, int index)
{
    return QString::fromLatin1(*(list.begin() + index));
}

enum class EpisodeType { Muscular, Radiating };

struct PainEpisode
{
    EpisodeType type = EpisodeType::Muscular;
    double intensity = 0; // today's level, decays day by day
    int daysLeft = 0;
    QString side; // "left" or "right"
    bool belowKnee = false;
};

struct WeekPlan
{
    double targetKm = 0;
    QList<int> runDays; // 1 = Monday ... 7 = Sunday
    int qualityDay = 0; // tempo or intervals
    int longDay = 0;
    bool crunch = false; // long desk days all week
    bool holiday = false;
    bool raceWeek = false;
};

// The exercise programme (core/programme) as a runner follows it with the routine player over the
// journal's last months: each exercise at its own level, up after the return-to-run plan's number
// of easy sessions in a row at the whole dose, back one level after one that hurt; now and then a
// session cut short, or an exercise that hurts. A random stream of its own, so the rest of the
// journal is what it was before the player existed.
class ExerciseHabit
{
public:
    explicit ExerciseHabit(quint64 seed) : m_random(seed ^ 0x5DEECE66DULL) { }

    // Plays `routineId` into `session`; `backPain` is the episode's pain that day (0 when none).
    void play(RoutineSession& session, const QString& routineId, double backPain)
    {
        const std::optional<Routine> routine = ExerciseLibrary::routine(routineId);
        if (!routine)
            return;
        session.routine = routineId;
        const bool cutShort = m_random.chance(0.06);
        const int hurtsAt = m_random.chance(0.05) ? m_random.integer(0, int(routine->exercises.size()) - 1) : -1;
        for (int i = 0; i < routine->exercises.size(); ++i) {
            const std::optional<Exercise> exercise = ExerciseLibrary::exercise(routine->exercises.at(i));
            if (!exercise)
                continue;
            int& level = m_level[exercise->id];
            level = std::clamp(level, 1, int(exercise->levels.size()));
            const ExerciseLevel& dose = *exercise->level(level);
            ExerciseDone done {exercise->id, level, dose.sets, dose.reps, dose.holdSeconds, QStringLiteral("both"), {}};
            const bool lastOne = i == routine->exercises.size() - 1;
            if (cutShort && lastOne && done.sets > 1)
                done.sets -= 1;
            const double felt = backPain > 0 ? backPain - 2 + m_random.uniform(-1, 1) : m_random.uniform(-1.5, 1.6);
            done.pain = std::clamp(int(std::lround(felt)), 0, 10);
            if (i == hurtsAt && (exercise->kind == ExerciseKind::Strength || exercise->kind == ExerciseKind::Activation))
                done.pain = m_random.integer(m_thresholds.planCeilingPain + 1, m_thresholds.planCeilingPain + 2);
            session.exercises.append(done);

            int& good = m_good[exercise->id];
            if (*done.pain > m_thresholds.planCeilingPain) {
                level = std::max(1, level - 1);
                good = 0;
            } else if (*done.pain <= m_thresholds.planGoodPain && done.sets >= dose.sets && backPain < m_thresholds.runningThroughPain) {
                if (++good >= m_thresholds.planGoodInARow && level < exercise->levels.size()) {
                    ++level;
                    good = 0;
                }
            } else {
                good = 0;
            }
        }
    }

private:
    Random m_random;
    AnalysisThresholds m_thresholds = AnalysisThresholds::defaults();
    QHash<QString, int> m_level;
    QHash<QString, int> m_good;
};

class Simulation
{
public:
    Simulation(const JournalGenerator::Options& options)
        : m_episodeDay(options.recentEpisode ? options.lastDay.addDays(-11) : QDate())
        , m_random(options.seed * 0x2545F4914F6CDD1DULL + 0x1234567ULL)
        , m_first(options.lastDay.addYears(-std::max(options.years, 1)).addDays(1))
        , m_last(options.lastDay)
        , m_playerFrom(options.lastDay.addMonths(-9))
        , m_exercises(options.seed)
        , m_painkillers(options.seed ^ 0x9E3779B97F4A7C15ULL)
    { }

    JournalContent run()
    {
        m_content.settings.insert(QStringLiteral("units"), QStringLiteral("km"));
        m_content.settings.insert(QStringLiteral("runner_name"), QStringLiteral("Sam Runner"));
        m_content.settings.insert(QStringLiteral("week_start"), QStringLiteral("monday"));
        planHolidays(m_first.year());
        startBlock();
        for (QDate day = m_first; day <= m_last; day = day.addDays(1)) {
            if (day.month() == 1 && day.day() == 1)
                planHolidays(day.year());
            if (day == m_first || day.dayOfWeek() == 1)
                planWeek(day);
            simulateDay(day);
        }
        return std::move(m_content);
    }

private:
    // --- plans --------------------------------------------------------------------------------

    void planHolidays(int year)
    {
        // Two or three breaks from the desk a year, of one or two weeks.
        const int count = m_random.integer(2, 3);
        for (int i = 0; i < count; ++i) {
            const QDate start = QDate(year, 1, 1).addDays(m_random.integer(20, 340));
            const QDate monday = start.addDays(1 - start.dayOfWeek());
            const int weeks = m_random.integer(1, 2);
            for (int w = 0; w < weeks; ++w)
                m_holidayWeeks.append(monday.addDays(7 * w));
        }
    }

    void startBlock()
    {
        // A block: build from a base to a peak with a recovery week every fourth, then race,
        // then a few easy weeks. Some blocks ramp far too quickly, as runners do.
        m_blockWeek = 0;
        m_blockLength = m_random.integer(10, 16);
        m_baseKm = m_random.uniform(14, 24);
        m_peakKm = m_random.uniform(38, 62);
        m_aggressive = m_random.chance(0.35);
        m_weeklyKm = m_baseKm * m_random.uniform(0.5, 0.8);
    }

    void planWeek(const QDate& monday)
    {
        WeekPlan plan;
        plan.holiday = m_holidayWeeks.contains(monday);
        plan.crunch = !plan.holiday && m_random.chance(0.14);
        ++m_blockWeek;
        if (m_blockWeek > m_blockLength + 3)
            startBlock();

        if (m_blockWeek <= m_blockLength) {
            const bool recovery = m_blockWeek % 4 == 0;
            double growth = m_aggressive ? m_random.uniform(1.08, 1.32) : m_random.uniform(1.03, 1.11);
            if (m_random.chance(0.08))
                growth += m_random.uniform(0.15, 0.35); // a sudden jump: a new plan, a holiday run streak
            m_weeklyKm = std::min(m_peakKm, m_weeklyKm * growth);
            plan.targetKm = recovery ? m_weeklyKm * m_random.uniform(0.65, 0.8) : m_weeklyKm;
            plan.raceWeek = m_blockWeek == m_blockLength;
        } else {
            plan.targetKm = m_baseKm * m_random.uniform(0.5, 0.9); // after the race: easy weeks
            m_weeklyKm = m_baseKm;
        }
        // Pain takes miles away: a runner in a bad episode cuts back (but not always enough).
        if (m_episode.daysLeft > 0 && m_episode.intensity >= 5)
            plan.targetKm *= m_random.uniform(0.3, 0.7);
        if (plan.holiday && m_random.chance(0.3))
            plan.targetKm *= 0.4;

        const int runs = plan.targetKm < 18 ? 3 : plan.targetKm < 35 ? 4 : 5;
        static const QList<QList<int>> patterns[] = {
            {{2, 4, 7}, {1, 3, 6}, {2, 5, 7}},
            {{2, 4, 6, 7}, {1, 3, 5, 7}, {2, 3, 5, 6}},
            {{1, 2, 4, 6, 7}, {2, 3, 4, 6, 7}, {1, 3, 4, 5, 7}},
        };
        plan.runDays = m_random.pick(patterns[runs - 3]);
        plan.longDay = plan.runDays.last();
        plan.qualityDay = runs >= 4 ? plan.runDays.at(1) : 0;
        m_week = plan;
    }

    // --- one day ------------------------------------------------------------------------------

    void simulateDay(const QDate& day)
    {
        if (day == m_episodeDay) {
            m_episode = PainEpisode {EpisodeType::Radiating, 6.0, 14, QStringLiteral("left"), true};
            addPain(day, QTime(7, 20), m_episode.intensity, {QStringLiteral("morning")}, -1);
        }
        const bool weekend = day.dayOfWeek() >= 6;
        double sitting = 0;
        if (m_week.holiday)
            sitting = m_random.uniform(0.5, 3.0);
        else if (weekend)
            sitting = m_random.uniform(1.5, 4.5);
        else if (m_week.crunch)
            sitting = std::clamp(m_random.normal(10.0, 1.0), 7.0, 14.0);
        else
            sitting = std::clamp(m_random.normal(7.2, 1.3), 3.0, 11.5);
        sitting = std::round(sitting * 2) / 2; // runners log half hours

        // Habits lapse and resume, a little more often when things are going well.
        if (day.dayOfWeek() == 1) {
            if (m_habitsActive && m_random.chance(m_episode.daysLeft > 0 ? 0.03 : 0.09))
                m_habitsActive = false;
            else if (!m_habitsActive && m_random.chance(0.12))
                m_habitsActive = true;
        }

        const bool painfulToday = m_episode.daysLeft > 0;
        if (painfulToday) {
            maybeLogMorningPain(day);
            maybeTakePainkillers(day);
        }

        std::optional<int> runIndex;
        const bool planned = m_week.runDays.contains(day.dayOfWeek());
        const bool skipForPain = painfulToday && m_episode.intensity >= 5 && m_random.chance(0.6);
        if (planned && !skipForPain && !m_random.chance(0.07))
            runIndex = addRun(day, weekend);

        if (runIndex)
            considerPain(day, *runIndex, sitting);
        if (m_episode.daysLeft > 0 && !weekend && sitting >= 7 && m_random.chance(0.35))
            addPain(day, QTime(15, m_random.integer(0, 59)), std::max(1.0, m_episode.intensity - 0.5),
                {QStringLiteral("sitting")}, -1);

        addRoutines(day, runIndex, weekend);

        // Not every day gets its sitting hours logged; weekends are forgotten more often.
        if (m_random.chance(weekend ? 0.6 : 0.88)) {
            DayLog log;
            log.date = day;
            log.sittingHours = sitting;
            if (m_week.crunch && day.dayOfWeek() == 1)
                log.notes = QStringLiteral("Deadline week");
            else if (m_week.holiday && day.dayOfWeek() == 1)
                log.notes = QStringLiteral("Holiday");
            m_content.days.append(log);
        }
        if (m_episode.daysLeft > 0) {
            --m_episode.daysLeft;
            m_episode.intensity = std::max(1.0, m_episode.intensity - m_random.uniform(0.2, 0.8));
        }
    }

    // In a bad spell the runner takes ibuprofen in the morning on some days, and paracetamol at
    // night when it is worse; a random stream of its own, so the rest of the journal stays as it was.
    void maybeTakePainkillers(const QDate& day)
    {
        if (m_episode.intensity >= 3 && m_painkillers.chance(0.45))
            m_content.medications.append({0, day, QTime(7, m_painkillers.integer(30, 59)), QStringLiteral("ibuprofen"),
                QStringLiteral("nsaid"), QStringLiteral("400 mg"), {}});
        if (m_episode.intensity >= 5 && m_painkillers.chance(0.3))
            m_content.medications.append({0, day, QTime(22, m_painkillers.integer(0, 30)), QStringLiteral("paracetamol"),
                QStringLiteral("paracetamol"), QStringLiteral("1 g"), QStringLiteral("to sleep")});
    }

    int addRun(const QDate& day, bool weekend)
    {
        const int dow = day.dayOfWeek();
        const int runsThisWeek = static_cast<int>(m_week.runDays.size());
        Run run;
        run.date = day;
        double km = 0;
        double paceMinPerKm = 0;
        if (m_week.raceWeek && dow == m_week.longDay) {
            run.kind = QStringLiteral("race");
            km = m_random.pick(QList<double> {5.0, 10.0, 21.0975, 21.0975, 42.195});
            paceMinPerKm = m_random.uniform(4.3, 5.0);
            run.notes = QStringLiteral("Race day");
        } else if (dow == m_week.longDay) {
            const bool trail = m_random.chance(0.2);
            run.kind = trail ? QStringLiteral("trail") : QStringLiteral("long");
            km = m_week.targetKm * m_random.uniform(0.3, 0.36);
            paceMinPerKm = m_random.uniform(5.7, 6.4) + (trail ? 0.8 : 0);
            run.surface = trail ? QStringLiteral("trail") : QStringLiteral("road");
        } else if (dow == m_week.qualityDay) {
            const bool tempo = m_random.chance(0.5);
            run.kind = tempo ? QStringLiteral("tempo") : QStringLiteral("intervals");
            km = m_week.targetKm * 0.68 / (runsThisWeek - 1) * m_random.uniform(0.85, 1.05);
            paceMinPerKm = tempo ? m_random.uniform(4.6, 5.1) : m_random.uniform(4.9, 5.4);
            run.surface = tempo ? QStringLiteral("road") : QStringLiteral("track");
        } else {
            run.kind = QStringLiteral("easy");
            km = m_week.targetKm * 0.68 / (runsThisWeek - 1) * m_random.uniform(0.85, 1.15);
            paceMinPerKm = m_random.uniform(5.5, 6.3);
            const bool winter = day.month() == 12 || day.month() <= 2;
            run.surface
                = winter && m_random.chance(0.3) ? QStringLiteral("treadmill") : QStringLiteral("road");
        }
        if (run.surface.isEmpty())
            run.surface = QStringLiteral("road");
        km = std::max(3.0, km);
        run.distanceM = std::round(km * 100) * 10; // watches report to 10 m
        run.durationS = std::round(km * paceMinPerKm * 60);
        run.elevationGainM
            = std::round(km * m_random.uniform(3, run.kind == QLatin1String("trail") ? 35 : 12));
        const int effortBase = run.kind == QLatin1String("race") ? 9
            : run.kind == QLatin1String("intervals")             ? 8
            : run.kind == QLatin1String("tempo")                 ? 7
            : run.kind == QLatin1String("long")                  ? 5
            : run.kind == QLatin1String("trail")                 ? 6
                                                                 : 3;
        run.effort = std::clamp(effortBase + m_random.integer(-1, 1), 1, 10);
        run.avgHr = std::clamp(118 + *run.effort * 6 + m_random.integer(-6, 6), 100, 195);
        run.startTime = weekend ? QTime(m_random.integer(7, 10), m_random.integer(0, 3) * 15)
                                : QTime(m_random.chance(0.3) ? 6 : 18, m_random.integer(0, 11) * 5);
        run.gluteWarmup = m_random.chance(m_habitsActive ? 0.75 : 0.12);
        if (m_episode.daysLeft > 0 && run.notes.isEmpty())
            run.notes = m_episode.intensity >= 4 ? QStringLiteral("Back sore, ran anyway")
                                                 : QStringLiteral("Back a bit stiff");
        m_content.runs.append(run);
        m_runsLast7.append(day);
        return static_cast<int>(m_content.runs.size()) - 1;
    }

    // The heart of the simulation: the risk factors the article names make a pain episode likelier.
    void considerPain(const QDate& day, int runIndex, double sitting)
    {
        const Run& run = m_content.runs.at(runIndex);
        if (m_episode.daysLeft > 0) {
            // Running through pain keeps the episode going and makes it flare.
            m_episode.intensity = std::min(9.0, m_episode.intensity + m_random.uniform(0.0, 1.2));
            m_episode.daysLeft += m_random.integer(0, 2);
            addPain(day, run.startTime->addSecs(static_cast<int>(run.durationS) + 1800), m_episode.intensity,
                {QStringLiteral("after-run")}, runIndex);
            return;
        }
        const double loadRatio = m_weeklyKm / std::max(10.0, m_baseKm);
        double risk = 0.006;
        risk += std::max(0.0, m_week.targetKm / std::max(1.0, m_previousWeekKm) - 1.1) * 0.08;
        risk += loadRatio > 2.2 ? 0.01 : 0;
        risk += sitting >= 8 ? 0.03 : sitting >= 6 ? 0.015 : 0;
        risk += run.gluteWarmup ? 0 : 0.012;
        risk += m_habitsActive ? 0 : 0.015;
        risk += run.kind == QLatin1String("long") || run.kind == QLatin1String("race") ? 0.01 : 0;
        if (!m_random.chance(risk)) {
            // Ordinary post-run stiffness now and then, low and short.
            if (run.durationS > 5400 && m_random.chance(0.15))
                addPain(day, run.startTime->addSecs(static_cast<int>(run.durationS) + 3600),
                    m_random.uniform(1, 2.4), {QStringLiteral("after-run")}, runIndex, true);
            return;
        }
        m_episode = PainEpisode {};
        m_episode.side = m_random.chance(0.55) ? QStringLiteral("left") : QStringLiteral("right");
        if (m_random.chance(0.22)) {
            m_episode.type = EpisodeType::Radiating;
            m_episode.intensity = m_random.uniform(4, 7.5);
            m_episode.daysLeft = m_random.integer(10, 24);
            m_episode.belowKnee = m_random.chance(0.3);
        } else {
            m_episode.type = EpisodeType::Muscular;
            m_episode.intensity = m_random.uniform(2.5, 6.5);
            m_episode.daysLeft = m_random.integer(3, 11);
        }
        const bool during = m_random.chance(0.5);
        addPain(day, during ? *run.startTime : run.startTime->addSecs(static_cast<int>(run.durationS) + 1200),
            m_episode.intensity, {during ? QStringLiteral("during-run") : QStringLiteral("after-run")},
            runIndex);
    }

    void maybeLogMorningPain(const QDate& day)
    {
        if (!m_random.chance(0.65))
            return;
        // Mornings after a run on sore backs are often worse.
        const double level
            = m_episode.intensity + (m_runsLast7.contains(day.addDays(-1)) ? m_random.uniform(0, 1.2) : 0);
        addPain(day, QTime(7, m_random.integer(0, 5) * 10), std::min(9.0, level), {QStringLiteral("morning")},
            -1);
    }

    void addPain(const QDate& day, const QTime& time, double level, const QStringList& timing, int runIndex,
        bool ordinaryStiffness = false)
    {
        PendingPain pending;
        PainEntry& pain = pending.entry;
        pain.date = day;
        pain.time = QTime(time.hour(), time.minute());
        pain.intensity = std::clamp(static_cast<int>(std::lround(level)), 1, 10);
        pain.timing = timing;
        pain.redFlagsAsked = true; // the pain form asks them every time
        const QString side = ordinaryStiffness ? QStringLiteral("center") : m_episode.side;
        pain.sites = {QStringLiteral("lower-back-") + side};
        if (ordinaryStiffness) {
            pain.character = {QStringLiteral("stiff")};
        } else if (m_episode.type == EpisodeType::Muscular) {
            pain.character = {words({"tight", "achy", "stiff", "spasm"}, m_random.integer(0, 3))};
            if (m_random.chance(0.4))
                pain.character.append(QStringLiteral("achy"));
            pain.aggravators = {QStringLiteral("twisting")};
            if (m_random.chance(0.5))
                pain.aggravators.append(QStringLiteral("running"));
        } else {
            pain.sites.append(QStringLiteral("buttock-") + m_episode.side);
            if (pain.intensity >= 4)
                pain.sites.append(QStringLiteral("thigh-back-") + m_episode.side);
            if (m_episode.belowKnee && pain.intensity >= 5)
                pain.sites.append(QStringLiteral("calf-") + m_episode.side);
            pain.character = {words({"shooting", "tingling", "burning", "achy"}, m_random.integer(0, 3))};
            pain.aggravators = {QStringLiteral("bending-forward"), QStringLiteral("sitting")};
            if (m_random.chance(0.3))
                pain.aggravators.append(QStringLiteral("coughing"));
        }
        pain.character.removeDuplicates();
        pain.sites.removeDuplicates();
        pending.runIndex = runIndex;
        m_content.pain.append(pending);
    }

    void addRoutines(const QDate& day, std::optional<int> runIndex, bool weekend)
    {
        const int dow = day.dayOfWeek();
        const bool ranToday = runIndex.has_value();
        const double backPain = m_episode.daysLeft > 0 ? m_episode.intensity : 0;
        auto add = [&](const char* kind, int minutes) {
            RoutineSession session {0, day, QString::fromLatin1(kind), minutes, QString(), {}, {}};
            // Since the runner took up the routine player: the programme's routines, played.
            static const QHash<QString, QString> played {{QStringLiteral("core-strength"), QStringLiteral("core")},
                {QStringLiteral("stretching"), QStringLiteral("stretch")},
                {QStringLiteral("foam-rolling"), QStringLiteral("foam-roll")},
                {QStringLiteral("glute-activation"), QStringLiteral("glute-warmup")}};
            const QString routine = backPain >= m_thresholds.runningThroughPain && session.kind == QLatin1String("stretching")
                ? QStringLiteral("flare-relief")
                : played.value(session.kind);
            if (day >= m_playerFrom && !routine.isEmpty()) {
                if (routine == QLatin1String("core") && backPain >= m_thresholds.runningThroughPain)
                    return; // no strengthening in a flare: the programme's advice, followed
                m_exercises.play(session, routine, backPain);
            }
            m_content.routines.append(session);
        };
        if (day >= m_playerFrom && runIndex && m_content.runs.at(*runIndex).gluteWarmup)
            add("glute-activation", 5);
        if (m_habitsActive) {
            if (dow == 1 || dow == 3 || (dow == 5 && m_random.chance(0.5)))
                add("core-strength", m_random.integer(3, 5) * 5);
            if (ranToday && m_random.chance(0.6))
                add("stretching", m_random.integer(2, 3) * 5);
            if (weekend && m_random.chance(0.5))
                add("foam-rolling", m_random.integer(2, 4) * 5);
        } else if (m_random.chance(0.04)) {
            add("core-strength", 15); // the odd session even when the habit has lapsed
        }
        if (m_episode.daysLeft > 0) {
            if (m_random.chance(0.5))
                add("icing", 20);
            if (!ranToday && m_episode.intensity >= 5 && m_random.chance(0.4))
                add("rest-day", 0);
            if (m_episode.type == EpisodeType::Radiating && dow == 4 && m_random.chance(0.5))
                add("physio-visit", 45);
            if (m_random.chance(0.4) && !(m_habitsActive && ranToday))
                add("stretching", 10);
        }
        if (!ranToday && dow == 3 && m_random.chance(0.2))
            add("cross-training", m_random.integer(6, 12) * 5);

        if (dow == 7) {
            m_previousWeekKm = std::max(1.0, m_week.targetKm);
            m_runsLast7.clear();
        }
    }

    QDate m_episodeDay;
    Random m_random;
    QDate m_first;
    QDate m_last;
    QDate m_playerFrom; // the runner plays routines with the app from here on
    ExerciseHabit m_exercises;
    Random m_painkillers;
    AnalysisThresholds m_thresholds = AnalysisThresholds::defaults();
    JournalContent m_content;
    QList<QDate> m_holidayWeeks;
    WeekPlan m_week;
    PainEpisode m_episode;
    QList<QDate> m_runsLast7;
    int m_blockWeek = 0;
    int m_blockLength = 12;
    double m_baseKm = 20;
    double m_peakKm = 45;
    double m_weeklyKm = 20;
    double m_previousWeekKm = 20;
    bool m_aggressive = false;
    bool m_habitsActive = true;
};

} // namespace

JournalContent JournalGenerator::generate(const Options& options)
{
    return Simulation(options).run();
}

} // namespace backstride
