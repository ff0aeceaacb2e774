#include "ClearanceDialog.h"

#include "FormFields.h"
#include "JournalCommands.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace backstride {

ClearanceDialog::ClearanceDialog(JournalCommands& commands, const QDate& today, QWidget* parent)
    : EntryDialog(parent), m_commands(commands), m_today(today)
{
    setObjectName(QStringLiteral("clearanceDialog"));
    setWindowTitle(tr("My physical therapist or doctor saw me"));
    auto* intro = new QLabel(tr("Once they have cleared you, what you logged before their visit (warning signs, pain "
                                "below the knee, spreading pain) no longer holds back what they cleared. Anything "
                                "logged after it counts again."),
        this);
    intro->setWordWrap(true);
    addWideRow(intro);
    m_date = FormFields::dateEdit(today, this);
    m_date->setObjectName(QStringLiteral("clearanceDate"));
    m_date->setMaximumDate(today);
    addField(tr("&Seen on:"), m_date, QStringLiteral("date"));
    m_by = FormFields::lineEdit(QStringLiteral("clearanceBy"), tr("e.g. physical therapist, Dr Weber"), this);
    addField(tr("&By:"), m_by, QStringLiteral("by"));
    auto* cleared = new QWidget(this);
    auto* row = new QHBoxLayout(cleared);
    row->setContentsMargins(0, 0, 0, 0);
    m_running = new QCheckBox(tr("to &run"), cleared);
    m_running->setObjectName(QStringLiteral("clearanceRunning"));
    m_exercise = new QCheckBox(tr("to e&xercise"), cleared);
    m_exercise->setObjectName(QStringLiteral("clearanceExercise"));
    row->addWidget(m_running);
    row->addWidget(m_exercise);
    row->addStretch();
    addField(tr("Cleared me:"), cleared, QStringLiteral("cleared"));
    m_notes = FormFields::lineEdit(QStringLiteral("clearanceNotes"), tr("What they said, e.g. build up slowly"), this);
    addField(tr("&Notes:"), m_notes, QStringLiteral("notes"));
    watch(m_running);
    watch(m_exercise);
    finishForm({m_date, m_by, m_running, m_exercise, m_notes});
}

Clearance ClearanceDialog::currentClearance() const
{
    Clearance clearance;
    clearance.date = m_date->date();
    clearance.by = m_by->text().trimmed();
    clearance.running = m_running->isChecked();
    clearance.exercise = m_exercise->isChecked();
    clearance.notes = m_notes->text().trimmed();
    return clearance;
}

FieldProblems ClearanceDialog::problems() const
{
    FieldProblems found = Clearances::problems(currentClearance());
    if (m_date->date() > m_today)
        found.append({QStringLiteral("date"), tr("cannot be after today")});
    return found;
}

Status ClearanceDialog::save()
{
    return m_commands.addClearance(currentClearance());
}

} // namespace backstride
