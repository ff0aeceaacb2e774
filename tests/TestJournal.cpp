#include "TestJournal.h"

#include "JournalFile.h"

#include <QFile>

#include <gtest/gtest.h>

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

} // namespace backstride::test
