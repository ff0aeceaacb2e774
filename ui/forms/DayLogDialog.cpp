#include "DayLogDialog.h"

#include "FormFields.h"
#include "InputParsing.h"
#include "JournalCommands.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

namespace backstride {

DayLogDialog::DayLogDialog(JournalCommands& commands, const DayLog& day, QWidget* parent)
    : EntryDialog(parent), m_commands(commands), m_original(day)
{
    setObjectName(QStringLiteral("dayLogDialog"));
    setWindowTitle(tr("Sitting hours"));
    m_date = FormFields::dateEdit(day.date, this);
    addField(tr("&Date:"), m_date, QStringLiteral("date"));
    m_hours = FormFields::numberEdit(
        QStringLiteral("sittingEdit"), tr("hours at a desk, in a car, on a sofa"), this);
    m_hours->setAccessibleDescription(tr("Hours spent sitting that day, from 0 to 24"));
    if (day.sittingHours)
        m_hours->setText(FormFields::numberText(*day.sittingHours, 2));
    addField(tr("&Sitting hours:"), m_hours, QStringLiteral("sitting_hours"));
    if (day.sittingHours && day.sittingSource == QLatin1String("activitywatch")) {
        // Say where the number came from; typing another one makes it the runner's own.
        m_hours->setAccessibleDescription(tr("Desk time from ActivityWatch; type another number to replace it"));
        m_hours->setToolTip(m_hours->accessibleDescription());
        auto* source = new QLabel(
            tr("Desk time from ActivityWatch (its AFK watcher). Type your own number if you sat away from "
               "the computer too; Backstride will keep yours."),
            this);
        source->setObjectName(QStringLiteral("sittingSource"));
        source->setWordWrap(true);
        addWideRow(source);
    }
    m_notes
        = FormFields::lineEdit(QStringLiteral("notesEdit"), tr("e.g. long drive, deadline (optional)"), this);
    m_notes->setText(day.notes);
    addField(tr("N&otes:"), m_notes, QStringLiteral("notes"));
    finishForm({m_hours, m_notes, m_date});
    m_hours->setFocus(Qt::OtherFocusReason);
    resize(420, 200);
    revalidate();
}

DayLog DayLogDialog::currentDay() const
{
    DayLog day = m_original;
    day.date = m_date->date();
    day.sittingHours = InputParsing::number(m_hours->text());
    day.notes = m_notes->text().trimmed();
    // A number the runner typed is theirs, and no later read of ActivityWatch replaces it.
    if (day.sittingHours != m_original.sittingHours)
        day.sittingSource.clear();
    return day;
}

FieldProblems DayLogDialog::problems() const
{
    if (m_hours->text().trimmed().isEmpty())
        return {{QStringLiteral("sitting_hours"), tr("is required")}};
    if (!InputParsing::number(m_hours->text()))
        return {{QStringLiteral("sitting_hours"),
            tr("is not a number of hours (e.g. %1)").arg(FormFields::numberText(7.5, 1))}};
    return validate(currentDay());
}

Status DayLogDialog::save()
{
    Result<EntryId> id = m_commands.setDayLog(currentDay());
    return id ? Status() : Status(id.takeError());
}

} // namespace backstride
