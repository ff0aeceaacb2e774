#include "ChartSaving.h"

#include "FileDialogs.h"
#include "SavedFile.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPainter>
#include <QStandardPaths>
#include <QWidget>

namespace backstride {

QImage ChartSaving::render(QWidget* widget, double scale)
{
    QImage image(widget->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().color(QPalette::Window));
    widget->render(&image);
    // Tell viewers and printers the resolution the picture was made for.
    const int dotsPerMetre = int(std::lround(widget->logicalDpiX() * scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    return image;
}

double ChartSaving::printScale(const QWidget* widget)
{
    return printDpi / std::max(1, widget->logicalDpiX());
}

Status ChartSaving::savePng(QWidget* widget, const QString& path, double scale)
{
    const QImage image = render(widget, scale);
    SavedFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    if (!image.save(&file.device(), "PNG"))
        return Error {QCoreApplication::translate("ChartSaving", "%1: cannot write the picture").arg(path)};
    return file.commit();
}

void ChartSaving::addSaveActions(QWidget* widget, QWidget* dialogParent, const QString& name)
{
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto save = [widget, dialogParent, name](bool print) {
        const QString path = QFileDialog::getSaveFileName(dialogParent,
            QCoreApplication::translate("ChartSaving", "Save chart as PNG"),
            FileDialogs::proposedFile({QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)},
                name + (print ? QStringLiteral("-print.png") : QStringLiteral(".png"))),
            QCoreApplication::translate("ChartSaving", "PNG pictures (*.png)"));
        if (!path.isEmpty())
            (void)savePng(widget, path, print ? printScale(widget) : widget->devicePixelRatioF());
    };
    auto* screen
        = new QAction(QCoreApplication::translate("ChartSaving", "Save as PNG (screen resolution)…"), widget);
    QObject::connect(screen, &QAction::triggered, widget, [save] { save(false); });
    auto* print = new QAction(
        QCoreApplication::translate("ChartSaving", "Save as PNG (print resolution, 300 dpi)…"), widget);
    QObject::connect(print, &QAction::triggered, widget, [save] { save(true); });
    widget->addAction(screen);
    widget->addAction(print);
}

} // namespace backstride
