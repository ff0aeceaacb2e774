#include "ReturnPlan.h"

#include "PainkillerUse.h"

#include "Units.h"
#include "WeeklySeries.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReturnPlan)
};

QString dayName(const QDate& date)
{
    return QLocale().dayName(date.dayOfWeek(), QLocale::LongFormat);
}

bool hasTiming(const PainEntry& entry, const char* timing)
{
    return entry.timing.contains(QLatin1String(timing));
}

} // namespace

QString ReturnPlanStage::name() const
{
    if (isWeek())
        return Text::tr("a week at %1 % of your former weekly distance").arg(qRound(weeklyShare * 100));
    if (runMinutes == 0)
        return Text::tr("brisk walk %1 min").arg(walkMinutes);
    if (walkMinutes == 0)
        return Text::tr("run %1 min without stopping").arg(runMinutes);
    return Text::tr("walk %1 min / run %2 min × %3").arg(walkMinutes).arg(runMinutes).arg(repeats);
}

QString ReturnPlanStage::runKind() const
{
    if (isWeek())
        return {};
    return runMinutes == 0 ? QStringLiteral("walk") : walkMinutes == 0 ? QStringLiteral("easy") : QStringLiteral("walk-run");
}

bool ReturnPlanState::isMorning(const PainEntry& entry)
{
    return hasTiming(entry, "morning") || (entry.time && entry.time->hour() < 12);
}

QList<ReturnPlanStage> ReturnPlanStages::table(const AnalysisThresholds& t)
{
    // Ohio State Wexner "Return to Running": the walking gate, the walk-run ladder, then volume.
    return {
        {0, 30, 0, 1, 0},
        {1, 4, 1, 6, 0},
        {2, 3, 2, 6, 0},
        {3, 2, 3, 6, 0},
        {4, 1, 4, 6, 0},
        {5, 0, 30, 1, 0},
        {6, 0, 0, 0, t.planStage6Percent / 100},
        {7, 0, 0, 0, t.planStage7Percent / 100},
        {8, 0, 0, 0, t.planStage8Percent / 100},
    };
}

QString ReturnPlanState::outcomeId(ReturnPlanSession::Outcome outcome)
{
    switch (outcome) {
    case ReturnPlanSession::Outcome::Good:
        return QStringLiteral("good");
    case ReturnPlanSession::Outcome::Hold:
        return QStringLiteral("hold");
    case ReturnPlanSession::Outcome::StepBack:
        return QStringLiteral("step-back");
    case ReturnPlanSession::Outcome::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

QString ReturnPlanState::decisionId(ReturnPlanDecision::Kind kind)
{
    switch (kind) {
    case ReturnPlanDecision::Kind::Start:
        return QStringLiteral("start");
    case ReturnPlanDecision::Kind::Advance:
        return QStringLiteral("advance");
    case ReturnPlanDecision::Kind::Hold:
        return QStringLiteral("hold");
    case ReturnPlanDecision::Kind::StepBack:
        return QStringLiteral("step-back");
    case ReturnPlanDecision::Kind::Refer:
        return QStringLiteral("refer");
    case ReturnPlanDecision::Kind::Paused:
        return QStringLiteral("paused");
    case ReturnPlanDecision::Kind::Complete:
        return QStringLiteral("complete");
    }
    return {};
}

QString ReturnPlanState::decisionLabel(ReturnPlanDecision::Kind kind)
{
    switch (kind) {
    case ReturnPlanDecision::Kind::Start:
        return Text::tr("started");
    case ReturnPlanDecision::Kind::Advance:
        return Text::tr("moved up");
    case ReturnPlanDecision::Kind::Hold:
        return Text::tr("stage repeated");
    case ReturnPlanDecision::Kind::StepBack:
        return Text::tr("step back");
    case ReturnPlanDecision::Kind::Refer:
        return Text::tr("see a physical therapist");
    case ReturnPlanDecision::Kind::Paused:
        return Text::tr("paused");
    case ReturnPlanDecision::Kind::Complete:
        return Text::tr("complete");
    }
    return {};
}

std::optional<QString> ReturnPlanState::sessionOn(const QDate& day, const AnalysisThresholds& thresholds) const
{
    if (!active || paused || complete)
        return std::nullopt;
    if (restUntil && *restUntil >= day)
        return std::nullopt;
    if (stage <= ReturnPlanStages::lastSession && !sessions.isEmpty() && sessions.constLast().date.addDays(1) == day)
        return std::nullopt;
    return ReturnPlanStages::table(thresholds).at(stage).name();
}

ReturnPlanDecision ReturnPlanState::lastWord(const AnalysisThresholds& t) const
{
    ReturnPlanDecision last = decisions.isEmpty() ? ReturnPlanDecision() : decisions.constLast();
    if (!active || sessions.isEmpty() || sessions.constLast().date < last.date)
        return last;
    const ReturnPlanSession& session = sessions.constLast();
    if (session.date == last.date && last.kind != ReturnPlanDecision::Kind::Start)
        return last; // that session made the decision
    const QString when = dayName(session.date);
    const QString pain = session.pain == 0 ? Text::tr("no pain") : Text::tr("pain %1/10").arg(session.pain);
    if (session.outcome == ReturnPlanSession::Outcome::Pending) {
        last.because = session.pain > t.planGoodPain
            ? Text::tr("%1's run: %2 — how the back is the next morning decides the next step").arg(when, pain)
            : Text::tr("%1's run: %2 so far — how the back is the next morning decides whether it counts").arg(when, pain);
    } else if (session.outcome == ReturnPlanSession::Outcome::Good) {
        const int more = t.planGoodInARow - goodInARow;
        last.because = more == 1
            ? Text::tr("%1's run: %2, nothing worse the next morning — one more like it and you move up").arg(when, pain)
            : Text::tr("%1's run: %2, nothing worse the next morning — %3 more like it and you move up")
                  .arg(when, pain)
                  .arg(more);
    } else {
        return last;
    }
    last.date = session.date;
    last.stage = stage;
    return last;
}

QDate ReturnPlanState::reachedOn(int wanted) const
{
    QDate reached;
    for (const ReturnPlanDecision& decision : decisions) {
        if (decision.stage != wanted)
            continue;
        if (decision.kind == ReturnPlanDecision::Kind::Start)
            reached = decision.date;
        else if (decision.kind == ReturnPlanDecision::Kind::Advance || decision.kind == ReturnPlanDecision::Kind::StepBack
            || decision.kind == ReturnPlanDecision::Kind::Refer)
            reached = decision.date.addDays(1);
    }
    return reached;
}

QJsonObject ReturnPlanState::toJson(const ReturnPlanStart& plan, const QDate& today, const AnalysisThresholds& t) const
{
    QJsonArray list;
    for (const ReturnPlanSession& session : sessions) {
        list.append(QJsonObject {{QStringLiteral("date"), session.date.toString(Qt::ISODate)},
            {QStringLiteral("stage"), session.stage}, {QStringLiteral("pain"), session.pain},
            {QStringLiteral("baseline"), session.baseline},
            {QStringLiteral("next_morning"), session.nextMorning ? QJsonValue(*session.nextMorning) : QJsonValue()},
            {QStringLiteral("outcome"), outcomeId(session.outcome)},
            {QStringLiteral("under_painkiller"), session.maskedBy ? QJsonValue(session.maskedBy->name) : QJsonValue()}});
    }
    const ReturnPlanDecision& last = decisions.isEmpty() ? ReturnPlanDecision() : decisions.constLast();
    const std::optional<QString> session = sessionOn(today, t);
    return QJsonObject {{QStringLiteral("active"), active}, {QStringLiteral("started"), plan.started.toString(Qt::ISODate)},
        {QStringLiteral("stopped"), plan.stopped ? QJsonValue(plan.stopped->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("stage"), stage}, {QStringLiteral("stage_name"), ReturnPlanStages::table(t).at(stage).name()},
        {QStringLiteral("good_in_a_row"), goodInARow}, {QStringLiteral("referred"), referred},
        {QStringLiteral("decision"),
            QJsonObject {{QStringLiteral("kind"), decisionId(last.kind)},
                {QStringLiteral("date"), last.date.toString(Qt::ISODate)}, {QStringLiteral("because"), last.because}}},
        {QStringLiteral("today"),
            QJsonObject {{QStringLiteral("date"), today.toString(Qt::ISODate)},
                {QStringLiteral("session"), session ? QJsonValue(*session) : QJsonValue()},
                {QStringLiteral("rest_day"), active && !session}}},
        {QStringLiteral("sessions"), list}};
}

std::optional<double> ReturnPlanState::formerWeeklyKm(const QList<Run>& runs, const QList<PainEntry>& pain,
    const QDate& start, Qt::DayOfWeek weekStart, int painLevel, const QDate& journalBegins)
{
    QList<QDate> painDays;
    for (const PainEntry& entry : pain) {
        if (entry.date <= start && entry.intensity >= painLevel)
            painDays.append(entry.date);
    }
    std::sort(painDays.begin(), painDays.end());
    // Back from the start, pain day by pain day, while no gap is longer than a fortnight.
    QDate first = start;
    QDate reference = start;
    for (qsizetype i = painDays.size() - 1; i >= 0; --i) {
        if (painDays.at(i).daysTo(reference) > 14)
            break;
        first = painDays.at(i);
        reference = first;
    }
    const QDate weekOfPain = WeeklySeries::weekStartOf(first, weekStart);
    if (!journalBegins.isValid() || journalBegins > weekOfPain.addDays(-28))
        return std::nullopt;
    double metres = 0;
    for (const Run& run : runs) {
        if (run.date >= weekOfPain.addDays(-28) && run.date < weekOfPain)
            metres += run.distanceM;
    }
    return metres / 4 / 1000;
}

ReturnPlanState ReturnPlanState::evaluate(const ReturnPlanStart& plan, const QList<Run>& allRuns,
    const QList<PainEntry>& pain, const QDate& asOf, const AnalysisThresholds& t, Qt::DayOfWeek weekStart,
    const QList<Medication>& medications)
{
    const Painkillers::ActionWindows painkillerWindows = PainkillerUse::windows(t);
    const QList<ReturnPlanStage> stages = ReturnPlanStages::table(t);
    ReturnPlanState state;
    if (!plan.started.isValid() || plan.started > asOf)
        return state;
    const QDate end = plan.stopped && *plan.stopped <= asOf ? plan.stopped->addDays(-1) : asOf;
    state.active = !(plan.stopped && *plan.stopped <= asOf);
    state.stage = std::clamp(plan.startStage, 0, ReturnPlanStages::last);
    state.decisions.append({ReturnPlanDecision::Kind::Start, plan.started, state.stage,
        Text::tr("plan started at stage %1: %2").arg(state.stage).arg(stages.at(state.stage).name())});

    QHash<QDate, QList<const PainEntry*>> painOn;
    std::optional<QDate> firstWarning; // the first warning-sign answer since the start
    for (const PainEntry& entry : pain) {
        painOn[entry.date].append(&entry);
        if (!entry.redFlags.isEmpty() && entry.date >= plan.started && entry.date <= end
            && (!firstWarning || entry.date < *firstWarning))
            firstWarning = entry.date;
    }
    QList<const Run*> runs;
    for (const Run& run : allRuns) {
        if (run.date >= plan.started && run.date <= end)
            runs.append(&run);
    }
    std::sort(runs.begin(), runs.end(), [](const Run* a, const Run* b) {
        return a->date != b->date ? a->date < b->date : a->startTime.value_or(QTime()) < b->startTime.value_or(QTime());
    });

    int holds = 0;
    int stepBacksInARow = 0;
    QDate stageSince = plan.started; // when the current stage began
    QDate lastRun;
    auto decide = [&state](ReturnPlanDecision::Kind kind, const QDate& date, const QString& because) {
        state.decisions.append({kind, date, state.stage, because});
    };
    auto enter = [&](int stage, const QDate& date) {
        state.stage = stage;
        state.goodInARow = 0;
        holds = 0;
        stageSince = date;
    };
    // Weeks at stages 6-8: a whole week at the stage, far enough, with no setback, moves it up.
    QDate nextWeek = WeeklySeries::weekStartOf(plan.started, weekStart); // a partial first week never counts
    auto closeWeeksBefore = [&](const QDate& day) {
        for (; nextWeek.addDays(6) < day && nextWeek.addDays(6) <= end; nextWeek = nextWeek.addDays(7)) {
            const QDate from = nextWeek;
            const QDate to = nextWeek.addDays(6);
            if (state.complete || state.paused || !stages.at(state.stage).isWeek() || stageSince > from)
                continue;
            double metres = 0;
            bool setback = false;
            for (const Run* run : runs) {
                if (run->date >= from && run->date <= to)
                    metres += run->distanceM;
            }
            for (const ReturnPlanSession& session : std::as_const(state.sessions)) {
                if (session.date >= from && session.date <= to
                    && (session.outcome == ReturnPlanSession::Outcome::Hold
                        || session.outcome == ReturnPlanSession::Outcome::StepBack))
                    setback = true;
            }
            const double target = stages.at(state.stage).weeklyShare * plan.formerWeeklyKm * 1000;
            if (setback || metres + 1e-6 < target)
                continue;
            const QString distance = Units::distance(metres, DistanceUnit::Kilometres);
            if (state.stage == ReturnPlanStages::last) {
                state.complete = true;
                state.active = false;
                decide(ReturnPlanDecision::Kind::Complete, to,
                    Text::tr("week of %1: %2 with no setback — back to your normal training")
                        .arg(QLocale().toString(from, QStringLiteral("d MMM")), distance));
            } else {
                enter(state.stage + 1, to.addDays(1));
                decide(ReturnPlanDecision::Kind::Advance, to,
                    Text::tr("week of %1: %2 with no setback — on to %3")
                        .arg(QLocale().toString(from, QStringLiteral("d MMM")), distance,
                            stages.at(state.stage).name()));
            }
        }
    };

    for (const Run* run : std::as_const(runs)) {
        closeWeeksBefore(run->date);
        if (state.complete || state.paused)
            break;
        // A warning sign stops the plan: that is for a doctor first.
        if (firstWarning && *firstWarning <= run->date)
            break;

        ReturnPlanSession session;
        session.date = run->date;
        session.runId = run->id;
        session.stage = state.stage;
        // The readings that decide it (during or after the run, the next morning) and the run itself,
        // each perhaps taken under a painkiller.
        auto masked = [&](const std::optional<Medication>& by) {
            if (by && !session.maskedBy)
                session.maskedBy = by;
        };
        masked(PainkillerUse::coveringRun(*run, medications, painkillerWindows));
        for (const PainEntry* entry : painOn.value(run->date)) {
            const bool withRun = (entry->runId && *entry->runId == run->id) || hasTiming(*entry, "during-run")
                || hasTiming(*entry, "after-run");
            const bool before = hasTiming(*entry, "morning")
                || (entry->time && run->startTime && *entry->time < *run->startTime && !withRun);
            if (withRun) {
                session.pain = std::max(session.pain, entry->intensity);
                masked(Painkillers::covering(*entry, medications, painkillerWindows));
            } else if (before) {
                session.baseline = std::max(session.baseline, entry->intensity);
            }
        }
        if (run->date.addDays(1) <= asOf) {
            int worst = 0;
            for (const PainEntry* entry : painOn.value(run->date.addDays(1))) {
                if (isMorning(*entry)) {
                    worst = std::max(worst, entry->intensity);
                    masked(Painkillers::covering(*entry, medications, painkillerWindows));
                }
            }
            session.nextMorning = worst;
        }
        session.backToBack
            = state.stage <= ReturnPlanStages::lastSession && lastRun.isValid() && lastRun.addDays(1) == run->date;
        lastRun = run->date;

        const QString when = dayName(run->date);
        const bool tooMuch = session.pain > t.planCeilingPain || (session.nextMorning && *session.nextMorning > t.planCeilingPain);
        const bool unsettled = session.nextMorning && *session.nextMorning > session.baseline;
        if (tooMuch) {
            session.outcome = ReturnPlanSession::Outcome::StepBack;
            ++stepBacksInARow;
            const int back = std::max(1, state.stage - 1);
            enter(back, run->date.addDays(1));
            state.restUntil = run->date.addDays(t.planRestDays);
            const int worst = std::max(session.pain, session.nextMorning.value_or(0));
            if (stepBacksInARow >= 2) {
                state.referred = true;
                decide(ReturnPlanDecision::Kind::Refer, run->date,
                    Text::tr("%1's run: pain %2/10, the second step back in a row — rest, and see a physical "
                             "therapist before you go on")
                        .arg(when)
                        .arg(worst));
            } else {
                decide(ReturnPlanDecision::Kind::StepBack, run->date,
                    Text::tr("%1's run: pain %2/10 — too much: rest %3 days, then one stage back (%4)")
                        .arg(when)
                        .arg(worst)
                        .arg(t.planRestDays)
                        .arg(stages.at(state.stage).name()));
            }
        } else if (session.pain > t.planGoodPain || unsettled || session.backToBack
            || (session.maskedBy && session.nextMorning)) {
            // A painkiller may have hidden the pain: the session cannot count as good, and holds
            // once its next morning is known (a worse reading above still steps back).
            session.outcome = ReturnPlanSession::Outcome::Hold;
            stepBacksInARow = 0;
            state.goodInARow = 0;
            ++holds;
            const QString why = session.backToBack
                ? Text::tr("%1's run came the day after another — keep a rest day between runs").arg(when)
                : session.pain <= t.planGoodPain && !unsettled
                ? Text::tr("%1's run: pain %2/10, but under %3 taken %4 — the painkiller may have hidden the pain")
                      .arg(when)
                      .arg(session.pain)
                      .arg(session.maskedBy->name,
                          session.maskedBy->date == run->date
                              ? Text::tr("at %1").arg(session.maskedBy->time.toString(QStringLiteral("HH:mm")))
                              : Text::tr("%1 at %2").arg(dayName(session.maskedBy->date),
                                    session.maskedBy->time.toString(QStringLiteral("HH:mm"))))
                : session.pain > t.planGoodPain
                ? Text::tr("%1's run: pain %2/10 during or after it").arg(when).arg(session.pain)
                : Text::tr("%1's run: the back was worse the next morning (%2/10)").arg(when).arg(*session.nextMorning);
            if (holds >= t.planHoldsToRefer) {
                state.referred = true;
                decide(ReturnPlanDecision::Kind::Refer, run->date,
                    Text::tr("%1 — this stage held %2 times: see a physical therapist before you go on").arg(why).arg(holds));
            } else {
                decide(ReturnPlanDecision::Kind::Hold, run->date, Text::tr("%1 — repeat this stage").arg(why));
            }
        } else if (session.nextMorning) {
            session.outcome = ReturnPlanSession::Outcome::Good;
            stepBacksInARow = 0;
            if (state.stage <= ReturnPlanStages::lastSession) {
                ++state.goodInARow;
                if (state.goodInARow >= t.planGoodInARow) {
                    enter(state.stage + 1, run->date.addDays(1));
                    decide(ReturnPlanDecision::Kind::Advance, run->date,
                        Text::tr("%1's run: pain %2/10, settled by the next morning — on to %3")
                            .arg(when)
                            .arg(session.pain)
                            .arg(stages.at(state.stage).name()));
                }
            }
        }
        state.sessions.append(session);
    }
    closeWeeksBefore(end.addDays(1));
    // A warning sign anywhere since the start pauses the plan.
    if (firstWarning && !state.complete) {
        state.paused = true;
        state.active = false;
        decide(ReturnPlanDecision::Kind::Paused, *firstWarning,
            Text::tr("a warning sign was logged on %1: see a doctor before running again")
                .arg(QLocale().toString(*firstWarning, QStringLiteral("d MMM"))));
    }
    return state;
}

} // namespace backstride
