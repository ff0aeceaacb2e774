#include "JournalJsonEntries.h"

#include "ExerciseCatalog.h"
#include "ExerciseLibrary.h"
#include "JournalSettings.h"
#include "Validation.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <functional>
#include <limits>

namespace backstride::JournalJsonEntries {
namespace {

// This file's texts, in JournalJson.cpp's translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JournalJson)
};

constexpr int kMaxReportedProblems = 25;

// Each object of a small top-level list (`key`), its keys checked against `keys`, handed to `read`
// with its path ("custom_exercises[2]"); anything else named by its place.
void forEachObject(Reader& reader, const QJsonValue& value, const QString& key, const QSet<QString>& keys,
    const std::function<void(const QJsonObject&, const QString&, qsizetype)>& read)
{
    if (value.isNull() || value.isUndefined())
        return;
    if (!value.isArray()) {
        reader.problem(key, Text::tr("must be a list"));
        return;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!list.at(i).isObject()) {
            reader.problem(path, Text::tr("must be an object"));
            continue;
        }
        const QJsonObject object = list.at(i).toObject();
        reader.beginEntry();
        reader.checkKeys(object, path, keys);
        read(object, path, i);
    }
}

} // namespace

void Reader::problem(const QString& path, const QString& message)
{
    ++m_count;
    if (m_shown.size() < kMaxReportedProblems)
        m_shown.append(path + QLatin1String(": ") + message);
    m_entryFields.insert(path);
}

Error Reader::error(const QString& sourceName) const
{
    QStringList shown = m_shown;
    if (m_count > kMaxReportedProblems)
        shown.append(Text::tr("… and %1 more problems").arg(m_count - kMaxReportedProblems));
    return Error {Text::tr("%1: nothing was imported, %n problem(s) found:\n  ", nullptr, m_count).arg(sourceName)
        + shown.join(QLatin1String("\n  "))};
}

void Reader::checkKeys(const QJsonObject& object, const QString& path, const QSet<QString>& known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            problem(path + u'.' + it.key(), Text::tr("is not a field of this entry"));
    }
}

bool Reader::absent(const QJsonObject& object, const QString& key)
{
    return !object.contains(key) || object.value(key).isNull();
}

QDate Reader::date(const QJsonObject& object, const QString& path, const QString& key)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString where = path + u'.' + key;
    if (absent(object, key)) {
        problem(where, Text::tr("is required"));
        return {};
    }
    const QJsonValue value = object.value(key);
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !shape.match(value.toString()).hasMatch() || !date.isValid()) {
        problem(where, Text::tr("“%1” is not a date (use YYYY-MM-DD)").arg(display(value)));
        return {};
    }
    return date;
}

std::optional<QTime> Reader::time(const QJsonObject& object, const QString& path, const QString& key)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{2}:\\d{2}(:\\d{2})?$"));
    if (absent(object, key))
        return std::nullopt;
    const QJsonValue value = object.value(key);
    const QTime time = QTime::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !shape.match(value.toString()).hasMatch() || !time.isValid()) {
        problem(path + u'.' + key, Text::tr("“%1” is not a time of day (use HH:MM)").arg(display(value)));
        return std::nullopt;
    }
    return time;
}

std::optional<double> Reader::number(
    const QJsonObject& object, const QString& path, const QString& key, bool required)
{
    if (absent(object, key)) {
        if (required)
            problem(path + u'.' + key, Text::tr("is required"));
        return std::nullopt;
    }
    const QJsonValue value = object.value(key);
    if (!value.isDouble()) {
        problem(path + u'.' + key, Text::tr("must be a number, not %1").arg(display(value)));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<int> Reader::integer(
    const QJsonObject& object, const QString& path, const QString& key, bool required)
{
    const std::optional<double> value = number(object, path, key, required);
    if (!value)
        return std::nullopt;
    if (std::trunc(*value) != *value || std::abs(*value) > std::numeric_limits<int>::max()) {
        problem(path + u'.' + key, Text::tr("must be a whole number, not %1").arg(*value));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

QString Reader::text(const QJsonObject& object, const QString& path, const QString& key)
{
    if (absent(object, key))
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        problem(path + u'.' + key, Text::tr("must be text, not %1").arg(display(value)));
        return {};
    }
    return value.toString();
}

bool Reader::boolean(const QJsonObject& object, const QString& path, const QString& key)
{
    if (absent(object, key))
        return false;
    const QJsonValue value = object.value(key);
    if (!value.isBool()) {
        problem(path + u'.' + key, Text::tr("must be true or false, not %1").arg(display(value)));
        return false;
    }
    return value.toBool();
}

QStringList Reader::words(const QJsonObject& object, const QString& path, const QString& key)
{
    if (absent(object, key))
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        problem(path + u'.' + key, Text::tr("must be a list of words, not %1").arg(display(value)));
        return {};
    }
    QStringList words;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            problem(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i),
                Text::tr("must be a word, not %1").arg(display(array.at(i))));
        else
            words.append(array.at(i).toString());
    }
    return words;
}

void Reader::addValidation(const FieldProblems& problems, const QString& path)
{
    const QSet<QString> reported = m_entryFields;
    for (const FieldProblem& found : problems) {
        if (!reported.contains(path + u'.' + found.field))
            problem(path + u'.' + found.field, found.message);
    }
}

QString Reader::display(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    default:
        return Text::tr("null");
    }
}

DayLog readDay(Reader& reader, const QJsonObject& object, const QString& path)
{
    static const QSet<QString> keys {QStringLiteral("date"), QStringLiteral("sitting_hours"),
        QStringLiteral("notes"), QStringLiteral("sitting_source")};
    reader.checkKeys(object, path, keys);
    DayLog day;
    day.date = reader.date(object, path, QStringLiteral("date"));
    day.sittingHours = reader.number(object, path, QStringLiteral("sitting_hours"), false);
    day.notes = reader.text(object, path, QStringLiteral("notes"));
    day.sittingSource = reader.text(object, path, QStringLiteral("sitting_source"));
    if (day.date.isValid())
        reader.addValidation(validate(day), path);
    return day;
}

Run readRun(Reader& reader, const QJsonObject& object, const QString& path)
{
    static const QSet<QString> keys {QStringLiteral("date"), QStringLiteral("start_time"),
        QStringLiteral("distance_m"), QStringLiteral("duration_s"), QStringLiteral("elevation_gain_m"),
        QStringLiteral("avg_hr"), QStringLiteral("effort"), QStringLiteral("kind"), QStringLiteral("surface"),
        QStringLiteral("glute_warmup"), QStringLiteral("notes"), QStringLiteral("source"),
        QStringLiteral("fingerprint")};
    reader.checkKeys(object, path, keys);
    Run run;
    run.date = reader.date(object, path, QStringLiteral("date"));
    run.startTime = reader.time(object, path, QStringLiteral("start_time"));
    run.distanceM = reader.number(object, path, QStringLiteral("distance_m"), true).value_or(1);
    run.durationS = reader.number(object, path, QStringLiteral("duration_s"), true).value_or(1);
    run.elevationGainM = reader.number(object, path, QStringLiteral("elevation_gain_m"), false);
    run.avgHr = reader.integer(object, path, QStringLiteral("avg_hr"), false);
    run.effort = reader.integer(object, path, QStringLiteral("effort"), false);
    run.kind = reader.text(object, path, QStringLiteral("kind"));
    run.surface = reader.text(object, path, QStringLiteral("surface"));
    run.gluteWarmup = reader.boolean(object, path, QStringLiteral("glute_warmup"));
    run.notes = reader.text(object, path, QStringLiteral("notes"));
    if (!Reader::absent(object, QStringLiteral("source")))
        run.source = reader.text(object, path, QStringLiteral("source"));
    run.fingerprint = reader.text(object, path, QStringLiteral("fingerprint"));
    if (run.date.isValid())
        reader.addValidation(validate(run), path);
    return run;
}

// The run number is taken as written: whether it names a run of the file, check() decides once
// it has seen the runs (they may come after the pain entries).
PendingPain readPain(Reader& reader, const QJsonObject& object, const QString& path)
{
    static const QSet<QString> keys {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("intensity"),
        QStringLiteral("sites"), QStringLiteral("character"), QStringLiteral("timing"),
        QStringLiteral("aggravators"), QStringLiteral("red_flags"), QStringLiteral("red_flags_asked"),
        QStringLiteral("run"), QStringLiteral("notes")};
    reader.checkKeys(object, path, keys);
    PendingPain pending;
    PainEntry& pain = pending.entry;
    pain.date = reader.date(object, path, QStringLiteral("date"));
    pain.time = reader.time(object, path, QStringLiteral("time"));
    pain.intensity = reader.integer(object, path, QStringLiteral("intensity"), true).value_or(0);
    pain.sites = reader.words(object, path, QStringLiteral("sites"));
    pain.character = reader.words(object, path, QStringLiteral("character"));
    pain.timing = reader.words(object, path, QStringLiteral("timing"));
    pain.aggravators = reader.words(object, path, QStringLiteral("aggravators"));
    pain.redFlags = reader.words(object, path, QStringLiteral("red_flags"));
    if (!Reader::absent(object, QStringLiteral("red_flags_asked"))) // absent: not known, as in older files
        pain.redFlagsAsked = reader.boolean(object, path, QStringLiteral("red_flags_asked"));
    pain.notes = reader.text(object, path, QStringLiteral("notes"));
    if (const std::optional<int> run = reader.integer(object, path, QStringLiteral("run"), false))
        pending.runIndex = *run < 0 ? std::numeric_limits<int>::min() : *run; // min: named, and wrong
    if (pain.date.isValid())
        reader.addValidation(validate(pain), path);
    return pending;
}

// An exercise done, as in INTERFACES.md: its id and level must be the library's.
ExerciseDone readExerciseDone(Reader& reader, const QJsonObject& object, const QString& path)
{
    static const QSet<QString> keys {QStringLiteral("exercise"), QStringLiteral("level"), QStringLiteral("sets"),
        QStringLiteral("reps"), QStringLiteral("hold_s"), QStringLiteral("side"), QStringLiteral("pain")};
    reader.checkKeys(object, path, keys);
    ExerciseDone done;
    if (Reader::absent(object, QStringLiteral("exercise")))
        reader.problem(path + QLatin1String(".exercise"), Text::tr("is required"));
    done.exercise = reader.text(object, path, QStringLiteral("exercise"));
    const bool therapists = done.exercise.startsWith(QLatin1String("pt-"));
    const int levels = therapists ? 0 : ExerciseLibrary::levelCount(done.exercise);
    if (!done.exercise.isEmpty() && levels == 0 && !therapists)
        reader.problem(path + QLatin1String(".exercise"),
            Text::tr("“%1” is not an exercise of the library (backstride exercises lists them)").arg(done.exercise));
    const std::optional<int> level = reader.integer(object, path, QStringLiteral("level"), true);
    done.level = level.value_or(1);
    if (therapists)
        reader.therapistExercise(path, done.exercise, done.level);
    if (level && levels > 0 && (*level < 1 || *level > levels))
        reader.problem(path + QLatin1String(".level"),
            Text::tr("%1 has levels 1 to %2, not %3").arg(done.exercise).arg(levels).arg(*level));
    done.sets = reader.integer(object, path, QStringLiteral("sets"), true).value_or(0);
    done.reps = reader.integer(object, path, QStringLiteral("reps"), false);
    done.holdSeconds = reader.integer(object, path, QStringLiteral("hold_s"), false);
    if (!Reader::absent(object, QStringLiteral("side")))
        done.side = reader.text(object, path, QStringLiteral("side"));
    done.pain = reader.integer(object, path, QStringLiteral("pain"), false);
    return done;
}

RoutineSession readRoutine(Reader& reader, const QJsonObject& object, const QString& path)
{
    static const QSet<QString> keys {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("minutes"),
        QStringLiteral("notes"), QStringLiteral("routine"), QStringLiteral("exercises")};
    reader.checkKeys(object, path, keys);
    RoutineSession routine;
    routine.date = reader.date(object, path, QStringLiteral("date"));
    routine.kind = reader.text(object, path, QStringLiteral("kind"));
    routine.minutes = reader.integer(object, path, QStringLiteral("minutes"), false);
    routine.notes = reader.text(object, path, QStringLiteral("notes"));
    routine.routine = reader.text(object, path, QStringLiteral("routine"));
    if (!routine.routine.isEmpty() && !ExerciseLibrary::isRoutine(routine.routine))
        reader.problem(path + QLatin1String(".routine"),
            Text::tr("“%1” is not a routine of the library (backstride exercises lists them)").arg(routine.routine));
    if (!Reader::absent(object, QStringLiteral("exercises"))) {
        const QJsonValue exercises = object.value(QLatin1String("exercises"));
        if (!exercises.isArray()) {
            reader.problem(path + QLatin1String(".exercises"), Text::tr("must be a list"));
        } else {
            const QJsonArray list = exercises.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString where = QStringLiteral("%1.exercises[%2]").arg(path).arg(i);
                if (!list.at(i).isObject())
                    reader.problem(where, Text::tr("must be an object"));
                else
                    routine.exercises.append(readExerciseDone(reader, list.at(i).toObject(), where));
            }
        }
    }
    if (routine.date.isValid())
        reader.addValidation(validate(routine), path);
    return routine;
}

CheckIn readCheckIn(Reader& reader, const QJsonObject& object, const QString& path)
{
    static const QSet<QString> keys {QStringLiteral("date"), QStringLiteral("activities"),
        QStringLiteral("global_change"), QStringLiteral("notes")};
    static const QSet<QString> activityKeys {QStringLiteral("name"), QStringLiteral("score")};
    reader.checkKeys(object, path, keys);
    CheckIn checkIn;
    checkIn.date = reader.date(object, path, QStringLiteral("date"));
    checkIn.globalChange = reader.integer(object, path, QStringLiteral("global_change"), false);
    checkIn.notes = reader.text(object, path, QStringLiteral("notes"));
    const QString activitiesPath = path + QLatin1String(".activities");
    if (Reader::absent(object, QStringLiteral("activities"))) {
        reader.problem(activitiesPath, Text::tr("is required"));
    } else if (!object.value(QLatin1String("activities")).isArray()) {
        reader.problem(activitiesPath, Text::tr("must be a list"));
    } else {
        const QJsonArray activities = object.value(QLatin1String("activities")).toArray();
        for (qsizetype i = 0; i < activities.size(); ++i) {
            const QString where = QStringLiteral("%1[%2]").arg(activitiesPath).arg(i);
            if (!activities.at(i).isObject()) {
                reader.problem(where, Text::tr("must be an object"));
                continue;
            }
            const QJsonObject activity = activities.at(i).toObject();
            reader.checkKeys(activity, where, activityKeys);
            if (Reader::absent(activity, QStringLiteral("name")))
                reader.problem(where + QLatin1String(".name"), Text::tr("is required"));
            checkIn.activities.append({reader.text(activity, where, QStringLiteral("name")),
                reader.integer(activity, where, QStringLiteral("score"), true).value_or(0)});
        }
    }
    if (checkIn.date.isValid())
        reader.addValidation(validate(checkIn), path);
    return checkIn;
}

// The physical therapist's exercises ("custom_exercises"), each checked as the form checks it.
QList<CustomExercise> readCustomExercises(Reader& reader, const QJsonValue& value)
{
    static const QSet<QString> keys {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
        QStringLiteral("steps"), QStringLiteral("per_side"), QStringLiteral("sets"), QStringLiteral("reps"),
        QStringLiteral("hold_s"), QStringLiteral("routine"), QStringLiteral("notes")};
    QList<CustomExercise> read;
    QHash<QString, int> ids;
    forEachObject(reader, value, QStringLiteral("custom_exercises"), keys,
        [&](const QJsonObject& object, const QString& path, qsizetype i) {
        CustomExercise exercise;
        exercise.id = reader.text(object, path, QStringLiteral("id"));
        exercise.name = reader.text(object, path, QStringLiteral("name"));
        exercise.kind = reader.text(object, path, QStringLiteral("kind"));
        exercise.steps = reader.words(object, path, QStringLiteral("steps"));
        exercise.perSide = reader.boolean(object, path, QStringLiteral("per_side"));
        exercise.sets = reader.integer(object, path, QStringLiteral("sets"), true).value_or(1);
        exercise.reps = reader.integer(object, path, QStringLiteral("reps"), false);
        exercise.holdSeconds = reader.integer(object, path, QStringLiteral("hold_s"), false);
        exercise.routine = reader.text(object, path, QStringLiteral("routine"));
        exercise.notes = reader.text(object, path, QStringLiteral("notes"));
        reader.addValidation(CustomExercises::problems(exercise), path);
        if (const auto earlier = ids.constFind(exercise.id); earlier != ids.cend() && !exercise.id.isEmpty())
            reader.problem(path + QLatin1String(".id"),
                Text::tr("“%1” is already custom_exercises[%2]").arg(exercise.id).arg(*earlier));
        else
            ids.insert(exercise.id, int(i));
        read.append(exercise);
    });
    return read;
}

// The clearances a physical therapist or doctor gave ("clearances"), each checked as the form checks it.
QList<Clearance> readClearances(Reader& reader, const QJsonValue& value)
{
    static const QSet<QString> keys {QStringLiteral("date"), QStringLiteral("by"), QStringLiteral("cleared"),
        QStringLiteral("notes")};
    QList<Clearance> read;
    forEachObject(reader, value, QStringLiteral("clearances"), keys,
        [&](const QJsonObject& object, const QString& path, qsizetype) {
        Clearance clearance;
        clearance.date = reader.date(object, path, QStringLiteral("date"));
        clearance.by = reader.text(object, path, QStringLiteral("by"));
        const QStringList cleared = reader.words(object, path, QStringLiteral("cleared"));
        for (const QString& word : cleared) {
            if (word == QLatin1String("running"))
                clearance.running = true;
            else if (word == QLatin1String("exercise"))
                clearance.exercise = true;
            else
                reader.problem(path + QLatin1String(".cleared"),
                    Text::tr("“%1” is not running or exercise").arg(word));
        }
        clearance.notes = reader.text(object, path, QStringLiteral("notes"));
        if (clearance.date.isValid())
            reader.addValidation(Clearances::problems(clearance), path);
        read.append(clearance);
    });
    return read;
}

// The painkillers taken ("medications"), each checked as the form checks it; its time is required.
QList<Medication> readMedications(Reader& reader, const QJsonValue& value)
{
    static const QSet<QString> keys {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("name"),
        QStringLiteral("class"), QStringLiteral("dose"), QStringLiteral("notes")};
    QList<Medication> read;
    forEachObject(reader, value, QStringLiteral("medications"), keys,
        [&](const QJsonObject& object, const QString& path, qsizetype) {
        Medication medication;
        medication.date = reader.date(object, path, QStringLiteral("date"));
        if (Reader::absent(object, QStringLiteral("time")))
            reader.problem(path + QLatin1String(".time"), Text::tr("is required"));
        else
            medication.time = reader.time(object, path, QStringLiteral("time")).value_or(QTime());
        medication.name = reader.text(object, path, QStringLiteral("name"));
        medication.drugClass = reader.text(object, path, QStringLiteral("class"));
        medication.dose = reader.text(object, path, QStringLiteral("dose"));
        medication.notes = reader.text(object, path, QStringLiteral("notes"));
        reader.addValidation(Painkillers::problems(medication), path);
        read.append(medication);
    });
    return read;
}

QMap<QString, QString> readSettings(Reader& reader, const QJsonValue& settings)
{
    QMap<QString, QString> read;
    if (settings.isNull() || settings.isUndefined())
        return read;
    if (!settings.isObject()) {
        reader.problem(QStringLiteral("settings"), Text::tr("must be an object"));
        return read;
    }
    const QJsonObject object = settings.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = QLatin1String("settings.") + it.key();
        QString value;
        if (it.value().isString())
            value = it.value().toString();
        else if (it.value().isDouble())
            value = QString::number(it.value().toDouble());
        else {
            reader.problem(path, Text::tr("must be text or a number"));
            continue;
        }
        if (const std::optional<QString> wrong = JournalSettings::problem(it.key(), value))
            reader.problem(path, *wrong);
        else
            read.insert(it.key(), value);
    }
    return read;
}

std::optional<ReturnPlanStart> readPlan(Reader& reader, const QJsonValue& value)
{
    const QString path = QStringLiteral("plan");
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        reader.problem(path, Text::tr("must be an object"));
        return std::nullopt;
    }
    static const QSet<QString> keys {QStringLiteral("started"), QStringLiteral("start_stage"),
        QStringLiteral("former_weekly_km"), QStringLiteral("stopped")};
    const QJsonObject object = value.toObject();
    reader.checkKeys(object, path, keys);
    ReturnPlanStart plan;
    plan.started = reader.date(object, path, QStringLiteral("started"));
    plan.startStage = reader.integer(object, path, QStringLiteral("start_stage"), true).value_or(1);
    plan.formerWeeklyKm = reader.number(object, path, QStringLiteral("former_weekly_km"), true).value_or(0);
    if (!Reader::absent(object, QStringLiteral("stopped")))
        plan.stopped = reader.date(object, path, QStringLiteral("stopped"));
    if (plan.startStage < 0 || plan.startStage > ReturnPlanStart::lastStage)
        reader.problem(path + QLatin1String(".start_stage"), Text::tr("must be from 0 to 8"));
    if (plan.formerWeeklyKm < 0 || plan.formerWeeklyKm > 500)
        reader.problem(path + QLatin1String(".former_weekly_km"), Text::tr("must be from 0 to 500"));
    if (plan.stopped && plan.started.isValid() && *plan.stopped < plan.started)
        reader.problem(path + QLatin1String(".stopped"), Text::tr("is before started"));
    return plan;
}

} // namespace backstride::JournalJsonEntries
