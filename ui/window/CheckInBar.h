#pragma once

#include <QFrame>

class QDate;

namespace backstride {

class JournalRepository;

// The bar that offers the weekly check-in: shown when the journal has entries and this week (from
// the journal's week start) has no check-in yet, once per start of the window unless the runner
// says not now, and gone as soon as a check-in is saved.
class CheckInBar : public QFrame
{
    Q_OBJECT

public:
    explicit CheckInBar(QWidget* parent = nullptr);

    void refresh(JournalRepository& repository, const QDate& today, Qt::DayOfWeek weekStart, bool readOnly);

Q_SIGNALS:
    void checkInRequested();

private:
    bool m_declined = false;
};

} // namespace backstride
