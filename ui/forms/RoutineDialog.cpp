#include "RoutineDialog.h"

#include "ExercisesDoneEditor.h"
#include "FormFields.h"
#include "InputParsing.h"
#include "JournalCommands.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

#include <cmath>

namespace backstride {

RoutineDialog::RoutineDialog(
    JournalCommands& commands, const RoutineSession& routine, const ExerciseCatalog& catalog, QWidget* parent)
    : EntryDialog(parent), m_commands(commands), m_original(routine)
{
    setObjectName(QStringLiteral("routineDialog"));
    setWindowTitle(routine.id ? tr("Edit self-care") : tr("Log self-care"));
    m_date = FormFields::dateEdit(routine.date, this);
    addField(tr("&Date:"), m_date, QStringLiteral("date"));
    m_kind = FormFields::vocabularyCombo(VocabularyKind::RoutineKind, false, this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    FormFields::selectWord(m_kind, routine.kind);
    addField(tr("&What:"), m_kind, QStringLiteral("kind"));
    m_minutes = FormFields::lineEdit(QStringLiteral("minutesEdit"), tr("minutes (optional)"), this);
    m_minutes->setAccessibleDescription(tr("How many minutes it took; optional"));
    if (routine.minutes)
        m_minutes->setText(QString::number(*routine.minutes));
    addField(tr("&Minutes:"), m_minutes, QStringLiteral("minutes"));
    m_exercises = new ExercisesDoneEditor(catalog, this);
    m_exercises->setExercises(routine.exercises);
    addField(tr("E&xercises:"), m_exercises, QStringLiteral("exercises"));
    connect(m_exercises, &ExercisesDoneEditor::changed, this, &RoutineDialog::revalidate);
    connect(m_exercises, &ExercisesDoneEditor::rowsChanged, this, [this] {
        orderTabs();
        adjustSize();
    });
    m_notes = FormFields::lineEdit(QStringLiteral("notesEdit"), tr("e.g. planks, bridges (optional)"), this);
    m_notes->setText(routine.notes);
    addField(tr("N&otes:"), m_notes, QStringLiteral("notes"));
    QList<QWidget*> order {m_kind, m_minutes};
    order.append(m_exercises->tabOrder());
    order.append({m_notes, m_date});
    finishForm(order);
    m_kind->setFocus(Qt::OtherFocusReason);
    resize(560, 260);
    revalidate();
}

// Rows come and go: their fields keep their place between the minutes and the notes.
void RoutineDialog::orderTabs()
{
    QList<QWidget*> order {m_minutes};
    order.append(m_exercises->tabOrder());
    order.append(m_notes);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

RoutineSession RoutineDialog::currentRoutine() const
{
    RoutineSession routine = m_original;
    routine.date = m_date->date();
    routine.kind = FormFields::selectedWord(m_kind);
    const std::optional<double> minutes = InputParsing::number(m_minutes->text());
    routine.minutes = minutes ? std::optional<int>(int(std::lround(*minutes))) : std::nullopt;
    routine.notes = m_notes->text().trimmed();
    routine.exercises = m_exercises->exercises();
    return routine;
}

FieldProblems RoutineDialog::problems() const
{
    const QString text = m_minutes->text().trimmed();
    const std::optional<double> minutes = InputParsing::number(text);
    if (!text.isEmpty() && (!minutes || *minutes != std::trunc(*minutes)))
        return {{QStringLiteral("minutes"), tr("is not a whole number of minutes")}};
    return validate(currentRoutine());
}

Status RoutineDialog::save()
{
    const RoutineSession routine = currentRoutine();
    if (routine.id)
        return m_commands.updateRoutine(routine);
    Result<EntryId> id = m_commands.addRoutine(routine);
    return id ? Status() : Status(id.takeError());
}

} // namespace backstride
