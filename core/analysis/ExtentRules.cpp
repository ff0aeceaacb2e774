// Where the pain reaches over weeks: moving down the leg (peripheralising) or back towards the
// spine (centralising), each side judged on its own. The levels and their sources: PainExtent.h.
#include "FlagCatalog.h"
#include "PainExtent.h"
#include "Rules.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QMap>

namespace backstride {
namespace {

using PainExtent::Side;

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(ExtentRules)
};

constexpr Side kSides[] = {Side::Left, Side::Right};

// The reach of one side's pain over some days: how many entries had pain on that side (or in the
// centre), and how far they reached on average and at most.
struct Reach
{
    DateRange days;
    QList<const PainEntry*> entries;
    double mean = 0;
    int furthest = 0;
};

Reach reachOn(const AnalysisContext& context, Side side, const DateRange& days)
{
    Reach reach {days, {}, 0, 0};
    int sum = 0;
    for (const PainEntry* entry : context.painIn(days)) {
        if (const std::optional<int> level = PainExtent::of(*entry).on(side)) {
            reach.entries.append(entry);
            sum += *level;
            reach.furthest = std::max(reach.furthest, *level);
        }
    }
    if (!reach.entries.isEmpty())
        reach.mean = double(sum) / reach.entries.size();
    return reach;
}

// The last window and the one before it, on one side.
struct Windows
{
    Reach before;
    Reach recent;
    bool comparable = false; // enough entries in both
};

Windows windowsOn(const AnalysisContext& context, Side side)
{
    const AnalysisThresholds& t = context.thresholds;
    const DateRange recent = context.lastDays(t.extentWindowDays);
    const DateRange before {recent.from.addDays(-t.extentWindowDays), recent.from.addDays(-1)};
    Windows windows {reachOn(context, side, before), reachOn(context, side, recent), false};
    windows.comparable = windows.before.entries.size() >= t.extentMinEntries
        && windows.recent.entries.size() >= t.extentMinEntries;
    return windows;
}

QString reachLine(Side side, const Reach& reach)
{
    const int entries = int(reach.entries.size());
    QString line
        = (entries == 1
                ? RuleText::tr("%1, %2 to %3: pain reached %4 on average (%5) in one entry, at most %6")
                : RuleText::tr("%1, %2 to %3: pain reached %4 on average (%5) over %7 entries, at most %6"))
              .arg(PainExtent::sideLabel(side), EvidenceText::day(reach.days.from),
                  EvidenceText::day(reach.days.to), EvidenceText::number(reach.mean, 1),
                  PainExtent::levelLabel(qRound(reach.mean)), PainExtent::levelLabel(reach.furthest));
    return entries == 1 ? line : line.arg(entries);
}

void addWindows(Flag& flag, Side side, const Windows& windows)
{
    flag.evidence.append({windows.recent.days.from, reachLine(side, windows.recent)});
    flag.evidence.append({windows.before.days.from, reachLine(side, windows.before)});
}

// The words, in vocabulary order, that the entries list as making the pain worse.
QStringList aggravatorsOf(const QList<const PainEntry*>& entries)
{
    QStringList words;
    for (const PainEntry* entry : entries)
        words.append(entry->aggravators);
    words.removeDuplicates();
    return Vocabulary::canonical(VocabularyKind::Aggravator, words);
}

} // namespace

std::optional<Flag> Rules::painPeripheralising(const AnalysisContext& context)
{
    const AnalysisThresholds& t = context.thresholds;
    Flag flag = FlagCatalog::make(QStringLiteral("pain-peripheralising"));
    QList<const PainEntry*> worse;
    for (Side side : kSides) {
        const Windows windows = windowsOn(context, side);
        if (windows.comparable && windows.recent.mean - windows.before.mean >= t.extentChangeLevels) {
            addWindows(flag, side, windows);
            worse.append(windows.recent.entries);
        }
        // Newly below the knee: in the last days, after none in the weeks before (which must hold
        // enough entries on that side to say so).
        const DateRange lately = context.lastDays(t.extentNewDistalDays);
        const DateRange earlier {lately.from.addDays(-t.extentDistalClearDays), lately.from.addDays(-1)};
        const Reach previous = reachOn(context, side, earlier);
        if (previous.entries.size() < t.extentMinEntries || previous.furthest >= PainExtent::kBelowKnee)
            continue;
        for (const PainEntry* entry : reachOn(context, side, lately).entries) {
            const QStringList distal = PainExtent::sitesAtOrBeyond(*entry, side, PainExtent::kBelowKnee);
            if (distal.isEmpty())
                continue;
            flag.evidence.append({entry->date,
                RuleText::tr("%1: newly below the knee, %2 (pain %3/10); not in the %4 days before")
                    .arg(PainExtent::sideLabel(side),
                        Vocabulary::labels(VocabularyKind::Site, distal).join(QLatin1String(", ")))
                    .arg(entry->intensity)
                    .arg(t.extentDistalClearDays)});
            worse.append(entry);
        }
    }
    if (flag.evidence.isEmpty())
        return std::nullopt;
    std::stable_sort(flag.evidence.begin(), flag.evidence.end(),
        [](const Evidence& a, const Evidence& b) { return a.date > b.date; });
    const QStringList aggravators = aggravatorsOf(worse);
    if (!aggravators.isEmpty())
        flag.advice += u' '
            + RuleText::tr("In your log lately, these made it worse: %1.")
                  .arg(Vocabulary::labels(VocabularyKind::Aggravator, aggravators).join(QLatin1String(", ")));
    return flag;
}

std::optional<Flag> Rules::painCentralising(const AnalysisContext& context)
{
    const AnalysisThresholds& t = context.thresholds;
    Flag flag = FlagCatalog::make(QStringLiteral("pain-centralising"));
    DateRange helped;
    for (Side side : kSides) {
        const Windows windows = windowsOn(context, side);
        if (!windows.comparable || windows.before.mean - windows.recent.mean < t.extentChangeLevels)
            continue;
        // Lately nothing past the buttock on that side: a real retreat, not a quiet spell.
        if (reachOn(context, side, context.lastDays(t.extentNewDistalDays)).furthest > PainExtent::kButtock)
            continue;
        addWindows(flag, side, windows);
        helped = windows.recent.days;
    }
    if (flag.evidence.isEmpty())
        return std::nullopt;
    // What the runner did in those weeks: the self-care logged and how the running changed.
    QMap<QString, int> sessions;
    for (const RoutineSession& routine : context.routines) {
        if (helped.contains(routine.date))
            ++sessions[routine.kind];
    }
    QStringList done;
    for (auto it = sessions.cbegin(); it != sessions.cend(); ++it)
        done.append(it.value() == 1
                ? RuleText::tr("%1 once").arg(Vocabulary::label(VocabularyKind::RoutineKind, it.key()))
                : RuleText::tr("%1 %2 times")
                      .arg(Vocabulary::label(VocabularyKind::RoutineKind, it.key()))
                      .arg(it.value()));
    const DateRange earlier {helped.from.addDays(-t.extentWindowDays), helped.from.addDays(-1)};
    const QString running = RuleText::tr("you ran %1, against %2 in the %3 days before")
                                .arg(Units::distance(context.distanceIn(helped), context.unit),
                                    Units::distance(context.distanceIn(earlier), context.unit))
                                .arg(t.extentWindowDays);
    flag.advice += u' '
        + (done.isEmpty() ? RuleText::tr("In those %1 days %2.").arg(t.extentWindowDays).arg(running)
                          : RuleText::tr("In those %1 days you logged %2, and %3.")
                                .arg(t.extentWindowDays)
                                .arg(done.join(QLatin1String(", ")), running));
    return flag;
}

} // namespace backstride
