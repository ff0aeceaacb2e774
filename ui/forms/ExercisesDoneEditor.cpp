#include "ExercisesDoneEditor.h"

#include "ExerciseLibrary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace backstride {

// One exercise done: its fields, each named for a screen reader with the exercise's name.
struct ExercisesDoneEditor::Row
{
    QWidget* widget = nullptr;
    QString exercise;
    bool perSide = false;
    QSpinBox* level = nullptr;
    QSpinBox* sets = nullptr;
    QSpinBox* reps = nullptr; // 0: not given
    QSpinBox* hold = nullptr; // 0: not given
    QComboBox* side = nullptr;
    QSpinBox* pain = nullptr; // -1: not asked
    QPushButton* remove = nullptr;
};

namespace {

// A spin box whose lowest value reads as "not given" rather than as a number.
QSpinBox* spin(QWidget* parent, int low, int high, const QString& unknown, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setSpecialValueText(unknown);
    box->setSuffix(suffix);
    return box;
}

} // namespace

ExercisesDoneEditor::ExercisesDoneEditor(const ExerciseCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_pick(new QComboBox(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("exercisesDoneEditor"));
    m_pick->setObjectName(QStringLiteral("exercisePick"));
    m_pick->setAccessibleName(tr("Exercise to add"));
    m_pick->addItem(tr("an exercise you did…"), QString());
    for (const CustomExercise& custom : m_catalog.custom())
        m_pick->addItem(tr("%1 (from your physical therapist)").arg(custom.name), custom.id);
    for (const Exercise& exercise : ExerciseLibrary::exercises())
        m_pick->addItem(exercise.name, exercise.id);
    m_add->setObjectName(QStringLiteral("exerciseAdd"));
    m_add->setAccessibleName(tr("Add this exercise"));
    m_add->setEnabled(false);
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_pick, 1);
    pickRow->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    layout->addLayout(pickRow);
    connect(m_pick, &QComboBox::currentIndexChanged, this,
        [this] { m_add->setEnabled(!m_pick->currentData().toString().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        add(m_pick->currentData().toString());
        m_pick->setCurrentIndex(0);
        if (!m_rowList.isEmpty())
            m_rowList.last()->sets->setFocus();
    });
}

void ExercisesDoneEditor::setExercises(const QList<ExerciseDone>& exercises)
{
    for (Row* row : std::as_const(m_rowList)) {
        delete row->widget;
        delete row;
    }
    m_rowList.clear();
    for (const ExerciseDone& done : exercises)
        addRow(done);
    Q_EMIT changed();
}

void ExercisesDoneEditor::add(const QString& exerciseId)
{
    const std::optional<Exercise> exercise = m_catalog.exercise(exerciseId);
    if (!exercise || exercise->levels.isEmpty())
        return;
    const ExerciseLevel& first = exercise->levels.first();
    addRow({exerciseId, first.level, first.sets, first.reps, first.holdSeconds, QStringLiteral("both"), std::nullopt});
    Q_EMIT changed();
}

void ExercisesDoneEditor::addRow(const ExerciseDone& done)
{
    const std::optional<Exercise> exercise = m_catalog.exercise(done.exercise);
    const QString name = exercise ? exercise->name : done.exercise;
    auto* row = new Row;
    row->exercise = done.exercise;
    row->perSide = exercise && exercise->perSide;
    row->widget = new QWidget(this);
    row->widget->setObjectName(QStringLiteral("exerciseDoneRow"));
    auto* line = new QHBoxLayout(row->widget);
    line->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(name, row->widget);
    label->setObjectName(QStringLiteral("exerciseDoneName"));
    line->addWidget(label, 1);
    const int levels = exercise ? int(exercise->levels.size()) : 1;
    row->level = spin(row->widget, 1, std::max(levels, done.level), QString(), QString());
    row->level->setPrefix(tr("level "));
    row->level->setValue(done.level);
    row->level->setVisible(levels > 1);
    row->sets = spin(row->widget, 0, 10, QString(), QString());
    row->reps = spin(row->widget, 0, 100, tr("— reps"), QString());
    // "1 set", "2 sets": the unit follows the number.
    const auto counted = [](QSpinBox* box, const char* text) {
        QObject::connect(box, &QSpinBox::valueChanged, box, [box, text](int n) { box->setSuffix(tr(text, nullptr, n)); });
    };
    counted(row->sets, QT_TR_N_NOOP(" set(s)"));
    counted(row->reps, QT_TR_N_NOOP(" rep(s)"));
    row->sets->setValue(done.sets);
    row->sets->setSuffix(tr(" set(s)", nullptr, done.sets));
    row->reps->setValue(done.reps.value_or(0));
    row->reps->setSuffix(tr(" rep(s)", nullptr, done.reps.value_or(0)));
    row->hold = spin(row->widget, 0, 600, tr("— hold"), tr(" s hold"));
    row->hold->setValue(done.holdSeconds.value_or(0));
    row->side = new QComboBox(row->widget);
    row->side->addItem(tr("both sides"), QStringLiteral("both"));
    row->side->addItem(tr("left only"), QStringLiteral("left"));
    row->side->addItem(tr("right only"), QStringLiteral("right"));
    row->side->setCurrentIndex(std::max(0, row->side->findData(done.side)));
    row->side->setVisible(row->perSide || done.side != QLatin1String("both"));
    row->pain = spin(row->widget, -1, 10, tr("pain not asked"), tr("/10 pain"));
    row->pain->setValue(done.pain.value_or(-1));
    row->remove = new QPushButton(tr("Remove"), row->widget);
    for (auto [widget, what] : std::initializer_list<std::pair<QWidget*, QString>> {{row->level, tr("level")},
             {row->sets, tr("sets")}, {row->reps, tr("repetitions per set")}, {row->hold, tr("seconds held")},
             {row->side, tr("side")}, {row->pain, tr("pain during it, 0 to 10")}, {row->remove, tr("remove")}})
        widget->setAccessibleName(tr("%1: %2").arg(name, what));
    for (QWidget* widget : {static_cast<QWidget*>(row->level), static_cast<QWidget*>(row->sets),
             static_cast<QWidget*>(row->reps), static_cast<QWidget*>(row->hold), static_cast<QWidget*>(row->side),
             static_cast<QWidget*>(row->pain), static_cast<QWidget*>(row->remove)})
        line->addWidget(widget);
    m_rows->addWidget(row->widget);
    m_rowList.append(row);
    Q_EMIT rowsChanged();
    for (QSpinBox* box : {row->sets, row->reps, row->hold, row->pain})
        connect(box, &QSpinBox::valueChanged, this, &ExercisesDoneEditor::changed);
    connect(row->level, &QSpinBox::valueChanged, this, [this, row](int level) {
        refill(*row, level);
        Q_EMIT changed();
    });
    connect(row->side, &QComboBox::currentIndexChanged, this, &ExercisesDoneEditor::changed);
    connect(row->remove, &QPushButton::clicked, this, [this, row] {
        m_rowList.removeOne(row);
        row->widget->deleteLater();
        delete row;
        m_pick->setFocus();
        Q_EMIT rowsChanged();
        Q_EMIT changed();
    });
}

// Another level chosen: its dose, to be changed to what was done.
void ExercisesDoneEditor::refill(Row& row, int level)
{
    const std::optional<Exercise> exercise = m_catalog.exercise(row.exercise);
    const ExerciseLevel* dose = exercise ? exercise->level(level) : nullptr;
    if (!dose)
        return;
    row.sets->setValue(dose->sets);
    row.reps->setValue(dose->reps.value_or(0));
    row.hold->setValue(dose->holdSeconds.value_or(0));
}

QList<ExerciseDone> ExercisesDoneEditor::exercises() const
{
    QList<ExerciseDone> done;
    for (const Row* row : m_rowList) {
        done.append({row->exercise, row->level->value(), row->sets->value(),
            row->reps->value() > 0 ? std::optional<int>(row->reps->value()) : std::nullopt,
            row->hold->value() > 0 ? std::optional<int>(row->hold->value()) : std::nullopt,
            row->side->currentData().toString(),
            row->pain->value() >= 0 ? std::optional<int>(row->pain->value()) : std::nullopt});
    }
    return done;
}

QList<QWidget*> ExercisesDoneEditor::tabOrder() const
{
    QList<QWidget*> order;
    for (const Row* row : m_rowList)
        order.append({row->level, row->sets, row->reps, row->hold, row->side, row->pain, row->remove});
    order.append({m_pick, m_add});
    return order;
}

} // namespace backstride
