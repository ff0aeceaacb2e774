#include "PainReach.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <optional>

namespace backstride::PainReach {

QList<ReachTurn> turns(const WeeklySeries& weeks, double levels)
{
    using Direction = ReachTurn::Direction;
    QList<ReachTurn> found;
    std::optional<ReachTurn> extreme; // the furthest point of the current move (or the start)
    std::optional<Direction> moving;
    for (const WeekTotals& week : weeks.weeks()) {
        if (!week.extentMean)
            continue;
        const ReachTurn here {week.weekStart, Direction::DownTheLeg, *week.extentMean};
        if (!extreme) {
            extreme = here;
            continue;
        }
        const double change = here.reach - extreme->reach;
        if (!moving) {
            if (std::abs(change) >= levels) {
                moving = change > 0 ? Direction::DownTheLeg : Direction::TowardsTheSpine;
                found.append({extreme->weekStart, *moving, extreme->reach});
                extreme = here;
            } else if (std::abs(change) < levels / 2) {
                extreme->weekStart = here.weekStart; // still where it started: a move starts from here
            }
            continue;
        }
        // A plateau at the furthest point moves the turning point to its last week.
        const bool further = *moving == Direction::DownTheLeg ? change >= 0 : change <= 0;
        if (further) {
            extreme = here;
        } else if (std::abs(change) >= levels) {
            moving = *moving == Direction::DownTheLeg ? Direction::TowardsTheSpine : Direction::DownTheLeg;
            found.append({extreme->weekStart, *moving, extreme->reach});
            extreme = here;
        }
    }
    return found;
}

QString describe(const QList<ReachTurn>& turns, const WeeklySeries& weeks)
{
    bool anyReach = false;
    for (const WeekTotals& week : weeks.weeks())
        anyReach = anyReach || week.extentMean.has_value();
    if (!anyReach)
        return QCoreApplication::translate(
            "PainReach", "No pain with a place on the body map in this period.");
    if (turns.isEmpty())
        return QCoreApplication::translate(
            "PainReach", "How far the pain reached held steady: no week moved it by a whole level.");
    const QLocale locale;
    QStringList parts;
    for (const ReachTurn& turn : turns) {
        const QString week = locale.toString(turn.weekStart, QStringLiteral("d MMM"));
        const QString reach = locale.toString(turn.reach, 'f', 1);
        parts.append(turn.direction == ReachTurn::Direction::DownTheLeg
                ? QCoreApplication::translate(
                    "PainReach", "from the week of %1 (mean reach %2) further down the leg")
                      .arg(week, reach)
                : QCoreApplication::translate(
                    "PainReach", "from the week of %1 (mean reach %2) back towards the spine")
                      .arg(week, reach));
    }
    return QCoreApplication::translate("PainReach", "The pain moved %1.")
        .arg(parts.join(QLatin1String("; ")));
}

} // namespace backstride::PainReach
