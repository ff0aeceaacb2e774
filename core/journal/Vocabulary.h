#pragma once

#include <QString>
#include <QStringList>

namespace backstride {

// The stored words of the journal (INTERFACES.md). The database and the JSON format keep these
// words; the UI shows the translated labels.
enum class VocabularyKind {
    Site,
    Character,
    Timing,
    Aggravator,
    RedFlag,
    RoutineKind,
    RunKind,
    Surface,
};

namespace Vocabulary {

// Every word of a kind, in the order forms and reports list them.
const QStringList& words(VocabularyKind kind);
bool contains(VocabularyKind kind, const QString& word);
// A short, translated label for a stored word ("buttock-left" -> "left buttock").
QString label(VocabularyKind kind, const QString& word);
QStringList labels(VocabularyKind kind, const QStringList& words);
// Sorts and de-duplicates words into vocabulary order (unknown words keep their place at the end).
QStringList canonical(VocabularyKind kind, const QStringList& words);

// Pain beyond the low back is pain that radiates; below the knee it is the stronger sign.
bool isRadiatingSite(const QString& site);
bool isBelowKneeSite(const QString& site);

} // namespace Vocabulary
} // namespace backstride
