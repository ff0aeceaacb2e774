// New runs by themselves: a fake watch (a folder laid out as a Garmin volume, put in place of the
// mounted volumes), watched folders, and the memory of files already read.
#include "Sync.h"

#include "SeenFiles.h"
#include "TestJournal.h"

#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace backstride {
namespace {

QString sample(const char* name)
{
    return QStringLiteral(BACKSTRIDE_SAMPLES "/fit/") + QString::fromLatin1(name);
}

class SyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_watch = m_dir.filePath(QStringLiteral("FR935"));
        QDir().mkpath(m_watch + QStringLiteral("/GARMIN/Activity"));
        test::writeFile(m_watch + QStringLiteral("/GARMIN/GarminDevice.xml"),
            R"(<?xml version="1.0" encoding="UTF-8"?>
<Device xmlns="http://www.garmin.com/xmlschemas/GarminDevice/v2"><Model><PartNumber>006-B2691-00</PartNumber>
<SoftwareVersion>950</SoftwareVersion><Description>Forerunner 935</Description></Model></Device>)");
        for (const char* name : {"garmin-fenix2_run_9km.fit", "garmin-fr920xt_run_devfields.fit", "stryd-devfields_run.fit"})
            ASSERT_TRUE(QFile::copy(sample(name), m_watch + QStringLiteral("/GARMIN/Activity/") + QString::fromLatin1(name)));
        // The watch is "mounted": the only volume there is.
        Sync::setVolumeLister([this] { return QStringList {m_dir.filePath(QStringLiteral("elsewhere")), m_watch}; });
    }
    void TearDown() override { Sync::setVolumeLister({}); }

    Result<QList<SyncOutcome>> sync(const QList<SyncSource>& sources, bool dryRun, SyncScan* seen = nullptr)
    {
        Sync engine(repo());
        Result<SyncScan> scan = engine.scan(sources);
        EXPECT_TRUE(scan.ok());
        if (seen)
            *seen = *scan;
        return engine.run(*scan, dryRun);
    }
    JournalRepository& repo() { return m_journal.repository(); }

    test::TestJournal m_journal = test::TestJournal::inMemory();
    QTemporaryDir m_dir;
    QString m_watch;
};

TEST_F(SyncTest, aWatchWithThreeRunsOneAlreadyInTheJournal)
{
    ASSERT_TRUE(ActivityImporter(repo()).import({sample("garmin-fenix2_run_9km.fit")}, false).ok());
    const QList<SyncSource> watches = Sync::watches();
    ASSERT_EQ(watches.size(), 1) << "the other volume has no GARMIN/Activity";
    EXPECT_EQ(watches.first().name, QStringLiteral("Forerunner 935"));
    EXPECT_EQ(watches.first().kind, SyncSource::Kind::Watch);

    Result<QList<SyncOutcome>> outcomes = sync(watches, false);
    ASSERT_TRUE(outcomes.ok()) << outcomes.error().toStdString();
    ASSERT_EQ(outcomes->size(), 3);
    int ok = 0, duplicate = 0;
    for (const SyncOutcome& outcome : *outcomes) {
        ok += outcome.outcome.status == ImportOutcome::Status::Ok ? 1 : 0;
        duplicate += outcome.outcome.status == ImportOutcome::Status::Duplicate ? 1 : 0;
        EXPECT_EQ(outcome.toJson().value(QStringLiteral("source")).toString(), QStringLiteral("Forerunner 935"));
    }
    EXPECT_EQ(ok, 2);
    EXPECT_EQ(duplicate, 1);
    EXPECT_EQ(repo().runs().value().size(), 3);
}

TEST_F(SyncTest, aSecondSyncImportsNothingAndReadsNoFileAgain)
{
    ASSERT_TRUE(sync(Sync::watches(), false).ok());
    SyncScan again;
    Result<QList<SyncOutcome>> outcomes = sync(Sync::watches(), false, &again);
    ASSERT_TRUE(outcomes.ok());
    EXPECT_TRUE(outcomes->isEmpty());
    EXPECT_TRUE(again.fresh.isEmpty()) << "no file is read: only their size and time are looked at";
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(repo().runs().value().size(), 3);
}

TEST_F(SyncTest, aBrokenFileIsReportedOnceAndAgainOnlyWhenItChanges)
{
    const QString folder = m_dir.filePath(QStringLiteral("Syncthing/Runs"));
    QDir().mkpath(folder + QStringLiteral("/2026"));
    const QString broken = folder + QStringLiteral("/2026/cut-short.fit");
    test::writeFile(broken, QByteArray("\x0e\x10\x00\x00not a fit file", 18));
    ASSERT_TRUE(QFile::copy(sample("stryd-devfields_run.fit"), folder + QStringLiteral("/stryd.fit")));
    const QList<SyncSource> folders = Sync::folders({folder});

    Result<QList<SyncOutcome>> first = sync(folders, false);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->size(), 2) << "read recursively";
    int errors = 0;
    for (const SyncOutcome& outcome : *first)
        errors += outcome.outcome.status == ImportOutcome::Status::Error ? 1 : 0;
    EXPECT_EQ(errors, 1);
    EXPECT_TRUE(sync(folders, false)->isEmpty()) << "reported once";

    // Repaired (a whole copy arrived): read again.
    QFile::remove(broken);
    ASSERT_TRUE(QFile::copy(sample("garmin-fr920xt_run_devfields.fit"), broken));
    Result<QList<SyncOutcome>> repaired = sync(folders, false);
    ASSERT_TRUE(repaired.ok());
    ASSERT_EQ(repaired->size(), 1);
    EXPECT_EQ(repaired->first().outcome.status, ImportOutcome::Status::Ok);
}

// A watch unplugged mid-sync (issue 28, item 1): one file gone and one cut short between the
// scan and the read. Neither is remembered, so when the watch comes back as it was (the same
// sizes and times the scan saw) the next sync reads them and every run arrives.
TEST_F(SyncTest, anInterruptedSyncReadsWhatItMissedNextTime)
{
    Sync engine(repo());
    Result<SyncScan> scan = engine.scan(Sync::watches());
    ASSERT_TRUE(scan.ok());
    ASSERT_EQ(scan->fresh.size(), 3);
    const QString gone = m_watch + QStringLiteral("/GARMIN/Activity/garmin-fenix2_run_9km.fit");
    const QString cut = m_watch + QStringLiteral("/GARMIN/Activity/stryd-devfields_run.fit");
    QMap<QString, std::pair<QByteArray, QDateTime>> original;
    for (const QString& path : {gone, cut}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        original.insert(path, {file.readAll(), QFileInfo(path).lastModified()});
    }
    ASSERT_TRUE(QFile::remove(gone));
    ASSERT_TRUE(QFile::resize(cut, 200));

    Result<QList<SyncOutcome>> interrupted = engine.run(*scan, false);
    ASSERT_TRUE(interrupted.ok()) << interrupted.error().toStdString();
    int readAgain = 0;
    for (const SyncOutcome& outcome : *interrupted) {
        const bool missed = outcome.outcome.file == gone || outcome.outcome.file == cut;
        EXPECT_EQ(outcome.readAgain, missed) << outcome.outcome.file.toStdString();
        readAgain += outcome.readAgain ? 1 : 0;
    }
    EXPECT_EQ(readAgain, 2);
    EXPECT_EQ(repo().runs().value().size(), 1);
    EXPECT_EQ(SeenFiles(repo().database()).all().value().size(), 1) << "only the file read whole is remembered";

    // Plugged back in, exactly as the scan saw it.
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        QFile file(it.key());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(it->first), it->first.size());
        ASSERT_TRUE(file.setFileTime(it->second, QFileDevice::FileModificationTime));
    }
    SyncScan again;
    Result<QList<SyncOutcome>> complete = sync(Sync::watches(), false, &again);
    ASSERT_TRUE(complete.ok());
    EXPECT_EQ(again.fresh.size(), 2) << "the two files missed are read again";
    EXPECT_EQ(again.unchanged, 1);
    for (const SyncOutcome& outcome : *complete) {
        EXPECT_EQ(outcome.outcome.status, ImportOutcome::Status::Ok) << outcome.outcome.error.toStdString();
        EXPECT_FALSE(outcome.readAgain);
    }
    EXPECT_EQ(repo().runs().value().size(), 3) << "every run of the watch arrived";
}

TEST_F(SyncTest, aDryRunChangesNothing)
{
    Result<QList<SyncOutcome>> dry = sync(Sync::watches(), true);
    ASSERT_TRUE(dry.ok());
    EXPECT_EQ(dry->size(), 3);
    EXPECT_TRUE(repo().runs().value().isEmpty());
    EXPECT_TRUE(SeenFiles(repo().database()).all().value().isEmpty()) << "nothing remembered either";
}

TEST_F(SyncTest, forgettingAWatchReadsItsFilesAgain)
{
    ASSERT_TRUE(sync(Sync::watches(), false).ok());
    EXPECT_EQ(SeenFiles(repo().database()).forgetSource(QStringLiteral("Forerunner 935")).value(), 3);
    SyncScan scan;
    Result<QList<SyncOutcome>> again = sync(Sync::watches(), false, &scan);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(scan.fresh.size(), 3);
    for (const SyncOutcome& outcome : *again)
        EXPECT_EQ(outcome.outcome.status, ImportOutcome::Status::Duplicate) << "and nothing twice";
}

} // namespace
} // namespace backstride
