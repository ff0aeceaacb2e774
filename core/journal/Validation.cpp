#include "Validation.h"

#include "Vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace backstride {
namespace {

// Plausibility limits. These are not analysis thresholds (those are settings): they stop typing
// mistakes such as 80 km entered as 800.
struct Limits
{
    static constexpr double maxRunDistanceM = 500'000; // longer than the longest ultra races
    static constexpr double maxRunDurationS = 7 * 24 * 3600.0;
    static constexpr double fastestPaceSecondsPerKm = 150; // 2:30 min/km: faster than world records
    static constexpr double maxElevationGainM = 20'000;
    static constexpr int minHeartRate = 25;
    static constexpr int maxHeartRate = 250;
    static constexpr int maxNotesLength = 10'000;
    static constexpr int maxRoutineMinutes = 24 * 60;
    // An exercise session: far beyond any routine, a bound on what a file may claim.
    static constexpr int maxExercisesPerSession = 100;
    static constexpr int maxSets = 20;
    static constexpr int maxReps = 500;
    static constexpr int maxHoldSeconds = 4 * 3600;
    static constexpr int firstYear = 1900;
    static constexpr int lastYear = 2200;
};

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

class ProblemList
{
public:
    void add(const char* field, const QString& message)
    {
        m_problems.append({QString::fromLatin1(field), message});
    }
    void add(const QString& field, const QString& message) { m_problems.append({field, message}); }
    FieldProblems take() { return std::move(m_problems); }

    void checkDate(const QDate& date)
    {
        if (!date.isValid())
            add("date", Text::tr("is missing or not a real date (use YYYY-MM-DD)"));
        else if (date.year() < Limits::firstYear || date.year() > Limits::lastYear)
            add("date",
                Text::tr("year %1 is outside %2–%3")
                    .arg(date.year())
                    .arg(Limits::firstYear)
                    .arg(Limits::lastYear));
    }

    void checkTime(const char* field, const std::optional<QTime>& time)
    {
        if (time && !time->isValid())
            add(field, Text::tr("is not a time of day (use HH:MM)"));
    }

    void checkNotes(const QString& notes)
    {
        if (notes.size() > Limits::maxNotesLength)
            add("notes", Text::tr("is longer than %1 characters").arg(Limits::maxNotesLength));
    }

    void checkWord(const char* field, VocabularyKind kind, const QString& word, bool required)
    {
        if (word.isEmpty()) {
            if (required)
                add(field, Text::tr("is required"));
            return;
        }
        if (!Vocabulary::contains(kind, word))
            add(field,
                Text::tr("“%1” is not one of: %2")
                    .arg(word, Vocabulary::words(kind).join(QLatin1String(", "))));
    }

    void checkWords(const char* field, VocabularyKind kind, const QStringList& words)
    {
        for (const QString& word : words) {
            if (!Vocabulary::contains(kind, word))
                add(field,
                    Text::tr("“%1” is not one of: %2")
                        .arg(word, Vocabulary::words(kind).join(QLatin1String(", "))));
        }
        QStringList unique = words;
        if (unique.removeDuplicates() > 0)
            add(field, Text::tr("lists the same word twice"));
    }

private:
    FieldProblems m_problems;
};

bool finite(double value)
{
    return std::isfinite(value);
}

} // namespace

FieldProblems validate(const Run& run)
{
    ProblemList problems;
    problems.checkDate(run.date);
    problems.checkTime("start_time", run.startTime);
    if (!finite(run.distanceM) || run.distanceM <= 0)
        problems.add("distance_m", Text::tr("must be greater than 0"));
    else if (run.distanceM > Limits::maxRunDistanceM)
        problems.add("distance_m",
            Text::tr("%1 km is longer than any single run; check the unit")
                .arg(QLocale().toString(run.distanceM / 1000, 'f', 1)));
    if (!finite(run.durationS) || run.durationS <= 0)
        problems.add("duration_s", Text::tr("must be greater than 0"));
    else if (run.durationS > Limits::maxRunDurationS)
        problems.add("duration_s", Text::tr("is longer than a week"));
    if (finite(run.distanceM) && finite(run.durationS) && run.distanceM > 0 && run.durationS > 0
        && run.distanceM <= Limits::maxRunDistanceM
        && run.paceSecondsPerKm() < Limits::fastestPaceSecondsPerKm) {
        problems.add(
            "duration_s", Text::tr("gives a pace faster than 2:30 min/km; check distance and duration"));
    }
    if (run.elevationGainM && (!finite(*run.elevationGainM) || *run.elevationGainM < 0))
        problems.add("elevation_gain_m", Text::tr("must be 0 or more"));
    else if (run.elevationGainM && *run.elevationGainM > Limits::maxElevationGainM)
        problems.add("elevation_gain_m", Text::tr("must be at most %1 m").arg(Limits::maxElevationGainM));
    if (run.avgHr && (*run.avgHr < Limits::minHeartRate || *run.avgHr > Limits::maxHeartRate))
        problems.add("avg_hr",
            Text::tr("must be between %1 and %2 beats per minute")
                .arg(Limits::minHeartRate)
                .arg(Limits::maxHeartRate));
    if (run.effort && (*run.effort < 1 || *run.effort > 10))
        problems.add("effort", Text::tr("must be between 1 (very easy) and 10 (all out)"));
    problems.checkWord("kind", VocabularyKind::RunKind, run.kind, false);
    problems.checkWord("surface", VocabularyKind::Surface, run.surface, false);
    static const QStringList sources = {QStringLiteral("manual"), QStringLiteral("json"),
        QStringLiteral("gpx"), QStringLiteral("tcx"), QStringLiteral("fit"), QStringLiteral("csv")};
    if (!sources.contains(run.source))
        problems.add(
            "source", Text::tr("“%1” is not one of: %2").arg(run.source, sources.join(QLatin1String(", "))));
    problems.checkNotes(run.notes);
    return problems.take();
}

FieldProblems validate(const DayLog& day)
{
    ProblemList problems;
    problems.checkDate(day.date);
    if (day.sittingHours && (!finite(*day.sittingHours) || *day.sittingHours < 0 || *day.sittingHours > 24))
        problems.add("sitting_hours", Text::tr("must be between 0 and 24 hours"));
    if (!day.sittingSource.isEmpty() && day.sittingSource != QLatin1String("activitywatch"))
        problems.add("sitting_source", Text::tr("must be “activitywatch” or left out (typed by the runner)"));
    problems.checkNotes(day.notes);
    return problems.take();
}

FieldProblems validate(const PainEntry& pain)
{
    ProblemList problems;
    problems.checkDate(pain.date);
    problems.checkTime("time", pain.time);
    if (pain.intensity < 0 || pain.intensity > 10)
        problems.add("intensity", Text::tr("must be between 0 (no pain) and 10 (worst imaginable)"));
    problems.checkWords("sites", VocabularyKind::Site, pain.sites);
    problems.checkWords("character", VocabularyKind::Character, pain.character);
    problems.checkWords("timing", VocabularyKind::Timing, pain.timing);
    problems.checkWords("aggravators", VocabularyKind::Aggravator, pain.aggravators);
    problems.checkWords("red_flags", VocabularyKind::RedFlag, pain.redFlags);
    if (pain.runId && *pain.runId <= 0)
        problems.add("run", Text::tr("does not name a run"));
    problems.checkNotes(pain.notes);
    return problems.take();
}

FieldProblems validate(const RoutineSession& routine)
{
    ProblemList problems;
    problems.checkDate(routine.date);
    problems.checkWord("kind", VocabularyKind::RoutineKind, routine.kind, true);
    if (routine.minutes && (*routine.minutes < 0 || *routine.minutes > Limits::maxRoutineMinutes))
        problems.add("minutes", Text::tr("must be between 0 and %1").arg(Limits::maxRoutineMinutes));
    problems.checkNotes(routine.notes);
    if (routine.exercises.size() > Limits::maxExercisesPerSession)
        problems.add("exercises", Text::tr("at most %1 exercises in one session").arg(Limits::maxExercisesPerSession));
    for (qsizetype i = 0; i < routine.exercises.size(); ++i) {
        const ExerciseDone& done = routine.exercises.at(i);
        const QString at = QStringLiteral("exercises[%1].").arg(i);
        auto range = [&](const char* field, std::optional<int> value, int low, int high) {
            if (value && (*value < low || *value > high))
                problems.add(at + QLatin1String(field), Text::tr("must be from %1 to %2").arg(low).arg(high));
        };
        if (done.exercise.trimmed().isEmpty())
            problems.add(at + QLatin1String("exercise"), Text::tr("is required"));
        range("level", done.level, 1, 3);
        range("sets", done.sets, 0, Limits::maxSets);
        range("reps", done.reps, 0, Limits::maxReps);
        range("hold_s", done.holdSeconds, 0, Limits::maxHoldSeconds);
        range("pain", done.pain, 0, 10);
        if (done.side != QLatin1String("both") && done.side != QLatin1String("left") && done.side != QLatin1String("right"))
            problems.add(at + QLatin1String("side"), Text::tr("“%1” is not one of: both, left, right").arg(done.side));
    }
    return problems.take();
}

FieldProblems validate(const CheckIn& checkIn)
{
    ProblemList problems;
    problems.checkDate(checkIn.date);
    if (checkIn.activities.isEmpty() || checkIn.activities.size() > CheckIn::maxActivities)
        problems.add("activities", Text::tr("name from 1 to %1 activities").arg(CheckIn::maxActivities));
    QStringList seen;
    for (qsizetype i = 0; i < checkIn.activities.size(); ++i) {
        const ActivityRating& activity = checkIn.activities.at(i);
        const QString at = QStringLiteral("activities[%1].").arg(i);
        const QString name = activity.name.trimmed();
        if (name.isEmpty() || name.size() > CheckIn::maxNameLength)
            problems.add(at + QLatin1String("name"),
                Text::tr("must be 1 to %1 characters").arg(CheckIn::maxNameLength));
        else if (seen.contains(name, Qt::CaseInsensitive))
            problems.add(at + QLatin1String("name"), Text::tr("“%1” is named twice").arg(name));
        seen.append(name);
        if (activity.score < CheckIn::minScore || activity.score > CheckIn::maxScore)
            problems.add(at + QLatin1String("score"),
                Text::tr("must be a whole number from %1 to %2")
                    .arg(CheckIn::minScore)
                    .arg(CheckIn::maxScore));
    }
    if (checkIn.globalChange
        && (*checkIn.globalChange < CheckIn::minGlobalChange
            || *checkIn.globalChange > CheckIn::maxGlobalChange))
        problems.add("global_change",
            Text::tr("must be a whole number from %1 to %2")
                .arg(CheckIn::minGlobalChange)
                .arg(CheckIn::maxGlobalChange));
    problems.checkNotes(checkIn.notes);
    return problems.take();
}

QString describeProblems(const FieldProblems& problems, const QString& prefix)
{
    QStringList parts;
    for (const FieldProblem& problem : problems) {
        const QString field = prefix.isEmpty() ? problem.field : prefix + u'.' + problem.field;
        parts.append(field + QLatin1String(": ") + problem.message);
    }
    return parts.join(QLatin1String("; "));
}

} // namespace backstride
