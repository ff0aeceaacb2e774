#include "TestJournal.h"

#include "JournalFile.h"

#include <QFile>

#include <gtest/gtest.h>
#include <zip.h>

namespace backstride::test {
namespace {

std::unique_ptr<SqliteDatabase> openOrFail(const QString& path)
{
    Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::CreateIfMissing);
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().toStdString());
    return db.ok() ? std::make_unique<SqliteDatabase>(std::move(*db)) : std::make_unique<SqliteDatabase>();
}

} // namespace

TestJournal TestJournal::inMemory()
{
    TestJournal journal;
    journal.m_path = QStringLiteral(":memory:");
    journal.m_db = openOrFail(journal.m_path);
    journal.m_repository = std::make_unique<JournalRepository>(*journal.m_db);
    return journal;
}

TestJournal TestJournal::onDisk(const QString& fileName)
{
    TestJournal journal;
    journal.m_dir = std::make_unique<QTemporaryDir>();
    journal.m_path = journal.m_dir->filePath(fileName);
    journal.m_db = openOrFail(journal.m_path);
    journal.m_repository = std::make_unique<JournalRepository>(*journal.m_db);
    return journal;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

void writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& entries)
{
    int error = 0;
    zip_t* archive = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(archive, nullptr) << path.toStdString();
    for (const auto& [name, bytes] : entries) {
        // libzip reads the buffers at zip_close: they live in `entries` until then.
        zip_source_t* source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        ASSERT_GE(zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8), 0);
    }
    ASSERT_EQ(zip_close(archive), 0);
}

} // namespace backstride::test
