#include "WindowOptions.h"

#include "CommandLine.h"
#include "JournalFile.h"
#include "Reminders.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace backstride {

WindowOptions::WindowOptions()
    : db(QStringLiteral("db"),
        QCoreApplication::translate("WindowCommand", "Journal file (default: %1).").arg(JournalFile::defaultPath()),
        QStringLiteral("PATH"))
    , demo(QStringLiteral("demo"),
          QCoreApplication::translate("WindowCommand", "Open a generated one-year journal, kept apart from yours."))
    , screenshot(QStringLiteral("screenshot"),
          QCoreApplication::translate("WindowCommand", "Render every main screen to DIR/*.png and exit."),
          QStringLiteral("DIR"))
    , exitAfterPaint(QStringLiteral("exit-after-first-paint"),
          QCoreApplication::translate("WindowCommand",
              "Quit as soon as the window has been painted, printing when (nanoseconds since "
              "1970) for start-up benchmarks."))
    , open(QStringLiteral("open"),
          QCoreApplication::translate("WindowCommand",
              "Open the window on a form: pain, run, morning, checkin or routine:ID (what a reminder's \"Log now\" "
              "does)."),
          QStringLiteral("FORM"))
{
    parser.setApplicationDescription(QCoreApplication::translate("WindowCommand",
        "A back-pain journal for runners. Without a subcommand the journal window opens.\n"
        "Subcommands (run headless): %1; "
        "`backstride SUBCOMMAND --help` describes each.")
                                         .arg(CommandLine::subcommands().join(QLatin1String(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({db, demo, screenshot, exitAfterPaint, open});
}

std::optional<int> WindowOptions::parse(const QStringList& arguments)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "backstride: " << parser.errorText() << "\n\n" << parser.helpText() << Qt::flush;
        return CommandLine::BadUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << Qt::flush;
        return CommandLine::Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "backstride " << QCoreApplication::applicationVersion() << Qt::endl;
        return CommandLine::Success;
    }
    if (parser.isSet(open)) {
        if (const std::optional<QString> problem = Reminders::openProblem(parser.value(open))) {
            QTextStream(stderr) << "backstride: --open: " << *problem << "\n\n" << parser.helpText() << Qt::flush;
            return CommandLine::BadUsage;
        }
    }
    return std::nullopt;
}

bool WindowOptions::asksForHelpOrVersion(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace backstride
