#include "Compression.h"

#include <QCoreApplication>

#include <zip.h>
#include <zlib.h>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Compression)
};

} // namespace

bool Compression::isGzip(const QByteArray& bytes)
{
    return bytes.size() >= 2 && quint8(bytes.at(0)) == 0x1F && quint8(bytes.at(1)) == 0x8B;
}

Result<QByteArray> Compression::gunzip(const QByteArray& bytes)
{
    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) // 16: expect a gzip header
        return Error {Text::tr("cannot start decompressing")};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    QByteArray out;
    char buffer[64 * 1024];
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof(buffer);
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            const QString reason = status == Z_BUF_ERROR ? Text::tr("the compressed data ends early")
                                                         : Text::tr("the compressed data is damaged");
            inflateEnd(&stream);
            return Error {reason};
        }
        out.append(buffer, qsizetype(sizeof(buffer) - stream.avail_out));
        if (out.size() > maxUnpackedBytes) {
            inflateEnd(&stream);
            return Error {Text::tr("unpacks to more than %1 MB, far more than any activity file")
                              .arg(maxUnpackedBytes >> 20)};
        }
        if (status != Z_STREAM_END && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            return Error {Text::tr("the compressed data ends early")};
        }
    }
    inflateEnd(&stream);
    return out;
}

struct ZipArchive::Handle
{
    zip_t* archive = nullptr;
    ~Handle()
    {
        if (archive)
            zip_discard(archive); // read-only: never writes the archive back
    }
};

ZipArchive::~ZipArchive() = default;
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;

Result<ZipArchive> ZipArchive::open(const QString& path)
{
    int error = 0;
    zip_t* archive = zip_open(path.toLocal8Bit().constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, error);
        const QString reason = QString::fromLocal8Bit(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return Error {Text::tr("not a readable zip archive: %1").arg(reason)};
    }
    ZipArchive zip;
    zip.m_handle = std::make_unique<Handle>();
    zip.m_handle->archive = archive;
    zip.m_path = path;
    return zip;
}

QStringList ZipArchive::entries() const
{
    QStringList names;
    const zip_int64_t count = zip_get_num_entries(m_handle->archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* name = zip_get_name(m_handle->archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (name && !QByteArray(name).endsWith('/'))
            names.append(QString::fromUtf8(name));
    }
    return names;
}

Result<QByteArray> ZipArchive::read(const QString& entry) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_handle->archive, entry.toUtf8().constData(), 0, &stat) != 0)
        return Error {Text::tr("%1 is not in the archive").arg(entry)};
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(Compression::maxUnpackedBytes))
        return Error {
            Text::tr("%1 unpacks to more than %2 MB").arg(entry).arg(Compression::maxUnpackedBytes >> 20)};
    zip_file_t* file = zip_fopen(m_handle->archive, entry.toUtf8().constData(), 0);
    if (!file)
        return Error {Text::tr("%1: cannot open inside the archive: %2")
                          .arg(entry, QString::fromLocal8Bit(zip_strerror(m_handle->archive)))};
    QByteArray out;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t got = zip_fread(file, buffer, sizeof(buffer));
        if (got < 0) {
            const QString reason = QString::fromLocal8Bit(zip_file_strerror(file));
            zip_fclose(file);
            return Error {Text::tr("%1: damaged inside the archive: %2").arg(entry, reason)};
        }
        if (got == 0)
            break;
        out.append(buffer, qsizetype(got));
        if (out.size() > Compression::maxUnpackedBytes) {
            zip_fclose(file);
            return Error {Text::tr("%1 unpacks to more than %2 MB")
                              .arg(entry)
                              .arg(Compression::maxUnpackedBytes >> 20)};
        }
    }
    zip_fclose(file);
    return out;
}

} // namespace backstride
