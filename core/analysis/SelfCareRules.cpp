// Habits while the back hurts: the article's prevention advice — core strength to steady the
// spine, stretching and foam rolling for tight muscles.
#include "ExerciseAnswers.h"
#include "FlagCatalog.h"
#include "Rules.h"
#include "Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(SelfCareRules)
};

QList<const PainEntry*> recentPain(const AnalysisContext& context)
{
    QList<const PainEntry*> entries = context.painIn(context.lastDays(context.thresholds.recentPainDays));
    entries.removeIf([](const PainEntry* entry) { return entry->intensity == 0; });
    return entries;
}

const PainEntry* latest(const QList<const PainEntry*>& entries)
{
    return *std::max_element(entries.cbegin(), entries.cend(), [](const PainEntry* a, const PainEntry* b) {
        return a->date != b->date ? a->date < b->date : a->time.value_or(QTime()) < b->time.value_or(QTime());
    });
}

Evidence lastSession(const AnalysisContext& context, const QString& kind, const QString& label)
{
    const std::optional<QDate> last = context.lastRoutine(kind);
    if (!last)
        return {context.asOf, RuleText::tr("no %1 session in the journal").arg(label)};
    return {*last,
        RuleText::tr("last %1 session: %2, %3 days before %4")
            .arg(label, EvidenceText::day(*last))
            .arg(last->daysTo(context.asOf))
            .arg(EvidenceText::day(context.asOf))};
}

} // namespace

std::optional<Flag> Rules::noCoreWork(const AnalysisContext& context)
{
    const QList<const PainEntry*> pain = recentPain(context);
    if (pain.isEmpty()
        || context.hasRoutine(
            QStringLiteral("core-strength"), context.lastDays(context.thresholds.noCoreDays)))
        return std::nullopt;
    Flag flag = FlagCatalog::make(QStringLiteral("no-core-work"));
    const PainEntry* newest = latest(pain);
    flag.evidence.append({newest->date, RuleText::tr("latest pain: %1").arg(EvidenceText::pain(*newest))});
    flag.evidence.append(
        lastSession(context, QStringLiteral("core-strength"), RuleText::tr("core-strength")));
    return flag;
}

std::optional<Flag> Rules::tightnessNoStretching(const AnalysisContext& context)
{
    const DateRange recent = context.lastDays(context.thresholds.recentPainDays);
    if (context.hasRoutine(QStringLiteral("stretching"), recent)
        || context.hasRoutine(QStringLiteral("foam-rolling"), recent))
        return std::nullopt;
    Flag flag = FlagCatalog::make(QStringLiteral("tightness-no-stretching"));
    for (const PainEntry* entry : recentPain(context)) {
        QStringList tight;
        for (const char* word : {"tight", "stiff", "spasm"}) {
            if (entry->character.contains(QLatin1String(word)))
                tight.append(Vocabulary::label(VocabularyKind::Character, QLatin1String(word)));
        }
        if (!tight.isEmpty())
            flag.evidence.prepend({entry->date,
                RuleText::tr("%1 (%2)").arg(tight.join(QLatin1String(", ")), EvidenceText::pain(*entry))});
    }
    if (flag.evidence.isEmpty())
        return std::nullopt;
    flag.evidence.append(lastSession(context, QStringLiteral("stretching"), RuleText::tr("stretching")));
    return flag;
}

// The programme's exercises answered by the pain (ExerciseAnswers::hurting): the same sessions that
// make the programme leave an exercise out name it here.
std::optional<Flag> Rules::exerciseHurts(const AnalysisContext& context)
{
    const QList<HurtingExercise> hurting
        = ExerciseAnswers(context.pain, context.asOf, context.thresholds).hurting(context.routines);
    if (hurting.isEmpty())
        return std::nullopt;
    Flag flag = FlagCatalog::make(QStringLiteral("exercise-hurts"));
    for (const HurtingExercise& exercise : hurting) {
        const std::optional<Exercise> found = context.catalog.exercise(exercise.exercise);
        const QString name = found ? found->name : exercise.exercise;
        for (const HurtingExercise::Session& session : exercise.sessions) {
            QString detail = session.answer.hurt
                ? RuleText::tr("%1 at level %2: pain %3/10 during it").arg(name).arg(session.level).arg(*session.pain)
                : RuleText::tr("%1 at level %2: the back %3 points worse the next morning")
                      .arg(name)
                      .arg(session.level)
                      .arg(session.answer.morningChange);
            flag.evidence.prepend({session.date, detail});
        }
    }
    std::stable_sort(flag.evidence.begin(), flag.evidence.end(),
        [](const Evidence& a, const Evidence& b) { return a.date > b.date; });
    return flag;
}

} // namespace backstride
