#pragma once

#include "TrendData.h"

#include <QWidget>

class QChart;
class QChartView;

namespace backstride {

class ChartTable;

// Function over time: the mean score of each weekly check-in (0 cannot ... 10 as before), the
// global rating of change (-5 ... +5, its own axis), and the week's mean pain for comparison;
// the band of change too small to be meaningful, around the first check-in, is shaded. With
// "Show as table", the same numbers a row per check-in.
class FunctionChart : public QWidget
{
    Q_OBJECT

public:
    explicit FunctionChart(QWidget* parent = nullptr);

    void setData(const TrendData& trend);
    QChart* chart() const;
    void setShowTable(bool table);
    ChartTable* table() const { return m_table; }

private:
    QChartView* m_view = nullptr;
    ChartTable* m_table = nullptr;
};

} // namespace backstride
