#pragma once

// The report's first page is the visit in one page: after the header, the box to look at first
// and the runner's questions, one or two lines each on what was flagged, function, pain at the
// period's two ends, running, the return to running and the exercise programme, each pointing
// to the page with its detail. The detail sections follow from the second page.
#include "ReportPages.h"
#include "TherapistReport.h"

namespace backstride::ReportGlance {

// The sections the glance points to, marked by their headings (ReportPages::Pages::mark).
inline const QString kFlags = QStringLiteral("flags");
inline const QString kFunction = QStringLiteral("function");
inline const QString kSummary = QStringLiteral("summary");
inline const QString kPlan = QStringLiteral("plan");
inline const QString kWeekly = QStringLiteral("weekly");
inline const QString kProgramme = QStringLiteral("programme");
inline const QString kPainkillers = QStringLiteral("painkillers");

void atAGlance(ReportPages::Pages& pages, const TherapistReport& report);
// The return-to-run plan's state on the period's last day: "at stage 3 of 8", "paused (a warning sign)".
QString planState(const ReturnPlanState& plan);

} // namespace backstride::ReportGlance
