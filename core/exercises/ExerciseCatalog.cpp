#include "ExerciseCatalog.h"

#include "ExerciseLibrary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CustomExercises)
};

// What a therapist's exercise may hold: room for any real prescription, not for a pasted file.
struct Limits
{
    int nameChars = 80;
    int steps = 10;
    int stepChars = 300;
    int sets = 10;
    int reps = 100;
    int holdSeconds = 600;
    int notesChars = 2000;
};
constexpr Limits kLimits;

const QRegularExpression& idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^pt-[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern;
}

} // namespace

FieldProblems CustomExercises::problems(const CustomExercise& exercise)
{
    FieldProblems found;
    auto problem = [&found](const char* field, const QString& message) {
        found.append({QString::fromLatin1(field), message});
    };
    if (!idPattern().match(exercise.id).hasMatch() || exercise.id.size() > 64)
        problem("id", Text::tr("must be “pt-” and lower-case words joined by hyphens, e.g. pt-wall-sit"));
    const QString name = exercise.name.trimmed();
    if (name.isEmpty())
        problem("name", Text::tr("is required"));
    else if (name.size() > kLimits.nameChars)
        problem("name", Text::tr("is longer than %1 characters").arg(kLimits.nameChars));
    if (!ExerciseLibrary::kindOf(exercise.kind))
        problem("kind", Text::tr("must be activation, strength, stretch, foam-roll, mobility or icing"));
    if (exercise.steps.isEmpty())
        problem("steps", Text::tr("needs at least one step"));
    else if (exercise.steps.size() > kLimits.steps)
        problem("steps", Text::tr("has more than %1 steps").arg(kLimits.steps));
    for (const QString& step : exercise.steps) {
        if (step.trimmed().isEmpty() || step.contains(QLatin1Char('\n'))) {
            problem("steps", Text::tr("each step is one line of text"));
            break;
        }
        if (step.size() > kLimits.stepChars) {
            problem("steps", Text::tr("a step is longer than %1 characters").arg(kLimits.stepChars));
            break;
        }
    }
    if (exercise.sets < 1 || exercise.sets > kLimits.sets)
        problem("sets", Text::tr("must be from 1 to %1").arg(kLimits.sets));
    if (exercise.reps && (*exercise.reps < 1 || *exercise.reps > kLimits.reps))
        problem("reps", Text::tr("must be from 1 to %1").arg(kLimits.reps));
    if (exercise.holdSeconds && (*exercise.holdSeconds < 1 || *exercise.holdSeconds > kLimits.holdSeconds))
        problem("hold_s", Text::tr("must be from 1 to %1 seconds").arg(kLimits.holdSeconds));
    if (!exercise.reps && !exercise.holdSeconds)
        problem("reps", Text::tr("give repetitions, a hold in seconds, or both"));
    if (!exercise.routine.isEmpty() && !ExerciseLibrary::isRoutine(exercise.routine))
        problem("routine",
            Text::tr("“%1” is not a routine of the library (backstride exercises lists them)").arg(exercise.routine));
    if (exercise.notes.size() > kLimits.notesChars)
        problem("notes", Text::tr("is longer than %1 characters").arg(kLimits.notesChars));
    return found;
}

QString CustomExercises::newId(const QString& name, const QStringList& taken)
{
    // Letters without their accents ("Übung" → "ubung"), anything else a word break.
    QString words;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            words += c;
        else if (c.category() != QChar::Mark_NonSpacing && !words.endsWith(u'-') && !words.isEmpty())
            words += u'-';
    }
    while (words.endsWith(u'-'))
        words.chop(1);
    words.truncate(48);
    while (words.endsWith(u'-'))
        words.chop(1);
    const QString base = QLatin1String("pt-") + (words.isEmpty() ? QStringLiteral("exercise") : words);
    QString id = base;
    for (int number = 2; taken.contains(id); ++number)
        id = base + u'-' + QString::number(number);
    return id;
}

Exercise CustomExercises::toExercise(const CustomExercise& custom)
{
    Exercise exercise;
    exercise.id = custom.id;
    exercise.name = custom.name.trimmed();
    exercise.kind = ExerciseLibrary::kindOf(custom.kind).value_or(ExerciseKind::Strength);
    exercise.theme = ExerciseTheme::FromTherapist;
    exercise.steps = custom.steps;
    exercise.feel = custom.notes;
    exercise.stop = Text::tr("Pain that spreads into the buttock or leg, or pain your physical therapist did not "
                             "expect: stop, and ask them before you do it again.");
    exercise.perSide = custom.perSide;
    ExerciseLevel level;
    level.level = 1;
    level.name = Text::tr("As your physical therapist showed you");
    level.sets = custom.sets;
    level.reps = custom.reps;
    level.holdSeconds = custom.holdSeconds;
    // The plain placeholder figure: standing, seen from the front, the same at start and end.
    level.start = Pose {.trunk = 90, .head = 90, .upperArm = {-110, -70}, .forearm = {-100, -80},
        .thigh = {-97, -83}, .shin = {-92, -88}, .foot = {180, 0}};
    level.end = level.start;
    exercise.levels = {level};
    exercise.source = Text::tr("Your physical therapist");
    exercise.fromTherapist = true;
    return exercise;
}

ExerciseCatalog::ExerciseCatalog(const QList<CustomExercise>& custom) : m_custom(custom)
{
    for (qsizetype i = 0; i < m_custom.size(); ++i)
        m_index.insert(m_custom.at(i).id, i);
}

std::optional<Exercise> ExerciseCatalog::exercise(const QString& id) const
{
    if (const auto found = m_index.constFind(id); found != m_index.cend())
        return CustomExercises::toExercise(m_custom.at(*found));
    return ExerciseLibrary::exercise(id);
}

int ExerciseCatalog::levelCount(const QString& id) const
{
    return m_index.contains(id) ? 1 : ExerciseLibrary::levelCount(id);
}

QString ExerciseCatalog::doneText(const ExerciseDone& done) const
{
    return ExerciseLibrary::doneText(done, exercise(done.exercise));
}

QList<Exercise> ExerciseCatalog::exercisesOf(const Routine& routine) const
{
    QList<Exercise> exercises;
    for (const QString& id : routine.exercises) {
        if (std::optional<Exercise> found = exercise(id))
            exercises.append(std::move(*found));
    }
    for (const CustomExercise& custom : m_custom) {
        if (!routine.id.isEmpty() && custom.routine == routine.id && !routine.exercises.contains(custom.id))
            exercises.append(CustomExercises::toExercise(custom));
    }
    return exercises;
}

Routine ExerciseCatalog::single(const Exercise& exercise)
{
    Routine routine;
    routine.name = exercise.name;
    routine.kind = ExerciseLibrary::sessionKind(exercise.kind);
    routine.exercises = {exercise.id};
    return routine;
}

} // namespace backstride
