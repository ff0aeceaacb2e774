#pragma once

#include "EntryDialog.h"
#include "RoutineSession.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace backstride {

class ExercisesDoneEditor;
class ExerciseCatalog;
class JournalCommands;

// Self-care: core strength, stretching, foam rolling, glute activation, icing, a rest day, a
// physio visit or cross-training, with its minutes and, if the runner likes, the exercises done.
class RoutineDialog : public EntryDialog
{
    Q_OBJECT

public:
    // `catalog` names the exercises the runner can pick (the library's and their therapist's).
    RoutineDialog(JournalCommands& commands, const RoutineSession& routine, const ExerciseCatalog& catalog,
        QWidget* parent = nullptr);
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
    ExercisesDoneEditor* m_exercises = nullptr;

    void orderTabs();
};

} // namespace backstride
