// `plan`: the return-to-run plan as of a day; `plan start` and `plan stop`.
#include "AnalysisThresholds.h"
#include "JournalRepository.h"
#include "PlanStore.h"
#include "TodayAnswer.h"
#include "ReturnPlan.h"
#include "ReturnPlanJournal.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace backstride::cli {
namespace {

int startPlan(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"), CliText::tr("The first day of the plan (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption stage(QStringLiteral("stage"), CliText::tr("The stage to start at, 0 (walking) to 8 (default 1)."), QStringLiteral("N"));
    const QCommandLineOption former(QStringLiteral("former-weekly-km"),
        CliText::tr("The weekly distance before the episode (default: from the journal)."), QStringLiteral("KM"));
    parser.addOptions({date, stage, former});
    if (const std::optional<int> done = parse(parser, arguments,
            QStringLiteral("backstride plan start [--db PATH] [--date DATE] [--stage N] [--former-weekly-km KM]")))
        return *done;
    QString problem;
    const std::optional<QDate> day = dateOption(parser, QStringLiteral("date"), &problem);
    if (!day)
        return usage(problem, parser);
    ReturnPlanStart plan;
    plan.started = day->isValid() ? *day : QDate::currentDate();
    if (parser.isSet(stage)) {
        bool ok = false;
        plan.startStage = parser.value(stage).toInt(&ok);
        if (!ok || plan.startStage < 0 || plan.startStage > ReturnPlanStart::lastStage)
            return usage(CliText::tr("--stage: “%1” is not a stage from 0 to 8").arg(parser.value(stage)), parser);
    }
    Result<WritableJournal> journal = openToWrite(journalPath(parser));
    if (!journal)
        return fail(journal.error());
    JournalRepository repository(journal->db);
    // Not while a warning sign or pain below the knee is recent: that is for a professional first.
    Result<std::optional<QString>> blocker = TodayJournal::planBlocker(repository, plan.started);
    if (!blocker)
        return fail(blocker.error());
    if (blocker->has_value())
        return fail(CliText::tr("not started: %1 — see a doctor or a physical therapist before a return to "
                                "running, and start the plan when they have cleared you to run")
                        .arg(**blocker));
    if (parser.isSet(former)) {
        bool ok = false;
        plan.formerWeeklyKm = parser.value(former).toDouble(&ok);
        if (!ok || plan.formerWeeklyKm < 0 || plan.formerWeeklyKm > 500)
            return usage(CliText::tr("--former-weekly-km: “%1” is not a distance from 0 to 500").arg(parser.value(former)), parser);
    } else {
        Result<ReturnPlanStart> proposed = ReturnPlanJournal::proposal(repository, plan.started, plan.startStage);
        if (!proposed)
            return fail(proposed.error());
        if (proposed->formerWeeklyKm == ReturnPlanJournal::unknownFormerWeeklyKm)
            return usage(CliText::tr("--former-weekly-km is needed: the journal does not reach back to the four "
                                     "weeks before the pain began, so your usual weekly distance is not known"),
                parser);
        plan.formerWeeklyKm = proposed->formerWeeklyKm;
    }
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return fail(settings.error());
    const AnalysisThresholds thresholds = AnalysisThresholds::fromSettings(*settings);
    if (Status started = PlanStore(journal->db).start(plan); !started)
        return fail(started.error());
    out() << CliText::tr("Return-to-run plan started on %1 at stage %2 (%3); former weekly distance %4 km")
                 .arg(plan.started.toString(Qt::ISODate))
                 .arg(plan.startStage)
                 .arg(ReturnPlanStages::table(thresholds).at(plan.startStage).name())
                 .arg(QString::number(plan.formerWeeklyKm, 'f', 1))
          << Qt::endl;
    return CommandLine::Success;
}

int stopPlan(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"), CliText::tr("The day it stops (default today)."), QStringLiteral("DATE"));
    parser.addOption(date);
    if (const std::optional<int> done = parse(parser, arguments, QStringLiteral("backstride plan stop [--db PATH] [--date DATE]")))
        return *done;
    QString problem;
    const std::optional<QDate> day = dateOption(parser, QStringLiteral("date"), &problem);
    if (!day)
        return usage(problem, parser);
    Result<WritableJournal> journal = openToWrite(journalPath(parser));
    if (!journal)
        return fail(journal.error());
    if (Status stopped = PlanStore(journal->db).stop(day->isValid() ? *day : QDate::currentDate()); !stopped)
        return fail(stopped.error());
    return CommandLine::Success;
}

} // namespace

int planCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("start"))
        return startPlan(QStringList {arguments.first()} + arguments.mid(2));
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("stop"))
        return stopPlan(QStringList {arguments.first()} + arguments.mid(2));
    QCommandLineParser parser;
    const QCommandLineOption asOf(QStringLiteral("as-of"), CliText::tr("The day to show the plan on (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the plan as JSON."));
    const std::variant<QDate, int> day = asOfDay(parser, asOf, json, arguments,
        QStringLiteral("backstride plan [--db PATH] [--as-of DATE] [--json] | plan start ... | plan stop ..."));
    if (const int* done = std::get_if<int>(&day))
        return *done;
    const QDate today = std::get<QDate>(day);
    Result<SqliteDatabase> db = openToRead(parser);
    if (!db)
        return fail(db.error());
    JournalRepository repository(*db);
    Result<std::optional<ReturnPlanOnDay>> found = ReturnPlanJournal::onDay(repository, today);
    if (!found)
        return fail(found.error());
    if (!found->has_value()) {
        if (parser.isSet(json))
            out() << QJsonDocument(QJsonObject {{QStringLiteral("active"), false}}).toJson(QJsonDocument::Indented) << Qt::flush;
        else
            out() << CliText::tr("No return-to-run plan. Start one with: backstride plan start") << Qt::endl;
        return CommandLine::Success;
    }
    const ReturnPlanState& state = (*found)->state;
    const AnalysisThresholds& thresholds = (*found)->thresholds;
    if (parser.isSet(json)) {
        out() << QJsonDocument(state.toJson((*found)->plan, today, thresholds)).toJson(QJsonDocument::Indented) << Qt::flush;
        return CommandLine::Success;
    }
    out() << CliText::tr("Return-to-run plan since %1: stage %2 of 8, %3").arg((*found)->plan.started.toString(Qt::ISODate))
                 .arg(state.stage)
                 .arg((*found)->stage().name())
          << Qt::endl;
    if (!state.decisions.isEmpty())
        out() << CliText::tr("Last decision (%1): %2").arg(state.decisions.constLast().date.toString(Qt::ISODate),
                     state.decisions.constLast().because)
              << Qt::endl;
    const std::optional<QString> session = state.sessionOn(today, thresholds);
    out() << (state.active ? (session ? CliText::tr("Today: %1").arg(*session) : CliText::tr("Today: rest day"))
                           : state.complete ? CliText::tr("Complete: back to normal training")
                           : state.paused   ? CliText::tr("Paused: see a doctor first")
                                            : CliText::tr("Stopped"))
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace backstride::cli
