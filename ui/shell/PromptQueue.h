#pragma once

#include "Prompt.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QVBoxLayout;

namespace backstride {

// The window's one place for prompts: a strip above the pages that shows one prompt's bar at a
// time. Nothing is shown before start() (called after the first paint); then each prompt is asked
// to look, and those with something to say wait in order of importance. A prompt's subject, once
// said (answered, declined, withdrawn), is not said again while the window is open.
class PromptQueue : public QWidget
{
    Q_OBJECT

public:
    explicit PromptQueue(QWidget* parent = nullptr);

    // Takes the prompt (parented to the queue). A prompt can be added at any time.
    void add(Prompt* prompt);
    QList<Prompt*> prompts() const { return m_prompts; }
    // After the first paint: from now on prompts are shown.
    void start();
    bool isStarted() const { return m_started; }
    // Asks every prompt to look again (the journal changed).
    void lookAgain();
    // The prompt on screen, and those waiting, most important first.
    Prompt* current() const { return m_current; }
    QList<Prompt*> waiting() const { return m_waiting; }
    // Read-only journals: prompts that would change the journal are not shown.
    void setPaused(bool paused);

private:
    void onWanted(Prompt* prompt);
    void onFinished(Prompt* prompt, bool said);
    void showNext();
    void enqueue(Prompt* prompt);

    QVBoxLayout* m_layout = nullptr;
    QList<Prompt*> m_prompts;
    QList<Prompt*> m_waiting;
    QPointer<Prompt> m_current;
    QPointer<QWidget> m_currentBar;
    QSet<QString> m_said;
    bool m_started = false;
    bool m_paused = false;
};

} // namespace backstride
