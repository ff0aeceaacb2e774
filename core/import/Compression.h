#pragma once

#include "Result.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace backstride {

// Unpacking what services hand out: gzip-compressed activity files (zlib) and zip archives such
// as Strava's bulk export (libzip). Sizes are capped, so a "zip bomb" is refused, not unpacked.
namespace Compression {

// The largest activity file read, packed or not: a day-long GPX track at one point a second is
// about 30 MB, so 128 MB is far beyond any real one, and a file growing while it is unpacked
// (capacity doubling) stays within the 300 MB an import may use.
constexpr qint64 maxUnpackedBytes = 128LL * 1024 * 1024;

bool isGzip(const QByteArray& bytes);
Result<QByteArray> gunzip(const QByteArray& bytes);

} // namespace Compression

class ZipArchive
{
public:
    ~ZipArchive();
    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) = delete;

    static Result<ZipArchive> open(const QString& path);
    QStringList entries() const; // file names inside, folders left out
    Result<QByteArray> read(const QString& entry) const;

private:
    ZipArchive() = default;
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    QString m_path;
};

} // namespace backstride
