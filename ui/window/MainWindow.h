#pragma once

#include "Result.h"

#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QDialog;
class QMenu;
class QTabWidget;
class QVBoxLayout;

namespace backstride {

class Clock;
class EntryEditor;
class JournalCommands;
class JournalNotifier;
class JournalRepository;
class JournalWindowParts;
class PromptQueue;
class WindowPage;

// The journal window's frame: the menus, the pages (one tab each, in the Go menu with Alt+1, Alt+2,
// … in the same order), the side docks, one place for banners and one queue of prompts shown after
// the first paint. It knows no feature: JournalWindowParts puts the pages, prompts, docks and their
// menu entries in, and the frame reads the journal again when the notifier says it changed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Menu { File, Edit, Entry, Go, View, Help };

    MainWindow(JournalRepository& repository, const Clock& clock, const QString& journalName,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Re-reads the journal into every page and side view; returns the error when it cannot be read.
    Status reload();
    // Where the journal file is ("" for the demo journal in memory): for backups and About.
    void setJournalPath(const QString& path);
    QString journalPath() const { return m_journalPath; }
    // Another Backstride has the journal open: show it, change nothing.
    void setReadOnly(bool readOnly);

    // A page, after those already there: its tab, its Go-menu entry and its shortcut.
    void addPage(WindowPage* page);
    QList<WindowPage*> pages() const { return m_pages; }
    WindowPage* page(const QString& name) const;
    void showPage(const QString& name);
    WindowPage* currentPage() const;

    // Something shown above the prompts at once, not in their queue (the urgent banner).
    void addBanner(QWidget* banner);
    // A view beside the pages (the insights panel) that reads the journal on every change.
    void addSideView(std::function<Status()> refresh);
    PromptQueue* prompts() const { return m_prompts; }
    // After the first paint: the prompts speak from now on.
    void startPrompts();

    QMenu* menu(Menu which) const;
    // An action a read-only journal cannot do.
    void addEditAction(QAction* action) { m_editActions.append(action); }
    void showMessage(const QString& text, int milliseconds = 0);
    QDialog* showAbout(); // Help › About: version, licence, where the journal is kept

    JournalRepository& repository() const { return m_repository; }
    const Clock& clock() const { return m_clock; }
    JournalNotifier* notifier() const { return m_notifier; }
    JournalCommands* commands() const { return m_commands; }
    EntryEditor* editor() const { return m_editor; }
    // Every feature of the window: its pages, prompts, controllers.
    JournalWindowParts& parts() const { return *m_parts; }

private:
    void createMenus();
    void finishMenus();
    void scheduleReload(WindowPage* page);
    Status reloadStale();

    JournalRepository& m_repository;
    const Clock& m_clock;
    JournalNotifier* m_notifier = nullptr;
    JournalCommands* m_commands = nullptr;
    EntryEditor* m_editor = nullptr;
    QVBoxLayout* m_banners = nullptr;
    PromptQueue* m_prompts = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<WindowPage*> m_pages;
    QList<WindowPage*> m_changed; // pages whose changes were heard since the last read
    QList<std::function<Status()>> m_sideViews;
    QList<QMenu*> m_menus;
    QAction* m_pagesEnd = nullptr; // in the Go menu: the pages go before it
    QList<QAction*> m_editActions; // disabled while read-only
    bool m_reloadPending = false;
    QString m_journalPath;
    std::unique_ptr<JournalWindowParts> m_parts;
};

} // namespace backstride
