#pragma once

#include "Result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace backstride {

class JournalNotifier;

// One page of the journal window, as the shell knows it: its name, its title (the tab's text and
// the Go menu's entry), which of the journal's changes make it stale, and whether it is built the
// first time it is shown. The shell gives each page its tab, its Go-menu entry and its shortcut
// (Alt+1, Alt+2, … in the order the pages were added) from this one description.
class WindowPage : public QObject
{
    Q_OBJECT

public:
    // A notifier signal that makes the page stale (&JournalNotifier::runsChanged, …).
    using Change = void (JournalNotifier::*)();
    // Builds the page's content inside `holder` (the tab's widget) and returns it.
    using Builder = std::function<QWidget*(QWidget* holder)>;
    using Reloader = std::function<Status(QWidget* content)>;

    struct Description
    {
        QString name; // objectName of the tab's widget, and how pages are asked for
        QString title; // "&Journal": the mnemonic is the tab's
        QString goTitle; // the Go menu's entry, when it differs from the title
        QList<Change> listensTo; // empty: every change to the journal
        bool lazy = false; // built the first time it is shown, not with the window
        Builder build;
        Reloader reload;
    };

    WindowPage(Description description, QObject* parent = nullptr);

    QString name() const { return m_description.name; }
    QString title() const { return m_description.title; }
    QString goTitle() const;
    bool isLazy() const { return m_description.lazy; }
    const QList<Change>& listensTo() const { return m_description.listensTo; }

    // The tab's widget: there from the start, empty until the page is built.
    QWidget* holder() const { return m_holder; }
    void setHolder(QWidget* holder) { m_holder = holder; }
    // The page's content, built now if it was not yet.
    QWidget* content();
    bool isBuilt() const { return m_content != nullptr; }

    // The journal changed in a way this page shows: read again now when it is on screen (`shown`),
    // else when it is next shown.
    Status journalChanged(bool shown);
    // The page came on screen: read again if the journal changed since it last was.
    Status shown();
    bool isStale() const { return m_stale; }

private:
    Description m_description;
    QWidget* m_holder = nullptr;
    QWidget* m_content = nullptr;
    bool m_stale = true;
};

} // namespace backstride
