#pragma once

#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace backstride {

// Where the file dialogs open. A standard folder (Downloads, Pictures, Documents) or the journal's
// backups folder is not there on every system; a dialog opened on a missing folder shows its name
// as if it were the file to choose. So every dialog starts in a folder that exists: the first of
// its candidates that does, else the home folder.
namespace FileDialogs {

QString startFolder(const QStringList& candidates);
QString startFolder(QStandardPaths::StandardLocation location);
// The folder a file is in; nothing for no file (not the working folder, as QFileInfo says).
QString folderOf(const QString& file);
// A proposed file for a save dialog: `fileName` in the first candidate folder that exists.
QString proposedFile(const QStringList& candidates, const QString& fileName);

} // namespace FileDialogs
} // namespace backstride
