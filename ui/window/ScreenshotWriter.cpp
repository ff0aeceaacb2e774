#include "ScreenshotWriter.h"

#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QPixmap>

namespace backstride {

Result<QStringList> ScreenshotWriter::write(MainWindow& window, const QString& directory)
{
    if (!QDir().mkpath(directory))
        return Error {
            QCoreApplication::translate("ScreenshotWriter", "%1: cannot create the folder").arg(directory)};
    window.show();
    QStringList written;
    for (const QString& screen : window.screenNames()) {
        QWidget* widget = window.showScreen(screen);
        if (!widget)
            return Error {QCoreApplication::translate("ScreenshotWriter", "%1: no such screen").arg(screen)};
        QCoreApplication::processEvents(); // let layouts and lazy views settle before grabbing
        const QString file = QDir(directory).filePath(screen + QLatin1String(".png"));
        const bool saved = widget->grab().save(file);
        if (auto* dialog = qobject_cast<QDialog*>(widget))
            dialog->close();
        if (!saved)
            return Error {
                QCoreApplication::translate("ScreenshotWriter", "%1: cannot write the image").arg(file)};
        written.append(file);
    }
    return written;
}

} // namespace backstride
