#pragma once

// The report's charts: pain against weekly distance and sitting, how far from the spine the pain
// reached, and where it hurt, each with its legend drawn by the report itself (whole, in the
// runner's language, wrapped to the page) and a caption saying how to read it.
#include "ReportPages.h"
#include "TherapistReport.h"
#include "TrendData.h"

namespace backstride::ReportCharts {

void draw(ReportPages::Pages& pages, const TherapistReport& report, const TrendData& trend);

} // namespace backstride::ReportCharts
