#include "MainWindow.h"

#include "JournalDayModel.h"
#include "JournalRepository.h"
#include "JournalSettings.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace backstride {

MainWindow::MainWindow(JournalRepository& repository, const QString& journalName, QWidget* parent)
    : QMainWindow(parent), m_repository(repository), m_model(new JournalDayModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Backstride").arg(journalName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/backstride.svg")));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("journalSummary"));
    layout->addWidget(m_summary);

    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("journalView"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view);
    setCentralWidget(central);

    createMenus();
    resize(1200, 760);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Backstride"), this, [this] {
        QMessageBox::about(this, tr("About Backstride"),
            tr("<p><b>Backstride</b> %1</p><p>A journal for runners with lower back pain.</p>"
               "<p>Your journal stays on this computer; Backstride never sends data anywhere.</p>")
                .arg(QStringLiteral(BACKSTRIDE_VERSION)));
    });
}

QStringList MainWindow::screenNames() const
{
    return {QStringLiteral("journal")};
}

void MainWindow::showScreen(const QString& name)
{
    Q_UNUSED(name); // one screen so far: the journal
}

Status MainWindow::reload()
{
    Result<QList<JournalDay>> days = m_repository.journalDays();
    if (!days)
        return days.takeError();
    Result<std::optional<QString>> unit = m_repository.setting(JournalSettings::units);
    if (!unit)
        return unit.takeError();
    int runs = 0;
    int painDays = 0;
    for (const JournalDay& day : *days) {
        runs += static_cast<int>(day.runs.size());
        painDays += day.pain.isEmpty() ? 0 : 1;
    }
    const int dayCount = static_cast<int>(days->size());
    m_model->setDays(std::move(*days), Units::fromSetting(unit->value_or(QStringLiteral("km"))));
    m_summary->setText(dayCount == 0
            ? tr("The journal is empty.")
            : tr("%1 days logged · %2 runs · %3 days with pain").arg(dayCount).arg(runs).arg(painDays));
    m_view->resizeColumnsToContents();
    for (int column = 0; column < JournalDayModel::ColumnCount - 1; ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 420));
    statusBar()->showMessage(tr("Journal loaded"), 3000);
    return {};
}

} // namespace backstride
