#pragma once

#include "Clearance.h"
#include "ExerciseProgramme.h"
#include "Flag.h"
#include "MorningWait.h"
#include "ReturnPlanJournal.h"
#include "Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <future>
#include <memory>
#include <optional>

namespace backstride {

class JournalRepository;

// One thing to do today.
struct TodayItem
{
    enum class Kind { SeekCare, SeeProfessional, Rest, Run, PlanSession, Walk, Routine, Icing, CheckIn };
    Kind kind = Kind::Run;
    QString routine; // a routine's id (Kind::Routine)
    QString text; // what to do, in the runner's words
    QString reason; // the one reason that decided it
    QString from; // a flag id, "plan", "programme", "clearance" or "journal"
    bool done = false; // done today already (a routine logged, the session run, iced, checked in)

    static QString kindId(Kind kind); // "seek-care", "see-professional", "rest", "run", …
    bool isRunning() const { return kind == Kind::Run || kind == Kind::PlanSession || kind == Kind::Rest; }
};

// What the answer is made from, read from the journal up to a day.
struct TodayInput
{
    QDate asOf;
    QList<Flag> flags; // as of asOf, most serious first
    QList<Clearance> clearances;
    std::optional<ReturnPlanOnDay> plan;
    ProgrammeState programme;
    ExerciseCatalog catalog;
    std::optional<double> sittingHours; // today's, when logged
    double longSittingHours = 0;
    int icedToday = 0;
    bool ranToday = false;
    bool checkInDue = false;
};

// The day's answer: the things to do in order, the highest rule first.
struct TodayAnswer
{
    QDate asOf;
    QList<TodayItem> items;

    static TodayAnswer evaluate(const TodayInput& input);
    // {"as_of", "items": [{"kind", "text", "reason", "from", "routine"?, "done"}]}
    QJsonObject toJson() const;
};

namespace TodayJournal {

// The see-a-professional flags that concern running: until a clearance to run is recorded after
// them, no running build-up and no new return-to-run plan.
const QStringList& runningFlags();
// The first such flag standing on `day` that no clearance lifted, if any.
std::optional<Flag> professionalFirst(const QList<Flag>& flags, const QList<Clearance>& clearances, const QDate& day);

// The day's answer, worked out whole.
Result<TodayAnswer> onDay(JournalRepository& repository, const QDate& day);

// The day as the window shows it in several places (the Today page, the insights panel, the plan's
// doors, the report): its flags, exercise programme, plan and answer, worked out once and kept
// while the journal is unchanged (the same connection, nothing written since), the day the same
// and the language too.
struct TodayDay
{
    QList<Flag> flags;
    ProgrammeState programme;
    std::optional<ReturnPlanOnDay> plan;
    TodayAnswer answer;
};
Result<std::shared_ptr<const TodayDay>> day(JournalRepository& repository, const QDate& day);

// The day worked out ahead, on another thread and a read-only connection of its own to the
// journal at `path`, while the caller does something else (the window builds its widgets and
// loads its fonts at start-up: bench/README.md). keepFor() waits for it and keeps it as
// `repository`'s day, as day() would have, when nothing was written to `repository` since
// `changes` (its totalChanges() when the work began); otherwise day() works it out again.
class DayAhead
{
public:
    DayAhead(const QString& path, const QDate& date, qint64 changes);
    ~DayAhead(); // waits for the work, which reads the journal
    DayAhead(const DayAhead&) = delete;
    DayAhead& operator=(const DayAhead&) = delete;

    bool keepFor(JournalRepository& repository);

private:
    std::future<std::shared_ptr<const TodayDay>> m_work;
    QDate m_date;
    qint64 m_changes;
};

// Whether the weekly check-in is due on `day`: none this week yet, and entries in a week before it
// to compare with (a journal begun this week is not asked how the week went against nothing).
Result<bool> checkInDue(JournalRepository& repository, const QDate& day);

// What waits on this morning's answer on `day` (MorningWait.h); nothing when nothing waits.
Result<std::optional<MorningWait>> morningQuestion(JournalRepository& repository, const QDate& day);

// Why a return-to-run plan may not start on `day`, whatever door it is started by: a warning sign
// or pain below the knee, or a see-a-professional flag about running, with no clearance to run
// after it. In words that follow "your log has …"; nothing when it may start.
Result<std::optional<QString>> planBlocker(JournalRepository& repository, const QDate& day);

// What a card says instead of its own advice when a higher item of the day's answer decides: care
// for a warning sign, a professional first, a flare, or a return-to-run plan running. Empty when
// the card's advice stands.
QString deferral(const Flag& flag, const TodayAnswer& answer);

} // namespace TodayJournal
} // namespace backstride
