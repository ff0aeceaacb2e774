#include "CustomExerciseStore.h"
#include "ExerciseLibrary.h"
#include "ExerciseProgramme.h"
#include "JournalRepository.h"
#include "SqliteDatabase.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonDocument>
#include <QTextStream>

namespace backstride::cli {

// The exercise programme on a day: the phase and why, the week's routines planned and done,
// today's routines with each exercise's level and dose, and the last level decisions.
int programmeCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption asOf(
        QStringLiteral("as-of"), CliText::tr("The day to show the programme on (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the programme as JSON."));
    const std::variant<QDate, int> day
        = asOfDay(parser, asOf, json, arguments, QStringLiteral("backstride programme [--db PATH] [--as-of DATE] [--json]"));
    if (const int* done = std::get_if<int>(&day))
        return *done;
    const QDate today = std::get<QDate>(day);
    Result<SqliteDatabase> db = openToRead(parser);
    if (!db)
        return fail(db.error());
    JournalRepository repository(*db);
    const Result<ProgrammeState> found = ProgrammeJournal::onDay(repository, today);
    if (!found)
        return fail(found.error());
    const ProgrammeState& state = *found;
    if (parser.isSet(json)) {
        out() << QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
        return CommandLine::Success;
    }
    auto routineName = [](const QString& id) {
        const std::optional<Routine> routine = ExerciseLibrary::routine(id);
        return routine ? routine->name : id;
    };
    out() << CliText::tr("Exercise programme on %1: %2").arg(today.toString(Qt::ISODate), ProgrammeState::phaseLabel(state.phase))
          << Qt::endl
          << state.reason << Qt::endl;
    if (!state.weeks.first().routines.isEmpty()) {
        QStringList week;
        for (const RoutineWeek& routine : state.weeks.first().routines)
            week.append(CliText::tr("%1 %2 of %3").arg(routineName(routine.routine)).arg(routine.done).arg(routine.planned));
        out() << CliText::tr("This week: %1").arg(week.join(QLatin1String(", "))) << Qt::endl;
    }
    if (state.today.isEmpty())
        out() << CliText::tr("Today: no routine") << Qt::endl;
    Result<QList<CustomExercise>> custom = CustomExerciseStore(repository.database()).all();
    const ExerciseCatalog catalog = custom ? ExerciseCatalog(*custom) : ExerciseCatalog();
    for (const RoutineDue& due : state.today)
        out() << CliText::tr("Today: %1").arg(ProgrammeState::routineLine(due, catalog)) << Qt::endl;
    const qsizetype shown = std::min<qsizetype>(5, state.decisions.size());
    for (qsizetype i = state.decisions.size() - shown; i < state.decisions.size(); ++i)
        out() << CliText::tr("%1: %2").arg(state.decisions.at(i).date.toString(Qt::ISODate), state.decisions.at(i).reason)
              << Qt::endl;
    return CommandLine::Success;
}

} // namespace backstride::cli
