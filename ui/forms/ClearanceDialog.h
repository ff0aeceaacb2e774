#pragma once

#include "Clearance.h"
#include "EntryDialog.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace backstride {

class JournalCommands;

// "My physical therapist or doctor saw me…": the day, who, what they cleared (running, exercise or
// both) and notes. Recorded, it lifts the warning signs and pain below the knee logged up to that
// day as obstacles to what it cleared (Clearance.h).
class ClearanceDialog : public EntryDialog
{
    Q_OBJECT

public:
    ClearanceDialog(JournalCommands& commands, const QDate& today, QWidget* parent = nullptr);

    Clearance currentClearance() const;

protected:
    FieldProblems problems() const override;
    Status save() override;

private:
    JournalCommands& m_commands;
    QDate m_today;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_by = nullptr;
    QCheckBox* m_running = nullptr;
    QCheckBox* m_exercise = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace backstride
