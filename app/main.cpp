// Backstride's composition root: a subcommand runs headless, anything else opens the window.
#include "CommandLine.h"
#include "Translations.h"
#include "WindowCommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>

int main(int argc, char* argv[])
{
    // No organisation name: the journal lives in ~/.local/share/Backstride, not Backstride/Backstride.
    QCoreApplication::setApplicationName(QStringLiteral("Backstride"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKSTRIDE_VERSION));

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (backstride::CommandLine::isSubcommand(first)) {
        if (backstride::CommandLine::needsGui(argc, argv)) {
            // `export --pdf` draws the report's charts: a GUI application, but without a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            backstride::Translations::install(QLocale::system());
            return backstride::CommandLine::run(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        backstride::Translations::install(QLocale::system());
        return backstride::CommandLine::run(QCoreApplication::arguments());
    }
    return backstride::WindowCommand::run(argc, argv);
}
