#pragma once

#include "TrendData.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace backstride {

class ChartTable;

// How far the pain reached from the spine, week by week (0 low back ... 5 foot, PainExtent.h): the
// weekly mean as a line, the furthest as points, the weeks it turned marked, and a sentence saying
// which way it moved. Centralising and peripheralising are what a therapist reads off it.
class PainReachChart : public QWidget
{
    Q_OBJECT

public:
    explicit PainReachChart(QWidget* parent = nullptr);

    void setData(const TrendData& trend);
    QChart* chart() const;
    QString caption() const;
    void setCaptionVisible(bool visible);
    // The same numbers as a table (a row per week), in place of the chart.
    void setShowTable(bool table);
    ChartTable* table() const { return m_table; }

private:
    QChartView* m_view = nullptr;
    ChartTable* m_table = nullptr;
    QLabel* m_caption = nullptr;
};

} // namespace backstride
