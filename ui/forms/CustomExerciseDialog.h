#pragma once

#include "CustomExercise.h"
#include "EntryDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace backstride {

class JournalCommands;

// An exercise from the runner's physical therapist: its name, kind, steps (one a line), dose, and
// the routine it is played at the end of. A new one is given an id from its name; an edited one
// keeps its id, so the sessions that did it keep pointing at it.
class CustomExerciseDialog : public EntryDialog
{
    Q_OBJECT

public:
    // `exercise` with an empty id is a new one; `takenIds` are the journal's other exercises.
    CustomExerciseDialog(JournalCommands& commands, const CustomExercise& exercise, const QStringList& takenIds,
        QWidget* parent = nullptr);

    CustomExercise currentExercise() const;
    QString savedId() const { return m_savedId; }

protected:
    FieldProblems problems() const override;
    Status save() override;

private:
    JournalCommands& m_commands;
    CustomExercise m_original;
    QStringList m_taken;
    QString m_savedId;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_steps = nullptr;
    QSpinBox* m_sets = nullptr;
    QLineEdit* m_reps = nullptr;
    QLineEdit* m_hold = nullptr;
    QCheckBox* m_perSide = nullptr;
    QComboBox* m_routine = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace backstride
