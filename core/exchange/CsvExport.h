#pragma once

#include "DateRange.h"
#include "Result.h"

#include <QStringList>

namespace backstride {

class JournalRepository;

// The journal as CSV files for therapists who use spreadsheets: runs.csv, sitting.csv, pain.csv
// and self-care.csv. UTF-8, a header row, ISO dates, metric values plus the runner's display
// unit, lists as words separated by ";". Written through temporary files and renamed into place,
// so a failure leaves no half-written file; readable by their owner only.
namespace CsvExport {

// Returns the files written.
Result<QStringList> write(JournalRepository& repository, const QString& folder, const DateRange& range = {});
// One RFC 4180 field: quoted when it holds a comma, a quote or a line break.
QString field(const QString& text);

} // namespace CsvExport
} // namespace backstride
