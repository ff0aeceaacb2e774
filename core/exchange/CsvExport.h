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

// One file: its name, its header row and its rows.
struct Table
{
    QString name;
    QStringList header;
    QList<QStringList> rows;
};

// Returns the files written. `more`: tables worked out elsewhere (the flags of the period, from
// core/report), written with the journal's in the same way.
Result<QStringList> write(JournalRepository& repository, const QString& folder, const DateRange& range = {},
    const QList<Table>& more = {});
// One RFC 4180 field: quoted when it holds a comma, a quote or a line break.
QString field(const QString& text);

} // namespace CsvExport
} // namespace backstride
