#include "CsvExport.h"

#include "CheckInStore.h"
#include "MedicationStore.h"
#include "CustomExerciseStore.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "OwnerOnlyFiles.h"
#include "SavedFile.h"
#include "Units.h"

#include <QCoreApplication>
#include <QDir>

namespace backstride {

// The export's texts, in one translation context (lupdate and tr() agree on it).
struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
};
namespace {

QString number(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

template<typename T> QString optionalNumber(const std::optional<T>& value, int decimals = 0)
{
    return value ? number(double(*value), decimals) : QString();
}

using CsvExport::Table;

QByteArray csvBytes(const Table& table)
{
    QString text;
    auto line = [&text](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted.append(CsvExport::field(f));
        text += quoted.join(u',') + QLatin1String("\r\n");
    };
    line(table.header);
    for (const QStringList& row : table.rows)
        line(row);
    return text.toUtf8();
}

} // namespace

QString CsvExport::field(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

Result<QStringList> CsvExport::write(
    JournalRepository& repository, const QString& folder, const DateRange& range, const QList<Table>& more)
{
    Result<QMap<QString, QString>> settings = repository.settings();
    Result<JournalEntries> entries = repository.entries(range);
    if (!settings || !entries)
        return Error {CsvText::tr("cannot read the journal")};
    const DistanceUnit unit = Units::fromSetting(settings->value(JournalSettings::units));
    const QString symbol = unit == DistanceUnit::Miles ? QStringLiteral("mi") : QStringLiteral("km");

    QList<Table> tables;
    Table runTable {QStringLiteral("runs.csv"),
        {QStringLiteral("date"), QStringLiteral("start_time"), QStringLiteral("distance_m"),
            QStringLiteral("distance_") + symbol, QStringLiteral("duration_s"),
            QStringLiteral("pace_s_per_") + symbol, QStringLiteral("elevation_gain_m"),
            QStringLiteral("avg_hr"), QStringLiteral("effort"), QStringLiteral("kind"),
            QStringLiteral("surface"), QStringLiteral("glute_warmup"), QStringLiteral("source"),
            QStringLiteral("notes")},
        {}};
    for (const Run& run : entries->runs) {
        const double inUnit = Units::toUnit(run.distanceM, unit);
        runTable.rows.append({run.date.toString(Qt::ISODate),
            run.startTime ? run.startTime->toString(QStringLiteral("HH:mm:ss")) : QString(),
            number(run.distanceM, 1), number(inUnit, 3), number(run.durationS, 0),
            inUnit > 0 ? number(run.durationS / inUnit, 0) : QString(), optionalNumber(run.elevationGainM, 1),
            optionalNumber(run.avgHr), optionalNumber(run.effort), run.kind, run.surface,
            run.gluteWarmup ? QStringLiteral("yes") : QStringLiteral("no"), run.source, run.notes});
    }
    tables.append(runTable);
    Table dayTable {QStringLiteral("sitting.csv"),
        {QStringLiteral("date"), QStringLiteral("sitting_hours"), QStringLiteral("notes")}, {}};
    for (const DayLog& day : entries->days)
        dayTable.rows.append(
            {day.date.toString(Qt::ISODate), optionalNumber(day.sittingHours, 2), day.notes});
    tables.append(dayTable);
    Table painTable {QStringLiteral("pain.csv"),
        {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("intensity"), QStringLiteral("sites"),
            QStringLiteral("radiates"), QStringLiteral("below_knee"), QStringLiteral("character"),
            QStringLiteral("timing"), QStringLiteral("aggravators"), QStringLiteral("red_flags"),
            QStringLiteral("red_flags_asked"), QStringLiteral("run_date"), QStringLiteral("notes")},
        {}};
    QHash<EntryId, QDate> runDates;
    for (const Run& run : entries->runs)
        runDates.insert(run.id, run.date);
    for (const PainEntry& entry : entries->pain) {
        painTable.rows.append({entry.date.toString(Qt::ISODate),
            entry.time ? entry.time->toString(QStringLiteral("HH:mm")) : QString(),
            QString::number(entry.intensity), entry.sites.join(u';'),
            entry.radiates() ? QStringLiteral("yes") : QStringLiteral("no"),
            entry.radiatesBelowKnee() ? QStringLiteral("yes") : QStringLiteral("no"),
            entry.character.join(u';'), entry.timing.join(u';'), entry.aggravators.join(u';'),
            entry.redFlags.join(u';'),
            // Asked, not asked, or not known (empty): an empty red_flags means "none" only after "yes".
            entry.redFlagsAsked ? (*entry.redFlagsAsked ? QStringLiteral("yes") : QStringLiteral("no")) : QString(),
            entry.runId ? runDates.value(*entry.runId).toString(Qt::ISODate) : QString(), entry.notes});
    }
    tables.append(painTable);
    Table routineTable {QStringLiteral("self-care.csv"),
        {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("minutes"), QStringLiteral("notes")},
        {}};
    for (const RoutineSession& routine : entries->routines)
        routineTable.rows.append({routine.date.toString(Qt::ISODate), routine.kind,
            optionalNumber(routine.minutes), routine.notes});
    tables.append(routineTable);
    // One row per exercise done in a session played from the library.
    Table exerciseTable {QStringLiteral("routine_exercises.csv"),
        {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("routine"), QStringLiteral("exercise"),
            QStringLiteral("level"), QStringLiteral("sets"), QStringLiteral("reps"), QStringLiteral("hold_s"),
            QStringLiteral("side"), QStringLiteral("pain")},
        {}};
    for (const RoutineSession& routine : entries->routines) {
        for (const ExerciseDone& done : routine.exercises)
            exerciseTable.rows.append({routine.date.toString(Qt::ISODate), routine.kind, routine.routine,
                done.exercise, QString::number(done.level), QString::number(done.sets), optionalNumber(done.reps),
                optionalNumber(done.holdSeconds), done.side, optionalNumber(done.pain)});
    }
    tables.append(exerciseTable);
    // The physical therapist's exercises those rows may name, in journals that have them.
    Result<QList<CustomExercise>> custom = CustomExerciseStore(repository.database()).all();
    if (!custom)
        return Error {CsvText::tr("cannot read the journal")};
    if (!custom->isEmpty()) {
        Table customTable {QStringLiteral("custom_exercises.csv"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("per_side"),
                QStringLiteral("sets"), QStringLiteral("reps"), QStringLiteral("hold_s"), QStringLiteral("routine"),
                QStringLiteral("steps"), QStringLiteral("notes")},
            {}};
        for (const CustomExercise& exercise : std::as_const(*custom))
            customTable.rows.append({exercise.id, exercise.name, exercise.kind,
                exercise.perSide ? QStringLiteral("yes") : QStringLiteral("no"), QString::number(exercise.sets),
                optionalNumber(exercise.reps), optionalNumber(exercise.holdSeconds), exercise.routine,
                exercise.steps.join(u'\n'), exercise.notes});
        tables.append(customTable);
    }
    // One row per activity rating of each weekly check-in.
    Result<QList<CheckIn>> checkIns = CheckInStore(repository.database()).checkIns(range);
    if (!checkIns)
        return Error {CsvText::tr("cannot read the journal")};
    Table checkInTable {QStringLiteral("checkins.csv"),
        {QStringLiteral("date"), QStringLiteral("activity"), QStringLiteral("score"),
            QStringLiteral("function_mean"), QStringLiteral("global_change"), QStringLiteral("notes")},
        {}};
    for (const CheckIn& checkIn : std::as_const(*checkIns)) {
        for (const ActivityRating& activity : checkIn.activities)
            checkInTable.rows.append({checkIn.date.toString(Qt::ISODate), activity.name,
                QString::number(activity.score), optionalNumber(checkIn.meanScore(), 2),
                optionalNumber(checkIn.globalChange), checkIn.notes});
    }
    tables.append(checkInTable);
    // The painkillers taken, in journals that have any in the range.
    Result<QList<Medication>> medications = MedicationStore(repository.database()).between(range.from, range.to);
    if (!medications)
        return Error {CsvText::tr("cannot read the journal")};
    if (!medications->isEmpty()) {
        Table medicationTable {QStringLiteral("medications.csv"),
            {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("name"), QStringLiteral("class"),
                QStringLiteral("dose"), QStringLiteral("notes")},
            {}};
        for (const Medication& medication : std::as_const(*medications))
            medicationTable.rows.append({medication.date.toString(Qt::ISODate), medication.time.toString(QStringLiteral("HH:mm")),
                medication.name, medication.drugClass, medication.dose, medication.notes});
        tables.append(medicationTable);
    }
    tables.append(more);

    const OwnerOnlyFiles privateFiles; // the folder and its files: health data, the owner's only
    if (!QDir().mkpath(folder))
        return Error {CsvText::tr("%1: cannot create the folder").arg(folder)};
    QStringList written;
    for (const Table& table : std::as_const(tables)) {
        const QString path = QDir(folder).filePath(table.name);
        if (Status saved = SavedFile::write(path, csvBytes(table)); !saved)
            return saved.takeError();
        written.append(path);
    }
    return written;
}

} // namespace backstride
