#pragma once

#include "EntryDialog.h"
#include "PainEntry.h"
#include "Run.h"
#include "Units.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace backstride {

class JournalCommands;
class PainQuestions;

// Logs or edits a run: distance in the runner's unit, duration, live pace, kind, surface, effort,
// the glute warm-up, and — for a new run — the back pain that came with it, without leaving the
// form and with every question the pain form asks (PainQuestions). Keyboard only: the fields in reading order, Enter saves, Escape cancels.
class RunDialog : public EntryDialog
{
    Q_OBJECT

public:
    // `run` with id 0 is a new run (its kind and surface prefilled from the last run). On a day of
    // the return-to-run plan, `planSession` says what the session is ("stage 3: walk 2 min / run
    // 3 min × 6"): the form says so and asks the pain with it at once.
    RunDialog(JournalCommands& commands, const Run& run, DistanceUnit unit, QWidget* parent = nullptr,
        const QString& planSession = QString());

    // Today with long sitting (`sittingHours` at or above the journal's threshold): "You sat 8 h
    // today. A 5-minute glute warm-up first?", with a button that asks for the routine
    // (warmupRequested). Shown while the form's date is still that day and the box is not ticked.
    void offerWarmup(double sittingHours, int minutes);
    // The warm-up was played and logged: the box is ticked and the offer says so.
    void warmupLogged();

    Run currentRun() const;
    std::optional<PainEntry> currentPain() const;
    EntryId savedId() const { return m_savedId; }

Q_SIGNALS:
    void warmupRequested();

protected:
    FieldProblems problems() const override;
    Status save() override;

private:
    void updatePace();

    JournalCommands& m_commands;
    Run m_original;
    DistanceUnit m_unit;
    EntryId m_savedId = 0;

    QDateEdit* m_date = nullptr;
    QLineEdit* m_start = nullptr;
    QLineEdit* m_distance = nullptr;
    QLineEdit* m_duration = nullptr;
    QLabel* m_pace = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_surface = nullptr;
    QComboBox* m_effort = nullptr;
    QLineEdit* m_heartRate = nullptr;
    QLineEdit* m_elevation = nullptr;
    QCheckBox* m_glute = nullptr;
    QWidget* m_warmupOffer = nullptr;
    QLabel* m_warmupText = nullptr;
    QPushButton* m_warmupPlay = nullptr;
    QLineEdit* m_notes = nullptr;
    QGroupBox* m_painGroup = nullptr;
    PainQuestions* m_pain = nullptr;
    QComboBox* m_painWhen = nullptr;
    QPushButton* m_painMore = nullptr;
};

} // namespace backstride
