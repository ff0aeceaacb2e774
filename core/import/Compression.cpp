#include "Compression.h"

#include "LoadedLibrary.h"

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

// libzip is loaded when the first zip archive is opened, not by every Backstride process: it
// brings OpenSSL's libcrypto along, and loading the two was a sixth of a headless command's
// start-up (bench/README.md). The functions keep libzip's own types (zip.h).
struct LibZip
{
    decltype(&zip_open) open = nullptr;
    decltype(&zip_discard) discard = nullptr;
    decltype(&zip_error_init_with_code) errorInitWithCode = nullptr;
    decltype(&zip_error_strerror) errorText = nullptr;
    decltype(&zip_error_fini) errorFini = nullptr;
    decltype(&zip_get_num_entries) entryCount = nullptr;
    decltype(&zip_get_name) name = nullptr;
    decltype(&zip_stat_init) statInit = nullptr;
    decltype(&zip_stat) stat = nullptr;
    decltype(&zip_fopen) fopen = nullptr;
    decltype(&zip_strerror) archiveErrorText = nullptr;
    decltype(&zip_fread) fread = nullptr;
    decltype(&zip_file_strerror) fileErrorText = nullptr;
    decltype(&zip_fclose) fclose = nullptr;
    QString missing; // why libzip cannot be used, if it cannot
};

const LibZip& libZip()
{
    static const LibZip loaded = [] {
        LibZip zip;
        LoadedLibrary library(QStringLiteral("zip"), 4);
        library.resolve(zip.open, "zip_open");
        library.resolve(zip.discard, "zip_discard");
        library.resolve(zip.errorInitWithCode, "zip_error_init_with_code");
        library.resolve(zip.errorText, "zip_error_strerror");
        library.resolve(zip.errorFini, "zip_error_fini");
        library.resolve(zip.entryCount, "zip_get_num_entries");
        library.resolve(zip.name, "zip_get_name");
        library.resolve(zip.statInit, "zip_stat_init");
        library.resolve(zip.stat, "zip_stat");
        library.resolve(zip.fopen, "zip_fopen");
        library.resolve(zip.archiveErrorText, "zip_strerror");
        library.resolve(zip.fread, "zip_fread");
        library.resolve(zip.fileErrorText, "zip_file_strerror");
        library.resolve(zip.fclose, "zip_fclose");
        zip.missing = library.missing();
        return zip;
    }();
    return loaded;
}

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
            libZip().discard(archive); // read-only: never writes the archive back
    }
};

ZipArchive::~ZipArchive() = default;
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;

Result<ZipArchive> ZipArchive::open(const QString& path)
{
    const LibZip& lib = libZip();
    if (!lib.missing.isEmpty())
        return Error {Text::tr("cannot read zip archives: libzip is missing (%1)").arg(lib.missing)};
    int error = 0;
    zip_t* archive = lib.open(path.toLocal8Bit().constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        zip_error_t zipError;
        lib.errorInitWithCode(&zipError, error);
        const QString reason = QString::fromLocal8Bit(lib.errorText(&zipError));
        lib.errorFini(&zipError);
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
    const LibZip& lib = libZip();
    QStringList names;
    const zip_int64_t count = lib.entryCount(m_handle->archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* name = lib.name(m_handle->archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (name && !QByteArray(name).endsWith('/'))
            names.append(QString::fromUtf8(name));
    }
    return names;
}

Result<QByteArray> ZipArchive::read(const QString& entry) const
{
    const LibZip& lib = libZip();
    zip_stat_t stat;
    lib.statInit(&stat);
    if (lib.stat(m_handle->archive, entry.toUtf8().constData(), 0, &stat) != 0)
        return Error {Text::tr("%1 is not in the archive").arg(entry)};
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(Compression::maxUnpackedBytes))
        return Error {
            Text::tr("%1 unpacks to more than %2 MB").arg(entry).arg(Compression::maxUnpackedBytes >> 20)};
    zip_file_t* file = lib.fopen(m_handle->archive, entry.toUtf8().constData(), 0);
    if (!file)
        return Error {Text::tr("%1: cannot open inside the archive: %2")
                          .arg(entry, QString::fromLocal8Bit(lib.archiveErrorText(m_handle->archive)))};
    QByteArray out;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t got = lib.fread(file, buffer, sizeof(buffer));
        if (got < 0) {
            const QString reason = QString::fromLocal8Bit(lib.fileErrorText(file));
            lib.fclose(file);
            return Error {Text::tr("%1: damaged inside the archive: %2").arg(entry, reason)};
        }
        if (got == 0)
            break;
        out.append(buffer, qsizetype(got));
        if (out.size() > Compression::maxUnpackedBytes) {
            lib.fclose(file);
            return Error {Text::tr("%1 unpacks to more than %2 MB")
                              .arg(entry)
                              .arg(Compression::maxUnpackedBytes >> 20)};
        }
    }
    lib.fclose(file);
    return out;
}

} // namespace backstride
