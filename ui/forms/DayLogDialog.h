#pragma once

#include "DayLog.h"
#include "EntryDialog.h"

class QDateEdit;
class QLineEdit;

namespace backstride {

class JournalCommands;

// The day's sitting hours (desk, car, sofa) and a note. One log per day: saving a day that has
// one replaces its hours.
class DayLogDialog : public EntryDialog
{
    Q_OBJECT

public:
    DayLogDialog(JournalCommands& commands, const DayLog& day, QWidget* parent = nullptr);
    DayLog currentDay() const;

protected:
    FieldProblems problems() const override;
    Status save() override;

private:
    JournalCommands& m_commands;
    DayLog m_original;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_hours = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace backstride
