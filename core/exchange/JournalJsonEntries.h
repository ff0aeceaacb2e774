#pragma once

// The pieces of a journal JSON file (INTERFACES.md) read into entries: each field typed and
// checked, every problem kept with its path ("pain[3].intensity: is required") for the one error
// JournalJson reports. JournalJson finds the lists in the file and hands their objects here.
#include "JournalContent.h"
#include "Result.h"
#include "Validation.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QSet>

#include <optional>

namespace backstride::JournalJsonEntries {

// Reads typed values out of JSON objects, recording every problem with its path.
class Reader
{
public:
    void problem(const QString& path, const QString& message);
    int count() const { return m_count; }
    // An exercise done that names a physical therapist's exercise ("pt-…"): checked against the
    // file's "custom_exercises" once the whole file is read (the list may come after the routines).
    struct TherapistUse
    {
        QString path;
        QString id;
        int level = 1;
    };
    void therapistExercise(const QString& path, const QString& id, int level) { m_uses.append({path, id, level}); }
    const QList<TherapistUse>& therapistUses() const { return m_uses; }
    // A new entry: its validation is told apart from its fields' type problems.
    void beginEntry() { m_entryFields.clear(); }
    // Every problem, as one error: the first 25 and how many more.
    Error error(const QString& sourceName) const;
    // Flags keys the format does not know (usually typos such as "distance_km").
    void checkKeys(const QJsonObject& object, const QString& path, const QSet<QString>& known);
    static bool absent(const QJsonObject& object, const QString& key);

    QDate date(const QJsonObject& object, const QString& path, const QString& key); // required
    std::optional<QTime> time(const QJsonObject& object, const QString& path, const QString& key);
    std::optional<double> number(const QJsonObject& object, const QString& path, const QString& key, bool required);
    std::optional<int> integer(const QJsonObject& object, const QString& path, const QString& key, bool required);
    QString text(const QJsonObject& object, const QString& path, const QString& key);
    bool boolean(const QJsonObject& object, const QString& path, const QString& key);
    QStringList words(const QJsonObject& object, const QString& path, const QString& key);
    // Adds the entry's validation problems (ranges, vocabularies) under its path, except for
    // fields whose type was already wrong (reported once).
    void addValidation(const FieldProblems& problems, const QString& path);
    static QString display(const QJsonValue& value);

private:
    int m_count = 0;
    QStringList m_shown;
    QList<TherapistUse> m_uses;
    QSet<QString> m_entryFields;
};

// One element of each list; `path` names it in problems ("runs[2]").
DayLog readDay(Reader& reader, const QJsonObject& object, const QString& path);
Run readRun(Reader& reader, const QJsonObject& object, const QString& path);
// The run number is taken as written: whether it names a run of the file, the caller decides
// once it has seen the runs (they may come after the pain entries).
PendingPain readPain(Reader& reader, const QJsonObject& object, const QString& path);
RoutineSession readRoutine(Reader& reader, const QJsonObject& object, const QString& path);
CheckIn readCheckIn(Reader& reader, const QJsonObject& object, const QString& path);

// The small top-level parts, each a whole value of the file.
QList<CustomExercise> readCustomExercises(Reader& reader, const QJsonValue& value);
QList<Clearance> readClearances(Reader& reader, const QJsonValue& value);
QList<Medication> readMedications(Reader& reader, const QJsonValue& value);
QMap<QString, QString> readSettings(Reader& reader, const QJsonValue& settings);
std::optional<ReturnPlanStart> readPlan(Reader& reader, const QJsonValue& value);

} // namespace backstride::JournalJsonEntries
