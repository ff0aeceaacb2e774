// A runner's first start: a home where Backstride never ran, no app-data folder at all, and no
// --db. Each door that writes creates the journal (folder 0700, file 0600) and then locks it; a
// door that only reads says there is no journal yet and creates nothing.
#include "JournalLock.h"
#include "ProgramRun.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace backstride {
namespace {

using test::Outcome;

class FirstRun : public ::testing::Test
{
protected:
    // A fresh home: HOME and XDG_DATA_HOME point into it, and nothing exists below them.
    QMap<QString, QString> home() const
    {
        return {{QStringLiteral("HOME"), m_home.path()},
            {QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data"))},
            {QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config"))},
            {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}};
    }
    Outcome backstride(const QStringList& arguments) const
    {
        return test::runProgram(QStringLiteral(BACKSTRIDE_BINARY), arguments, home());
    }
    QString folder() const { return m_home.filePath(QStringLiteral("data/Backstride")); }
    QString journal() const { return folder() + QStringLiteral("/backstride.sqlite3"); }

    void expectPrivateJournal() const
    {
        const QFileInfo dir(folder());
        ASSERT_TRUE(dir.isDir()) << folder().toStdString();
        EXPECT_EQ(dir.permissions() & 0x0777,
            QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        EXPECT_EQ(dir.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
        const QFileInfo file(journal());
        ASSERT_TRUE(file.isFile()) << journal().toStdString();
        EXPECT_EQ(file.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                    | QFileDevice::WriteOther),
            0);
        EXPECT_FALSE(QFileInfo::exists(journal() + QStringLiteral(".lock")))
            << "the lock is released at exit";
    }

    // What the journal holds, read back through the command line.
    QJsonObject exported() const
    {
        const Outcome json
            = backstride({QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("-")});
        EXPECT_EQ(json.exitCode, 0) << json.err.toStdString();
        return QJsonDocument::fromJson(json.out.toUtf8()).object();
    }

    QTemporaryDir m_home;
};

TEST_F(FirstRun, theWindowCreatesThePrivateJournalAndPaints)
{
    ASSERT_FALSE(QFileInfo::exists(m_home.filePath(QStringLiteral("data"))));
    const Outcome window = backstride({QStringLiteral("--exit-after-first-paint")});
    ASSERT_EQ(window.exitCode, 0) << window.err.toStdString();
    EXPECT_TRUE(window.out.startsWith(QStringLiteral("first paint at "))) << window.out.toStdString();
    EXPECT_FALSE(window.err.contains(QStringLiteral("lock"))) << window.err.toStdString();
    expectPrivateJournal();
    EXPECT_TRUE(exported().value(QStringLiteral("runs")).toArray().isEmpty());
}

TEST_F(FirstRun, importCreatesTheJournalAndStoresTheRun)
{
    const Outcome imported = backstride(
        {QStringLiteral("import"), QStringLiteral(BACKSTRIDE_SAMPLES "/fit/garmin-fenix2_run_9km.fit")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("1 run imported"))) << imported.out.toStdString();
    expectPrivateJournal();
    const QJsonArray runs = exported().value(QStringLiteral("runs")).toArray();
    ASSERT_EQ(runs.size(), 1);
    EXPECT_GT(runs.first().toObject().value(QStringLiteral("distance_m")).toDouble(), 8000);
}

TEST_F(FirstRun, generateCreatesTheFoldersOfANewPath)
{
    const QString path = m_home.filePath(QStringLiteral("journals/demo/year.sqlite3"));
    const Outcome generated = backstride({QStringLiteral("generate"), QStringLiteral("--db"), path});
    ASSERT_EQ(generated.exitCode, 0) << generated.err.toStdString();
    const QFileInfo dir(m_home.filePath(QStringLiteral("journals/demo")));
    ASSERT_TRUE(dir.isDir());
    EXPECT_EQ(dir.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    const Outcome flags = backstride({QStringLiteral("flags"), QStringLiteral("--db"), path});
    EXPECT_EQ(flags.exitCode, 0) << flags.err.toStdString();
}

TEST_F(FirstRun, backupCreatesTheJournalAndCopiesIt)
{
    const Outcome backup = backstride({QStringLiteral("backup")});
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    expectPrivateJournal();
    const QString copy = backup.out.trimmed();
    EXPECT_TRUE(copy.startsWith(folder())) << copy.toStdString();
    EXPECT_TRUE(QFileInfo(copy).isFile()) << copy.toStdString();
}

TEST_F(FirstRun, readingCommandsSayThereIsNoJournalYetAndCreateNothing)
{
    const QList<QStringList> commands = {{QStringLiteral("flags")}, {QStringLiteral("weekly")},
        {QStringLiteral("export"), QStringLiteral("--json"), m_home.filePath(QStringLiteral("out.json"))},
        {QStringLiteral("export"), QStringLiteral("--csv"), m_home.filePath(QStringLiteral("csv"))}};
    for (const QStringList& command : commands) {
        const Outcome outcome = backstride(command);
        EXPECT_EQ(outcome.exitCode, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("no journal yet at ") + journal()))
            << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("log a run or import files to start one")))
            << outcome.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(m_home.filePath(QStringLiteral("data")))) << "nothing was created";
    EXPECT_FALSE(QFileInfo::exists(m_home.filePath(QStringLiteral("out.json"))));
}

// A journal another Backstride has open: on the offscreen platform nobody can answer "open it
// read-only?", so the window says so and exits instead of waiting for ever.
TEST_F(FirstRun, aLockedJournalOffscreenIsRefusedNotWaitedOn)
{
    ASSERT_EQ(backstride({QStringLiteral("backup")}).exitCode, 0); // creates the journal
    Result<JournalLock> held = JournalLock::acquire(journal());
    ASSERT_TRUE(held.ok()) << held.error().toStdString();
    const Outcome window = backstride({QStringLiteral("--exit-after-first-paint")});
    EXPECT_EQ(window.exitCode, 1);
    EXPECT_TRUE(window.err.contains(QStringLiteral("is open in another Backstride")))
        << window.err.toStdString();
}

TEST_F(FirstRun, helpListsEverySubcommand)
{
    const Outcome help = backstride({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    for (const char* subcommand : {"import", "export", "flags", "weekly", "outcomes", "generate", "backup", "restore"}) {
        EXPECT_TRUE(help.out.contains(QLatin1String(subcommand) + u',')
            || help.out.contains(QLatin1String(subcommand) + u';'))
            << subcommand << " is missing from:\n"
            << help.out.toStdString();
    }
}

} // namespace
} // namespace backstride
