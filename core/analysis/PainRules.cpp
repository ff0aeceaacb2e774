// What the pain entries themselves say: warning signs, spreading pain, nerve-like pain, severity,
// persistence, and the muscular picture the article describes.
#include "FlagCatalog.h"
#include "Rules.h"
#include "Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(PainRules)
};

const QStringList kNerveCharacters = {QStringLiteral("burning"), QStringLiteral("shooting"),
    QStringLiteral("tingling"), QStringLiteral("numb")};
const QStringList kMuscularCharacters
    = {QStringLiteral("tight"), QStringLiteral("achy"), QStringLiteral("stiff"), QStringLiteral("spasm")};

bool hasAny(const QStringList& words, const QStringList& wanted)
{
    return std::any_of(
        words.cbegin(), words.cend(), [&wanted](const QString& word) { return wanted.contains(word); });
}

bool bendingAggravates(const PainEntry& entry)
{
    return entry.aggravators.contains(QLatin1String("bending-forward"))
        || entry.aggravators.contains(QLatin1String("bending-backward"));
}

// Evidence lists newest first.
QList<const PainEntry*> newestFirst(QList<const PainEntry*> entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const PainEntry* a, const PainEntry* b) {
        return a->date != b->date ? a->date > b->date : a->time.value_or(QTime()) > b->time.value_or(QTime());
    });
    return entries;
}

std::optional<Flag> flagEntries(const QString& id, const QList<const PainEntry*>& entries,
    const std::function<QString(const PainEntry&)>& describe, const QString& variant = QString())
{
    if (entries.isEmpty())
        return std::nullopt;
    Flag flag = FlagCatalog::make(id, variant);
    for (const PainEntry* entry : newestFirst(entries))
        flag.evidence.append({entry->date, describe(*entry)});
    return flag;
}

QString sitesBeyondLowBack(const PainEntry& entry)
{
    QStringList sites;
    for (const QString& site : entry.sites) {
        if (Vocabulary::isRadiatingSite(site))
            sites.append(Vocabulary::label(VocabularyKind::Site, site));
    }
    return sites.join(QLatin1String(", "));
}

struct WeekPain
{
    int painDays = 0;
    double mean = 0;
    int entries = 0;
};

WeekPain painOver(const AnalysisContext& context, const DateRange& range)
{
    WeekPain week;
    int sum = 0;
    for (QDate date = range.from; date <= range.to; date = date.addDays(1)) {
        if (const DayTotals* day = context.daily.day(date)) {
            week.painDays += day->painMax.value_or(0) >= context.thresholds.painLevel ? 1 : 0;
            week.entries += day->painEntries;
            sum += day->painSum;
        }
    }
    week.mean = week.entries > 0 ? double(sum) / week.entries : 0;
    return week;
}

} // namespace

std::optional<Flag> Rules::redFlagSymptoms(const AnalysisContext& context)
{
    QList<const PainEntry*> entries;
    for (const PainEntry* entry : context.painIn(context.lastDays(context.thresholds.redFlagDays))) {
        if (!entry->redFlags.isEmpty())
            entries.append(entry);
    }
    return flagEntries(QStringLiteral("red-flag-symptoms"), entries, [](const PainEntry& entry) {
        return RuleText::tr("%1 (%2)").arg(
            Vocabulary::labels(VocabularyKind::RedFlag, entry.redFlags).join(QLatin1String("; ")),
            EvidenceText::pain(entry));
    });
}

std::optional<Flag> Rules::radiatingPain(const AnalysisContext& context)
{
    QList<const PainEntry*> entries;
    bool stronger = false;
    for (const PainEntry* entry : context.painIn(context.lastDays(context.thresholds.lookbackDays))) {
        if (entry->radiates()) {
            entries.append(entry);
            stronger = stronger || entry->radiatesBelowKnee() || bendingAggravates(*entry);
        }
    }
    return flagEntries(
        QStringLiteral("radiating-pain"), entries,
        [](const PainEntry& entry) {
            QStringList parts = {
                RuleText::tr("pain %1/10 reaching %2").arg(entry.intensity).arg(sitesBeyondLowBack(entry))};
            parts.append(entry.radiatesBelowKnee() ? RuleText::tr("below the knee")
                                                   : RuleText::tr("not below the knee"));
            QStringList bending;
            for (const QString& word :
                {QStringLiteral("bending-forward"), QStringLiteral("bending-backward")}) {
                if (entry.aggravators.contains(word))
                    bending.append(Vocabulary::label(VocabularyKind::Aggravator, word));
            }
            // Only what was recorded: an empty list may be a question never asked (the run form
            // does not ask it), so it says nothing about bending rather than "no".
            if (!bending.isEmpty())
                parts.append(RuleText::tr("worse with %1").arg(bending.join(RuleText::tr(" and "))));
            return parts.join(QLatin1String("; "));
        },
        stronger ? QStringLiteral("strong") : QString());
}

std::optional<Flag> Rules::nerveSymptoms(const AnalysisContext& context)
{
    QList<const PainEntry*> entries;
    for (const PainEntry* entry : context.painIn(context.lastDays(context.thresholds.lookbackDays))) {
        if (hasAny(entry->character, kNerveCharacters))
            entries.append(entry);
    }
    return flagEntries(QStringLiteral("nerve-symptoms"), entries, [](const PainEntry& entry) {
        QStringList nerve;
        for (const QString& word : entry.character) {
            if (kNerveCharacters.contains(word))
                nerve.append(Vocabulary::label(VocabularyKind::Character, word));
        }
        return RuleText::tr("%1 (%2)").arg(nerve.join(QLatin1String(", ")), EvidenceText::pain(entry));
    });
}

std::optional<Flag> Rules::severePain(const AnalysisContext& context)
{
    QList<const PainEntry*> entries;
    for (const PainEntry* entry : context.painIn(context.lastDays(context.thresholds.lookbackDays))) {
        if (entry->intensity >= context.thresholds.severePain)
            entries.append(entry);
    }
    return flagEntries(QStringLiteral("severe-pain"), entries, &EvidenceText::pain);
}

std::optional<Flag> Rules::persistentPain(const AnalysisContext& context)
{
    const AnalysisThresholds& t = context.thresholds;
    const DateRange later = context.lastDays(7);
    const DateRange earlier {later.from.addDays(-7), later.from.addDays(-1)};
    const WeekPain recent = painOver(context, later);
    const WeekPain before = painOver(context, earlier);
    if (recent.painDays < t.persistentPainDays || before.painDays < t.persistentPainDays)
        return std::nullopt;
    if (recent.mean <= before.mean - t.persistentImprovement)
        return std::nullopt; // it is getting clearly better
    Flag flag = FlagCatalog::make(QStringLiteral("persistent-pain"));
    const QString line = RuleText::tr("%1 to %2: pain of %3/10 or more on %4 days, mean pain %5/10");
    flag.evidence.append({later.from,
        line.arg(EvidenceText::day(later.from), EvidenceText::day(later.to))
            .arg(t.painLevel)
            .arg(recent.painDays)
            .arg(EvidenceText::number(recent.mean, 1))});
    flag.evidence.append({earlier.from,
        line.arg(EvidenceText::day(earlier.from), EvidenceText::day(earlier.to))
            .arg(t.painLevel)
            .arg(before.painDays)
            .arg(EvidenceText::number(before.mean, 1))});
    return flag;
}

std::optional<Flag> Rules::likelyMuscular(const AnalysisContext& context)
{
    QList<const PainEntry*> entries;
    bool muscular = false;
    for (const PainEntry* entry : context.painIn(context.lastDays(context.thresholds.recentPainDays))) {
        if (entry->intensity == 0)
            continue;
        // Anything that points to a nerve, or a warning sign, rules the muscular picture out.
        if (entry->radiates() || hasAny(entry->character, kNerveCharacters) || !entry->redFlags.isEmpty())
            return std::nullopt;
        muscular = muscular || hasAny(entry->character, kMuscularCharacters);
        entries.append(entry);
    }
    if (!muscular)
        return std::nullopt;
    return flagEntries(QStringLiteral("likely-muscular"), entries, [](const PainEntry& entry) {
        QString text = EvidenceText::pain(entry);
        if (!entry.character.isEmpty())
            text += QLatin1String(", ")
                + Vocabulary::labels(VocabularyKind::Character, entry.character).join(QLatin1String(", "));
        return text;
    });
}

} // namespace backstride
