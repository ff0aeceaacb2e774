#pragma once

#include "AnalysisContext.h"
#include "Flag.h"

#include <QJsonObject>

namespace backstride {

// Runs every rule over the journal as it stood on one day and lists the flags that fire, the most
// serious first (urgent, see a professional, caution, info; then in the catalog's order).
namespace PatternEngine {

QList<Flag> evaluate(const AnalysisContext& context);
Result<QList<Flag>> evaluate(JournalRepository& repository, const QDate& asOf);

// {"as_of": "...", "flags": [...]} as INTERFACES.md describes.
QJsonObject toJson(const QDate& asOf, const QList<Flag>& flags);
// The same for a terminal: a heading per flag, wrapped explanation and advice, the evidence.
QString toText(const QDate& asOf, const QList<Flag>& flags, int width = 80);

} // namespace PatternEngine
} // namespace backstride
