#include "WindowModule.h"

#include "ChartsModule.h"
#include "CommandLine.h"
#include "Translations.h"
#include "WindowCommand.h"

#include <QApplication>
#include <QTextStream>

extern "C" Q_DECL_EXPORT int backstride_window(int argc, char** argv)
{
    return backstride::WindowCommand::run(argc, argv);
}

extern "C" Q_DECL_EXPORT int backstride_drawing_command(int argc, char** argv)
{
    // The report's charts are drawn with QPainter: a GUI application, but without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    backstride::Translations::install(QLocale::system());
    // The report is drawn by the charts module, loaded now.
    QString error;
    const backstride::ChartsModuleApi* charts = backstride::ChartsModule::api(&error);
    if (!charts) {
        QTextStream(stderr) << "backstride: " << error << Qt::endl;
        return backstride::CommandLine::Failure;
    }
    return backstride::CommandLine::run(QCoreApplication::arguments(), charts->exportPdf);
}
