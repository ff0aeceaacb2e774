#include "StartPlanDialog.h"

#include "TodayAnswer.h"

#include "FormFields.h"
#include "InputParsing.h"
#include "JournalCommands.h"
#include "JournalRepository.h"
#include "ReturnPlan.h"
#include "ReturnPlanJournal.h"
#include "WrappedLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace backstride {

StartPlanDialog::StartPlanDialog(
    JournalCommands& commands, const ReturnPlanStart& proposal, DistanceUnit unit, QWidget* parent)
    : EntryDialog(parent), m_commands(commands), m_unit(unit)
{
    setObjectName(QStringLiteral("startPlanDialog"));
    setWindowTitle(tr("Start a return-to-run plan"));
    Result<QMap<QString, QString>> settings = commands.repository().settings();
    const AnalysisThresholds t = AnalysisThresholds::fromSettings(settings ? *settings : QMap<QString, QString>());
    const QList<ReturnPlanStage> stages = ReturnPlanStages::table(t);

    auto* about = new WrappedLabel(
        tr("The plan brings you back to running in small steps: a brisk walk first, then walking and "
           "running in turns, then half an hour of running, then three weeks at %1, %2 and %3 % of your "
           "weekly distance before the pain. After each session it asks how the back was, during the run "
           "and the next morning. Pain up to %4/10 that has settled by the morning counts as a good "
           "session, and %5 good ones in a row move you up. Up to %6/10, or a morning worse than the one "
           "before, repeats the stage; more than %6/10 means %7 days of rest and a stage back.")
            .arg(qRound(t.planStage6Percent))
            .arg(qRound(t.planStage7Percent))
            .arg(qRound(t.planStage8Percent))
            .arg(t.planGoodPain)
            .arg(t.planGoodInARow)
            .arg(t.planCeilingPain)
            .arg(t.planRestDays),
        this);
    about->setObjectName(QStringLiteral("planAbout"));
    addWideRow(about);

    m_date = FormFields::dateEdit(proposal.started, this);
    addField(tr("&First day:"), m_date, QStringLiteral("started"));
    watch(m_date);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("planStageCombo"));
    for (const ReturnPlanStage& stage : stages)
        m_stage->addItem(tr("%1 — %2").arg(stage.number).arg(stage.name()), stage.number);
    m_stage->setCurrentIndex(std::clamp(proposal.startStage, 0, int(stages.size()) - 1));
    m_stage->setAccessibleDescription(
        tr("Stage 0 is the walk that shows you are ready; most runners start at 1"));
    addField(tr("&Start at stage:"), m_stage, QStringLiteral("start_stage"));
    watch(m_stage);

    auto* formerRow = new QWidget(this);
    auto* formerLayout = new QHBoxLayout(formerRow);
    formerLayout->setContentsMargins(0, 0, 0, 0);
    m_former = FormFields::numberEdit(QStringLiteral("formerWeeklyEdit"), tr("e.g. %1").arg(30), formerRow);
    const bool formerKnown = proposal.formerWeeklyKm != ReturnPlanJournal::unknownFormerWeeklyKm;
    if (formerKnown)
        m_former->setText(FormFields::numberText(Units::toUnit(proposal.formerWeeklyKm * 1000, unit), 1));
    m_former->setAccessibleDescription(
        tr("Your usual weekly distance in %1 before this episode; the last stages are shares of it")
            .arg(unit == DistanceUnit::Miles ? tr("miles") : tr("kilometres")));
    formerLayout->addWidget(m_former);
    formerLayout->addWidget(new QLabel(Units::symbol(unit), formerRow));
    addField(tr("Weekly distance &before the pain:"), formerRow, QStringLiteral("former_weekly_km"));
    watch(m_former);
    auto* note = new WrappedLabel(formerKnown
            ? tr("Worked out from the four weeks before the pain began; change it if those weeks were not "
                 "your usual ones.")
            : tr("Your journal does not reach back to the four weeks before the pain began: type the distance "
                 "you usually ran in a week then."),
        this);
    note->setObjectName(QStringLiteral("formerWeeklyNote"));
    addWideRow(note);
    finishForm({m_date, m_stage, m_former});
    saveButton()->setText(tr("Start the plan"));
    m_stage->setFocus(Qt::OtherFocusReason);
    resize(560, 360);
}

ReturnPlanStart StartPlanDialog::currentPlan() const
{
    ReturnPlanStart plan;
    plan.started = m_date->date();
    plan.startStage = m_stage->currentData().toInt();
    const std::optional<double> former = InputParsing::number(m_former->text());
    plan.formerWeeklyKm = former ? Units::toMetres(*former, m_unit) / 1000 : -1;
    return plan;
}

FieldProblems StartPlanDialog::problems() const
{
    FieldProblems found;
    const ReturnPlanStart plan = currentPlan();
    if (!plan.started.isValid())
        found.append({QStringLiteral("started"), tr("is not a date")});
    else if (const Result<std::optional<QString>> blocker = TodayJournal::planBlocker(m_commands.repository(), plan.started);
             blocker && blocker->has_value())
        found.append({QStringLiteral("started"),
            tr("%1 — see a doctor or a physical therapist before you return to running, and record it when they "
               "clear you")
                .arg(**blocker)});
    if (m_former->text().trimmed().isEmpty())
        found.append({QStringLiteral("former_weekly_km"), tr("is required (0 if you did not run)")});
    else if (plan.formerWeeklyKm < 0 || plan.formerWeeklyKm > 500)
        found.append({QStringLiteral("former_weekly_km"), tr("is not a distance from 0 to 500 km")});
    return found;
}

Status StartPlanDialog::save()
{
    return m_commands.startPlan(currentPlan());
}

} // namespace backstride
