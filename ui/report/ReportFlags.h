#pragma once

// The report's parts about what was flagged: the box a therapist reads first, the flags of the
// whole period with when each was active, and the links beyond chance over the period.
#include "ReportPages.h"
#include "TherapistReport.h"

namespace backstride::ReportFlags {

// "Look at first": every warning sign and see-a-professional flag of the period with its days,
// settled or not, and how often the warning-sign questions were asked and answered.
void lookAtFirst(ReportPages::Pages& pages, const TherapistReport& report);
// Every flag active on a day of the period, most serious first, with the days it was active.
void duringThePeriod(ReportPages::Pages& pages, const TherapistReport& report);
// The factor engine over the period, or why it could not test.
void links(ReportPages::Pages& pages, const TherapistReport& report);

} // namespace backstride::ReportFlags
