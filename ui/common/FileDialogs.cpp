#include "FileDialogs.h"

#include <QDir>
#include <QFileInfo>

namespace backstride {

QString FileDialogs::startFolder(const QStringList& candidates)
{
    for (const QString& folder : candidates) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return QDir(folder).absolutePath();
    }
    return QDir::homePath();
}

QString FileDialogs::startFolder(QStandardPaths::StandardLocation location)
{
    return startFolder({QStandardPaths::writableLocation(location)});
}

QString FileDialogs::folderOf(const QString& file)
{
    return file.trimmed().isEmpty() ? QString() : QFileInfo(file).absolutePath();
}

QString FileDialogs::proposedFile(const QStringList& candidates, const QString& fileName)
{
    return QDir(startFolder(candidates)).filePath(fileName);
}

} // namespace backstride
