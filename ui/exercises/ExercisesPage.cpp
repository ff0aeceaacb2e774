#include "ExercisesPage.h"

#include "Rules.h"

#include "CustomExerciseStore.h"
#include "ExerciseFigureWidget.h"
#include "ExerciseLibrary.h"
#include "JournalRepository.h"
#include "Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace backstride {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kIsRoutineRole = Qt::UserRole + 1;

QLabel* wrapped(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString numbered(const QStringList& steps)
{
    QString html = QStringLiteral("<ol style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString& step : steps)
        html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    return html + QStringLiteral("</ol>");
}

} // namespace

ExercisesPage::ExercisesPage(JournalRepository* repository, std::function<QDate()> today, QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_todayDate(std::move(today))
    , m_list(new QTreeWidget(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_levelLabel(new QLabel(tr("&Level:"), this))
    , m_level(new QComboBox(this))
    , m_figure(new ExerciseFigureWidget(this))
    , m_animate(new QCheckBox(tr("&Move the figure"), this))
    , m_dose(wrapped(QStringLiteral("exerciseDose"), this))
    , m_steps(wrapped(QStringLiteral("exerciseSteps"), this))
    , m_feel(wrapped(QStringLiteral("exerciseFeel"), this))
    , m_stop(wrapped(QStringLiteral("exerciseStop"), this))
    , m_source(wrapped(QStringLiteral("exerciseSource"), this))
    , m_start(new QPushButton(tr("&Start this routine"), this))
    , m_add(new QPushButton(tr("Add a &therapist's exercise…"), this))
    , m_edit(new QPushButton(tr("&Change…"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("exercisesPage"));
    m_list->setObjectName(QStringLiteral("exerciseList"));
    m_list->setHeaderLabels({tr("Exercise"), tr("Kind")});
    m_list->setAccessibleName(tr("Exercises and routines"));
    m_list->setRootIsDecorated(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    const QList<Exercise> exercises = ExerciseLibrary::exercises();
    for (const ExerciseTheme theme : {ExerciseTheme::GlutesAsleep, ExerciseTheme::WeakCore,
             ExerciseTheme::TightHipFlexors, ExerciseTheme::TightHamstrings, ExerciseTheme::TightQuadriceps,
             ExerciseTheme::TightHipRotators, ExerciseTheme::SpasmRelief}) {
        auto* group = new QTreeWidgetItem(m_list, {ExerciseLibrary::themeLabel(theme)});
        group->setFlags(Qt::ItemIsEnabled);
        for (const Exercise& exercise : exercises) {
            if (exercise.theme != theme)
                continue;
            auto* item = new QTreeWidgetItem(group, {exercise.name, ExerciseLibrary::kindLabel(exercise.kind)});
            item->setData(0, kIdRole, exercise.id);
            item->setData(0, kIsRoutineRole, false);
        }
    }
    m_customGroup = new QTreeWidgetItem(m_list, {ExerciseLibrary::themeLabel(ExerciseTheme::FromTherapist)});
    m_customGroup->setFlags(Qt::ItemIsEnabled);
    auto* routines = new QTreeWidgetItem(m_list, {tr("Routines")});
    routines->setFlags(Qt::ItemIsEnabled);
    for (const Routine& routine : ExerciseLibrary::routines()) {
        auto* item = new QTreeWidgetItem(routines, {routine.name, tr("about %n min", nullptr, routine.minutes)});
        item->setData(0, kIdRole, routine.id);
        item->setData(0, kIsRoutineRole, true);
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        m_list->topLevelItem(i)->setFirstColumnSpanned(true); // a theme's name is a heading across
    m_list->expandAll();
    m_list->resizeColumnToContents(1);

    m_title->setObjectName(QStringLiteral("exerciseTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("exerciseSubtitle"));
    m_subtitle->setWordWrap(true);
    m_level->setObjectName(QStringLiteral("exerciseLevel"));
    m_levelLabel->setBuddy(m_level);
    m_animate->setObjectName(QStringLiteral("exerciseAnimate"));
    m_animate->setChecked(m_figure->isAnimated());
    QFont small = m_source->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_source->setFont(small);
    m_steps->setTextFormat(Qt::RichText);

    auto* detail = new QWidget;
    auto* column = new QVBoxLayout(detail);
    column->addWidget(m_title);
    column->addWidget(m_subtitle);
    auto* levelRow = new QHBoxLayout;
    levelRow->addWidget(m_levelLabel);
    levelRow->addWidget(m_level, 1);
    levelRow->addWidget(m_animate);
    column->addLayout(levelRow);
    column->addWidget(m_figure);
    m_levelNote = wrapped(QStringLiteral("exerciseLevelNote"), this);
    column->addWidget(m_levelNote);
    column->addWidget(m_dose);
    column->addWidget(m_steps);
    column->addWidget(m_feel);
    column->addWidget(m_stop);
    column->addWidget(m_source);
    m_start->setObjectName(QStringLiteral("startRoutine"));
    m_edit->setObjectName(QStringLiteral("editCustomExercise"));
    m_remove->setObjectName(QStringLiteral("removeCustomExercise"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    column->addLayout(buttons);
    column->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* listColumn = new QWidget;
    auto* listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    m_add->setObjectName(QStringLiteral("addCustomExercise"));
    m_add->setAccessibleDescription(
        tr("An exercise your physical therapist gave you: its steps and dose, played and logged like the others"));
    listLayout->addWidget(m_add, 0, Qt::AlignLeft);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(listColumn);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 620});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Today's routines lead the page, from the programme.
    m_todayPanel = new QWidget(this);
    m_todayPanel->setObjectName(QStringLiteral("exercisesToday"));
    m_todayPanel->setVisible(false);
    new QVBoxLayout(m_todayPanel);
    layout->addWidget(m_todayPanel);
    layout->addWidget(splitter, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item || item->data(0, kIdRole).isNull())
            return;
        if (item->data(0, kIsRoutineRole).toBool())
            showRoutine(item->data(0, kIdRole).toString());
        else
            showExercise(item->data(0, kIdRole).toString());
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, &ExercisesPage::showLevel);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (ExerciseLibrary::isRoutine(m_shownId))
            Q_EMIT startRequested(m_shownId);
        else
            Q_EMIT exerciseStartRequested(m_shownId, m_level->currentIndex() + 1);
    });
    connect(m_add, &QPushButton::clicked, this, &ExercisesPage::addCustomRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editCustomRequested(m_shownId); });
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeCustomRequested(m_shownId); });
    connect(m_animate, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("exercises/animate"), on);
        m_figure->setAnimated(on);
    });
    fillCustomGroup();
    showItem(exercises.first().id);
}

Status ExercisesPage::reload()
{
    if (!m_repository)
        return {};
    if (m_todayDate) {
        Result<ProgrammeState> programme = ProgrammeJournal::onDay(*m_repository, m_todayDate());
        if (!programme)
            return programme.takeError();
        m_programme = std::move(*programme);
        fillToday();
        if (!m_shownId.isEmpty()) {
            const QString shown = m_shownId;
            m_shownId.clear();
            showItem(shown); // its level may have moved
        }
    }
    Result<QList<CustomExercise>> custom = CustomExerciseStore(m_repository->database()).all();
    if (!custom)
        return custom.takeError();
    if (*custom == m_catalog.custom())
        return {};
    m_catalog = ExerciseCatalog(*custom);
    const QString shown = m_shownId;
    m_shownId.clear();
    fillCustomGroup();
    if (!showItem(shown))
        showItem(ExerciseLibrary::exercises().first().id);
    return {};
}

// The phase and why, each routine due today with its Start button (ticked once logged), and the
// week's sessions planned and done.
void ExercisesPage::fillToday()
{
    auto* layout = static_cast<QVBoxLayout*>(m_todayPanel->layout());
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        if (item->layout())
            qDeleteAll(item->layout()->children());
        delete item;
    }
    if (!m_programme) {
        m_todayPanel->setVisible(false);
        return;
    }
    const ProgrammeState& programme = *m_programme;
    auto* heading = new QLabel(tr("Today: %1").arg(ProgrammeState::phaseLabel(programme.phase)), m_todayPanel);
    heading->setObjectName(QStringLiteral("todayPhase"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    QLabel* reason = wrapped(QStringLiteral("todayReason"), m_todayPanel);
    reason->setText(programme.reason);
    layout->addWidget(reason);
    auto routineName = [](const QString& id) {
        const std::optional<Routine> routine = ExerciseLibrary::routine(id);
        return routine ? routine->name : id;
    };
    for (const RoutineDue& due : programme.today) {
        auto* row = new QWidget(m_todayPanel);
        row->setObjectName(QStringLiteral("todayRoutine"));
        auto* line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        const QString text = ProgrammeState::routineLine(due, m_catalog);
        auto* label = new QLabel(text, row);
        label->setObjectName(QStringLiteral("todayRoutineText"));
        label->setWordWrap(true);
        line->addWidget(label, 1);
        auto* start = new QPushButton(due.done ? tr("Again") : tr("Start"), row);
        start->setObjectName(QStringLiteral("todayStart"));
        start->setAccessibleName(tr("Start %1").arg(routineName(due.routine)));
        const QString routine = due.routine;
        connect(start, &QPushButton::clicked, this, [this, routine] { Q_EMIT startRequested(routine); });
        line->addWidget(start);
        layout->addWidget(row);
    }
    if (programme.today.isEmpty() && programme.phase != ProgrammePhase::SeeProfessional)
        layout->addWidget(new QLabel(tr("Nothing due today: a rest day for the exercises."), m_todayPanel));
    QStringList week;
    for (const RoutineWeek& routine : programme.weeks.first().routines)
        week.append(tr("%1 %2 of %3").arg(routineName(routine.routine)).arg(routine.done).arg(routine.planned));
    if (!week.isEmpty()) {
        auto* weekLine = new QLabel(tr("This week: %1").arg(week.join(QStringLiteral(" · "))), m_todayPanel);
        weekLine->setObjectName(QStringLiteral("todayWeek"));
        layout->addWidget(weekLine);
    }
    m_todayPanel->setVisible(true);
}

QString ExercisesPage::notNow(const Exercise& exercise) const
{
    if (!m_programme)
        return {};
    if (m_programme->hurting.contains(exercise.id))
        return tr("Not now: it hurt in your last sessions (Insights says when). Ask your physical therapist "
                  "about it first.");
    if (exercise.fromTherapist)
        return {};
    const bool gentle = exercise.kind == ExerciseKind::Icing || exercise.id == QLatin1String("walk");
    return phaseHolds(gentle, exercise.kind == ExerciseKind::Strength);
}

QString ExercisesPage::notNow(const Routine& routine) const
{
    if (!m_programme)
        return {};
    return phaseHolds(false, routine.id == QLatin1String("core"));
}

// Why the programme's phase holds something back: a professional comes first (all but the gentle
// ones: ice, an easy walk), or a flare (strengthening). Empty when it does not.
QString ExercisesPage::phaseHolds(bool gentle, bool strengthening) const
{
    if (m_programme->phase == ProgrammePhase::SeeProfessional && !gentle)
        return tr("Not now: see a professional first (Today, above, says why); your therapist's own exercises, "
                  "ice and easy walks are fine.");
    if (m_programme->phase == ProgrammePhase::Flare && strengthening)
        return tr("Not now: no strengthening during a flare (Today, above, says why).");
    return {};
}

void ExercisesPage::fillCustomGroup()
{
    qDeleteAll(m_customGroup->takeChildren());
    for (const CustomExercise& custom : m_catalog.custom()) {
        const Exercise exercise = CustomExercises::toExercise(custom);
        auto* item = new QTreeWidgetItem(m_customGroup, {exercise.name, ExerciseLibrary::kindLabel(exercise.kind)});
        item->setData(0, kIdRole, exercise.id);
        item->setData(0, kIsRoutineRole, false);
    }
    if (m_catalog.custom().isEmpty()) {
        auto* none = new QTreeWidgetItem(m_customGroup, {tr("None yet: add one with the button below")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
    }
    m_customGroup->setExpanded(true);
}

bool ExercisesPage::showItem(const QString& id)
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() == id) {
            m_list->setCurrentItem(*it);
            if (m_shownId != id) // the same item again: show it anyway
                (*it)->data(0, kIsRoutineRole).toBool() ? showRoutine(id) : showExercise(id);
            return true;
        }
    }
    return false;
}

void ExercisesPage::showExercise(const QString& id)
{
    const std::optional<Exercise> exercise = m_catalog.exercise(id);
    if (!exercise)
        return;
    m_shownId = id;
    m_title->setText(exercise->name);
    QStringList facts {ExerciseLibrary::kindLabel(exercise->kind), ExerciseLibrary::themeLabel(exercise->theme)};
    if (exercise->perSide)
        facts.append(tr("each side in turn"));
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));
    for (QWidget* widget : std::initializer_list<QWidget*> {m_levelLabel, m_level, m_figure, m_animate, m_feel, m_stop})
        widget->setVisible(true);
    const QSignalBlocker quiet(m_level);
    m_level->clear();
    for (const ExerciseLevel& level : exercise->levels)
        m_level->addItem(tr("%1. %2").arg(level.level).arg(level.name));
    m_level->setEnabled(exercise->levels.size() > 1);
    m_stop->setText(exercise->stop);
    m_source->setText(exercise->fromTherapist ? tr("From your physical therapist: Backstride has no drawing of it, "
                                                   "and its steps and dose are theirs.")
                                              : tr("Why this exercise and dose: %1").arg(exercise->source));
    m_feel->setVisible(!exercise->feel.isEmpty());
    m_feel->setText(exercise->fromTherapist ? tr("What your therapist said: %1").arg(exercise->feel)
                                            : tr("What you should feel: %1").arg(exercise->feel));
    // The therapist's exercise has one level and no drawing to move.
    m_levelLabel->setVisible(!exercise->fromTherapist);
    m_level->setVisible(!exercise->fromTherapist);
    m_animate->setVisible(!exercise->fromTherapist);
    m_start->setText(tr("&Start this exercise"));
    m_start->setVisible(true);
    m_edit->setVisible(exercise->fromTherapist);
    m_remove->setVisible(exercise->fromTherapist);
    // The programme's level for it, and its last decision.
    int level = 1;
    QString note;
    if (m_programme) {
        const bool done = std::any_of(m_programme->levels.cbegin(), m_programme->levels.cend(),
            [&id](const auto& known) { return known.first == id; });
        level = std::clamp(m_programme->levelOf(id), 1, int(exercise->levels.size()));
        if (done && exercise->levels.size() > 1)
            note = tr("Your level: %1.").arg(level);
        for (auto it = m_programme->decisions.crbegin(); it != m_programme->decisions.crend(); ++it) {
            if (it->exercise == id && it->kind != LevelDecision::Kind::Hold) {
                note += tr(" Since %1: %2").arg(EvidenceText::dayInSentence(it->date), it->reason);
                break;
            }
        }
    }
    if (const QString why = notNow(*exercise); !why.isEmpty())
        note = why + QLatin1Char(' ') + note;
    m_start->setEnabled(notNow(*exercise).isEmpty());
    m_levelNote->setText(note.trimmed());
    m_levelNote->setVisible(!note.isEmpty());
    m_level->setCurrentIndex(level - 1);
    showLevel(level - 1);
}

void ExercisesPage::showLevel(int index)
{
    const std::optional<Exercise> exercise = m_catalog.exercise(m_shownId);
    if (!exercise || index < 0 || index >= exercise->levels.size())
        return;
    const ExerciseLevel& level = exercise->levels.at(index);
    m_figure->setLevel(*exercise, level);
    m_dose->setText(tr("Dose: %1").arg(ExerciseLibrary::doseText(*exercise, level)));
    m_steps->setText(numbered(level.steps.isEmpty() ? exercise->steps : level.steps));
}

void ExercisesPage::showRoutine(const QString& id)
{
    const std::optional<Routine> routine = ExerciseLibrary::routine(id);
    if (!routine)
        return;
    m_shownId = id;
    m_title->setText(routine->name);
    m_subtitle->setText(tr("About %n minutes; logged as %1", nullptr, routine->minutes)
                            .arg(Vocabulary::label(VocabularyKind::RoutineKind, routine->kind)));
    for (QWidget* widget : std::initializer_list<QWidget*> {m_levelLabel, m_level, m_figure, m_animate, m_feel, m_stop})
        widget->setVisible(false);
    m_dose->setText(routine->purpose);
    QStringList lines;
    for (const Exercise& exercise : m_catalog.exercisesOf(*routine)) {
        const QString dose = ExerciseLibrary::doseText(exercise, exercise.levels.first());
        lines.append(exercise.fromTherapist ? tr("%1: %2 (from your physical therapist)").arg(exercise.name, dose)
                                            : tr("%1: %2").arg(exercise.name, dose));
    }
    m_steps->setText(numbered(lines));
    m_source->setText(QString());
    m_start->setText(tr("&Start this routine"));
    m_start->setVisible(true);
    m_edit->setVisible(false);
    m_remove->setVisible(false);
    // What the programme does not plan in this phase is not offered to start.
    const QString why = notNow(*routine);
    m_start->setEnabled(why.isEmpty());
    m_levelNote->setText(why);
    m_levelNote->setVisible(!why.isEmpty());
}

void ExercisesPage::offerRoutines()
{
    showItem(ExerciseLibrary::routines().first().id);
    m_start->setFocus();
}

} // namespace backstride
