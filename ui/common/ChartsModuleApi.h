#pragma once

#include "DateRange.h"
#include "Result.h"
#include "TherapistReport.h"

class QDialog;
class QWidget;

namespace backstride {

class Clock;
class JournalRepository;
class TrendsView;

// The entry points of the charts module (libbackstride-charts.so): the trends page, the export
// dialog and the drawn PDF report, which between them use every Qt Charts and Qt PrintSupport
// type. The module returns this table from its one exported function, backstride_charts().
struct ChartsModuleApi
{
    TrendsView* (*createTrendsPage)(JournalRepository& repository, const Clock& clock, QWidget* parent);
    QDialog* (*createExportDialog)(JournalRepository& repository, const Clock& clock, QWidget* parent);
    Status (*exportPdf)(JournalRepository& repository, const DateRange& period, const QDate& today,
        const QString& path, const TherapistReport::Sections& sections);
};

inline constexpr char chartsModuleEntry[] = "backstride_charts";

} // namespace backstride
