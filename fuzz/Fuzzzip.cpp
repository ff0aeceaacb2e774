// libFuzzer: an activity archive (a Strava bulk export or any zip handed to `import`) must be
// refused or read cleanly — no crash, no hang, no sanitizer report, nothing stored on a dry run —
// whatever the bytes. libzip opens archives by path, so each input is written to a file first.
#include "ActivityImporter.h"
#include "JournalFile.h"
#include "JournalRepository.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    static backstride::Result<backstride::SqliteDatabase> journal = backstride::JournalFile::open(
        QStringLiteral(":memory:"), backstride::JournalFile::Mode::CreateIfMissing);
    if (!dir.isValid() || !journal)
        std::abort();
    const QString path = dir.filePath(QStringLiteral("export.zip"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        std::abort();
    file.close();
    backstride::JournalRepository repository(*journal);
    const auto outcomes = backstride::ActivityImporter(repository).import({path}, true);
    if (outcomes && repository.entryCount().value() != 0)
        std::abort(); // a dry run stored something
    return 0;
}
