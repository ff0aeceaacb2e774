#pragma once

#include "DateRange.h"
#include "JournalContent.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace backstride {

class JournalRepository;

// The journal JSON format of INTERFACES.md ("format": "backstride-journal", "version": 1): the
// lossless backup and exchange format. Export is deterministic: the same journal gives the same bytes.
namespace JournalJson {

inline const QString formatName = QStringLiteral("backstride-journal");
constexpr int formatVersion = 1;

// Reads and checks a whole document. Every problem found is reported, each naming its place
// ("runs[3].distance_m: must be greater than 0"), prefixed with `sourceName`.
Result<JournalContent> parse(const QByteArray& bytes, const QString& sourceName);

Result<QByteArray> serialize(JournalRepository& repository, const DateRange& range = {});

// Whether import treats `path` as a journal file to merge (a .json file, not a folder) rather
// than as activities.
bool isJournalFile(const QString& path);

} // namespace JournalJson
} // namespace backstride
