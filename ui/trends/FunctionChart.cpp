#include "FunctionChart.h"

#include "ChartPalette.h"
#include "ChartSaving.h"
#include "ChartTable.h"
#include "WeekAxis.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace backstride {

FunctionChart::FunctionChart(QWidget* parent) : QWidget(parent), m_view(new QChartView(this))
{
    setObjectName(QStringLiteral("functionChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setObjectName(QStringLiteral("functionView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Function, week by week"));
    m_table = new ChartTable(m_view, tr("Function as a table"), this);
    layout->addWidget(m_table);
    ChartSaving::addSaveActions(m_view, this, QStringLiteral("function"));
}

QChart* FunctionChart::chart() const
{
    return m_view->chart();
}

void FunctionChart::setShowTable(bool table)
{
    m_table->showTable(table);
}

void FunctionChart::setData(const TrendData& trend)
{
    const QPalette& pal = palette();
    const QList<WeekTotals>& weeks = trend.weeks.weeks();
    auto weekIndex = [&weeks](const QDate& date) {
        for (int i = 0; i < weeks.size(); ++i) {
            if (date >= weeks.at(i).weekStart && date < weeks.at(i).weekStart.addDays(7))
                return i;
        }
        return -1;
    };
    QChart* chart = WeekAxis::newChart(pal);
    QCategoryAxis* weekAxis = WeekAxis::make(weeks, pal);
    chart->addAxis(weekAxis, Qt::AlignBottom);
    auto* scoreAxis = new QValueAxis;
    scoreAxis->setRange(0, 10);
    scoreAxis->setTickCount(6);
    scoreAxis->setLabelFormat(QStringLiteral("%d"));
    scoreAxis->setTitleText(tr("Function and pain (0–10)"));
    scoreAxis->setTitleBrush(pal.color(QPalette::Text));
    chart->addAxis(scoreAxis, Qt::AlignLeft);
    auto* globalAxis = new QValueAxis;
    globalAxis->setRange(-5, 5);
    globalAxis->setTickCount(11);
    globalAxis->setLabelFormat(QStringLiteral("%+d"));
    globalAxis->setTitleText(tr("Global change (−5 … +5)"));
    globalAxis->setTitleBrush(ChartPalette::sitting(pal));
    globalAxis->setLabelsColor(ChartPalette::sitting(pal));
    globalAxis->setGridLineVisible(false);
    chart->addAxis(globalAxis, Qt::AlignRight);

    QList<std::optional<double>> mean(weeks.size());
    QList<std::optional<double>> global(weeks.size());
    std::optional<std::pair<int, double>> first;
    for (const CheckIn& checkIn : trend.checkIns) {
        const int index = weekIndex(checkIn.date);
        if (index < 0 || !checkIn.meanScore())
            continue;
        mean[index] = checkIn.meanScore();
        if (checkIn.globalChange)
            global[index] = *checkIn.globalChange;
        if (!first)
            first = std::pair {index, *checkIn.meanScore()};
    }
    // The band within which a change of the mean is not yet meaningful, from the first check-in on.
    if (first && !weeks.isEmpty()) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        const double from = first->first - 0.5;
        const double to = weeks.size() - 0.5;
        upper->append(from, std::min(10.0, first->second + trend.functionMeaningful));
        upper->append(to, std::min(10.0, first->second + trend.functionMeaningful));
        lower->append(from, std::max(0.0, first->second - trend.functionMeaningful));
        lower->append(to, std::max(0.0, first->second - trend.functionMeaningful));
        auto* band = new QAreaSeries(upper, lower);
        band->setObjectName(QStringLiteral("functionBand"));
        band->setName(tr("No meaningful change (±%1)").arg(QLocale().toString(trend.functionMeaningful)));
        QColor shade = ChartPalette::distance(pal);
        shade.setAlpha(40);
        band->setColor(shade);
        band->setBorderColor(Qt::transparent);
        chart->addSeries(band);
        band->attachAxis(weekAxis);
        band->attachAxis(scoreAxis);
    }
    QList<std::optional<double>> pain;
    for (const WeekTotals& week : weeks)
        pain.append(week.painMean);
    WeekAxis::addSegments(chart,
        WeekAxis::segmentedLine(pain, tr("Pain, weekly mean"), ChartPalette::pain(pal), 2.4), weekAxis,
        scoreAxis, QStringLiteral("painMean"));
    // Check-ins are weeks apart: their line joins them across the weeks between.
    auto* function = new QLineSeries;
    function->setObjectName(QStringLiteral("functionMean"));
    function->setName(tr("Function, mean of the activities"));
    function->setPen(QPen(ChartPalette::distance(pal), 2.8));
    function->setPointsVisible(true);
    for (int i = 0; i < mean.size(); ++i) {
        if (mean.at(i))
            function->append(i, *mean.at(i));
    }
    chart->addSeries(function);
    function->attachAxis(weekAxis);
    function->attachAxis(scoreAxis);
    auto* globalPoints = new QScatterSeries;
    globalPoints->setObjectName(QStringLiteral("globalChange"));
    globalPoints->setName(tr("Global change"));
    globalPoints->setColor(ChartPalette::sitting(pal));
    globalPoints->setBorderColor(ChartPalette::sitting(pal));
    globalPoints->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    globalPoints->setMarkerSize(9);
    for (int i = 0; i < global.size(); ++i) {
        if (global.at(i))
            globalPoints->append(i, *global.at(i));
    }
    chart->addSeries(globalPoints);
    globalPoints->attachAxis(weekAxis);
    globalPoints->attachAxis(globalAxis);

    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;

    const QLocale locale;
    QList<QStringList> rows;
    for (const CheckIn& checkIn : trend.checkIns) {
        QStringList ratings;
        for (const ActivityRating& activity : checkIn.activities)
            ratings.append(tr("%1 %2").arg(activity.name).arg(activity.score));
        rows.append({locale.toString(checkIn.date, QStringLiteral("d MMM yyyy")),
            checkIn.meanScore() ? locale.toString(*checkIn.meanScore(), 'f', 1) : QString(),
            checkIn.globalChange ? QString::number(*checkIn.globalChange) : QString(),
            ratings.join(QLatin1String("; "))});
    }
    m_table->setRows({tr("Check-in"), tr("Function (mean)"), tr("Global change"), tr("Activities")}, rows);
    // An empty chart says what it is for and how to fill it, on the chart itself.
    const QString none = tr("No weekly check-in in this range yet.");
    const QString how = tr("Once a week, rate how well you can do what your back makes hard (Entry › "
                           "Weekly check-in, Ctrl+J);");
    const QString then = tr("this chart then shows how your function changes.");
    if (trend.checkIns.isEmpty())
        m_view->chart()->setTitle(QStringLiteral("<b>%1</b><br>%2<br>%3").arg(none, how, then));
    m_view->setAccessibleDescription(trend.checkIns.isEmpty()
            ? QStringList {none, how, then}.join(u' ')
            : tr("%1 check-ins from %2 to %3; function from %4 to %5.")
                  .arg(trend.checkIns.size())
                  .arg(locale.toString(trend.checkIns.first().date, QStringLiteral("d MMM")),
                      locale.toString(trend.checkIns.last().date, QStringLiteral("d MMM")),
                      locale.toString(trend.checkIns.first().meanScore().value_or(0), 'f', 1),
                      locale.toString(trend.checkIns.last().meanScore().value_or(0), 'f', 1)));
}

} // namespace backstride
