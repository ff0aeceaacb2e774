// `sync`: new runs from connected watches and watched folders; `settings`: the journal's settings
// by key, checked as the Settings dialog checks them.
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"
#include "Sync.h"
#include "Units.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace backstride::cli {

int syncCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CliText::tr("Say what is new; change nothing."));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print one JSON object per activity."));
    const QCommandLineOption device(QStringLiteral("device"),
        CliText::tr("Also look at ROOT as a watch's volume (ROOT/GARMIN/Activity). May be repeated."),
        QStringLiteral("ROOT"));
    const QCommandLineOption folder(
        QStringLiteral("folder"), CliText::tr("Also read DIR, as a watched folder. May be repeated."), QStringLiteral("DIR"));
    parser.addOptions({dryRun, json, device, folder});
    if (const std::optional<int> done = parse(parser, arguments,
            QStringLiteral("backstride sync [--db PATH] [--dry-run] [--json] [--device ROOT]... [--folder DIR]...")))
        return *done;
    for (const QString& root : parser.values(device)) {
        if (!QFileInfo(root).isDir())
            return usage(CliText::tr("--device: %1 is not a folder").arg(root), parser);
    }
    for (const QString& dir : parser.values(folder)) {
        if (!QFileInfo(dir).isDir())
            return usage(CliText::tr("--folder: %1 is not a folder").arg(dir), parser);
    }
    Result<WritableJournal> journal = openToWrite(journalPath(parser));
    if (!journal)
        return fail(journal.error() + CliText::tr(" Nothing was imported."));
    JournalRepository repository(journal->db);
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return fail(settings.error());
    const QList<SyncSource> sources = Sync::sources(*settings, parser.values(device), parser.values(folder));
    Sync sync(repository);
    Result<SyncScan> scan = sync.scan(sources);
    if (!scan)
        return fail(scan.error());
    Result<QList<SyncOutcome>> outcomes = sync.run(*scan, parser.isSet(dryRun));
    if (!outcomes)
        return fail(CliText::tr("%1: %2; nothing was imported").arg(journal->db.path(), outcomes.error()));
    QMap<QString, QMap<ImportOutcome::Status, int>> counts;
    int readAgain = 0;
    for (const SyncOutcome& outcome : std::as_const(*outcomes)) {
        ++counts[outcome.source][outcome.outcome.status];
        readAgain += outcome.readAgain ? 1 : 0;
        if (parser.isSet(json))
            out() << QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        else if (outcome.outcome.status == ImportOutcome::Status::Error)
            err() << CliText::tr("%1: not imported: %2").arg(outcome.outcome.file, outcome.outcome.error) << Qt::endl;
    }
    if (!parser.isSet(json)) {
        if (sources.isEmpty())
            out() << CliText::tr("No watch connected and no watched folders (backstride settings set sync.folders DIR).")
                  << Qt::endl;
        for (const SyncSource& source : std::as_const(sources)) {
            const QMap<ImportOutcome::Status, int> c = counts.value(source.name);
            const int runs = c.value(ImportOutcome::Status::Ok);
            out() << CliText::tr("%1: %2, %3 already in the journal, %4 not runs, %5 unreadable")
                         .arg(source.name)
                         .arg(parser.isSet(dryRun) ? CliText::tr("%n new runs to import", nullptr, runs)
                                                   : CliText::tr("%n new runs imported", nullptr, runs))
                         .arg(c.value(ImportOutcome::Status::Duplicate))
                         .arg(c.value(ImportOutcome::Status::Skipped))
                         .arg(c.value(ImportOutcome::Status::Error))
                  << Qt::endl;
        }
        out() << CliText::tr("%1 files read, %2 unchanged since the last sync and not read again")
                     .arg(scan->fresh.size())
                     .arg(scan->unchanged)
              << Qt::endl;
    }
    // Files that went away or changed while they were read (a watch unplugged): the sync is not
    // complete, and says so; they are read again at the next sync.
    if (readAgain > 0) {
        err() << CliText::tr("%n files disappeared or changed while they were read (was the watch disconnected?); "
                             "they are read again at the next sync.", nullptr, readAgain)
              << Qt::endl;
        return CommandLine::Failure;
    }
    return CommandLine::Success;
}

int settingsCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), CliText::tr("list, get KEY, or set KEY VALUE"),
        QStringLiteral("[get KEY | set KEY VALUE | list]"));
    if (const std::optional<int> done = parse(parser, arguments,
            QStringLiteral("backstride settings [--db PATH] [get KEY | set KEY VALUE | list]"), Positionals::Taken))
        return *done;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0, QStringLiteral("list"));
    if (action == QLatin1String("list") && words.size() <= 1) {
        Result<SqliteDatabase> db = openToRead(parser);
        if (!db)
            return fail(db.error());
        Result<QMap<QString, QString>> stored = JournalRepository(*db).settings();
        if (!stored)
            return fail(stored.error());
        for (const SettingDefinition& definition : JournalSettings::definitions()) {
            const bool set = stored->contains(definition.key);
            out() << QStringLiteral("%1 = %2%3")
                         .arg(definition.key,
                             QString(set ? stored->value(definition.key) : definition.defaultValue)
                                 .replace(u'\n', QLatin1String("\\n")),
                             set ? QString() : CliText::tr("  (default)"))
                  << Qt::endl;
        }
        return CommandLine::Success;
    }
    if (action == QLatin1String("get") && words.size() == 2) {
        const SettingDefinition* definition = JournalSettings::find(words.at(1));
        if (!definition)
            return usage(CliText::tr("%1: is not a Backstride setting (backstride settings list)").arg(words.at(1)), parser);
        Result<SqliteDatabase> db = openToRead(parser);
        if (!db)
            return fail(db.error());
        Result<std::optional<QString>> value = JournalRepository(*db).setting(definition->key);
        if (!value)
            return fail(value.error());
        out() << value->value_or(definition->defaultValue) << Qt::endl;
        return CommandLine::Success;
    }
    if (action == QLatin1String("set") && words.size() == 3) {
        const QString& key = words.at(1);
        // "\n" in a value stands for a line break (the watched folders are one per line).
        const QString value = QString(words.at(2)).replace(QLatin1String("\\n"), QLatin1String("\n"));
        if (const std::optional<QString> problem = JournalSettings::problem(key, value))
            return fail(CliText::tr("%1: %2; nothing was changed").arg(key, *problem));
        Result<WritableJournal> journal = openToWrite(journalPath(parser));
        if (!journal)
            return fail(journal.error());
        if (Status stored = JournalRepository(journal->db).setSetting(key, value); !stored)
            return fail(stored.error());
        return CommandLine::Success;
    }
    return usage(CliText::tr("settings: say list, get KEY or set KEY VALUE"), parser);
}

} // namespace backstride::cli
