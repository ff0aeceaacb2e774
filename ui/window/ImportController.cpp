#include "ImportController.h"

#include "JournalCommands.h"
#include "MessageBox.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace backstride {

ImportController::ImportController(JournalCommands& commands, QWidget* window)
    : QObject(window), m_commands(commands), m_window(window)
{ }

void ImportController::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Import runs"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Activity files (*.fit *.gpx *.tcx *.fit.gz *.gpx.gz *.tcx.gz *.zip *.csv);;All files (*)"));
    if (!files.isEmpty())
        import(files);
}

void ImportController::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window,
        tr("Import a folder of activities or an unpacked Strava export"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
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
    for (const ImportOutcome& outcome : outcomes) {
        ++counts[outcome.status];
        if (outcome.status == ImportOutcome::Status::Skipped)
            ++sports[outcome.sport];
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
        tr("<b>%1 runs imported</b> · %2 already in the journal · %3 other activities skipped%4 · %5 could "
           "not be read")
            .arg(counts.value(ImportOutcome::Status::Ok))
            .arg(counts.value(ImportOutcome::Status::Duplicate))
            .arg(counts.value(ImportOutcome::Status::Skipped))
            .arg(skipped.isEmpty() ? QString()
                                   : QStringLiteral(" (") + skipped.join(QLatin1String(", ")) + u')')
            .arg(counts.value(ImportOutcome::Status::Error)));
    layout->addWidget(text);
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
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(720, counts.value(ImportOutcome::Status::Error) > 0 ? 420 : 160);
    m_summary = dialog;
    dialog->open();
    Q_EMIT message(text->text().remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")));
}

} // namespace backstride
