#include "JournalJson.h"

#include "ExerciseCatalog.h"
#include "JournalJsonEntries.h"
#include "JsonPullReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JournalJson)
};

using namespace JournalJsonEntries;

// The lists of entries, in the order read() hands them over.
enum class Section { Days, Runs, Pain, Routines, CheckIns };
constexpr Section kSections[] = {Section::Days, Section::Runs, Section::Pain, Section::Routines, Section::CheckIns};

QString sectionKey(Section section)
{
    switch (section) {
    case Section::Days:
        return QStringLiteral("days");
    case Section::Runs:
        return QStringLiteral("runs");
    case Section::Pain:
        return QStringLiteral("pain");
    case Section::Routines:
        return QStringLiteral("routines");
    case Section::CheckIns:
        return QStringLiteral("checkins");
    }
    return {};
}

std::optional<Section> sectionOf(const QString& key)
{
    for (const Section section : kSections) {
        if (sectionKey(section) == key)
            return section;
    }
    return std::nullopt;
}

qsizetype entryCount(const JournalContent& content)
{
    return content.days.size() + content.runs.size() + content.pain.size() + content.routines.size()
        + content.checkins.size();
}
// Reads one element of a list into `into`.
void readEntry(Reader& reader, Section section, const QJsonObject& object, const QString& path, JournalContent& into)
{
    reader.beginEntry();
    switch (section) {
    case Section::Days:
        into.days.append(readDay(reader, object, path));
        break;
    case Section::Runs:
        into.runs.append(readRun(reader, object, path));
        break;
    case Section::Pain:
        into.pain.append(readPain(reader, object, path));
        break;
    case Section::Routines:
        into.routines.append(readRoutine(reader, object, path));
        break;
    case Section::CheckIns:
        into.checkins.append(readCheckIn(reader, object, path));
        break;
    }
}

} // namespace

struct JournalJson::Document::Private
{
    Private(QIODevice& input, const QString& sourceName) : device(input), name(sourceName) { }

    QIODevice& device;
    QString name;
    std::unique_ptr<QFile> ownFile; // when openChecked() opened it
    bool checked = false;
    QHash<Section, qint64> lists; // where each list's '[' is
    QMap<QString, QString> settings;
    std::optional<ReturnPlanStart> plan;
    QList<CustomExercise> customExercises;
    QList<Clearance> clearances;
    QList<Medication> medications;
};

JournalJson::Document::Document(QIODevice& device, const QString& sourceName)
    : d(std::make_unique<Private>(device, sourceName))
{
}

JournalJson::Document::~Document() = default;

const QString& JournalJson::Document::sourceName() const
{
    return d->name;
}

Result<std::unique_ptr<JournalJson::Document>> JournalJson::Document::openChecked(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error {Text::tr("%1: cannot read: %2").arg(path, file->errorString())};
    auto document = std::make_unique<Document>(*file, path);
    document->d->ownFile = std::move(file);
    if (Status checked = document->check(); !checked)
        return checked.takeError();
    return document;
}

Status JournalJson::Document::check()
{
    const QString& name = d->name;
    d->checked = false;
    d->lists.clear();
    if (!d->device.seek(0))
        return Error {Text::tr("%1: cannot read: %2").arg(name, d->device.errorString())};
    JsonPullReader json(d->device);
    const auto invalid = [&] { return Error {Text::tr("%1: not valid JSON at %2").arg(name, json.error())}; };
    if (json.peek() != '{') {
        json.readValue();
        if (json.failed())
            return invalid();
        return Error {Text::tr("%1: not a Backstride journal (the top level must be a JSON object)").arg(name)};
    }

    Reader reader;
    QJsonValue format;
    QJsonValue version;
    QJsonValue settings;
    QJsonValue plan;
    QJsonValue custom;
    QJsonValue clearances;
    QJsonValue medications;
    JournalContent entry; // the entry just read, for the checks across entries
    QHash<QDate, int> dayIndex;
    QHash<QDate, int> checkInIndex;
    std::vector<std::pair<int, int>> painRuns; // (pain entry, run number)
    int runCount = 0;
    json.enterObject();
    while (const std::optional<QString> key = json.nextKey()) {
        const std::optional<Section> section = sectionOf(*key);
        if (!section) {
            if (*key == QLatin1String("format"))
                format = json.readValue();
            else if (*key == QLatin1String("version"))
                version = json.readValue();
            else if (*key == QLatin1String("settings"))
                settings = json.readValue();
            else if (*key == QLatin1String("plan"))
                plan = json.readValue();
            else if (*key == QLatin1String("custom_exercises"))
                custom = json.readValue();
            else if (*key == QLatin1String("clearances"))
                clearances = json.readValue();
            else if (*key == QLatin1String("medications"))
                medications = json.readValue();
            else {
                reader.problem(u'.' + *key, Text::tr("is not a field of this entry"));
                json.skipValue();
            }
            continue;
        }
        if (d->lists.contains(*section)) {
            reader.problem(*key, Text::tr("is given twice"));
            json.skipValue();
            continue;
        }
        if (json.peek() != '[') {
            if (!json.readValue().isNull())
                reader.problem(*key, Text::tr("must be a list"));
            continue;
        }
        d->lists.insert(*section, json.offset());
        json.enterArray();
        int i = 0;
        for (; json.nextElement(); ++i) {
            const QJsonValue value = json.readValue();
            if (json.failed())
                break;
            const QString path = QStringLiteral("%1[%2]").arg(*key).arg(i);
            if (!value.isObject()) {
                reader.problem(path, Text::tr("must be an object"));
                continue;
            }
            entry = {};
            readEntry(reader, *section, value.toObject(), path, entry);
            // Two logs or two check-ins for the same date cannot both be right.
            if (*section == Section::Days && entry.days.first().date.isValid()) {
                const QDate date = entry.days.first().date;
                if (const auto earlier = dayIndex.constFind(date); earlier != dayIndex.cend())
                    reader.problem(path + QLatin1String(".date"),
                        Text::tr("%1 is already logged in days[%2]").arg(date.toString(Qt::ISODate)).arg(*earlier));
                else
                    dayIndex.insert(date, i);
            } else if (*section == Section::CheckIns && entry.checkins.first().date.isValid()) {
                const QDate date = entry.checkins.first().date;
                if (const auto earlier = checkInIndex.constFind(date); earlier != checkInIndex.cend())
                    reader.problem(path + QLatin1String(".date"),
                        Text::tr("%1 already has a check-in in checkins[%2]")
                            .arg(date.toString(Qt::ISODate))
                            .arg(*earlier));
                else
                    checkInIndex.insert(date, i);
            } else if (*section == Section::Pain && entry.pain.first().runIndex != -1) {
                painRuns.emplace_back(i, entry.pain.first().runIndex);
            }
        }
        if (*section == Section::Runs)
            runCount = i;
    }
    if (!json.failed())
        json.expectEnd();
    if (json.failed())
        return invalid();
    if (format.toString() != formatName)
        return Error {
            Text::tr("%1: not a Backstride journal (\"format\" must be \"%2\")").arg(name, formatName)};
    if (!version.isDouble() || version.toDouble() != formatVersion)
        return Error {
            Text::tr("%1: journal format version %2 is not supported (this Backstride reads version %3)")
                .arg(name, Reader::display(version))
                .arg(formatVersion)};

    d->settings = readSettings(reader, settings);
    d->plan = readPlan(reader, plan);
    d->customExercises = readCustomExercises(reader, custom);
    d->clearances = readClearances(reader, clearances);
    d->medications = readMedications(reader, medications);
    QSet<QString> customIds;
    for (const CustomExercise& exercise : d->customExercises)
        customIds.insert(exercise.id);
    for (const Reader::TherapistUse& use : reader.therapistUses()) {
        if (!customIds.contains(use.id))
            reader.problem(use.path + QLatin1String(".exercise"),
                Text::tr("“%1” is not an exercise of the library nor one of this file's custom_exercises").arg(use.id));
        else if (use.level != 1)
            reader.problem(use.path + QLatin1String(".level"),
                Text::tr("%1 has one level, not %2").arg(use.id).arg(use.level));
    }
    for (const auto& [pain, run] : painRuns) {
        if (run < 0 || run >= runCount)
            reader.problem(QStringLiteral("pain[%1].run").arg(pain),
                Text::tr("%1 is not the position of a run in \"runs\" (0 to %2)")
                    .arg(run == std::numeric_limits<int>::min() ? QStringLiteral("a negative number") : QString::number(run))
                    .arg(runCount - 1));
    }
    if (reader.count() > 0)
        return reader.error(name);
    d->checked = true;
    return {};
}

Status JournalJson::Document::read(const Take& take, int batchSize)
{
    Q_ASSERT(d->checked);
    JsonPullReader json(d->device);
    Reader reader; // the entries were checked: nothing it finds is new
    JournalContent batch;
    batch.settings = d->settings;
    batch.customExercises = d->customExercises;
    ContentPosition first;
    const auto handOver = [&]() -> Status {
        if (Status taken = take(batch, first); !taken)
            return taken;
        first.days += int(batch.days.size());
        first.runs += int(batch.runs.size());
        first.pain += int(batch.pain.size());
        first.routines += int(batch.routines.size());
        first.checkins += int(batch.checkins.size());
        batch = {};
        return {};
    };
    for (const Section section : kSections) {
        const auto list = d->lists.constFind(section);
        if (list == d->lists.cend())
            continue;
        if (!json.seek(*list) || !json.enterArray())
            return Error {Text::tr("%1: cannot read: %2").arg(d->name, d->device.errorString())};
        for (int i = 0; json.nextElement(); ++i) {
            const QJsonValue value = json.readValue();
            readEntry(reader, section, value.toObject(), QString(), batch);
            if (entryCount(batch) >= batchSize) {
                if (Status handed = handOver(); !handed)
                    return handed;
            }
        }
        if (json.failed()) // the file changed since check()
            return Error {Text::tr("%1: not valid JSON at %2").arg(d->name, json.error())};
    }
    batch.plan = d->plan;
    batch.clearances = d->clearances;
    batch.medications = d->medications;
    return handOver();
}

Result<JournalContent> JournalJson::parse(const QByteArray& bytes, const QString& sourceName)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Document document(buffer, sourceName);
    if (Status checked = document.check(); !checked)
        return checked.takeError();
    JournalContent whole;
    const Status read = document.read([&whole](const JournalContent& batch, const ContentPosition&) -> Status {
        whole.settings.insert(batch.settings);
        whole.days += batch.days;
        whole.runs += batch.runs;
        whole.pain += batch.pain;
        whole.routines += batch.routines;
        whole.checkins += batch.checkins;
        whole.customExercises += batch.customExercises;
        whole.clearances += batch.clearances;
        whole.medications += batch.medications;
        if (batch.plan)
            whole.plan = batch.plan;
        return {};
    });
    if (!read)
        return read.takeError();
    return whole;
}

bool JournalJson::isJournalFile(const QString& path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && !QFileInfo(path).isDir();
}

} // namespace backstride
