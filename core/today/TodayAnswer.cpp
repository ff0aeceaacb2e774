#include "TodayAnswer.h"

#include "AnalysisContext.h"
#include "CheckInStore.h"
#include "ClearanceStore.h"
#include "CustomExerciseStore.h"
#include "ExerciseAnswers.h"
#include "JournalFile.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "PatternEngine.h"
#include "Rules.h"
#include "SqliteDatabase.h"
#include "WeeklySeries.h"

#include <QCoreApplication>
#include <QMutex>
#include <QJsonArray>

#include <algorithm>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Today)
};

const Flag* flagOf(const QList<Flag>& flags, const QString& id)
{
    const auto found = std::find_if(flags.cbegin(), flags.cend(), [&id](const Flag& flag) { return flag.id == id; });
    return found == flags.cend() ? nullptr : &*found;
}

// The newest day a flag's evidence names (evidence is newest first).
QDate newestOf(const Flag& flag, const QDate& fallback)
{
    QDate newest;
    for (const Evidence& evidence : flag.evidence)
        newest = std::max(newest, evidence.date);
    return newest.isValid() ? newest : fallback;
}

QString because(const Flag& flag)
{
    if (flag.evidence.isEmpty())
        return flag.title;
    return Text::tr("%1: %2 (%3)")
        .arg(flag.title, flag.evidence.first().detail, EvidenceText::dayInSentence(flag.evidence.first().date));
}

QString seenText(const Clearance& clearance)
{
    return Text::tr("Seen by %1 on %2: %3")
        .arg(clearance.by, EvidenceText::dayInSentence(clearance.date), Clearances::clearedText(clearance));
}

} // namespace

QString TodayItem::kindId(Kind kind)
{
    switch (kind) {
    case Kind::SeekCare:
        return QStringLiteral("seek-care");
    case Kind::SeeProfessional:
        return QStringLiteral("see-professional");
    case Kind::Rest:
        return QStringLiteral("rest");
    case Kind::Run:
        return QStringLiteral("run");
    case Kind::PlanSession:
        return QStringLiteral("plan-session");
    case Kind::Walk:
        return QStringLiteral("walk");
    case Kind::Routine:
        return QStringLiteral("routine");
    case Kind::Icing:
        return QStringLiteral("icing");
    case Kind::CheckIn:
        return QStringLiteral("check-in");
    }
    return {};
}

const QStringList& TodayJournal::runningFlags()
{
    static const QStringList ids {QStringLiteral("radiating-pain"), QStringLiteral("pain-peripheralising"),
        QStringLiteral("severe-pain"), QStringLiteral("persistent-pain"), QStringLiteral("return-plan-stalled"),
        QStringLiteral("exercise-hurts")};
    return ids;
}

std::optional<Flag> TodayJournal::professionalFirst(const QList<Flag>& flags, const QList<Clearance>& clearances, const QDate& day)
{
    for (const QString& id : runningFlags()) {
        const Flag* flag = flagOf(flags, id);
        if (flag && !Clearances::lifts(clearances, newestOf(*flag, day), day, true))
            return *flag;
    }
    return std::nullopt;
}

TodayAnswer TodayAnswer::evaluate(const TodayInput& in)
{
    using Kind = TodayItem::Kind;
    TodayAnswer answer;
    answer.asOf = in.asOf;
    QList<TodayItem>& items = answer.items;
    const ProgrammeState& programme = in.programme;
    auto routines = [&](const QStringList& skip = {}) {
        for (const RoutineDue& due : programme.today) {
            if (skip.contains(due.routine))
                continue;
            items.append({Kind::Routine, due.routine, ProgrammeState::routineLine(due, in.catalog),
                Text::tr("Your exercise programme: %1").arg(ProgrammeState::phaseLabel(programme.phase)),
                QStringLiteral("programme"), due.done});
        }
    };
    const std::optional<Clearance> latestRunning = Clearances::latest(in.clearances, in.asOf, true);

    // 1. A warning sign: care today and nothing else (the red flags of Finucane 2020, the
    //    international framework, and NICE NG59 2016). A clearance after it lifts it.
    if (const Flag* warning = flagOf(in.flags, QStringLiteral("red-flag-symptoms"));
        warning && !Clearances::lifts(in.clearances, newestOf(*warning, in.asOf), in.asOf, true)
        && !Clearances::lifts(in.clearances, newestOf(*warning, in.asOf), in.asOf, false)) {
        items.append({Kind::SeekCare, {},
            Text::tr("Get medical care today: your own doctor, urgent care or an emergency department. No running and "
                     "no exercise until you have been seen."),
            because(*warning), warning->id, false});
        return answer;
    }

    // 2. A see-a-professional flag about running: the appointment first, easy walking meanwhile,
    //    no running build-up and no new plan until a clearance is recorded (NICE NG59 2016: assess
    //    spreading or persistent pain; Werneke 1999: pain moving down the leg).
    const std::optional<Flag> professional = TodayJournal::professionalFirst(in.flags, in.clearances, in.asOf);
    if (professional) {
        items.append({Kind::SeeProfessional, {},
            Text::tr("Book an appointment with a physical therapist or a doctor. When they have seen you, "
                     "record it (Entry › My physical therapist or doctor saw me…)."),
            because(*professional), professional->id, false});
        items.append({Kind::Walk, {},
            Text::tr("Easy walking is fine. No running build-up and no new return-to-run plan until you have been "
                     "cleared."),
            professional->title, professional->id, false});
        routines();
    } else if (programme.phase == ProgrammePhase::Flare) {
        // 3. A flare: rest from running, relief and ice (the guide; the programme's phase).
        items.append({Kind::Rest, {}, Text::tr("Rest from running today."), programme.reason, QStringLiteral("programme"),
            false});
        routines();
        items.append({Kind::Icing, {},
            Text::tr("Ice the sore area for about 20 minutes, up to three times today (Entry › Start icing)."),
            programme.reason, QStringLiteral("programme"), in.icedToday > 0});
    } else if (in.plan && in.plan->state.active && !in.plan->state.paused) {
        // 4. A return-to-run plan decides the running, exactly as it says (its pain-monitoring
        //    rules: Silbernagel 2007), with the glute warm-up before a session.
        const QString stage = Text::tr("Your return-to-run plan, stage %1 of 8").arg(in.plan->state.stage);
        const QString reason = latestRunning && latestRunning->date >= in.plan->plan.started
            ? seenText(*latestRunning) + QLatin1String(". ") + stage
            : stage;
        if (const std::optional<QString> session = in.plan->session()) {
            routines({QStringLiteral("stretch"), QStringLiteral("core"), QStringLiteral("foam-roll"), QStringLiteral("flare-relief")});
            items.append({Kind::PlanSession, {}, Text::tr("Today's return-to-run session: %1.").arg(*session), reason,
                QStringLiteral("plan"), in.ranToday});
            routines({QStringLiteral("glute-warmup")});
        } else {
            items.append({Kind::Rest, {}, Text::tr("A rest day from running in your return-to-run plan."), reason,
                QStringLiteral("plan"), false});
            routines({QStringLiteral("glute-warmup")});
        }
    } else {
        // 5. Otherwise running as the runner plans it (no distance prescribed), the glute warm-up
        //    first after long sitting (the guide), and the programme's routines.
        const bool desk = in.sittingHours && *in.sittingHours >= in.longSittingHours;
        const bool warmupDue = std::any_of(programme.today.cbegin(), programme.today.cend(),
            [](const RoutineDue& due) { return due.routine == QLatin1String("glute-warmup"); });
        routines({QStringLiteral("stretch"), QStringLiteral("core"), QStringLiteral("foam-roll"), QStringLiteral("flare-relief")});
        if (desk && !warmupDue)
            items.append({Kind::Routine, QStringLiteral("glute-warmup"),
                Text::tr("Glute warm-up before you run"),
                Text::tr("You sat %1 h today").arg(QLocale().toString(*in.sittingHours, 'f', 1)), QStringLiteral("journal"),
                false});
        items.append({Kind::Run, {}, Text::tr("Run as you planned: Backstride prescribes no distance."),
            latestRunning && latestRunning->date >= in.asOf.addDays(-28) ? seenText(*latestRunning)
                                                                        : Text::tr("Nothing in your log speaks against running today."),
            latestRunning && latestRunning->date >= in.asOf.addDays(-28) ? QStringLiteral("clearance") : QStringLiteral("journal"),
            in.ranToday});
        routines({QStringLiteral("glute-warmup")});
    }

    // 6. The small things: ice where a card advises it, the weekly check-in.
    const Flag* iceAdvised = flagOf(in.flags, QStringLiteral("likely-muscular"));
    if (!iceAdvised)
        iceAdvised = flagOf(in.flags, QStringLiteral("running-through-pain"));
    const bool icingListed = std::any_of(items.cbegin(), items.cend(), [](const TodayItem& item) { return item.kind == Kind::Icing; });
    if (iceAdvised && !icingListed)
        items.append({Kind::Icing, {}, Text::tr("Ice the sore area for about 20 minutes (Entry › Start icing)."),
            iceAdvised->title, iceAdvised->id, in.icedToday > 0});
    if (in.checkInDue)
        items.append({Kind::CheckIn, {}, Text::tr("The weekly check-in: 30 seconds on what your back makes hard."),
            Text::tr("One a week shows how your function changes"), QStringLiteral("journal"), false});
    return answer;
}

QJsonObject TodayAnswer::toJson() const
{
    QJsonArray list;
    for (const TodayItem& item : items) {
        QJsonObject object {{QStringLiteral("kind"), TodayItem::kindId(item.kind)}, {QStringLiteral("text"), item.text},
            {QStringLiteral("reason"), item.reason}, {QStringLiteral("from"), item.from}, {QStringLiteral("done"), item.done}};
        if (!item.routine.isEmpty())
            object.insert(QStringLiteral("routine"), item.routine);
        list.append(object);
    }
    return {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}, {QStringLiteral("items"), list}};
}

namespace {

// Everything the answer reads on `day`.
Result<TodayInput> readInput(JournalRepository& repository, const QDate& day)
{
    TodayInput in;
    in.asOf = day;
    Result<QList<Flag>> flags = PatternEngine::evaluate(repository, day);
    if (!flags)
        return flags.takeError();
    in.flags = std::move(*flags);
    Result<QList<Clearance>> clearances = ClearanceStore(repository.database()).all();
    if (!clearances)
        return clearances.takeError();
    in.clearances = std::move(*clearances);
    Result<std::optional<ReturnPlanOnDay>> plan = ReturnPlanJournal::onDay(repository, day);
    if (!plan)
        return plan.takeError();
    in.plan = std::move(*plan);
    Result<ProgrammeState> programme = ProgrammeJournal::onDay(repository, day, 5, &in.flags);
    if (!programme)
        return programme.takeError();
    in.programme = std::move(*programme);
    Result<QList<CustomExercise>> custom = CustomExerciseStore(repository.database()).all();
    if (!custom)
        return custom.takeError();
    in.catalog = ExerciseCatalog(*custom);
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return settings.takeError();
    in.longSittingHours = AnalysisThresholds::fromSettings(*settings).longSittingHours;
    Result<std::optional<DayLog>> log = repository.dayLogOn(day);
    if (!log)
        return log.takeError();
    if (log->has_value())
        in.sittingHours = (*log)->sittingHours;
    Result<QList<RoutineSession>> sessions = repository.routines({day, day});
    Result<QList<Run>> runs = repository.runs({day, day});
    if (!sessions || !runs)
        return !sessions ? sessions.takeError() : runs.takeError();
    in.icedToday = int(std::count_if(sessions->cbegin(), sessions->cend(),
        [](const RoutineSession& session) { return session.kind == QLatin1String("icing"); }));
    in.ranToday = !runs->isEmpty();
    Result<bool> checkIn = TodayJournal::checkInDue(repository, day);
    if (!checkIn)
        return checkIn.takeError();
    in.checkInDue = *checkIn;
    return in;
}

} // namespace

Result<TodayAnswer> TodayJournal::onDay(JournalRepository& repository, const QDate& day)
{
    Result<TodayInput> in = readInput(repository, day);
    if (!in)
        return in.takeError();
    return TodayAnswer::evaluate(*in);
}

Result<std::optional<MorningWait>> TodayJournal::morningQuestion(JournalRepository& repository, const QDate& day)
{
    const Result<QList<PainEntry>> pain = repository.painEntries({day, day});
    if (!pain)
        return pain.takeError();
    if (std::any_of(pain->cbegin(), pain->cend(), [](const PainEntry& entry) { return ReturnPlanState::isMorning(entry); }))
        return std::optional<MorningWait>(); // answered already
    const QDate yesterday = day.addDays(-1);
    MorningWait wait;
    const Result<std::optional<ReturnPlanOnDay>> plan = ReturnPlanJournal::onDay(repository, day);
    if (!plan)
        return plan.takeError();
    if (plan->has_value() && (*plan)->state.active && !(*plan)->state.sessions.isEmpty()
        && (*plan)->state.sessions.constLast().date == yesterday) {
        const ReturnPlanSession& last = (*plan)->state.sessions.constLast();
        wait.planSession = Text::tr("%1, pain %2/10").arg((*plan)->stages.at(last.stage).name()).arg(last.pain);
    }
    const Result<QList<RoutineSession>> sessions = repository.routines({yesterday, yesterday});
    if (!sessions)
        return sessions.takeError();
    if (std::any_of(sessions->cbegin(), sessions->cend(), [](const RoutineSession& s) { return !s.exercises.isEmpty(); })) {
        const Result<QMap<QString, QString>> settings = repository.settings();
        const Result<QList<CustomExercise>> custom = CustomExerciseStore(repository.database()).all();
        if (!settings || !custom)
            return Error {!settings ? settings.error() : custom.error()};
        const ExerciseCatalog catalog(*custom);
        // How the back answered during each exercise (its morning is what is asked).
        const ExerciseAnswers answers({}, yesterday, AnalysisThresholds::fromSettings(*settings));
        for (const RoutineSession& session : *sessions) {
            for (const ExerciseDone& done : session.exercises) {
                const std::optional<Exercise> exercise = catalog.exercise(done.exercise);
                // One that hurt during it is stepped back already, whatever the morning says.
                if (!exercise || exercise->levels.size() < 2 || answers.of(session.date, done).hurt)
                    continue;
                const QString words = Text::tr("%1, level %2").arg(exercise->name).arg(done.level);
                if (!wait.exercises.contains(words))
                    wait.exercises.append(words);
            }
        }
    }
    if (!wait.planSession && wait.exercises.isEmpty())
        return std::optional<MorningWait>();
    return std::optional<MorningWait>(wait);
}

Result<bool> TodayJournal::checkInDue(JournalRepository& repository, const QDate& day)
{
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return settings.takeError();
    const QDate week = WeeklySeries::weekStartOf(day, WeeklySeries::dayFromSetting(settings->value(JournalSettings::weekStart)));
    Result<QList<CheckIn>> thisWeek = CheckInStore(repository.database()).checkIns({week, day});
    if (!thisWeek)
        return thisWeek.takeError();
    Result<DateRange> span = repository.span();
    if (!span)
        return span.takeError();
    return thisWeek->isEmpty() && span->from.isValid() && span->from < week;
}

namespace {

// The one day kept: for which connection, after how many changes, on which day, in which language.
struct DayKey
{
    quint64 connection = 0;
    qint64 changes = -1;
    QDate date;
    QString language;
    bool operator==(const DayKey&) const = default;
};

struct KeptDay
{
    QMutex mutex;
    DayKey key;
    std::shared_ptr<const TodayJournal::TodayDay> day;
};

KeptDay& keptDay()
{
    static KeptDay kept;
    return kept;
}

DayKey keyOf(JournalRepository& repository, const QDate& date, qint64 changes)
{
    return {repository.database().serial(), changes, date, Text::tr("Rest from running today.")};
}

} // namespace

Result<std::shared_ptr<const TodayJournal::TodayDay>> TodayJournal::day(JournalRepository& repository, const QDate& date)
{
    KeptDay& kept = keptDay();
    const DayKey key = keyOf(repository, date, repository.database().totalChanges());
    {
        QMutexLocker lock(&kept.mutex);
        if (kept.day && kept.key == key)
            return kept.day;
    }
    Result<TodayInput> in = readInput(repository, date);
    if (!in)
        return in.takeError();
    auto worked = std::make_shared<TodayDay>();
    worked->answer = TodayAnswer::evaluate(*in);
    worked->flags = std::move(in->flags);
    worked->programme = std::move(in->programme);
    worked->plan = std::move(in->plan);
    QMutexLocker lock(&kept.mutex);
    kept.key = key;
    kept.day = worked;
    return std::shared_ptr<const TodayJournal::TodayDay>(worked);
}

TodayJournal::DayAhead::DayAhead(const QString& path, const QDate& date, qint64 changes)
    : m_date(date), m_changes(changes)
{
    m_work = std::async(std::launch::async, [path, date]() -> std::shared_ptr<const TodayDay> {
        Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::ReadOnly, JournalFile::Integrity::CheckLater);
        if (!db)
            return nullptr; // the caller works it out itself, and says what is wrong
        JournalRepository repository(*db);
        Result<std::shared_ptr<const TodayDay>> worked = day(repository, date);
        return worked ? *worked : nullptr;
    });
}

TodayJournal::DayAhead::~DayAhead()
{
    if (m_work.valid())
        m_work.wait();
}

bool TodayJournal::DayAhead::keepFor(JournalRepository& repository)
{
    if (!m_work.valid())
        return false;
    std::shared_ptr<const TodayDay> worked = m_work.get();
    if (!worked || repository.database().totalChanges() != m_changes)
        return false;
    KeptDay& kept = keptDay();
    QMutexLocker lock(&kept.mutex);
    kept.key = keyOf(repository, m_date, m_changes);
    kept.day = std::move(worked);
    return true;
}

Result<std::optional<QString>> TodayJournal::planBlocker(JournalRepository& repository, const QDate& date)
{
    Result<std::optional<ReturnPlanJournal::Obstacle>> obstacle = ReturnPlanJournal::obstacle(repository, date);
    if (!obstacle)
        return obstacle.takeError();
    if (obstacle->has_value())
        return std::optional<QString>((*obstacle)->text());
    Result<std::shared_ptr<const TodayDay>> worked = day(repository, date);
    if (!worked)
        return worked.takeError();
    const QList<Flag>& flags = (*worked)->flags;
    Result<QList<Clearance>> clearances = ClearanceStore(repository.database()).all();
    if (!clearances)
        return clearances.takeError();
    if (const std::optional<Flag> flag = professionalFirst(flags, *clearances, date))
        return std::optional<QString>(Text::tr("“%1” since %2").arg(flag->title, EvidenceText::dayInSentence(newestOf(*flag, date))));
    return std::optional<QString>();
}

QString TodayJournal::deferral(const Flag& flag, const TodayAnswer& answer)
{
    if (answer.items.isEmpty() || flag.id == answer.items.first().from)
        return {};
    const TodayItem& top = answer.items.first();
    // Cards whose advice is about running or building up exercise: a higher answer decides them.
    static const QStringList running {QStringLiteral("return-plan-active"), QStringLiteral("running-through-pain"),
        QStringLiteral("mileage-ramp"), QStringLiteral("acute-chronic-load"), QStringLiteral("next-morning-worse"),
        QStringLiteral("likely-muscular")};
    static const QStringList selfCare {QStringLiteral("no-core-work"), QStringLiteral("tightness-no-stretching"),
        QStringLiteral("no-glute-warmup"), QStringLiteral("sitting-before-run")};
    const bool aboutRunning = running.contains(flag.id);
    switch (top.kind) {
    case TodayItem::Kind::SeekCare:
        return flag.severity == Severity::Urgent
            ? QString()
            : Text::tr("Medical care for the warning sign comes first (the card above). This waits until you have been seen.");
    case TodayItem::Kind::SeeProfessional:
        if (aboutRunning || selfCare.contains(flag.id))
            return Text::tr("A professional comes first (the card above): until they have seen you and cleared you, no "
                            "running build-up and no new return-to-run plan. Ask them about this.");
        return {};
    case TodayItem::Kind::Rest:
        if (top.from == QLatin1String("programme") && aboutRunning)
            return Text::tr("A flare comes first: rest from running today, with gentle relief and ice (Today says why).");
        if (top.from == QLatin1String("plan") && aboutRunning && flag.id != QLatin1String("return-plan-active"))
            return Text::tr("Your return-to-run plan now decides when and how much you run (Today has its rest day).");
        break;
    case TodayItem::Kind::PlanSession:
        if (aboutRunning && flag.id != QLatin1String("return-plan-active"))
            return Text::tr("Your return-to-run plan now decides when and how much you run (Today has its session).");
        return {};
    default:
        break;
    }
    // The plan's rest day, wherever it stands in the list: its card does not say "today's session".
    const bool planRests = std::any_of(answer.items.cbegin(), answer.items.cend(), [](const TodayItem& item) {
        return item.kind == TodayItem::Kind::Rest && item.from == QLatin1String("plan");
    });
    if (planRests && flag.id == QLatin1String("return-plan-active"))
        return Text::tr("Today is a rest day in your plan: no run today. Log the next session on its day, with "
                        "the pain during it and the next morning.");
    // A plan running decides the running whatever comes first today.
    const bool planDecides = std::any_of(answer.items.cbegin(), answer.items.cend(),
        [](const TodayItem& item) { return item.isRunning() && item.from == QLatin1String("plan"); });
    if (planDecides && aboutRunning && flag.id != QLatin1String("return-plan-active"))
        return Text::tr("Your return-to-run plan now decides when and how much you run (Today has its session).");
    return {};
}

} // namespace backstride
