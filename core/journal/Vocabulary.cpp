#include "Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <span>

namespace backstride {
namespace {

struct Word
{
    const char* word;
    const char* label;
};

// clang-format off
constexpr Word kSites[] = {
    {"lower-back-left", QT_TRANSLATE_NOOP("Vocabulary", "low back, left")},
    {"lower-back-center", QT_TRANSLATE_NOOP("Vocabulary", "low back, centre")},
    {"lower-back-right", QT_TRANSLATE_NOOP("Vocabulary", "low back, right")},
    {"mid-back", QT_TRANSLATE_NOOP("Vocabulary", "mid back")},
    {"buttock-left", QT_TRANSLATE_NOOP("Vocabulary", "left buttock")},
    {"buttock-right", QT_TRANSLATE_NOOP("Vocabulary", "right buttock")},
    {"hip-left", QT_TRANSLATE_NOOP("Vocabulary", "left hip")},
    {"hip-right", QT_TRANSLATE_NOOP("Vocabulary", "right hip")},
    {"groin-left", QT_TRANSLATE_NOOP("Vocabulary", "left groin")},
    {"groin-right", QT_TRANSLATE_NOOP("Vocabulary", "right groin")},
    {"thigh-front-left", QT_TRANSLATE_NOOP("Vocabulary", "front of left thigh")},
    {"thigh-front-right", QT_TRANSLATE_NOOP("Vocabulary", "front of right thigh")},
    {"thigh-back-left", QT_TRANSLATE_NOOP("Vocabulary", "back of left thigh")},
    {"thigh-back-right", QT_TRANSLATE_NOOP("Vocabulary", "back of right thigh")},
    {"knee-left", QT_TRANSLATE_NOOP("Vocabulary", "left knee")},
    {"knee-right", QT_TRANSLATE_NOOP("Vocabulary", "right knee")},
    {"calf-left", QT_TRANSLATE_NOOP("Vocabulary", "left calf")},
    {"calf-right", QT_TRANSLATE_NOOP("Vocabulary", "right calf")},
    {"shin-left", QT_TRANSLATE_NOOP("Vocabulary", "left shin")},
    {"shin-right", QT_TRANSLATE_NOOP("Vocabulary", "right shin")},
    {"foot-left", QT_TRANSLATE_NOOP("Vocabulary", "left foot")},
    {"foot-right", QT_TRANSLATE_NOOP("Vocabulary", "right foot")},
};
constexpr Word kCharacters[] = {
    {"tight", QT_TRANSLATE_NOOP("Vocabulary", "tight")},
    {"achy", QT_TRANSLATE_NOOP("Vocabulary", "achy")},
    {"stiff", QT_TRANSLATE_NOOP("Vocabulary", "stiff")},
    {"sharp", QT_TRANSLATE_NOOP("Vocabulary", "sharp")},
    {"burning", QT_TRANSLATE_NOOP("Vocabulary", "burning")},
    {"shooting", QT_TRANSLATE_NOOP("Vocabulary", "shooting")},
    {"tingling", QT_TRANSLATE_NOOP("Vocabulary", "tingling")},
    {"numb", QT_TRANSLATE_NOOP("Vocabulary", "numb")},
    {"spasm", QT_TRANSLATE_NOOP("Vocabulary", "spasm")},
};
constexpr Word kTimings[] = {
    {"during-run", QT_TRANSLATE_NOOP("Vocabulary", "during a run")},
    {"after-run", QT_TRANSLATE_NOOP("Vocabulary", "after a run")},
    {"sitting", QT_TRANSLATE_NOOP("Vocabulary", "while sitting")},
    {"morning", QT_TRANSLATE_NOOP("Vocabulary", "in the morning")},
    {"night", QT_TRANSLATE_NOOP("Vocabulary", "at night")},
    {"rest", QT_TRANSLATE_NOOP("Vocabulary", "at rest")},
};
constexpr Word kAggravators[] = {
    {"bending-forward", QT_TRANSLATE_NOOP("Vocabulary", "bending forward")},
    {"bending-backward", QT_TRANSLATE_NOOP("Vocabulary", "bending backward")},
    {"twisting", QT_TRANSLATE_NOOP("Vocabulary", "twisting")},
    {"sitting", QT_TRANSLATE_NOOP("Vocabulary", "sitting")},
    {"standing", QT_TRANSLATE_NOOP("Vocabulary", "standing")},
    {"walking", QT_TRANSLATE_NOOP("Vocabulary", "walking")},
    {"running", QT_TRANSLATE_NOOP("Vocabulary", "running")},
    {"coughing", QT_TRANSLATE_NOOP("Vocabulary", "coughing or sneezing")},
};
constexpr Word kRedFlags[] = {
    {"saddle-numbness", QT_TRANSLATE_NOOP("Vocabulary", "numbness in the groin or saddle area")},
    {"bladder-bowel-change", QT_TRANSLATE_NOOP("Vocabulary", "new trouble controlling bladder or bowel")},
    {"progressive-leg-weakness", QT_TRANSLATE_NOOP("Vocabulary", "leg weakness that is getting worse")},
    {"fever-or-weight-loss", QT_TRANSLATE_NOOP("Vocabulary", "fever or unexplained weight loss")},
    {"after-trauma", QT_TRANSLATE_NOOP("Vocabulary", "started after a fall or injury")},
};
constexpr Word kRoutineKinds[] = {
    {"core-strength", QT_TRANSLATE_NOOP("Vocabulary", "core strength")},
    {"stretching", QT_TRANSLATE_NOOP("Vocabulary", "stretching")},
    {"foam-rolling", QT_TRANSLATE_NOOP("Vocabulary", "foam rolling")},
    {"glute-activation", QT_TRANSLATE_NOOP("Vocabulary", "glute activation")},
    {"icing", QT_TRANSLATE_NOOP("Vocabulary", "icing")},
    {"rest-day", QT_TRANSLATE_NOOP("Vocabulary", "rest day")},
    {"physio-visit", QT_TRANSLATE_NOOP("Vocabulary", "physio visit")},
    {"cross-training", QT_TRANSLATE_NOOP("Vocabulary", "cross-training")},
};
constexpr Word kRunKinds[] = {
    {"easy", QT_TRANSLATE_NOOP("Vocabulary", "easy")},
    {"long", QT_TRANSLATE_NOOP("Vocabulary", "long")},
    {"tempo", QT_TRANSLATE_NOOP("Vocabulary", "tempo")},
    {"intervals", QT_TRANSLATE_NOOP("Vocabulary", "intervals")},
    {"race", QT_TRANSLATE_NOOP("Vocabulary", "race")},
    {"trail", QT_TRANSLATE_NOOP("Vocabulary", "trail")},
    // The return-to-run plan's sessions: the walking gate and the walk-run intervals.
    {"walk", QT_TRANSLATE_NOOP("Vocabulary", "walk")},
    {"walk-run", QT_TRANSLATE_NOOP("Vocabulary", "walk-run")},
};
constexpr Word kSurfaces[] = {
    {"road", QT_TRANSLATE_NOOP("Vocabulary", "road")},
    {"trail", QT_TRANSLATE_NOOP("Vocabulary", "trail")},
    {"track", QT_TRANSLATE_NOOP("Vocabulary", "track")},
    {"treadmill", QT_TRANSLATE_NOOP("Vocabulary", "treadmill")},
};
// clang-format on

std::span<const Word> table(VocabularyKind kind)
{
    switch (kind) {
    case VocabularyKind::Site:
        return kSites;
    case VocabularyKind::Character:
        return kCharacters;
    case VocabularyKind::Timing:
        return kTimings;
    case VocabularyKind::Aggravator:
        return kAggravators;
    case VocabularyKind::RedFlag:
        return kRedFlags;
    case VocabularyKind::RoutineKind:
        return kRoutineKinds;
    case VocabularyKind::RunKind:
        return kRunKinds;
    case VocabularyKind::Surface:
        return kSurfaces;
    }
    return {};
}

QStringList wordsOf(VocabularyKind kind)
{
    QStringList words;
    for (const Word& entry : table(kind))
        words.append(QString::fromLatin1(entry.word));
    return words;
}

} // namespace

const QStringList& Vocabulary::words(VocabularyKind kind)
{
    static const QStringList lists[] = {
        wordsOf(VocabularyKind::Site),
        wordsOf(VocabularyKind::Character),
        wordsOf(VocabularyKind::Timing),
        wordsOf(VocabularyKind::Aggravator),
        wordsOf(VocabularyKind::RedFlag),
        wordsOf(VocabularyKind::RoutineKind),
        wordsOf(VocabularyKind::RunKind),
        wordsOf(VocabularyKind::Surface),
    };
    return lists[static_cast<int>(kind)];
}

bool Vocabulary::contains(VocabularyKind kind, const QString& word)
{
    return words(kind).contains(word);
}

QString Vocabulary::label(VocabularyKind kind, const QString& word)
{
    for (const Word& entry : table(kind)) {
        if (word == QLatin1String(entry.word))
            return QCoreApplication::translate("Vocabulary", entry.label);
    }
    return word;
}

QStringList Vocabulary::labels(VocabularyKind kind, const QStringList& words)
{
    QStringList result;
    result.reserve(words.size());
    for (const QString& word : words)
        result.append(label(kind, word));
    return result;
}

QStringList Vocabulary::canonical(VocabularyKind kind, const QStringList& input)
{
    const QStringList& order = words(kind);
    QStringList result;
    for (const QString& word : order) {
        if (input.contains(word))
            result.append(word);
    }
    for (const QString& word : input) {
        if (!order.contains(word) && !result.contains(word))
            result.append(word);
    }
    return result;
}

bool Vocabulary::isRadiatingSite(const QString& site)
{
    return contains(VocabularyKind::Site, site) && !site.startsWith(QLatin1String("lower-back-"))
        && site != QLatin1String("mid-back");
}

bool Vocabulary::isBelowKneeSite(const QString& site)
{
    return site.startsWith(QLatin1String("calf-")) || site.startsWith(QLatin1String("shin-"))
        || site.startsWith(QLatin1String("foot-"));
}

} // namespace backstride
