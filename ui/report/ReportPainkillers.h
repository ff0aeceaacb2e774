#pragma once

// The report's painkillers: how often and which, week by week by class, and how many pain
// readings were taken under one (a score a painkiller may have masked).
#include "ReportPages.h"
#include "TherapistReport.h"

namespace backstride::ReportPainkillers {

// One or two lines for the first page: the days with a painkiller and the readings under one.
QString summary(const TherapistReport& report);
void section(ReportPages::Pages& pages, const TherapistReport& report);

} // namespace backstride::ReportPainkillers
