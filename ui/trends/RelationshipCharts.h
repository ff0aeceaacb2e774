#pragma once

#include "TrendData.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace backstride {

class ChartTable;

// Two scatter plots: pain against the day's sitting hours, and weekly mean pain against weekly
// distance, each with its Spearman rho and n written on it, or a note when there are too few
// points to say anything.
class RelationshipCharts : public QWidget
{
    Q_OBJECT

public:
    explicit RelationshipCharts(QWidget* parent = nullptr);

    void setData(const TrendData& trend);
    QChart* sittingChart() const;
    QChart* mileageChart() const;
    // The points as tables (a row per day, a row per week), in place of the charts.
    void setShowTable(bool table);
    ChartTable* sittingTable() const { return m_sittingTable; }
    ChartTable* mileageTable() const { return m_mileageTable; }
    // "rho 0.52 · n = 63", or why there is no rho; for tests and the report.
    static QString correlationText(const RankCorrelation& correlation, int minimum, const QString& points);

private:
    QChartView* m_sitting = nullptr;
    QChartView* m_mileage = nullptr;
    ChartTable* m_sittingTable = nullptr;
    ChartTable* m_mileageTable = nullptr;
};

} // namespace backstride
