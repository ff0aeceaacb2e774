#include "JournalGenerator.h"
#include "JournalMerger.h"
#include "JournalRepository.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"

#include <QCommandLineParser>
#include <QDate>
#include <QTextStream>

namespace backstride::cli {

int generateCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption years(QStringLiteral("years"),
        CliText::tr("Years of entries (1-50, default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), CliText::tr("Random seed (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption end(QStringLiteral("end"),
        CliText::tr("Last day of the journal (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption recentEpisode(QStringLiteral("recent-episode"),
        CliText::tr("End in a spreading-pain episode, as the demo journal does."));
    parser.addOptions({years, seed, end, recentEpisode});
    if (const std::optional<int> done = parse(parser, arguments,
            QStringLiteral("backstride generate --db PATH [--years N] [--seed S] [--end DATE]")))
        return *done;
    if (!parser.isSet(dbOption()))
        return usage(
            CliText::tr("generate: --db PATH is required (a synthetic journal never goes into your own)"),
            parser);
    bool ok = false;
    const int yearCount = parser.value(years).toInt(&ok);
    if (!ok || yearCount < 1 || yearCount > 50)
        return usage(
            CliText::tr("--years: “%1” is not a whole number from 1 to 50").arg(parser.value(years)), parser);
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(CliText::tr("--seed: “%1” is not a whole number").arg(parser.value(seed)), parser);
    QString problem;
    const std::optional<QDate> endDate = dateOption(parser, QStringLiteral("end"), &problem);
    if (!endDate)
        return usage(problem, parser);

    Result<WritableJournal> journal = openToWrite(parser.value(dbOption()));
    if (!journal)
        return fail(journal.error());
    SqliteDatabase* db = &journal->db;
    JournalRepository repository(*db);
    Result<qint64> existing = repository.entryCount();
    if (!existing)
        return fail(existing.error());
    if (*existing > 0)
        return fail(
            CliText::tr("%1: already has %2 entries; generate writes only into a new or empty journal")
                .arg(db->path())
                .arg(*existing));
    const JournalContent content = JournalGenerator::generate({yearCount, seedValue,
        endDate->isValid() ? *endDate : QDate::currentDate(), parser.isSet(recentEpisode)});
    Result<MergeSummary> summary = JournalMerger(repository).merge(content);
    if (!summary)
        return fail(QStringLiteral("%1: %2").arg(db->path(), summary.error()));
    out() << CliText::tr("%1: generated %2 days logged, %3 runs, %4 pain entries, %5 self-care sessions")
                 .arg(db->path())
                 .arg(content.days.size())
                 .arg(content.runs.size())
                 .arg(content.pain.size())
                 .arg(content.routines.size())
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace backstride::cli
