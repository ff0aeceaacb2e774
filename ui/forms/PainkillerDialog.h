#pragma once

#include "EntryDialog.h"
#include "Medication.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace backstride {

class JournalCommands;

// Entry › Painkiller…: when it was taken, its name (the common ones offered as it is typed, each
// choosing its class), its class, the dose and notes. A pain reading in the class's hours after it
// is read as taken under it (Medication.h).
class PainkillerDialog : public EntryDialog
{
    Q_OBJECT

public:
    PainkillerDialog(JournalCommands& commands, const QDate& day, const QTime& now, QWidget* parent = nullptr);

    Medication currentMedication() const;

protected:
    FieldProblems problems() const override;
    Status save() override;

private:
    JournalCommands& m_commands;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_time = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_class = nullptr;
    QLineEdit* m_dose = nullptr;
    QLineEdit* m_notes = nullptr;
    bool m_classChosen = false; // by the runner: a typed name no longer chooses it
};

} // namespace backstride
