#include "CheckedJournals.h"

#include "JournalFile.h"
#include "TestJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <time.h>

namespace backstride {
namespace {

using namespace std::chrono_literals;

// A journal closed cleanly (no -wal beside it), as a headless command finds it.
class CheckedJournalsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QFile::remove(CheckedJournals::recordPath());
        CheckedJournals::setSettleTime(0ns); // the journal was written a moment ago
        Result<SqliteDatabase> db = JournalFile::open(journal(), JournalFile::Mode::CreateIfMissing);
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        ASSERT_TRUE(db->execute(QStringLiteral("INSERT INTO routine (date, kind) VALUES ('2026-12-01', 'icing')")).ok());
        ASSERT_TRUE(db->execute(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        Result<qint64> root = db->queryInteger(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'routine'"));
        ASSERT_TRUE(root.ok());
        m_routinePage = *root;
    }
    void TearDown() override { CheckedJournals::setSettleTime(2s); }

    QString journal() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }

    static Result<SqliteDatabase> read(const QString& path)
    {
        return JournalFile::open(path, JournalFile::Mode::ClosedFile);
    }

    // Waits (a few milliseconds at most) until the clock that stamps files has moved past `ns`,
    // as the settle time makes sure of outside the tests: a write now leaves other times behind.
    static void waitPast(qint64 ns)
    {
        struct timespec now {};
        do {
            std::this_thread::yield();
            ::clock_gettime(CLOCK_REALTIME_COARSE, &now);
        } while (qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec <= ns);
    }

    // Scribbles over the header of the routine table's page, in place: the file keeps its size,
    // the schema still reads, and PRAGMA quick_check finds the table broken.
    void damage()
    {
        QFile file(journal());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek((m_routinePage - 1) * 4096));
        ASSERT_EQ(file.write(QByteArray(12, char(0xA5))), 12);
    }

    QTemporaryDir m_dir;
    qint64 m_routinePage = 0;
};

TEST_F(CheckedJournalsTest, aClosedJournalThatPassedIsNotCheckedAgainUntilItsFileChanges)
{
    ASSERT_TRUE(read(journal()).ok());
    const std::optional<CheckedJournals::FileState> passed = CheckedJournals::stateOf(journal());
    ASSERT_TRUE(passed);
    EXPECT_TRUE(CheckedJournals::passed(*passed)) << "the state that passed is remembered";

    // Damaged in place, then given its old modification time back: the file has the same size
    // and the same modification time, but its status-change time moved, which nothing sets back.
    waitPast(passed->changedNs);
    damage();
    const struct timespec times[2] = {{0, UTIME_OMIT}, {passed->modifiedNs / 1'000'000'000, passed->modifiedNs % 1'000'000'000}};
    ASSERT_EQ(::utimensat(AT_FDCWD, QFile::encodeName(journal()).constData(), times, 0), 0);
    const std::optional<CheckedJournals::FileState> now = CheckedJournals::stateOf(journal());
    ASSERT_TRUE(now);
    EXPECT_EQ(now->size, passed->size);
    EXPECT_EQ(now->modifiedNs, passed->modifiedNs);
    EXPECT_NE(now->changedNs, passed->changedNs);

    Result<SqliteDatabase> refused = read(journal());
    ASSERT_FALSE(refused.ok()) << "the changed file is checked again";
    EXPECT_TRUE(refused.error().startsWith(journal() + QStringLiteral(": the journal is damaged")))
        << refused.error().toStdString();
    EXPECT_FALSE(CheckedJournals::passed(*now)) << "a check that failed is not remembered";
}

// What is remembered decides: a damaged file whose state is on record is read without the check
// (so a read of a journal unchanged since it passed costs no check), but a journal opened to be
// written is always checked.
TEST_F(CheckedJournalsTest, aRememberedStateSkipsTheCheckOfAReadOnly)
{
    damage();
    const std::optional<CheckedJournals::FileState> state = CheckedJournals::stateOf(journal());
    ASSERT_TRUE(state);
    ASSERT_TRUE(CheckedJournals::remember(*state));
    EXPECT_TRUE(read(journal()).ok());

    Result<SqliteDatabase> written = JournalFile::open(journal(), JournalFile::Mode::MustExist);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("the journal is damaged"))) << written.error().toStdString();
}

// A closed journal is opened through a file URI: characters that mean something in a URI, and
// letters beyond ASCII, in a folder's name stay part of the name.
TEST_F(CheckedJournalsTest, aClosedJournalIsReadWhateverItsFolderIsCalled)
{
    const QString folder = m_dir.filePath(QStringLiteral("runs #1 ?50%% & Rücken"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/journal.sqlite3");
    ASSERT_TRUE(QFile::copy(journal(), path));
    Result<SqliteDatabase> db = read(path);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    EXPECT_EQ(db->queryInteger(QStringLiteral("SELECT count(*) FROM routine")).value(), 1);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files), QStringList {QStringLiteral("journal.sqlite3")})
        << "read as a file that cannot change: nothing created beside it";
}

TEST_F(CheckedJournalsTest, aStateChangedWithinTheSettleTimeIsNotRemembered)
{
    CheckedJournals::setSettleTime(2s);
    CheckedJournals::FileState state {1, 2, 4096, 5'000'000'000, 5'000'000'000};
    EXPECT_FALSE(CheckedJournals::remember(state, 6s)) << "changed 1 s before";
    EXPECT_FALSE(CheckedJournals::passed(state));
    EXPECT_FALSE(CheckedJournals::remember(state, 4s)) << "changed after 'now' (another clock)";
    EXPECT_TRUE(CheckedJournals::remember(state, 7s)) << "changed 2 s before";
    EXPECT_TRUE(CheckedJournals::passed(state));

    // A freshly written journal, read at once, is checked and not remembered.
    ASSERT_TRUE(read(journal()).ok());
    EXPECT_FALSE(CheckedJournals::passed(*CheckedJournals::stateOf(journal())));
}

TEST_F(CheckedJournalsTest, keepsOneStatePerFileForTheLatestSixteenFiles)
{
    const auto state = [](quint64 inode, qint64 size) {
        return CheckedJournals::FileState {7, inode, size, 1'000'000'000, 1'000'000'000};
    };
    for (quint64 inode = 1; inode <= 20; ++inode)
        ASSERT_TRUE(CheckedJournals::remember(state(inode, 4096), 10s));
    EXPECT_FALSE(CheckedJournals::passed(state(4, 4096))) << "the 17th most recent is forgotten";
    EXPECT_TRUE(CheckedJournals::passed(state(5, 4096)));
    EXPECT_TRUE(CheckedJournals::passed(state(20, 4096)));

    ASSERT_TRUE(CheckedJournals::remember(state(20, 8192), 10s));
    EXPECT_FALSE(CheckedJournals::passed(state(20, 4096))) << "a file's older state is forgotten";
    EXPECT_TRUE(CheckedJournals::passed(state(20, 8192)));
    EXPECT_EQ(test::readFile(CheckedJournals::recordPath()).count('\n'), CheckedJournals::kept);
    EXPECT_EQ(QFile::permissions(CheckedJournals::recordPath()) & 0x0077, 0) << "readable by its owner only";
}

TEST_F(CheckedJournalsTest, aRecordThatCannotBeReadMeansChecking)
{
    const CheckedJournals::FileState state {1, 2, 4096, 1'000'000'000, 1'000'000'000};
    ASSERT_TRUE(QDir().mkpath(QFileInfo(CheckedJournals::recordPath()).absolutePath()));
    test::writeFile(CheckedJournals::recordPath(), "1 2 4096 1000000000\nnot numbers at all\n1 2 x 1 1\n");
    EXPECT_FALSE(CheckedJournals::passed(state));
    ASSERT_TRUE(CheckedJournals::remember(state, 10s));
    EXPECT_TRUE(CheckedJournals::passed(state));
    EXPECT_EQ(test::readFile(CheckedJournals::recordPath()), QByteArray("1 2 4096 1000000000 1000000000\n"));
}

} // namespace
} // namespace backstride
