#include "ExerciseLibrary.h"

#include "ExerciseContent.h"

#include <QCoreApplication>
#include <QMutex>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace backstride {
namespace {

// This file's texts, in the same translation context as ExerciseContent.cpp's.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Exercises)
};

} // namespace

const ExerciseLevel* Exercise::level(int number) const
{
    for (const ExerciseLevel& candidate : levels) {
        if (candidate.level == number)
            return &candidate;
    }
    return nullptr;
}

namespace {

// The library as built in the language now installed. Building it translates a few hundred texts,
// and the programme, the generator and the pages look exercises up one by one; the list is kept
// while the translation of one of its names stays the same (a copy of it is cheap: shared data).
QList<Exercise> library()
{
    static QMutex mutex;
    static QList<Exercise> built;
    static QString builtFor;
    const QString language = Text::tr("Side plank");
    QMutexLocker lock(&mutex);
    if (built.isEmpty() || builtFor != language) {
        built = ExerciseContent::build();
        builtFor = language;
    }
    return built;
}

} // namespace

QList<Exercise> ExerciseLibrary::exercises()
{
    return library();
}

std::optional<Exercise> ExerciseLibrary::exercise(const QString& id)
{
    for (const Exercise& candidate : library()) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

int ExerciseLibrary::levelCount(const QString& id)
{
    static const QHash<QString, int> counts = [] {
        QHash<QString, int> all;
        for (const Exercise& exercise : ExerciseContent::build())
            all.insert(exercise.id, int(exercise.levels.size()));
        return all;
    }();
    return counts.value(id);
}

bool ExerciseLibrary::isRoutine(const QString& id)
{
    static const QSet<QString> ids = [] {
        QSet<QString> all;
        for (const Routine& routine : routines())
            all.insert(routine.id);
        return all;
    }();
    return ids.contains(id);
}

QList<Routine> ExerciseLibrary::routines()
{
    return {
        {QStringLiteral("glute-warmup"), Text::tr("Glute warm-up"), QStringLiteral("glute-activation"), 5,
            Text::tr("Before a run, above all after a day at a desk: wakes the glutes that sitting switched off."),
            {QStringLiteral("glute-bridge"), QStringLiteral("clamshell"), QStringLiteral("band-walk")}},
        {QStringLiteral("core"), Text::tr("Core strength"), QStringLiteral("core-strength"), 18,
            Text::tr("Two or three times a week once the pain has settled: hips, glutes, stomach and back."),
            {QStringLiteral("bird-dog"), QStringLiteral("side-plank"), QStringLiteral("curl-up"),
                QStringLiteral("dead-bug"), QStringLiteral("glute-bridge"), QStringLiteral("side-lying-hip-abduction")}},
        {QStringLiteral("stretch"), Text::tr("Stretches"), QStringLiteral("stretching"), 10,
            Text::tr("After a run or a long day of sitting: the hip flexors, hamstrings, quadriceps and hip "
                     "rotators."),
            {QStringLiteral("hip-flexor-stretch"), QStringLiteral("hamstring-stretch"),
                QStringLiteral("quadriceps-stretch"), QStringLiteral("piriformis-stretch")}},
        {QStringLiteral("foam-roll"), Text::tr("Foam rolling"), QStringLiteral("foam-rolling"), 5,
            Text::tr("After a run, gently: the hamstrings, and the muscles beside the lower spine."),
            {QStringLiteral("foam-roll-hamstrings"), QStringLiteral("foam-roll-lower-back")}},
        {QStringLiteral("flare-relief"), Text::tr("Flare relief"), QStringLiteral("stretching"), 30,
            Text::tr("While the back is sore: gentle movement, a short walk and ice, no strengthening."),
            {QStringLiteral("knee-to-chest"), QStringLiteral("cat-camel"), QStringLiteral("walk"),
                QStringLiteral("icing")}},
    };
}

QString ExerciseLibrary::routineAnswering(const QString& flagId)
{
    // The flags whose advice is one of the routines (core/analysis/FlagCatalog.cpp).
    static const QHash<QString, QString> answers {{QStringLiteral("no-core-work"), QStringLiteral("core")},
        {QStringLiteral("no-glute-warmup"), QStringLiteral("glute-warmup")},
        {QStringLiteral("sitting-before-run"), QStringLiteral("glute-warmup")},
        {QStringLiteral("tightness-no-stretching"), QStringLiteral("stretch")}};
    return answers.value(flagId);
}

std::optional<Routine> ExerciseLibrary::routine(const QString& id)
{
    for (const Routine& candidate : routines()) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

QString ExerciseLibrary::kindWord(ExerciseKind kind)
{
    switch (kind) {
    case ExerciseKind::Activation:
        return QStringLiteral("activation");
    case ExerciseKind::Strength:
        return QStringLiteral("strength");
    case ExerciseKind::Stretch:
        return QStringLiteral("stretch");
    case ExerciseKind::FoamRoll:
        return QStringLiteral("foam-roll");
    case ExerciseKind::Mobility:
        return QStringLiteral("mobility");
    case ExerciseKind::Icing:
        return QStringLiteral("icing");
    }
    return {};
}

std::optional<ExerciseKind> ExerciseLibrary::kindOf(const QString& word)
{
    for (const ExerciseKind kind : {ExerciseKind::Activation, ExerciseKind::Strength, ExerciseKind::Stretch,
             ExerciseKind::FoamRoll, ExerciseKind::Mobility, ExerciseKind::Icing}) {
        if (kindWord(kind) == word)
            return kind;
    }
    return std::nullopt;
}

QString ExerciseLibrary::sessionKind(ExerciseKind kind)
{
    switch (kind) {
    case ExerciseKind::Activation:
        return QStringLiteral("glute-activation");
    case ExerciseKind::Strength:
        return QStringLiteral("core-strength");
    case ExerciseKind::Stretch:
    case ExerciseKind::Mobility:
        return QStringLiteral("stretching");
    case ExerciseKind::FoamRoll:
        return QStringLiteral("foam-rolling");
    case ExerciseKind::Icing:
        return QStringLiteral("icing");
    }
    return {};
}

QString ExerciseLibrary::kindLabel(ExerciseKind kind)
{
    switch (kind) {
    case ExerciseKind::Activation:
        return Text::tr("activation");
    case ExerciseKind::Strength:
        return Text::tr("strength");
    case ExerciseKind::Stretch:
        return Text::tr("stretch");
    case ExerciseKind::FoamRoll:
        return Text::tr("foam rolling");
    case ExerciseKind::Mobility:
        return Text::tr("gentle movement");
    case ExerciseKind::Icing:
        return Text::tr("icing");
    }
    return {};
}

QString ExerciseLibrary::themeWord(ExerciseTheme theme)
{
    switch (theme) {
    case ExerciseTheme::GlutesAsleep:
        return QStringLiteral("glutes-asleep");
    case ExerciseTheme::WeakCore:
        return QStringLiteral("weak-core");
    case ExerciseTheme::TightHipFlexors:
        return QStringLiteral("tight-hip-flexors");
    case ExerciseTheme::TightHamstrings:
        return QStringLiteral("tight-hamstrings");
    case ExerciseTheme::TightQuadriceps:
        return QStringLiteral("tight-quadriceps");
    case ExerciseTheme::TightHipRotators:
        return QStringLiteral("tight-hip-rotators");
    case ExerciseTheme::SpasmRelief:
        return QStringLiteral("spasm-relief");
    case ExerciseTheme::FromTherapist:
        return QStringLiteral("physical-therapist");
    }
    return {};
}

QString ExerciseLibrary::themeLabel(ExerciseTheme theme)
{
    switch (theme) {
    case ExerciseTheme::GlutesAsleep:
        return Text::tr("Glutes asleep after sitting");
    case ExerciseTheme::WeakCore:
        return Text::tr("A weak core");
    case ExerciseTheme::TightHipFlexors:
        return Text::tr("Tight hip flexors");
    case ExerciseTheme::TightHamstrings:
        return Text::tr("Tight hamstrings");
    case ExerciseTheme::TightQuadriceps:
        return Text::tr("Tight quadriceps");
    case ExerciseTheme::TightHipRotators:
        return Text::tr("Tight hip rotators and piriformis");
    case ExerciseTheme::SpasmRelief:
        return Text::tr("Relief for a muscular spasm");
    case ExerciseTheme::FromTherapist:
        return Text::tr("From my physical therapist");
    }
    return {};
}

QString ExerciseLibrary::doseText(const Exercise& exercise, const ExerciseLevel& level)
{
    QString dose;
    if (level.reps && level.holdSeconds)
        dose = Text::tr("%1 × %2, hold %3 s").arg(level.sets).arg(*level.reps).arg(*level.holdSeconds);
    else if (level.reps)
        dose = Text::tr("%1 × %2").arg(level.sets).arg(*level.reps);
    else if (level.holdSeconds && *level.holdSeconds >= 120)
        dose = Text::tr("%1 min").arg(*level.holdSeconds / 60);
    else if (level.holdSeconds)
        dose = Text::tr("%1 × %2 s").arg(level.sets).arg(*level.holdSeconds);
    return exercise.perSide ? Text::tr("%1 per side").arg(dose) : dose;
}

QString ExerciseLibrary::doneText(const ExerciseDone& done)
{
    return doneText(done, ExerciseLibrary::exercise(done.exercise));
}

QString ExerciseLibrary::doneText(const ExerciseDone& done, const std::optional<Exercise>& exercise)
{
    QString text = exercise ? exercise->name : done.exercise;
    if (!exercise || !exercise->fromTherapist)
        text += Text::tr(" (level %1)").arg(done.level);
    if (done.reps && done.holdSeconds)
        text += Text::tr(", %1 × %2, hold %3 s").arg(done.sets).arg(*done.reps).arg(*done.holdSeconds);
    else if (done.reps)
        text += Text::tr(", %1 × %2").arg(done.sets).arg(*done.reps);
    else if (done.holdSeconds)
        text += Text::tr(", %1 × %2 s").arg(done.sets).arg(*done.holdSeconds);
    else
        text += Text::tr(", %n set(s)", nullptr, done.sets);
    if (done.side == QLatin1String("left"))
        text += Text::tr(", left side only");
    else if (done.side == QLatin1String("right"))
        text += Text::tr(", right side only");
    if (done.pain)
        text += Text::tr(", pain %1/10").arg(*done.pain);
    return text;
}

int ExerciseLibrary::estimatedSeconds(
    const Exercise& exercise, const ExerciseLevel& level, int restSeconds, int secondsPerRep)
{
    const int perRep = level.holdSeconds.value_or(0) + (level.holdSeconds && level.reps ? 1 : 0)
        + (level.holdSeconds ? 0 : secondsPerRep);
    const int perSet = level.reps ? *level.reps * perRep : perRep;
    const int sides = exercise.perSide ? 2 : 1;
    return level.sets * perSet * sides + std::max(0, level.sets * sides - 1) * restSeconds;
}

} // namespace backstride
