#include "ExerciseLibrary.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace backstride::cli {
namespace {

QJsonValue optionalNumber(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject libraryJson()
{
    QJsonArray exercises;
    for (const Exercise& exercise : ExerciseLibrary::exercises()) {
        QJsonArray levels;
        for (const ExerciseLevel& level : exercise.levels)
            levels.append(QJsonObject {{QStringLiteral("level"), level.level}, {QStringLiteral("name"), level.name},
                {QStringLiteral("sets"), level.sets}, {QStringLiteral("reps"), optionalNumber(level.reps)},
                {QStringLiteral("hold_s"), optionalNumber(level.holdSeconds)}});
        exercises.append(QJsonObject {{QStringLiteral("id"), exercise.id}, {QStringLiteral("name"), exercise.name},
            {QStringLiteral("kind"), ExerciseLibrary::kindWord(exercise.kind)},
            {QStringLiteral("theme"), ExerciseLibrary::themeWord(exercise.theme)},
            {QStringLiteral("per_side"), exercise.perSide}, {QStringLiteral("levels"), levels},
            {QStringLiteral("source"), exercise.source}});
    }
    QJsonArray routines;
    for (const Routine& routine : ExerciseLibrary::routines())
        routines.append(QJsonObject {{QStringLiteral("id"), routine.id}, {QStringLiteral("name"), routine.name},
            {QStringLiteral("kind"), routine.kind}, {QStringLiteral("minutes"), routine.minutes},
            {QStringLiteral("exercises"), QJsonArray::fromStringList(routine.exercises)}});
    return {{QStringLiteral("exercises"), exercises}, {QStringLiteral("routines"), routines}};
}

QString libraryText()
{
    QStringList lines;
    const QList<Exercise> exercises = ExerciseLibrary::exercises();
    lines.append(CliText::tr("Exercises (%1), by what they are for:").arg(exercises.size()));
    for (const ExerciseTheme theme : {ExerciseTheme::GlutesAsleep, ExerciseTheme::WeakCore,
             ExerciseTheme::TightHipFlexors, ExerciseTheme::TightHamstrings, ExerciseTheme::TightQuadriceps,
             ExerciseTheme::TightHipRotators, ExerciseTheme::SpasmRelief}) {
        lines.append(QString());
        lines.append(ExerciseLibrary::themeLabel(theme));
        for (const Exercise& exercise : exercises) {
            if (exercise.theme != theme)
                continue;
            lines.append(QStringLiteral("  %1 %2 (%3)")
                             .arg(exercise.id, -26)
                             .arg(exercise.name, ExerciseLibrary::kindLabel(exercise.kind)));
            for (const ExerciseLevel& level : exercise.levels)
                lines.append(QStringLiteral("      %1. %2: %3")
                                 .arg(level.level)
                                 .arg(level.name, ExerciseLibrary::doseText(exercise, level)));
        }
    }
    lines.append(QString());
    lines.append(CliText::tr("Routines:"));
    for (const Routine& routine : ExerciseLibrary::routines())
        lines.append(CliText::tr("  %1 %2, about %3 min: %4")
                         .arg(routine.id, -26)
                         .arg(routine.name)
                         .arg(routine.minutes)
                         .arg(routine.exercises.join(QLatin1String(", "))));
    return lines.join(u'\n') + u'\n';
}

} // namespace

int exercisesCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the library as JSON."));
    parser.addOption(json);
    if (const std::optional<int> done = parse(parser, arguments, QStringLiteral("backstride exercises [--json]")))
        return *done;
    if (parser.isSet(json))
        out() << QJsonDocument(libraryJson()).toJson(QJsonDocument::Indented);
    else
        out() << libraryText();
    return CommandLine::Success;
}

} // namespace backstride::cli
