#include "PromptQueue.h"

#include "Prompt.h"

#include <QVBoxLayout>

namespace backstride {

PromptQueue::PromptQueue(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("promptArea"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    hide();
}

void PromptQueue::add(Prompt* prompt)
{
    prompt->setParent(this);
    m_prompts.append(prompt);
    connect(prompt, &Prompt::wanted, this, [this, prompt] { onWanted(prompt); });
    connect(prompt, &Prompt::done, this, [this, prompt] { onFinished(prompt, true); });
    connect(prompt, &Prompt::withdrawn, this, [this, prompt] { onFinished(prompt, false); });
    if (m_started && !m_paused)
        prompt->look();
}

void PromptQueue::start()
{
    if (m_started)
        return;
    m_started = true;
    lookAgain();
}

void PromptQueue::lookAgain()
{
    if (!m_started || m_paused)
        return;
    // Most important first, so that the first to speak is the one shown.
    QList<Prompt*> byImportance = m_prompts;
    std::stable_sort(byImportance.begin(), byImportance.end(),
        [](const Prompt* a, const Prompt* b) { return a->importance() > b->importance(); });
    for (Prompt* prompt : std::as_const(byImportance))
        prompt->look();
}

void PromptQueue::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) {
        m_waiting.clear();
        if (m_currentBar)
            m_currentBar->hide();
        m_current = nullptr;
        hide();
    }
}

void PromptQueue::enqueue(Prompt* prompt)
{
    if (m_waiting.contains(prompt))
        return;
    auto at = std::find_if(m_waiting.begin(), m_waiting.end(),
        [prompt](const Prompt* other) { return other->importance() < prompt->importance(); });
    m_waiting.insert(at, prompt);
}

void PromptQueue::onWanted(Prompt* prompt)
{
    if (!m_started || m_paused || m_said.contains(prompt->subject()))
        return;
    if (prompt == m_current) {
        // Something new to say while on screen (the sync bar with one more run): it says it itself.
        return;
    }
    if (m_current && m_current->importance() >= prompt->importance()) {
        enqueue(prompt);
        return;
    }
    // More important than what is showing: that waits for its turn again.
    if (m_current) {
        if (m_currentBar)
            m_currentBar->hide();
        enqueue(m_current);
        m_current = nullptr;
    }
    enqueue(prompt);
    showNext();
}

void PromptQueue::onFinished(Prompt* prompt, bool said)
{
    if (said)
        m_said.insert(prompt->subject());
    m_waiting.removeAll(prompt);
    if (prompt != m_current)
        return;
    if (m_currentBar)
        m_currentBar->hide();
    m_current = nullptr;
    m_currentBar = nullptr;
    showNext();
}

void PromptQueue::showNext()
{
    while (!m_current && !m_waiting.isEmpty()) {
        Prompt* next = m_waiting.takeFirst();
        if (m_said.contains(next->subject()))
            continue;
        m_current = next;
        QWidget* bar = next->present(this);
        // present() may have said everything at once (a status message) and be done already.
        if (m_current != next)
            continue;
        m_currentBar = bar;
        if (bar) {
            if (bar->parentWidget() != this)
                bar->setParent(this);
            if (m_layout->indexOf(bar) < 0)
                m_layout->addWidget(bar);
            bar->show();
        }
    }
    setVisible(m_current && m_currentBar);
}

} // namespace backstride
