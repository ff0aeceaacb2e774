#pragma once

#include <QDate>

namespace backstride {

// Inclusive range of dates; an invalid end means "no limit on that side".
struct DateRange
{
    QDate from;
    QDate to;

    bool contains(const QDate& date) const
    {
        return (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
    }
    qint64 days() const { return from.isValid() && to.isValid() ? from.daysTo(to) + 1 : 0; }
};

} // namespace backstride
