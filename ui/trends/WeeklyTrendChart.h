#pragma once

#include "TrendData.h"

#include <QWidget>

class QChart;

namespace backstride {

class ChartTable;
class ShadedChartView;

// Weekly distance as bars, mean daily sitting hours and mean and worst pain as lines and points,
// each on its own labelled axis; the weeks a flag points at are shaded. Hover shows a week's exact
// values; clicking a week asks the window to open it in the journal. Every Qt Charts type stays in
// this widget (Qt Charts gives way to Qt Graphs from Qt 6.10): data in, pixels out.
class WeeklyTrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit WeeklyTrendChart(QWidget* parent = nullptr);

    void setData(const TrendData& trend);
    QChart* chart() const;
    // The words shown when hovering a week: its dates and exact values, and any flag on it.
    QString weekDescription(int index) const;
    // The same numbers as a table (a row per week), in place of the chart.
    void setShowTable(bool table);
    ChartTable* table() const;
    // The tooltip shown after hovering a point of the chart's view (viewport coordinates): the
    // week under it, anywhere in its band, bar or no bar. For tests.
    QString tipAt(const QPoint& position) const;
    QWidget* plotView() const;

Q_SIGNALS:
    void weekActivated(const QDate& weekStart);

private:
    void showWeekTip(int index);

    ShadedChartView* m_view = nullptr;
    ChartTable* m_table = nullptr;
    TrendData m_data;
};

} // namespace backstride
