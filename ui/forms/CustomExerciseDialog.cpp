#include "CustomExerciseDialog.h"

#include "ExerciseCatalog.h"
#include "ExerciseLibrary.h"
#include "FormFields.h"
#include "InputParsing.h"
#include "JournalCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <cmath>

namespace backstride {
namespace {

std::optional<int> wholeNumber(const QLineEdit* edit)
{
    const std::optional<double> number = InputParsing::number(edit->text());
    if (!number || *number != std::trunc(*number))
        return std::nullopt;
    return int(*number);
}

} // namespace

CustomExerciseDialog::CustomExerciseDialog(
    JournalCommands& commands, const CustomExercise& exercise, const QStringList& takenIds, QWidget* parent)
    : EntryDialog(parent), m_commands(commands), m_original(exercise), m_taken(takenIds)
{
    setObjectName(QStringLiteral("customExerciseDialog"));
    setWindowTitle(exercise.id.isEmpty() ? tr("Add an exercise from my physical therapist")
                                         : tr("Change an exercise from my physical therapist"));
    m_name = FormFields::lineEdit(QStringLiteral("customNameEdit"), tr("e.g. Wall sit"), this);
    m_name->setText(exercise.name);
    addField(tr("&Name:"), m_name, QStringLiteral("name"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("customKindCombo"));
    for (const ExerciseKind kind : {ExerciseKind::Strength, ExerciseKind::Activation, ExerciseKind::Stretch,
             ExerciseKind::Mobility, ExerciseKind::FoamRoll, ExerciseKind::Icing})
        m_kind->addItem(ExerciseLibrary::kindLabel(kind), ExerciseLibrary::kindWord(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(exercise.kind)));
    m_kind->setAccessibleDescription(tr("Played alone, it is logged as the self-care this kind belongs to"));
    addField(tr("&Kind:"), m_kind, QStringLiteral("kind"));

    m_steps = new QPlainTextEdit(this);
    m_steps->setObjectName(QStringLiteral("customStepsEdit"));
    m_steps->setTabChangesFocus(true);
    m_steps->setPlaceholderText(tr("One step a line, as your therapist showed you"));
    m_steps->setAccessibleDescription(tr("The steps, one a line"));
    m_steps->setPlainText(exercise.steps.join(QLatin1Char('\n')));
    m_steps->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    addField(tr("Ste&ps:"), m_steps, QStringLiteral("steps"));
    connect(m_steps, &QPlainTextEdit::textChanged, this, &CustomExerciseDialog::revalidate);

    m_sets = new QSpinBox(this);
    m_sets->setObjectName(QStringLiteral("customSetsSpin"));
    m_sets->setRange(1, 10);
    m_sets->setValue(std::clamp(exercise.sets, 1, 10));
    addField(tr("Se&ts:"), m_sets, QStringLiteral("sets"));
    m_reps = FormFields::numberEdit(QStringLiteral("customRepsEdit"), tr("per set (optional)"), this);
    if (exercise.reps)
        m_reps->setText(QString::number(*exercise.reps));
    m_reps->setAccessibleDescription(tr("Repetitions in each set, on each side when done per side"));
    addField(tr("&Repetitions:"), m_reps, QStringLiteral("reps"));
    m_hold = FormFields::numberEdit(QStringLiteral("customHoldEdit"), tr("seconds (optional)"), this);
    if (exercise.holdSeconds)
        m_hold->setText(QString::number(*exercise.holdSeconds));
    m_hold->setAccessibleDescription(tr("Seconds to hold each repetition, or the whole set when it has none"));
    addField(tr("&Hold (seconds):"), m_hold, QStringLiteral("hold_s"));
    m_perSide = new QCheckBox(tr("&Each side in turn"), this);
    m_perSide->setObjectName(QStringLiteral("customPerSideCheck"));
    m_perSide->setChecked(exercise.perSide);
    addField(QString(), m_perSide, QStringLiteral("per_side"));

    m_routine = new QComboBox(this);
    m_routine->setObjectName(QStringLiteral("customRoutineCombo"));
    m_routine->addItem(tr("on its own"), QString());
    for (const Routine& routine : ExerciseLibrary::routines())
        m_routine->addItem(tr("at the end of: %1").arg(routine.name), routine.id);
    m_routine->setCurrentIndex(std::max(0, m_routine->findData(exercise.routine)));
    addField(tr("Play it &in:"), m_routine, QStringLiteral("routine"));
    m_notes = FormFields::lineEdit(QStringLiteral("customNotesEdit"), tr("what your therapist said (optional)"), this);
    m_notes->setText(exercise.notes);
    addField(tr("N&otes:"), m_notes, QStringLiteral("notes"));

    finishForm({m_name, m_kind, m_steps, m_sets, m_reps, m_hold, m_perSide, m_routine, m_notes});
    resize(480, 420);
    revalidate();
}

CustomExercise CustomExerciseDialog::currentExercise() const
{
    CustomExercise exercise = m_original;
    exercise.name = m_name->text().trimmed();
    if (exercise.id.isEmpty())
        exercise.id = CustomExercises::newId(exercise.name, m_taken);
    exercise.kind = m_kind->currentData().toString();
    exercise.steps.clear();
    for (const QString& line : m_steps->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            exercise.steps.append(line.trimmed());
    }
    exercise.sets = m_sets->value();
    exercise.reps = wholeNumber(m_reps);
    exercise.holdSeconds = wholeNumber(m_hold);
    exercise.perSide = m_perSide->isChecked();
    exercise.routine = m_routine->currentData().toString();
    exercise.notes = m_notes->text().trimmed();
    return exercise;
}

FieldProblems CustomExerciseDialog::problems() const
{
    FieldProblems found;
    if (!m_reps->text().trimmed().isEmpty() && !wholeNumber(m_reps))
        found.append({QStringLiteral("reps"), tr("is not a whole number")});
    if (!m_hold->text().trimmed().isEmpty() && !wholeNumber(m_hold))
        found.append({QStringLiteral("hold_s"), tr("is not a whole number of seconds")});
    for (const FieldProblem& problem : CustomExercises::problems(currentExercise())) {
        const bool unreadable = std::any_of(
            found.cbegin(), found.cend(), [&problem](const FieldProblem& known) { return known.field == problem.field; });
        if (!unreadable)
            found.append(problem);
    }
    return found;
}

Status CustomExerciseDialog::save()
{
    const CustomExercise exercise = currentExercise();
    if (Status saved = m_commands.saveCustomExercise(exercise); !saved)
        return saved;
    m_savedId = exercise.id;
    return {};
}

} // namespace backstride
