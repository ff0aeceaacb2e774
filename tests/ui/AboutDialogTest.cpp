// Help > About: what it says about the version, the journal's place and privacy, and where the
// Open-folder button goes (caught by a file-URL handler instead of a real file manager).
#include "AboutDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

namespace backstride {

// Stands in for the desktop's file manager.
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

namespace {

QString labelText(const QDialog& dialog, const char* name)
{
    const QLabel* label = dialog.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

TEST(AboutDialog, showsVersionJournalBackupsLicenceAndPrivacy)
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite3"));
    AboutDialog about(journal);
    EXPECT_EQ(labelText(about, "aboutVersion"), QStringLiteral("<b>Backstride</b> " BACKSTRIDE_VERSION));
    EXPECT_EQ(labelText(about, "aboutJournal"), QDir::toNativeSeparators(journal));
    EXPECT_TRUE(labelText(about, "aboutBackups").startsWith(QDir::toNativeSeparators(dir.path())));
    EXPECT_TRUE(
        labelText(about, "aboutLicence").contains(QLatin1String("GNU General Public License, version 3")));
    EXPECT_TRUE(labelText(about, "aboutPrivacy").contains(QLatin1String("never sends")));
}

TEST(AboutDialog, openFolderShowsTheJournalsFolder)
{
    QTemporaryDir dir;
    OpenedUrls opened;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
    AboutDialog about(dir.filePath(QStringLiteral("journal.sqlite3")));
    ASSERT_TRUE(about.openFolderButton()->isEnabled());
    QTest::mouseClick(about.openFolderButton(), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    ASSERT_EQ(opened.urls.size(), 1);
    EXPECT_EQ(opened.urls.constFirst(), QUrl::fromLocalFile(dir.path()));
}

TEST(AboutDialog, theDemoJournalHasNoFolderToOpen)
{
    AboutDialog about(QString {});
    EXPECT_FALSE(about.openFolderButton()->isEnabled());
    EXPECT_TRUE(labelText(about, "aboutJournal").contains(QLatin1String("in memory")));
    EXPECT_EQ(about.findChild<QLabel*>(QStringLiteral("aboutBackups")), nullptr);
}

} // namespace
} // namespace backstride

#include "AboutDialogTest.moc"
