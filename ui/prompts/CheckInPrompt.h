#pragma once

#include "Prompt.h"

#include <QDate>

namespace backstride {

class CheckInBar;
class Clock;
class EntryEditor;
class JournalCommands;

// The weekly check-in, offered in a bar (never a dialog) when the journal has entries and this
// week — from the journal's week start — has none yet; Not now until the next week, and gone as
// soon as one is saved.
class CheckInPrompt : public Prompt
{
    Q_OBJECT

public:
    CheckInPrompt(JournalCommands& commands, const Clock& clock, EntryEditor& editor, QObject* parent = nullptr);

    QString subject() const override;
    void look() override;
    QWidget* present(QWidget* area) override;
    CheckInBar* bar() const { return m_bar; }

private:
    JournalCommands& m_commands;
    const Clock& m_clock;
    EntryEditor& m_editor;
    CheckInBar* m_bar = nullptr;
    QDate m_week; // the week it is due for, or none
};

} // namespace backstride
