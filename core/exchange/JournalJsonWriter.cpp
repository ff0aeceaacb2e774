// Writing journal JSON (JournalJson::serialize): every entry of a range, in a fixed order, so the
// same journal always gives the same bytes. Reading it back is JournalJson.cpp.
#include "CheckInStore.h"
#include "ClearanceStore.h"
#include "MedicationStore.h"
#include "CustomExerciseStore.h"
#include "PlanStore.h"
#include "JournalJson.h"
#include "JournalRepository.h"
#include "JournalSettings.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace backstride {
namespace {

void putOptional(QJsonObject& object, const QString& key, const std::optional<double>& value)
{
    if (value)
        object.insert(key, *value);
}

void putOptional(QJsonObject& object, const QString& key, const std::optional<int>& value)
{
    if (value)
        object.insert(key, *value);
}

QString timeText(const QTime& time)
{
    return time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

QJsonArray wordArray(const QStringList& words)
{
    return QJsonArray::fromStringList(words);
}

} // namespace

Result<QByteArray> JournalJson::serialize(JournalRepository& repository, const DateRange& range)
{
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return settings.takeError();
    Result<JournalEntries> entries = repository.entries(range);
    if (!entries)
        return entries.takeError();

    QJsonObject root;
    root.insert(QLatin1String("format"), formatName);
    root.insert(QLatin1String("version"), formatVersion);

    QJsonObject settingsObject;
    for (auto it = settings->cbegin(); it != settings->cend(); ++it) {
        const SettingDefinition* definition = JournalSettings::find(it.key());
        if (definition && definition->type == SettingDefinition::Type::Number)
            settingsObject.insert(it.key(), it.value().toDouble());
        else
            settingsObject.insert(it.key(), it.value());
    }
    root.insert(QLatin1String("settings"), settingsObject);

    QJsonArray dayArray;
    for (const DayLog& day : entries->days) {
        QJsonObject object {
            {QStringLiteral("date"), day.date.toString(Qt::ISODate)}, {QStringLiteral("notes"), day.notes}};
        putOptional(object, QStringLiteral("sitting_hours"), day.sittingHours);
        // Only where it is not the runner's own number, so older journals export as before.
        if (!day.sittingSource.isEmpty() && day.sittingHours)
            object.insert(QStringLiteral("sitting_source"), day.sittingSource);
        dayArray.append(object);
    }
    root.insert(QLatin1String("days"), dayArray);

    QJsonArray runArray;
    QHash<EntryId, int> runPosition;
    for (const Run& run : entries->runs) {
        QJsonObject object {{QStringLiteral("date"), run.date.toString(Qt::ISODate)},
            {QStringLiteral("distance_m"), run.distanceM}, {QStringLiteral("duration_s"), run.durationS},
            {QStringLiteral("glute_warmup"), run.gluteWarmup}, {QStringLiteral("notes"), run.notes},
            {QStringLiteral("source"), run.source}};
        if (run.startTime)
            object.insert(QLatin1String("start_time"), timeText(*run.startTime));
        putOptional(object, QStringLiteral("elevation_gain_m"), run.elevationGainM);
        putOptional(object, QStringLiteral("avg_hr"), run.avgHr);
        putOptional(object, QStringLiteral("effort"), run.effort);
        if (!run.kind.isEmpty())
            object.insert(QLatin1String("kind"), run.kind);
        if (!run.surface.isEmpty())
            object.insert(QLatin1String("surface"), run.surface);
        if (!run.fingerprint.isEmpty())
            object.insert(QLatin1String("fingerprint"), run.fingerprint);
        runPosition.insert(run.id, static_cast<int>(runArray.size()));
        runArray.append(object);
    }
    root.insert(QLatin1String("runs"), runArray);

    QJsonArray painArray;
    for (const PainEntry& entry : entries->pain) {
        QJsonObject object {{QStringLiteral("date"), entry.date.toString(Qt::ISODate)},
            {QStringLiteral("intensity"), entry.intensity}, {QStringLiteral("sites"), wordArray(entry.sites)},
            {QStringLiteral("character"), wordArray(entry.character)},
            {QStringLiteral("timing"), wordArray(entry.timing)},
            {QStringLiteral("aggravators"), wordArray(entry.aggravators)},
            {QStringLiteral("red_flags"), wordArray(entry.redFlags)}, {QStringLiteral("notes"), entry.notes}};
        if (entry.time)
            object.insert(QLatin1String("time"), timeText(*entry.time));
        if (entry.redFlagsAsked)
            object.insert(QLatin1String("red_flags_asked"), *entry.redFlagsAsked);
        if (entry.runId && runPosition.contains(*entry.runId))
            object.insert(QLatin1String("run"), runPosition.value(*entry.runId));
        painArray.append(object);
    }
    root.insert(QLatin1String("pain"), painArray);

    QJsonArray routineArray;
    for (const RoutineSession& routine : entries->routines) {
        QJsonObject object {{QStringLiteral("date"), routine.date.toString(Qt::ISODate)},
            {QStringLiteral("kind"), routine.kind}, {QStringLiteral("notes"), routine.notes}};
        putOptional(object, QStringLiteral("minutes"), routine.minutes);
        // A session played from the library names its routine and exercises; one logged by hand
        // writes neither, so older journals give the same bytes as before.
        if (!routine.routine.isEmpty())
            object.insert(QLatin1String("routine"), routine.routine);
        if (!routine.exercises.isEmpty()) {
            auto orNull = [](const std::optional<int>& value) { return value ? QJsonValue(*value) : QJsonValue(); };
            QJsonArray exercises;
            for (const ExerciseDone& done : routine.exercises)
                exercises.append(QJsonObject {{QStringLiteral("exercise"), done.exercise},
                    {QStringLiteral("level"), done.level}, {QStringLiteral("sets"), done.sets},
                    {QStringLiteral("reps"), orNull(done.reps)}, {QStringLiteral("hold_s"), orNull(done.holdSeconds)},
                    {QStringLiteral("side"), done.side}, {QStringLiteral("pain"), orNull(done.pain)}});
            object.insert(QLatin1String("exercises"), exercises);
        }
        routineArray.append(object);
    }
    root.insert(QLatin1String("routines"), routineArray);

    // Check-ins appear only in journals that have them: an older journal's file stays as it was.
    Result<QList<CheckIn>> checkIns = CheckInStore(repository.database()).checkIns(range);
    if (!checkIns)
        return checkIns.takeError();
    if (!checkIns->isEmpty()) {
        QJsonArray checkInArray;
        for (const CheckIn& checkIn : *checkIns) {
            QJsonArray activities;
            for (const ActivityRating& activity : checkIn.activities)
                activities.append(QJsonObject {
                    {QStringLiteral("name"), activity.name}, {QStringLiteral("score"), activity.score}});
            QJsonObject object {{QStringLiteral("date"), checkIn.date.toString(Qt::ISODate)},
                {QStringLiteral("activities"), activities}, {QStringLiteral("notes"), checkIn.notes}};
            putOptional(object, QStringLiteral("global_change"), checkIn.globalChange);
            checkInArray.append(object);
        }
        root.insert(QLatin1String("checkins"), checkInArray);
    }

    // The physical therapist's exercises, in journals that have them: all of them whatever the
    // range, so that every session's exercises are known to whoever reads the file.
    Result<QList<CustomExercise>> custom = CustomExerciseStore(repository.database()).all();
    if (!custom)
        return custom.takeError();
    if (!custom->isEmpty()) {
        QJsonArray customArray;
        for (const CustomExercise& exercise : *custom) {
            QJsonObject object {{QStringLiteral("id"), exercise.id}, {QStringLiteral("name"), exercise.name},
                {QStringLiteral("kind"), exercise.kind},
                {QStringLiteral("steps"), QJsonArray::fromStringList(exercise.steps)},
                {QStringLiteral("per_side"), exercise.perSide}, {QStringLiteral("sets"), exercise.sets},
                {QStringLiteral("reps"), exercise.reps ? QJsonValue(*exercise.reps) : QJsonValue()},
                {QStringLiteral("hold_s"), exercise.holdSeconds ? QJsonValue(*exercise.holdSeconds) : QJsonValue()},
                {QStringLiteral("routine"), exercise.routine}, {QStringLiteral("notes"), exercise.notes}};
            customArray.append(object);
        }
        root.insert(QLatin1String("custom_exercises"), customArray);
    }

    // A professional's clearances in the range, in journals that have any.
    Result<QList<Clearance>> clearances = ClearanceStore(repository.database()).all();
    if (!clearances)
        return clearances.takeError();
    QJsonArray clearanceArray;
    for (const Clearance& clearance : *clearances) {
        if (range.from.isValid() && clearance.date < range.from)
            continue;
        if (range.to.isValid() && clearance.date > range.to)
            continue;
        clearanceArray.append(QJsonObject {{QStringLiteral("date"), clearance.date.toString(Qt::ISODate)},
            {QStringLiteral("by"), clearance.by}, {QStringLiteral("cleared"), QJsonArray::fromStringList(clearance.cleared())},
            {QStringLiteral("notes"), clearance.notes}});
    }
    if (!clearanceArray.isEmpty())
        root.insert(QLatin1String("clearances"), clearanceArray);

    // The painkillers taken in the range, in journals that have any (older files stay as they were).
    Result<QList<Medication>> medications = MedicationStore(repository.database()).between(range.from, range.to);
    if (!medications)
        return medications.takeError();
    QJsonArray medicationArray;
    for (const Medication& medication : *medications)
        medicationArray.append(QJsonObject {{QStringLiteral("date"), medication.date.toString(Qt::ISODate)},
            {QStringLiteral("time"), medication.time.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("name"), medication.name}, {QStringLiteral("class"), medication.drugClass},
            {QStringLiteral("dose"), medication.dose}, {QStringLiteral("notes"), medication.notes}});
    if (!medicationArray.isEmpty())
        root.insert(QLatin1String("medications"), medicationArray);

    // The return-to-run plan, in journals that have one (only its start: the rest follows).
    Result<std::optional<ReturnPlanStart>> plan = PlanStore(repository.database()).latest();
    if (!plan)
        return plan.takeError();
    if (plan->has_value()) {
        const ReturnPlanStart& p = **plan;
        root.insert(QLatin1String("plan"),
            QJsonObject {{QStringLiteral("started"), p.started.toString(Qt::ISODate)},
                {QStringLiteral("start_stage"), p.startStage}, {QStringLiteral("former_weekly_km"), p.formerWeeklyKm},
                {QStringLiteral("stopped"), p.stopped ? QJsonValue(p.stopped->toString(Qt::ISODate)) : QJsonValue()}});
    }

    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace backstride
