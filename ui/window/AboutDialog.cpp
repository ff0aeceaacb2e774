#include "AboutDialog.h"

#include "AppIcon.h"
#include "JournalBackup.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace backstride {

namespace {

QLabel* selectableLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString& journalPath, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Backstride"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto* icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    auto* title = new QLabel(tr("<b>Backstride</b> %1").arg(QStringLiteral(BACKSTRIDE_VERSION)), this);
    title->setObjectName(QStringLiteral("aboutVersion"));
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
    title->setFont(bigger);
    auto* heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addWidget(title, 1);

    auto* summary = selectableLabel(tr("A journal for runners with lower back pain: runs, desk time, pain "
                                       "and self-care side by side, the patterns a physical therapist "
                                       "looks for, and a report to take to them."),
        this);
    auto* privacy = selectableLabel(tr("Your journal stays on this computer. Backstride has no network "
                                       "code: it never sends, uploads or shares anything. Its files are "
                                       "readable by your user account only."),
        this);
    privacy->setObjectName(QStringLiteral("aboutPrivacy"));

    auto* details = new QFormLayout;
    const bool inMemory = journalPath.isEmpty();
    const QString journalText = inMemory
        ? tr("Demo journal, in memory only: nothing is saved.")
        : QDir::toNativeSeparators(QFileInfo(journalPath).absoluteFilePath());
    auto* journal = selectableLabel(journalText, this);
    journal->setObjectName(QStringLiteral("aboutJournal"));
    details->addRow(tr("Journal:"), journal);
    if (!inMemory) {
        auto* backups
            = selectableLabel(QDir::toNativeSeparators(JournalBackup::folderFor(journalPath)), this);
        backups->setObjectName(QStringLiteral("aboutBackups"));
        details->addRow(tr("Backups:"), backups);
    }
    auto* licence = selectableLabel(tr("Free software under the GNU General Public License, version 3 "
                                       "or any later version. It comes with no warranty, and it points to "
                                       "professional care; it does not diagnose."),
        this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    details->addRow(tr("Licence:"), licence);
    details->addRow(
        tr("Built with:"), new QLabel(tr("Qt %1, SQLite").arg(QString::fromLatin1(qVersion())), this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openFolder = buttons->addButton(tr("&Open journal folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setEnabled(!inMemory);
    m_openFolder->setToolTip(inMemory ? tr("The demo journal has no folder.")
                                      : tr("Show the journal's folder in the file manager."));
    connect(m_openFolder, &QPushButton::clicked, this, [journalPath] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(journalPath).absolutePath()));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(summary);
    layout->addWidget(privacy);
    layout->addLayout(details);
    layout->addWidget(buttons);
    // As tall as the wrapped text needs, no taller: word-wrapped labels otherwise leave gaps.
    summary->setMinimumWidth(480);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

} // namespace backstride
