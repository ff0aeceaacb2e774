#pragma once

#include "EntryDialog.h"
#include "ReturnPlanStart.h"
#include "Units.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace backstride {

class JournalCommands;

// Starts a return-to-run plan: what the plan is in a few lines, its first day, the stage to start
// at, and the weekly distance before the pain (the volume stages are shares of it), proposed from
// the journal. A day with a warning sign or pain below the knee in the fortnight before it cannot
// be chosen: the form says to see a professional first.
class StartPlanDialog : public EntryDialog
{
    Q_OBJECT

public:
    StartPlanDialog(JournalCommands& commands, const ReturnPlanStart& proposal, DistanceUnit unit,
        QWidget* parent = nullptr);

    ReturnPlanStart currentPlan() const;

protected:
    FieldProblems problems() const override;
    Status save() override;

private:
    JournalCommands& m_commands;
    DistanceUnit m_unit;
    QDateEdit* m_date = nullptr;
    QComboBox* m_stage = nullptr;
    QLineEdit* m_former = nullptr;
};

} // namespace backstride
