#pragma once

#include "JournalRepository.h"
#include "SqliteDatabase.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <ostream>
#include <utility>

// Lets GoogleTest print QStrings in failure messages.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace backstride::test {

// A fresh journal for one test: in memory, or in a temporary folder when the test needs a file.
class TestJournal
{
public:
    static TestJournal inMemory();
    static TestJournal onDisk(const QString& fileName = QStringLiteral("journal.sqlite3"));

    SqliteDatabase& db() { return *m_db; }
    JournalRepository& repository() { return *m_repository; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir ? m_dir->path() : QString(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<JournalRepository> m_repository;
};

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
// A zip archive (libzip) holding each name with its bytes.
void writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& entries);

} // namespace backstride::test
