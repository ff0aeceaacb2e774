// Backstride's composition root: a subcommand runs headless with Qt Core alone; the window, and a
// subcommand that draws, run in the window module, loaded only then.
#include "CommandLine.h"
#include "Translations.h"
#include "WindowModule.h"
#include "WindowOptions.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QStringList>
#include <QTextStream>

#include <sys/stat.h>

namespace {

// The module sits in a private folder next to the binary's (BACKSTRIDE_MODULE_FROM_BINARY is
// relative to CommandLine::binaryFolder()).
int runInWindowModule(const char* entry, int argc, char** argv)
{
    QLibrary module(backstride::CommandLine::binaryFolder() + QLatin1Char('/') + QLatin1String(BACKSTRIDE_MODULE_FROM_BINARY));
    using Entry = int (*)(int, char**);
    const auto run = reinterpret_cast<Entry>(module.resolve(entry));
    if (!run) {
        QTextStream(stderr) << "backstride: the window cannot start: " << module.errorString()
                            << "\n(is Backstride installed completely?)" << Qt::endl;
        return backstride::CommandLine::Failure;
    }
    return run(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    // Every file and folder Backstride creates (journal, lock, backups, exports) is its owner's
    // only from the moment it exists (core's OwnerOnlyFiles does the same around its own writes).
    ::umask(S_IRWXG | S_IRWXO);
    // No organisation name: the journal lives in ~/.local/share/Backstride, not Backstride/Backstride.
    QCoreApplication::setApplicationName(QStringLiteral("Backstride"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKSTRIDE_VERSION));

    if (argc < 2 || !backstride::CommandLine::isSubcommand(QString::fromLocal8Bit(argv[1]))) {
        // --help and --version are answered here, with Qt Core alone: no window module, no GUI
        // library, no fontconfig.
        if (backstride::WindowOptions::asksForHelpOrVersion(argc, argv)) {
            QCoreApplication app(argc, argv);
            backstride::Translations::install(QLocale::system());
            backstride::WindowOptions options;
            return options.parse(QCoreApplication::arguments()).value_or(backstride::CommandLine::Success);
        }
        return runInWindowModule(backstride::WindowModule::windowEntry, argc, argv);
    }
    if (backstride::CommandLine::needsGui(argc, argv))
        return runInWindowModule(backstride::WindowModule::drawingCommandEntry, argc, argv);
    QCoreApplication app(argc, argv);
    backstride::Translations::install(QLocale::system());
    return backstride::CommandLine::run(QCoreApplication::arguments());
}
