#include "WindowCommand.h"

#include "ActivityImporter.h"
#include "Clock.h"
#include "CommandLine.h"
#include "JournalBackup.h"
#include "JournalFile.h"
#include "JournalGenerator.h"
#include "JournalJson.h"
#include "JournalLock.h"
#include "JournalMerger.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "ImportController.h"
#include "JournalWindowParts.h"
#include "MainWindow.h"
#include "OpenForm.h"
#include "MessageBox.h"
#include "ScreenshotWriter.h"
#include "TodayAnswer.h"
#include "Translations.h"
#include "WindowOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <chrono>

namespace backstride {
namespace {

// The demo journal lives in memory: a newcomer can try everything without touching their own.
Result<SqliteDatabase> openDemoJournal()
{
    Result<SqliteDatabase> db
        = JournalFile::open(QStringLiteral(":memory:"), JournalFile::Mode::CreateIfMissing);
    if (!db)
        return db;
    JournalRepository repository(*db);
    JournalGenerator::Options options;
    options.years = 1;
    options.seed = 1;
    options.lastDay = QDate::currentDate();
    options.recentEpisode = true;
    Result<MergeSummary> merged = JournalMerger(repository).merge(JournalGenerator::generate(options));
    if (!merged)
        return merged.takeError();
    return db;
}

// On the offscreen platform nobody can answer a dialog: it would wait for ever.
bool canAsk()
{
    return QGuiApplication::platformName() != QLatin1String("offscreen");
}

int reportError(const QString& message, bool showDialog)
{
    QTextStream(stderr) << message << Qt::endl;
    if (showDialog && canAsk())
        QMessageBox::critical(nullptr,
            QCoreApplication::translate("WindowCommand", "Backstride cannot open the journal"), message);
    return CommandLine::Failure;
}

// Without a display (over ssh, in CI, in a package's post-install check) Qt cannot open its
// usual platform: the offscreen one lets `--help`, `--version`, `--screenshot` and every usage
// error work, and a window that cannot be shown is refused with a message, not an abort.
bool noDisplay()
{
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// The wall clock in nanoseconds, as `date +%s%N` reads it: bench/startup.sh subtracts the moment
// it started the process.
long long firstPaintClock()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

int WindowCommand::run(int& argc, char** argv)
{
    const bool withoutDisplay = noDisplay();
    if (withoutDisplay)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Backstride"));
    // The installed menu entry: Wayland compositors and docks take the name and icon from it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.backstride.Backstride"));
    Translations::install(QLocale::system());

    WindowOptions options;
    if (const std::optional<int> ended = options.parse(QCoreApplication::arguments()))
        return *ended;
    const QCommandLineParser& parser = options.parser;
    const QCommandLineOption& db = options.db;
    const QCommandLineOption& demo = options.demo;
    const QCommandLineOption& screenshot = options.screenshot;
    const QCommandLineOption& exitAfterPaint = options.exitAfterPaint;
    // Files from the file manager or the menu entry (Exec=backstride %F): the window opens and
    // offers to import them.
    QStringList filesToImport;
    for (const QString& argument : parser.positionalArguments()) {
        const bool known = ActivityImporter::handles(argument) || JournalJson::isJournalFile(argument);
        if (!QFileInfo::exists(argument)) {
            if (known)
                QTextStream(stderr) << "backstride: " << argument << ": no such file\n" << Qt::flush;
            else
                QTextStream(stderr) << "backstride: unknown command “" << argument << "”\n\n"
                                    << parser.helpText() << Qt::flush;
            return CommandLine::BadUsage;
        }
        if (!known) {
            QTextStream(stderr) << "backstride: " << argument
                                << ": not a GPX, TCX or FIT file, a Strava export or a Backstride journal\n"
                                << Qt::flush;
            return CommandLine::BadUsage;
        }
        filesToImport.append(QFileInfo(argument).absoluteFilePath());
    }
    if (parser.isSet(db) && parser.isSet(demo)) {
        QTextStream(stderr) << "backstride: --db and --demo cannot be used together\n" << Qt::flush;
        return CommandLine::BadUsage;
    }
    const bool headless = parser.isSet(screenshot);
    if (withoutDisplay && !headless && !parser.isSet(exitAfterPaint)) {
        QTextStream(stderr) << "backstride: "
                            << QCoreApplication::translate("WindowCommand",
                                   "there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
                                   "are not set); the subcommands work without one, see backstride --help")
                            << Qt::endl;
        return CommandLine::Failure;
    }

    const QString path = parser.isSet(db) ? parser.value(db) : JournalFile::defaultPath();
    // One writer per journal: a second Backstride is told so, and may look at it read-only.
    std::optional<JournalLock> lock;
    bool readOnly = false;
    if (!parser.isSet(demo)) {
        Result<JournalLock> acquired = JournalLock::acquire(path);
        if (acquired) {
            lock.emplace(std::move(*acquired));
        } else if (headless || !canAsk()
            || MessageBox::question(nullptr,
                   QCoreApplication::translate("WindowCommand", "Journal already open"),
                   acquired.error() + QLatin1String("\n\n")
                       + QCoreApplication::translate("WindowCommand", "Open it read-only?"))
                != QMessageBox::Yes) {
            return reportError(acquired.error(), false);
        } else {
            readOnly = true;
        }
    }
    Result<SqliteDatabase> journal = parser.isSet(demo)
        ? openDemoJournal()
        : JournalFile::open(path, readOnly ? JournalFile::Mode::ReadOnly : JournalFile::Mode::CreateIfMissing,
            JournalFile::Integrity::CheckLater);
    if (!journal)
        return reportError(journal.error(), !headless);
    // Every page is checked right after the window is first painted (a tenth of the start-up
    // time on a ten-year journal), before the day's backup and before anything can be edited.
    const bool isDemo = parser.isSet(demo);
    const auto checkAndBackUp = [&journal, &path, isDemo, readOnly]() -> Status {
        if (isDemo)
            return {};
        if (Status intact = JournalFile::quickCheck(*journal); !intact)
            return intact;
        if (readOnly)
            return {};
        JournalRepository settingsReader(*journal);
        const Result<QMap<QString, QString>> settings = settingsReader.settings();
        const QMap<QString, QString> values = settings ? *settings : QMap<QString, QString>();
        const Result<std::optional<QString>> backup = JournalBackup::rotate(*journal, path,
            QDate::currentDate(), JournalSettings::number(values, JournalSettings::keepDailyBackups),
            JournalSettings::number(values, JournalSettings::keepWeeklyBackups));
        if (!backup)
            QTextStream(stderr) << backup.error() << Qt::endl; // a failed backup is reported, not fatal
        return {};
    };
    JournalRepository repository(*journal);
    const QString title = parser.isSet(demo) ? QCoreApplication::translate("WindowCommand", "Demo journal")
                                             : QFileInfo(path).fileName();
    const Clock clock;
    // The day's flags, programme and answer (a fifth of start-up on a ten-year journal) are worked
    // out on the other core while the window builds its widgets and loads its fonts.
    std::optional<TodayJournal::DayAhead> ahead;
    if (!isDemo)
        ahead.emplace(path, clock.today(), journal->totalChanges());
    MainWindow window(repository, clock, title);
    window.setJournalPath(parser.isSet(demo) ? QString() : path);
    window.setReadOnly(readOnly);
    if (ahead)
        ahead->keepFor(repository); // when not kept (written to meanwhile), the pages work it out
    if (Status loaded = window.reload(); !loaded)
        return reportError(loaded.error(), !headless);

    if (headless) {
        if (Status intact = checkAndBackUp(); !intact)
            return reportError(intact.error(), false);
        Result<QStringList> written = ScreenshotWriter::write(window, parser.value(screenshot));
        if (!written)
            return reportError(written.error(), false);
        for (const QString& file : *written)
            QTextStream(stdout) << file << Qt::endl;
        return CommandLine::Success;
    }
    window.show();
    int exitCode = CommandLine::Success;
    QTimer::singleShot(0, &window, [&] {
        if (parser.isSet(exitAfterPaint)) {
            window.repaint(); // the first paint, now, through the whole window: what the benchmark times
            QTextStream(stdout) << "first paint at " << firstPaintClock() << Qt::endl;
            QApplication::quit();
            return;
        }
        if (Status intact = checkAndBackUp(); !intact) {
            window.hide();
            exitCode = reportError(intact.error(), true);
            QApplication::exit(exitCode);
            return;
        }
        // What the window has to say by itself (check-in, new runs, the morning question, desk
        // time), one at a time from now on.
        window.startPrompts();
        if (parser.isSet(options.open))
            openForm(window, parser.value(options.open));
        if (!filesToImport.isEmpty())
            window.parts().importer()->offer(filesToImport);
    });
    const int status = QApplication::exec();
    return exitCode != CommandLine::Success ? exitCode : status;
}

} // namespace backstride
