#include "ImportController.h"

#include "BackupController.h"
#include "FileDialogs.h"
#include "JournalCommands.h"
#include "JournalJson.h"
#include "JournalMerger.h"
#include "MessageBox.h"
#include "Rules.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace backstride {

ImportController::ImportController(JournalCommands& commands, BackupController& backups, QWidget* window)
    : QObject(window), m_commands(commands), m_backups(backups), m_window(window)
{
    setObjectName(QStringLiteral("importer"));
}

QStringList ImportController::importable(const QMimeData* mime)
{
    QStringList paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && ActivityImporter::handles(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

void ImportController::acceptDropsOn(QWidget* window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool ImportController::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::DragEnter) {
        auto* drag = static_cast<QDragEnterEvent*>(event);
        if (!importable(drag->mimeData()).isEmpty())
            drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = importable(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            import(paths);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

bool ImportController::offer(const QStringList& paths)
{
    QStringList activities;
    QStringList journals;
    for (const QString& path : paths)
        (JournalJson::isJournalFile(path) ? journals : activities).append(path);
    if (m_commands.isReadOnly()) {
        MessageBox::warning(m_window, tr("Import runs"),
            tr("This journal is open read-only because another Backstride has it open, so nothing "
               "can be imported into it here."));
        return false;
    }
    const bool merged = !journals.isEmpty() && offerMerge(journals);
    if (activities.isEmpty())
        return merged;
    constexpr int listed = 8;
    QStringList names;
    for (const QString& path :
        std::as_const(activities).first(std::min<qsizetype>(listed, activities.size())))
        names.append(QStringLiteral("• ") + QFileInfo(path).fileName());
    if (activities.size() > listed)
        names.append(tr("…and %n more", nullptr, int(activities.size() - listed)));
    if (MessageBox::question(m_window, tr("Import runs"),
            (activities.size() == 1 ? tr("Import this file into %1?")
                                    : tr("Import these %1 files into %2?").arg(activities.size()))
                    .arg(m_backups.journalName())
                + QLatin1String("\n\n") + names.join(u'\n'))
        != QMessageBox::Yes)
        return false;
    return import(activities).has_value() || merged;
}

bool ImportController::offerMerge(const QStringList& journals)
{
    QStringList names;
    for (const QString& path : journals)
        names.append(QFileInfo(path).fileName());
    if (MessageBox::question(m_window, tr("Merge journal files"),
            tr("Merge %1 into %2?\n\nEntries already in the journal are skipped. Undo cannot take a "
               "merge back, so the journal is backed up first; File › Restore from backup can.")
                .arg(names.join(QLatin1String(", ")), m_backups.journalName()))
        != QMessageBox::Yes)
        return false;
    if (const Result<QString> backup = m_backups.backUpBefore(QStringLiteral("before-merge")); !backup) {
        MessageBox::warning(m_window, tr("Merge journal files"),
            tr("Nothing was merged, because the backup before merging failed: %1").arg(backup.error()));
        return false;
    }
    const Result<MergeSummary> merged = m_commands.mergeJournals(journals);
    if (!merged) {
        MessageBox::warning(m_window, tr("Merge journal files"), tr("Nothing was merged: %1").arg(merged.error()));
        return false;
    }
    Q_EMIT message(tr("Merged %1 — added %2, already in the journal %3, updated %4.")
                       .arg(names.join(QLatin1String(", ")))
                       .arg(merged->added)
                       .arg(merged->duplicates)
                       .arg(merged->updated));
    return true;
}

void ImportController::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Import runs"),
        FileDialogs::startFolder(QStandardPaths::DownloadLocation),
        tr("Activity files (*.fit *.gpx *.tcx *.fit.gz *.gpx.gz *.tcx.gz *.zip *.csv);;All files (*)"));
    if (!files.isEmpty())
        import(files);
}

void ImportController::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window,
        tr("Import a folder of activities or an unpacked Strava export"),
        FileDialogs::startFolder(QStandardPaths::DownloadLocation));
    if (!folder.isEmpty())
        import({folder});
}

std::optional<QList<ImportOutcome>> ImportController::import(const QStringList& paths)
{
    QProgressDialog progress(tr("Reading activity files…"), tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Importing runs"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    Result<QList<ImportOutcome>> outcomes
        = m_commands.importActivities(paths, [&progress](int done, int total, const QString& current) {
              progress.setMaximum(total);
              progress.setValue(done);
              if (!current.isEmpty())
                  progress.setLabelText(tr("Reading %1 of %2:\n%3").arg(done + 1).arg(total).arg(current));
              QApplication::processEvents();
              return !progress.wasCanceled();
          });
    progress.close();
    if (!outcomes) {
        Q_EMIT message(outcomes.error());
        if (!outcomes.error().startsWith(QStringLiteral("cancelled")))
            MessageBox::warning(m_window, tr("Import"), tr("Nothing was imported: %1").arg(outcomes.error()));
        return std::nullopt;
    }
    showSummary(*outcomes);
    return *outcomes;
}

void ImportController::showSummary(const QList<ImportOutcome>& outcomes)
{
    QMap<ImportOutcome::Status, int> counts;
    QMap<QString, int> sports;
    QDate first;
    QDate last;
    int noSport = 0;
    for (const ImportOutcome& outcome : outcomes) {
        ++counts[outcome.status];
        if (outcome.status == ImportOutcome::Status::Skipped)
            ++sports[outcome.sport];
        if (outcome.status != ImportOutcome::Status::Ok)
            continue;
        noSport += outcome.sport == QLatin1String("unknown") ? 1 : 0;
        const QDate day = outcome.start.toLocalTime().date();
        if (day.isValid()) {
            first = first.isValid() ? std::min(first, day) : day;
            last = last.isValid() ? std::max(last, day) : day;
        }
    }
    QStringList skipped;
    for (auto it = sports.cbegin(); it != sports.cend(); ++it)
        skipped.append(tr("%1 %2").arg(it.value()).arg(it.key()));

    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("importSummary"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Import finished"));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QLabel(dialog);
    text->setObjectName(QStringLiteral("importCounts"));
    text->setWordWrap(true);
    text->setText(
        tr("<b>%1</b> · %2 already in the journal · %3 other activities skipped%4 · %5 could "
           "not be read")
            .arg(tr("%n runs imported", nullptr, counts.value(ImportOutcome::Status::Ok)))
            .arg(counts.value(ImportOutcome::Status::Duplicate))
            .arg(counts.value(ImportOutcome::Status::Skipped))
            .arg(skipped.isEmpty() ? QString()
                                   : QStringLiteral(" (") + skipped.join(QLatin1String(", ")) + u')')
            .arg(counts.value(ImportOutcome::Status::Error)));
    layout->addWidget(text);
    // Where the new runs are: an old file's runs are far from the month on screen.
    QPushButton* show = nullptr;
    if (last.isValid()) {
        auto* where = new QLabel(dialog);
        where->setObjectName(QStringLiteral("importDays"));
        where->setWordWrap(true);
        QString days = first == last ? tr("The new runs are on %1.").arg(EvidenceText::dayInSentence(last))
                                     : tr("The new runs are from %1.").arg(EvidenceText::periodInSentence(first, last));
        if (noSport > 0)
            days += QLatin1Char(' ')
                + tr("%n of them named no sport and were taken as runs; delete any that was not.", nullptr, noSport);
        where->setText(days);
        layout->addWidget(where);
        show = new QPushButton(tr("&Show them in the journal"), dialog);
        show->setObjectName(QStringLiteral("importShowRuns"));
        connect(show, &QPushButton::clicked, dialog, [this, dialog, last] {
            Q_EMIT showDayRequested(last);
            dialog->accept();
        });
    }
    if (counts.value(ImportOutcome::Status::Error) > 0) {
        auto* errors = new QTreeWidget(dialog);
        errors->setObjectName(QStringLiteral("importErrors"));
        errors->setHeaderLabels({tr("File"), tr("Why it was not imported")});
        errors->setRootIsDecorated(false);
        errors->setWordWrap(true);
        for (const ImportOutcome& outcome : outcomes) {
            if (outcome.status != ImportOutcome::Status::Error)
                continue;
            QString file = outcome.file.section(u'/', -1);
            if (outcome.row > 0)
                file += tr(", row %1").arg(outcome.row);
            auto* item = new QTreeWidgetItem(errors, {file, outcome.error});
            item->setToolTip(0, outcome.file);
            item->setToolTip(1, outcome.error);
        }
        errors->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        layout->addWidget(errors, 1);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    if (show)
        buttons->addButton(show, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(720, counts.value(ImportOutcome::Status::Error) > 0 ? 420 : 160);
    m_summary = dialog;
    dialog->open();
    if (show)
        show->setDefault(true); // Enter shows the runs, Escape closes
    Q_EMIT message(text->text().remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")));
}

} // namespace backstride
