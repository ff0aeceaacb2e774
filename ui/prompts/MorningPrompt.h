#pragma once

#include "Prompt.h"

namespace backstride {

class Clock;
class EntryEditor;
class JournalCommands;

// "How is the back this morning?" the day after a return-to-run session, once a day, as a form
// (the plan's next step waits for the answer).
class MorningPrompt : public Prompt
{
    Q_OBJECT

public:
    MorningPrompt(JournalCommands& commands, const Clock& clock, EntryEditor& editor, QObject* parent = nullptr);

    QString subject() const override;
    void look() override;
    QWidget* present(QWidget* area) override;

private:
    JournalCommands& m_commands;
    const Clock& m_clock;
    EntryEditor& m_editor;
};

} // namespace backstride
