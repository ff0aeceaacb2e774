#pragma once

#include "Result.h"
#include "TherapistReport.h"
#include "TrendData.h"

#include <QPageSize>

class QPagedPaintDevice;

namespace backstride {

// Lays the therapist's report out on pages — a PDF (QPdfWriter) or a printer and its preview
// (QPrinter) alike: the header and the one thing to look at first, the summary against the
// period before, the flags with their evidence, the weekly table, the charts (drawn as vectors),
// the pain log and the self-care table. Page numbers on every page; no table row is split across
// pages (a row that does not fit starts the next page, under a repeated header); black text on
// white with greys, so it prints well in black and white.
namespace ReportWriter {

// Page size from the locale: Letter where it is the custom (US, Canada, ...), A4 elsewhere.
QPageSize pageSizeForLocale();
// Paints the whole report; returns the number of pages.
int paint(const TherapistReport& report, const TrendData& trend, QPagedPaintDevice* device);
Status writePdf(const TherapistReport& report, const TrendData& trend, const QString& path);
// Loads the report and its charts' data for a period of the journal and writes the PDF.
Status exportPdf(JournalRepository& repository, const DateRange& period, const QDate& today,
    const QString& path, const TherapistReport::Sections& sections);

} // namespace ReportWriter
} // namespace backstride
