#include "FileDialogs.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace backstride {
namespace {

// File dialogs start in a folder that exists (issue 27, item 16): a missing Downloads or backups
// folder gave a dialog that proposed the folder's name as the file to open.
TEST(FileDialogs, startInTheFirstFolderThatExistsElseHome)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString missing = root.filePath(QStringLiteral("backups"));
    const QString journalFolder = root.path();
    EXPECT_EQ(FileDialogs::startFolder({missing, journalFolder}), QDir(journalFolder).absolutePath());
    EXPECT_EQ(FileDialogs::startFolder({missing}), QDir::homePath());
    EXPECT_EQ(FileDialogs::startFolder({QString(), missing}), QDir::homePath());
    ASSERT_TRUE(QDir().mkpath(missing));
    EXPECT_EQ(FileDialogs::startFolder({missing, journalFolder}), missing);

    EXPECT_EQ(FileDialogs::proposedFile({root.filePath(QStringLiteral("Pictures"))}, QStringLiteral("trends.png")),
        QDir(QDir::homePath()).filePath(QStringLiteral("trends.png")));
    EXPECT_EQ(FileDialogs::folderOf(QString()), QString()) << "no file is no folder, not the working folder";
    EXPECT_EQ(FileDialogs::folderOf(root.filePath(QStringLiteral("journal.sqlite3"))), root.path());
}

// A fresh home without the standard folders: the dialogs open in the home folder itself.
TEST(FileDialogs, aFreshHomeWithoutDownloadsOpensInHome)
{
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toLocal8Bit());
    const QString downloads = FileDialogs::startFolder(QStandardPaths::DownloadLocation);
    ASSERT_TRUE(QDir().mkpath(home.filePath(QStringLiteral("Downloads"))));
    const QString created = FileDialogs::startFolder(QStandardPaths::DownloadLocation);
    qputenv("HOME", oldHome);
    qputenv("XDG_CONFIG_HOME", oldConfig);
    EXPECT_EQ(downloads, home.path());
    EXPECT_EQ(created, home.filePath(QStringLiteral("Downloads")));
}

} // namespace
} // namespace backstride
