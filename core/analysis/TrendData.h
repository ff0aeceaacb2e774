#pragma once

#include "CheckIn.h"
#include "CorrelationPairs.h"
#include "FactorEngine.h"
#include "PainReach.h"
#include "Spearman.h"
#include "Units.h"
#include "WeeklySeries.h"

#include <QMap>
#include <QStringList>

namespace backstride {

class JournalRepository;

// Everything the trend views draw for a range of weeks, computed in core so the widgets only
// draw: the weekly series (the same numbers as `weekly --json`), the weeks a flag points at, the
// factor engine's report with the pain-against-sitting and pain-against-distance pairs at its
// lags, and how often each body site hurt.
struct TrendData
{
    DateRange range; // whole weeks
    DistanceUnit unit = DistanceUnit::Kilometres;
    WeeklySeries weeks;
    // Week start -> the titles of the flags that point at that week.
    QMap<QDate, QStringList> markedWeeks;

    // What matters for the back: the factor engine as of the range's last judged day. The
    // scatter plots draw sitting and distance at the lag it found strongest.
    FactorReport factors;
    SittingPainPairs sittingPain;
    RankCorrelation sittingCorrelation; // over the drawn points
    int sittingMinimumDays = 0;
    MileagePainPairs mileagePain;
    RankCorrelation mileageCorrelation;
    int mileageMinimumWeeks = 0;

    QMap<QString, int> siteEntries; // site -> pain entries naming it
    QMap<QString, int> siteDays; // site -> days it hurt
    int painEntries = 0;
    // The same counts for each half of the range up to today, to show where the pain moved.
    DateRange firstHalf;
    DateRange secondHalf;
    QMap<QString, int> siteEntriesFirstHalf;
    QMap<QString, int> siteEntriesSecondHalf;
    // The weeks the mean reach of the pain turned (weeks.weeks()'s extentMean and extentMax).
    QList<ReachTurn> reachTurns;
    // The weekly check-ins in the range, oldest first, and the change of the mean function score
    // that is meaningful (the function chart's band around the first check-in).
    QList<CheckIn> checkIns;
    double functionMeaningful = 0;

    static Result<TrendData> load(JournalRepository& repository, const DateRange& range, const QDate& today);
    // The last `weeks` whole weeks up to `today` (the current week included).
    static DateRange lastWeeks(const QDate& today, int weeks, Qt::DayOfWeek weekStart);
};

} // namespace backstride
