#include "JournalJson.h"

#include "JournalSettings.h"
#include "Validation.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JournalJson)
};

constexpr int kMaxReportedProblems = 25;

// Reads typed values out of JSON objects, recording every problem with its path.
class Reader
{
public:
    void problem(const QString& path, const QString& message)
    {
        m_problems.append(path + QLatin1String(": ") + message);
    }
    const QStringList& problems() const { return m_problems; }

    // Flags keys the format does not know (usually typos such as "distance_km").
    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                problem(path + u'.' + it.key(), Text::tr("is not a field of this entry"));
        }
    }

    static bool absent(const QJsonObject& object, const QString& key)
    {
        return !object.contains(key) || object.value(key).isNull();
    }

    QDate date(const QJsonObject& object, const QString& path, const QString& key)
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

    std::optional<QTime> time(const QJsonObject& object, const QString& path, const QString& key)
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

    std::optional<double> number(
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

    std::optional<int> integer(
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

    QString text(const QJsonObject& object, const QString& path, const QString& key)
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

    bool boolean(const QJsonObject& object, const QString& path, const QString& key)
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

    QStringList words(const QJsonObject& object, const QString& path, const QString& key)
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

    // Adds the entry's validation problems (ranges, vocabularies) under its path.
    void addValidation(const FieldProblems& problems, const QString& path)
    {
        for (const FieldProblem& found : problems) {
            if (!m_fieldsReported.contains(path + u'.' + found.field))
                problem(path + u'.' + found.field, found.message);
        }
    }

    // Remembers fields whose type was already wrong, so validation does not report them twice.
    void snapshotReportedFields()
    {
        m_fieldsReported.clear();
        for (const QString& line : m_problems)
            m_fieldsReported.insert(line.section(QLatin1String(": "), 0, 0));
    }

    static QString display(const QJsonValue& value)
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

private:
    QStringList m_problems;
    QSet<QString> m_fieldsReported;
};

QJsonArray arrayField(Reader& reader, const QJsonObject& root, const QString& key)
{
    if (Reader::absent(root, key))
        return {};
    if (!root.value(key).isArray()) {
        reader.problem(key, Text::tr("must be a list"));
        return {};
    }
    return root.value(key).toArray();
}

template<typename ReadEntry>
void readEntries(Reader& reader, const QJsonObject& root, const QString& key, ReadEntry readEntry)
{
    const QJsonArray array = arrayField(reader, root, key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array.at(i).isObject()) {
            reader.problem(path, Text::tr("must be an object"));
            continue;
        }
        readEntry(array.at(i).toObject(), path);
    }
}

// 1-based line and column of a byte offset, for JSON syntax errors.
QString positionOf(const QByteArray& bytes, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<JournalContent> JournalJson::parse(const QByteArray& bytes, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {Text::tr("%1: not valid JSON at %2: %3")
                          .arg(sourceName, positionOf(bytes, parseError.offset), parseError.errorString())};
    if (!document.isObject())
        return Error {
            Text::tr("%1: not a Backstride journal (the top level must be a JSON object)").arg(sourceName)};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != formatName)
        return Error {
            Text::tr("%1: not a Backstride journal (\"format\" must be \"%2\")").arg(sourceName, formatName)};
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != formatVersion)
        return Error {
            Text::tr("%1: journal format version %2 is not supported (this Backstride reads version %3)")
                .arg(sourceName, Reader::display(version))
                .arg(formatVersion)};

    Reader reader;
    JournalContent content;
    reader.checkKeys(root, QString(),
        {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("settings"),
            QStringLiteral("days"), QStringLiteral("runs"), QStringLiteral("pain"),
            QStringLiteral("routines"), QStringLiteral("checkins"), QStringLiteral("plan")});

    if (!Reader::absent(root, QStringLiteral("settings"))) {
        const QJsonValue settings = root.value(QLatin1String("settings"));
        if (!settings.isObject())
            reader.problem(QStringLiteral("settings"), Text::tr("must be an object"));
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
                content.settings.insert(it.key(), value);
        }
    }

    readEntries(reader, root, QStringLiteral("days"), [&](const QJsonObject& object, const QString& path) {
        reader.checkKeys(
            object, path,
            {QStringLiteral("date"), QStringLiteral("sitting_hours"), QStringLiteral("notes"),
                QStringLiteral("sitting_source")});
        DayLog day;
        day.date = reader.date(object, path, QStringLiteral("date"));
        day.sittingHours = reader.number(object, path, QStringLiteral("sitting_hours"), false);
        day.notes = reader.text(object, path, QStringLiteral("notes"));
        day.sittingSource = reader.text(object, path, QStringLiteral("sitting_source"));
        reader.snapshotReportedFields();
        if (day.date.isValid())
            reader.addValidation(validate(day), path);
        content.days.append(day);
    });

    readEntries(reader, root, QStringLiteral("runs"), [&](const QJsonObject& object, const QString& path) {
        reader.checkKeys(object, path,
            {QStringLiteral("date"), QStringLiteral("start_time"), QStringLiteral("distance_m"),
                QStringLiteral("duration_s"), QStringLiteral("elevation_gain_m"), QStringLiteral("avg_hr"),
                QStringLiteral("effort"), QStringLiteral("kind"), QStringLiteral("surface"),
                QStringLiteral("glute_warmup"), QStringLiteral("notes"), QStringLiteral("source"),
                QStringLiteral("fingerprint")});
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
        reader.snapshotReportedFields();
        if (run.date.isValid())
            reader.addValidation(validate(run), path);
        content.runs.append(run);
    });

    readEntries(reader, root, QStringLiteral("pain"), [&](const QJsonObject& object, const QString& path) {
        reader.checkKeys(object, path,
            {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("intensity"),
                QStringLiteral("sites"), QStringLiteral("character"), QStringLiteral("timing"),
                QStringLiteral("aggravators"), QStringLiteral("red_flags"), QStringLiteral("run"),
                QStringLiteral("notes")});
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
        pain.notes = reader.text(object, path, QStringLiteral("notes"));
        if (const std::optional<int> runIndex = reader.integer(object, path, QStringLiteral("run"), false)) {
            const qsizetype runCount = arrayField(reader, root, QStringLiteral("runs")).size();
            if (*runIndex < 0 || *runIndex >= runCount)
                reader.problem(path + QLatin1String(".run"),
                    Text::tr("%1 is not the position of a run in \"runs\" (0 to %2)")
                        .arg(*runIndex)
                        .arg(runCount - 1));
            else
                pending.runIndex = *runIndex;
        }
        reader.snapshotReportedFields();
        if (pain.date.isValid())
            reader.addValidation(validate(pain), path);
        content.pain.append(pending);
    });

    readEntries(
        reader, root, QStringLiteral("routines"), [&](const QJsonObject& object, const QString& path) {
            reader.checkKeys(object, path,
                {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("minutes"),
                    QStringLiteral("notes")});
            RoutineSession routine;
            routine.date = reader.date(object, path, QStringLiteral("date"));
            routine.kind = reader.text(object, path, QStringLiteral("kind"));
            routine.minutes = reader.integer(object, path, QStringLiteral("minutes"), false);
            routine.notes = reader.text(object, path, QStringLiteral("notes"));
            reader.snapshotReportedFields();
            if (routine.date.isValid())
                reader.addValidation(validate(routine), path);
            content.routines.append(routine);
        });

    readEntries(
        reader, root, QStringLiteral("checkins"), [&](const QJsonObject& object, const QString& path) {
            reader.checkKeys(object, path,
                {QStringLiteral("date"), QStringLiteral("activities"), QStringLiteral("global_change"),
                    QStringLiteral("notes")});
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
                    reader.checkKeys(activity, where, {QStringLiteral("name"), QStringLiteral("score")});
                    if (Reader::absent(activity, QStringLiteral("name")))
                        reader.problem(where + QLatin1String(".name"), Text::tr("is required"));
                    checkIn.activities.append({reader.text(activity, where, QStringLiteral("name")),
                        reader.integer(activity, where, QStringLiteral("score"), true).value_or(0)});
                }
            }
            reader.snapshotReportedFields();
            if (checkIn.date.isValid())
                reader.addValidation(validate(checkIn), path);
            content.checkins.append(checkIn);
        });
    if (!Reader::absent(root, QStringLiteral("plan"))) {
        const QString path = QStringLiteral("plan");
        if (!root.value(path).isObject()) {
            reader.problem(path, Text::tr("must be an object"));
        } else {
            const QJsonObject object = root.value(path).toObject();
            reader.checkKeys(object, path,
                {QStringLiteral("started"), QStringLiteral("start_stage"), QStringLiteral("former_weekly_km"),
                    QStringLiteral("stopped")});
            ReturnPlanStart plan;
            plan.started = reader.date(object, path, QStringLiteral("started"));
            plan.startStage = reader.integer(object, path, QStringLiteral("start_stage"), true).value_or(1);
            plan.formerWeeklyKm = reader.number(object, path, QStringLiteral("former_weekly_km"), true).value_or(0);
            if (!Reader::absent(object, QStringLiteral("stopped")) && !object.value(QLatin1String("stopped")).isNull())
                plan.stopped = reader.date(object, path, QStringLiteral("stopped"));
            if (plan.startStage < 0 || plan.startStage > ReturnPlanStart::lastStage)
                reader.problem(path + QLatin1String(".start_stage"), Text::tr("must be from 0 to 8"));
            if (plan.formerWeeklyKm < 0 || plan.formerWeeklyKm > 500)
                reader.problem(path + QLatin1String(".former_weekly_km"), Text::tr("must be from 0 to 500"));
            if (plan.stopped && plan.started.isValid() && *plan.stopped < plan.started)
                reader.problem(path + QLatin1String(".stopped"), Text::tr("is before started"));
            content.plan = plan;
        }
    }

    QHash<QDate, int> checkInIndex;
    for (int i = 0; i < content.checkins.size(); ++i) {
        const QDate date = content.checkins.at(i).date;
        if (!date.isValid())
            continue;
        if (checkInIndex.contains(date))
            reader.problem(QStringLiteral("checkins[%1].date").arg(i),
                Text::tr("%1 already has a check-in in checkins[%2]")
                    .arg(date.toString(Qt::ISODate))
                    .arg(checkInIndex.value(date)));
        else
            checkInIndex.insert(date, i);
    }

    // Two logs for the same date cannot both be right.
    QHash<QDate, int> dayIndex;
    for (int i = 0; i < content.days.size(); ++i) {
        const QDate date = content.days.at(i).date;
        if (!date.isValid())
            continue;
        if (dayIndex.contains(date))
            reader.problem(QStringLiteral("days[%1].date").arg(i),
                Text::tr("%1 is already logged in days[%2]")
                    .arg(date.toString(Qt::ISODate))
                    .arg(dayIndex.value(date)));
        else
            dayIndex.insert(date, i);
    }

    if (!reader.problems().isEmpty()) {
        QStringList shown = reader.problems().mid(0, kMaxReportedProblems);
        if (reader.problems().size() > kMaxReportedProblems)
            shown.append(
                Text::tr("… and %1 more problems").arg(reader.problems().size() - kMaxReportedProblems));
        return Error {Text::tr("%1: nothing was imported, %n problem(s) found:\n  ", nullptr,
                          static_cast<int>(reader.problems().size()))
                          .arg(sourceName)
            + shown.join(QLatin1String("\n  "))};
    }
    return content;
}

bool JournalJson::isJournalFile(const QString& path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && !QFileInfo(path).isDir();
}

} // namespace backstride
