#include "JournalDayFilter.h"

#include "JournalDayModel.h"

#include <algorithm>

namespace backstride {

JournalDayFilter::JournalDayFilter(QObject* parent) : QSortFilterProxyModel(parent) { }

void JournalDayFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

QString JournalDayFilter::label(Show show)
{
    switch (show) {
    case Show::AllDays:
        return tr("All days");
    case Show::DaysWithPain:
        return tr("Days with pain");
    case Show::DaysWithRuns:
        return tr("Days with runs");
    case Show::DaysWithWarningSigns:
        return tr("Days with warning signs");
    case Show::DaysWithoutSitting:
        return tr("Days without sitting hours");
    }
    return {};
}

QString JournalDayFilter::noneText(Show show)
{
    switch (show) {
    case Show::AllDays:
        return tr("No days in this period.");
    case Show::DaysWithPain:
        return tr("No days with pain in this period.");
    case Show::DaysWithRuns:
        return tr("No days with runs in this period.");
    case Show::DaysWithWarningSigns:
        return tr("No days with warning signs in this period.");
    case Show::DaysWithoutSitting:
        return tr("No days without sitting hours in this period.");
    }
    return {};
}

bool JournalDayFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* days = qobject_cast<const JournalDayModel*>(sourceModel());
    const JournalDay* day = days ? days->dayFromIndex(days->index(sourceRow, 0, sourceParent)) : nullptr;
    if (!day)
        return false;
    switch (m_show) {
    case Show::AllDays:
        return true;
    case Show::DaysWithPain:
        return !day->pain.isEmpty();
    case Show::DaysWithRuns:
        return !day->runs.isEmpty();
    case Show::DaysWithWarningSigns:
        return std::any_of(day->pain.cbegin(), day->pain.cend(),
            [](const PainEntry& pain) { return !pain.redFlags.isEmpty(); });
    case Show::DaysWithoutSitting:
        return !day->log || !day->log->sittingHours;
    }
    return true;
}

} // namespace backstride
