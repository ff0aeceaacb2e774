#pragma once

#include <QFrame>

namespace backstride {

// The bar that offers the weekly check-in: Check in now, or Not now (CheckInPrompt decides when).
class CheckInBar : public QFrame
{
    Q_OBJECT

public:
    explicit CheckInBar(QWidget* parent = nullptr);

Q_SIGNALS:
    void checkInRequested();
    void declined();
};

} // namespace backstride
