#pragma once

#include "TrendData.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace backstride {

class ChartTable;
class FactorTable;

// "What matters for your back" (the factor engine's table), and under it two scatter plots: pain
// against the day's sitting hours, and weekly pain against weekly distance, each at the lag the
// table found strongest and with its Spearman rho and n written on it, or a note when there are
// too few points to say anything.
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
    FactorTable* factorTable() const { return m_factors; }
    // "rho 0.52 · n = 63", or why there is no rho; for tests and the report.
    static QString correlationText(const RankCorrelation& correlation, int minimum, const QString& points);

private:
    QChartView* m_sitting = nullptr;
    QChartView* m_mileage = nullptr;
    ChartTable* m_sittingTable = nullptr;
    ChartTable* m_mileageTable = nullptr;
    FactorTable* m_factors = nullptr;
};

} // namespace backstride
