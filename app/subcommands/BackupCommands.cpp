#include "JournalBackup.h"
#include "JournalFile.h"
#include "JournalLock.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace backstride::cli {

int backupCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
        CliText::tr("Write the copy to FILE (default: the backups folder beside the journal)."),
        QStringLiteral("FILE"));
    parser.addOption(to);
    if (const std::optional<int> done
        = parse(parser, arguments, QStringLiteral("backstride backup [--db PATH] [--to FILE]")))
        return *done;
    const QString path = journalPath(parser);
    // A journal that is not there yet is created (and locked while it is), like every writing door.
    std::optional<WritableJournal> created;
    std::optional<SqliteDatabase> existing;
    if (QFileInfo::exists(path)) {
        Result<SqliteDatabase> opened = JournalFile::open(path, JournalFile::Mode::MustExist);
        if (!opened)
            return fail(opened.error());
        existing.emplace(std::move(*opened));
    } else {
        Result<WritableJournal> journal = openToWrite(path);
        if (!journal)
            return fail(journal.error());
        created.emplace(std::move(*journal));
    }
    SqliteDatabase* db = created ? &created->db : &*existing;
    if (parser.isSet(to)) {
        if (Status copied = JournalBackup::copyTo(*db, parser.value(to)); !copied)
            return fail(copied.error());
        out() << parser.value(to) << Qt::endl;
        return CommandLine::Success;
    }
    Result<QString> backup = JournalBackup::make(*db, path, QStringLiteral("manual"));
    if (!backup)
        return fail(backup.error());
    out() << *backup << Qt::endl;
    return CommandLine::Success;
}

int restoreCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BACKUP"), CliText::tr("The backup to restore."));
    if (const std::optional<int> done = parse(
            parser, arguments, QStringLiteral("backstride restore [--db PATH] BACKUP"), Positionals::Taken))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usage(CliText::tr("restore: name exactly one backup"), parser);
    const QString path = journalPath(parser);
    Result<JournalLock> lock = JournalLock::acquire(path); // not while a window has the journal open
    if (!lock)
        return fail(lock.error());
    Result<QString> replaced = JournalBackup::restore(parser.positionalArguments().constFirst(), path);
    if (!replaced)
        return fail(QStringLiteral("%1: %2").arg(path, replaced.error()));
    out() << CliText::tr("%1: restored from %2").arg(path, parser.positionalArguments().constFirst());
    if (!replaced->isEmpty())
        out() << CliText::tr("; the journal it replaced is kept as %1").arg(*replaced);
    out() << Qt::endl;
    return CommandLine::Success;
}

} // namespace backstride::cli
