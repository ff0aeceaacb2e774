#pragma once

#include "Result.h"
#include "TrendData.h"
#include "TrendsView.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;

namespace backstride {

class BodyMapWidget;
class Clock;
class JournalRepository;
class FunctionChart;
class PainReachChart;
class RelationshipCharts;
class WeeklyTrendChart;

// The weekly review: pain against mileage and desk time for a chosen range (the last 4, 12, 26 or
// 52 weeks, everything, or custom dates), as a weekly trend, as relationships, and as a body map
// of where it hurt.
class TrendsPage : public QWidget, public TrendsView
{
    Q_OBJECT

public:
    TrendsPage(JournalRepository& repository, const Clock& clock, QWidget* parent = nullptr);

    // TrendsView: what the window uses.
    QWidget* widget() override { return this; }
    Status reload() override;
    void setRange(Range range) override;
    void showView(View view) override;
    void setWeekActivated(std::function<void(const QDate& weekStart)> activated) override;

    void setCustomRange(const QDate& from, const QDate& to);

    const TrendData& data() const { return m_data; }
    WeeklyTrendChart* weeklyChart() const { return m_weekly; }
    RelationshipCharts* relationships() const { return m_relationships; }
    BodyMapWidget* heatMap() const { return m_heatMap; }
    BodyMapWidget* laterHeatMap() const { return m_laterHeatMap; } // the second half, when split
    QCheckBox* splitHeatMap() const { return m_splitHeat; }
    QCheckBox* showAsTable() const { return m_showTable; }
    PainReachChart* reachChart() const { return m_reach; }
    FunctionChart* functionChart() const { return m_function; }
    QTabWidget* views() const { return m_views; }

Q_SIGNALS:
    void weekActivated(const QDate& weekStart);

private:
    DateRange currentRange() const;
    void updateHeatMap();
    void updateView(int index);

    JournalRepository& m_repository;
    const Clock& m_clock;
    Range m_range = Range::Weeks12;
    TrendData m_data;
    QComboBox* m_rangeCombo = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_views = nullptr;
    WeeklyTrendChart* m_weekly = nullptr;
    RelationshipCharts* m_relationships = nullptr;
    BodyMapWidget* m_heatMap = nullptr;
    BodyMapWidget* m_laterHeatMap = nullptr;
    QCheckBox* m_splitHeat = nullptr;
    QCheckBox* m_showTable = nullptr;
    QLabel* m_heatCaption = nullptr;
    QLabel* m_heatTitle = nullptr;
    QLabel* m_laterHeatTitle = nullptr;
    PainReachChart* m_reach = nullptr;
    FunctionChart* m_function = nullptr;
    std::array<bool, 5> m_stale
        = {true, true, true, true, true}; // weekly, relationships, body map, reach, function
};

} // namespace backstride
