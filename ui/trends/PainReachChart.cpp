#include "PainReachChart.h"

#include "ChartPalette.h"
#include "ChartSaving.h"
#include "ChartTable.h"
#include "PainExtent.h"
#include "WeekAxis.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>

namespace backstride {

PainReachChart::PainReachChart(QWidget* parent)
    : QWidget(parent), m_view(new QChartView(this)), m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("painReachChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("painReachView"));
    m_view->setAccessibleName(tr("How far the pain reached, week by week"));
    m_table = new ChartTable(m_view, tr("How far the pain reached, as a table"), this);
    layout->addWidget(m_table, 1);
    m_caption->setObjectName(QStringLiteral("painReachCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    layout->addWidget(m_caption);
    ChartSaving::addSaveActions(m_view, this, QStringLiteral("pain-reach"));
}

QChart* PainReachChart::chart() const
{
    return m_view->chart();
}

QString PainReachChart::caption() const
{
    return m_caption->text();
}

void PainReachChart::setCaptionVisible(bool visible)
{
    m_caption->setVisible(visible);
}

void PainReachChart::setData(const TrendData& trend)
{
    const QPalette& pal = palette();
    const QList<WeekTotals>& weeks = trend.weeks.weeks();
    QChart* chart = WeekAxis::newChart(pal);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    QCategoryAxis* weekAxis = WeekAxis::make(weeks, pal);
    chart->addAxis(weekAxis, Qt::AlignBottom);
    // The levels, named where they are (the furthest at the top: further down the leg is up here).
    auto* reachAxis = new QCategoryAxis;
    reachAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    reachAxis->setRange(-0.3, PainExtent::kFoot + 0.3);
    for (int level = PainExtent::kLowBack; level <= PainExtent::kFoot; ++level)
        reachAxis->append(PainExtent::levelLabel(level), level);
    reachAxis->setLabelsColor(ChartPalette::pain(pal));
    reachAxis->setTitleText(tr("How far from the spine"));
    reachAxis->setTitleBrush(ChartPalette::pain(pal));
    chart->addAxis(reachAxis, Qt::AlignLeft);

    QList<std::optional<double>> mean;
    auto* furthest = new QScatterSeries;
    furthest->setObjectName(QStringLiteral("reachMax"));
    furthest->setName(tr("Furthest in the week"));
    furthest->setColor(ChartPalette::painMax(pal));
    furthest->setBorderColor(ChartPalette::painMax(pal));
    furthest->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    furthest->setMarkerSize(8);
    for (int i = 0; i < weeks.size(); ++i) {
        mean.append(weeks.at(i).extentMean);
        if (weeks.at(i).extentMax)
            furthest->append(i, *weeks.at(i).extentMax);
    }
    WeekAxis::addSegments(chart,
        WeekAxis::segmentedLine(mean, tr("Weekly mean"), ChartPalette::pain(pal), 2.6), weekAxis, reachAxis,
        QStringLiteral("reachMean"));
    chart->addSeries(furthest);
    furthest->attachAxis(weekAxis);
    furthest->attachAxis(reachAxis);

    // The turning points, on the mean line.
    auto* turns = new QScatterSeries;
    turns->setObjectName(QStringLiteral("reachTurns"));
    turns->setName(tr("Turned"));
    turns->setColor(pal.color(QPalette::Text));
    turns->setBorderColor(pal.color(QPalette::Base));
    turns->setMarkerSize(12);
    for (const ReachTurn& turn : trend.reachTurns) {
        for (int i = 0; i < weeks.size(); ++i) {
            if (weeks.at(i).weekStart == turn.weekStart)
                turns->append(i, turn.reach);
        }
    }
    chart->addSeries(turns);
    turns->attachAxis(weekAxis);
    turns->attachAxis(reachAxis);

    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_caption->setText(PainReach::describe(trend.reachTurns, trend.weeks));
    m_view->setAccessibleDescription(m_caption->text());
    const QLocale locale;
    QList<QStringList> rows;
    for (const WeekTotals& week : weeks) {
        QString turned;
        for (const ReachTurn& turn : trend.reachTurns) {
            if (turn.weekStart == week.weekStart)
                turned = turn.direction == ReachTurn::Direction::DownTheLeg
                    ? tr("turned further down the leg")
                    : tr("turned back towards the spine");
        }
        rows.append({locale.toString(week.weekStart, QStringLiteral("d MMM yyyy")),
            week.extentMean ? locale.toString(*week.extentMean, 'f', 1) : QString(),
            week.extentMax ? PainExtent::levelLabel(*week.extentMax) : QString(), turned});
    }
    m_table->setRows(
        {tr("Week of"), tr("Mean reach (0 low back … 5 foot)"), tr("Furthest"), tr("Turned")}, rows);
}

void PainReachChart::setShowTable(bool table)
{
    m_table->showTable(table);
}

} // namespace backstride
