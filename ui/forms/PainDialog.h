#pragma once

#include "EntryDialog.h"
#include "PainEntry.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace backstride {

class BodyMapWidget;
class JournalCommands;
class PainQuestions;

// Logs or edits a pain entry: how strong, where (on the body map), what it feels like, when it
// comes and what makes it worse, the run it came with, and the warning-sign questions. Choosing a
// site beyond the low back says at once that the pain radiates; answering yes to a warning sign
// shows at once that care is needed today.
class PainDialog : public EntryDialog
{
    Q_OBJECT

public:
    PainDialog(JournalCommands& commands, const PainEntry& pain, QWidget* parent = nullptr);

    PainEntry currentPain() const;
    EntryId savedId() const { return m_savedId; }
    BodyMapWidget* bodyMap() const;

protected:
    FieldProblems problems() const override;
    Status save() override;

private:
    void loadRunsOfTheDay();

    JournalCommands& m_commands;
    PainEntry m_original;
    EntryId m_savedId = 0;

    QDateEdit* m_date = nullptr;
    QLineEdit* m_time = nullptr;
    PainQuestions* m_questions = nullptr;
    QSlider* m_intensitySlider = nullptr;
    QComboBox* m_run = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace backstride
