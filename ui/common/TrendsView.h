#pragma once

#include "Result.h"

#include <QDate>

#include <functional>

class QWidget;

namespace backstride {

// What the window knows of the trends page, which lives in the charts module (loaded when the
// Trends tab is first opened, so Qt Charts is not loaded at start-up). A plain interface, like a
// Qt plugin's: nothing of it needs to be exported across the module boundary.
class TrendsView
{
public:
    enum class Range { Weeks4, Weeks12, Weeks26, Weeks52, All, Custom };
    enum class View { Weekly, Relationships, BodyMap, Reach, Function };

    virtual ~TrendsView() = default;

    virtual QWidget* widget() = 0;
    virtual Status reload() = 0;
    virtual void setRange(Range range) = 0;
    virtual void showView(View view) = 0;
    // Called when the runner opens a week (a click on the chart): the journal shows that week.
    virtual void setWeekActivated(std::function<void(const QDate& weekStart)> activated) = 0;
};

} // namespace backstride
