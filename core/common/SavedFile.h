#pragma once

#include "Result.h"

#include <QSaveFile>
#include <QString>

namespace backstride {

// A file written whole or not at all: into a temporary file beside it, renamed into place only
// when every byte reached the disk, readable by its owner only (health data). A failure says why
// in the system's words ("No space left on device"), and leaves nothing behind: no half a file,
// never an old file replaced by a truncated one.
class SavedFile
{
public:
    explicit SavedFile(const QString& path);
    ~SavedFile();

    Status open();
    // Where to write (a QPdfWriter, QImage::save, or write()).
    QIODevice& device() { return m_file; }
    // Checks that everything written was written, then renames the file into place.
    Status commit();

    // The whole file at once.
    static Status write(const QString& path, const QByteArray& bytes);

private:
    Error failure();

    QString m_path;
    QSaveFile m_file;
};

} // namespace backstride
