#pragma once

#include "Result.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace backstride {

// Unpacking what services hand out: gzip-compressed activity files (zlib) and zip archives such
// as Strava's bulk export (libzip). Sizes are capped, so a "zip bomb" is refused, not unpacked.
namespace Compression {

constexpr qint64 maxUnpackedBytes = 512LL * 1024 * 1024;

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
