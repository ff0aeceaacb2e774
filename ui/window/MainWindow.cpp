#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppIcon.h"
#include "EntryEditor.h"
#include "JournalCommands.h"
#include "JournalNotifier.h"
#include "JournalWindowParts.h"
#include "MessageBox.h"
#include "PromptQueue.h"
#include "ShortcutsDialog.h"
#include "WindowPage.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace backstride {

MainWindow::MainWindow(
    JournalRepository& repository, const Clock& clock, const QString& journalName, QWidget* parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_clock(clock)
    , m_notifier(new JournalNotifier(this))
    , m_commands(new JournalCommands(repository, *m_notifier, this))
    , m_editor(new EntryEditor(*m_commands, m_clock, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Backstride").arg(journalName));
    setWindowIcon(appIcon());

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banners = new QVBoxLayout;
    layout->addLayout(m_banners);
    m_prompts = new PromptQueue(central);
    layout->addWidget(m_prompts);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (WindowPage* page = currentPage(); page && page->isStale()) {
            if (Status status = page->shown(); !status)
                showMessage(tr("Could not read the journal: %1").arg(status.error()));
        }
    });
    connect(m_editor, &EntryEditor::message, this, [this](const QString& text) { showMessage(text, 6000); });
    connect(m_commands, &JournalCommands::failed, this,
        [this](const QString& text) { MessageBox::warning(this, tr("Backstride"), text); });
    // Side views and prompts read again after any change, once for several in a row.
    connect(m_notifier, &JournalNotifier::journalChanged, this, [this] { scheduleReload(nullptr); });

    createMenus();
    m_parts = std::make_unique<JournalWindowParts>(*this);
    finishMenus();
    resize(1360, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    for (const QString& title : {tr("&File"), tr("&Edit"), tr("E&ntry"), tr("&Go"), tr("&View"), tr("&Help")})
        m_menus.append(menuBar()->addMenu(title));
    m_pagesEnd = menu(Menu::Go)->addSeparator();
}

void MainWindow::finishMenus()
{
    QMenu* file = menu(Menu::File);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close window"), this, &QWidget::close);
    close->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)});
    close->setObjectName(QStringLiteral("closeAction"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menu(Menu::Help);
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        auto* dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Backstride"), this, &MainWindow::showAbout);
}

QMenu* MainWindow::menu(Menu which) const
{
    return m_menus.at(int(which));
}

void MainWindow::addPage(WindowPage* page)
{
    page->setParent(this);
    auto* holder = new QWidget(m_tabs);
    holder->setObjectName(page->name() + QLatin1String("Tab"));
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    page->setHolder(holder);
    m_tabs->addTab(holder, page->title());
    m_pages.append(page);
    if (!page->isLazy())
        page->content();
    // Alt+1, Alt+2, …: the desktop's keys for the n-th page (browsers, terminals, file managers).
    QAction* go = new QAction(page->goTitle(), this);
    go->setObjectName(page->name() + QLatin1String("GoAction"));
    if (m_pages.size() <= 9)
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + m_pages.size())));
    connect(go, &QAction::triggered, this, [this, page] { m_tabs->setCurrentWidget(page->holder()); });
    menu(Menu::Go)->insertAction(m_pagesEnd, go);
    const QList<WindowPage::Change> changes
        = page->listensTo().isEmpty() ? QList<WindowPage::Change> {&JournalNotifier::journalChanged} : page->listensTo();
    for (WindowPage::Change change : changes)
        connect(m_notifier, change, this, [this, page] { scheduleReload(page); });
}

WindowPage* MainWindow::page(const QString& name) const
{
    for (WindowPage* page : m_pages) {
        if (page->name() == name)
            return page;
    }
    return nullptr;
}

WindowPage* MainWindow::currentPage() const
{
    for (WindowPage* page : m_pages) {
        if (page->holder() == m_tabs->currentWidget())
            return page;
    }
    return nullptr;
}

void MainWindow::showPage(const QString& name)
{
    if (WindowPage* shown = page(name))
        m_tabs->setCurrentWidget(shown->holder());
}

void MainWindow::addBanner(QWidget* banner)
{
    m_banners->addWidget(banner);
}

void MainWindow::addSideView(std::function<Status()> refresh)
{
    m_sideViews.append(std::move(refresh));
}

void MainWindow::startPrompts()
{
    m_prompts->start();
}

void MainWindow::showMessage(const QString& text, int milliseconds)
{
    statusBar()->showMessage(text, milliseconds);
}

void MainWindow::scheduleReload(WindowPage* page)
{
    if (page && !m_changed.contains(page))
        m_changed.append(page);
    // Several notifications in a row (a run with its pain) refresh the views once.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        if (Status status = reloadStale(); !status)
            showMessage(tr("Could not read the journal: %1").arg(status.error()));
    });
}

Status MainWindow::reloadStale()
{
    // In the pages' order: the journal page first, whose settings the forms use.
    for (WindowPage* page : std::as_const(m_pages)) {
        if (!m_changed.contains(page))
            continue;
        if (Status status = page->journalChanged(page == currentPage()); !status)
            return status;
    }
    m_changed.clear();
    for (const std::function<Status()>& refresh : std::as_const(m_sideViews)) {
        if (Status status = refresh(); !status)
            return status;
    }
    m_prompts->lookAgain();
    return {};
}

Status MainWindow::reload()
{
    m_changed = m_pages;
    return reloadStale();
}

void MainWindow::setJournalPath(const QString& path)
{
    m_journalPath = path;
    m_parts->setJournalPath(path);
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_commands->setReadOnly(readOnly);
    m_prompts->setPaused(readOnly);
    for (QAction* action : std::as_const(m_editActions))
        action->setEnabled(!readOnly);
    setWindowTitle(readOnly ? tr("%1 (read-only)").arg(windowTitle()) : windowTitle());
    if (readOnly)
        showMessage(tr("Read-only: another Backstride has this journal open."));
}

QDialog* MainWindow::showAbout()
{
    auto* about = new AboutDialog(m_journalPath, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
    return about;
}

} // namespace backstride
