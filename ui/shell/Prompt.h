#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace backstride {

// Something the window has to say to the runner by itself — a check-in due, new runs on a watch,
// the morning question — rather than in answer to a command. Each prompt decides when it has
// something to say (look()); the shell's PromptQueue shows them after the first paint, one at a
// time, the most important first, and none twice. A prompt says it is done when it was answered,
// declined or has nothing more to say; the queue then shows the next.
class Prompt : public QObject
{
    Q_OBJECT

public:
    // Higher comes first; a more important prompt sets a showing one aside until it is done.
    enum Importance { Background = 0, Offer = 10, Question = 20, Urgent = 30 };

    Prompt(int importance, QObject* parent = nullptr);

    int importance() const { return m_importance; }
    // What the prompt has to say now, in a word ("check-in 2026-03-09"): what was said once is not
    // said again in the same window.
    virtual QString subject() const = 0;
    // Looks whether there is something to say (after the first paint, and whenever the journal
    // changed): emits wanted() when there is, withdrawn() when what it was saying is no longer so.
    virtual void look() = 0;
    // The queue's turn for this prompt: a bar for the prompt area (the queue shows and hides it), or
    // nullptr when the prompt speaks another way (a form, the status bar) and says done() itself.
    virtual QWidget* present(QWidget* area) = 0;

Q_SIGNALS:
    void wanted();
    void withdrawn();
    void done();

private:
    int m_importance;
};

} // namespace backstride
