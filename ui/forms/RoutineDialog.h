#pragma once

#include "EntryDialog.h"
#include "RoutineSession.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace backstride {

class JournalCommands;

// Self-care: core strength, stretching, foam rolling, glute activation, icing, a rest day, a
// physio visit or cross-training, with its minutes.
class RoutineDialog : public EntryDialog
{
    Q_OBJECT

public:
    RoutineDialog(JournalCommands& commands, const RoutineSession& routine, QWidget* parent = nullptr);
    RoutineSession currentRoutine() const;

protected:
    FieldProblems problems() const override;
    Status save() override;

private:
    JournalCommands& m_commands;
    RoutineSession m_original;
    QDateEdit* m_date = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_minutes = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace backstride
