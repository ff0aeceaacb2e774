#pragma once

#include <QDate>

namespace backstride {

// "Today", injectable so that rules about the last days and weeks are tested on fixed dates.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const { return QDate::currentDate(); }
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDate& today) : m_today(today) { }
    QDate today() const override { return m_today; }
    void setToday(const QDate& today) { m_today = today; }

private:
    QDate m_today;
};

} // namespace backstride
