#include "RelationshipCharts.h"

#include "ChartPalette.h"
#include "ChartSaving.h"
#include "ChartTable.h"
#include "FactorTable.h"
#include "Rules.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QSplitter>
#include <QVBoxLayout>
#include <QLegend>
#include <QLocale>
#include <QMap>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace backstride {
namespace {

// What one point of a chart stands for, named in the legend of dot sizes.
enum class PointsAre { Days, Weeks };

QChart* scatter(const QList<double>& x, const QList<double>& y, const QString& title, const QString& xTitle,
    const QString& yTitle, double xMax, PointsAre points, const QPalette& pal)
{
    auto* chart = new QChart;
    chart->setTheme(ChartPalette::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitle(title);
    chart->setTitleBrush(pal.color(QPalette::Text));
    // Many days share the same hours and pain: each distinct point is drawn once, bigger the more
    // days (or weeks) it stands for. That reads better than a pile of dots, and keeps ten years of
    // days to a few hundred markers.
    QMap<std::pair<double, double>, int> counts;
    for (qsizetype i = 0; i < x.size(); ++i)
        ++counts[{x.at(i), y.at(i)}];
    struct Bucket
    {
        int atLeast;
        qreal size;
        QString name;
    };
    // Smallest first, so the legend reads as a scale: ● 1 ● 2–4 ● 5–9 ● 10+ days.
    const Bucket buckets[] = {{1, 8, RelationshipCharts::tr("1")}, {2, 11, RelationshipCharts::tr("2–4")},
        {5, 15, RelationshipCharts::tr("5–9")},
        {10, 20,
            points == PointsAre::Days ? RelationshipCharts::tr("10+ days")
                                      : RelationshipCharts::tr("10+ weeks")}};
    QColor colour = ChartPalette::pain(pal);
    colour.setAlpha(170);
    QList<QScatterSeries*> series;
    for (const Bucket& bucket : buckets) {
        auto* dots = new QScatterSeries;
        dots->setObjectName(QStringLiteral("points"));
        dots->setName(bucket.name);
        dots->setColor(colour);
        dots->setBorderColor(Qt::transparent);
        dots->setMarkerSize(bucket.size);
        series.append(dots);
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        for (int b = 3; b >= 0; --b) {
            if (it.value() >= buckets[b].atLeast) {
                series.at(b)->append(it.key().first, it.key().second);
                break;
            }
        }
    }
    for (QScatterSeries* dots : series)
        chart->addSeries(dots);
    auto* xAxis = new QValueAxis;
    xAxis->setTitleText(xTitle);
    xAxis->setRange(0, std::max(1.0, std::ceil(xMax * 1.05)));
    xAxis->applyNiceNumbers();
    xAxis->setLabelFormat(QStringLiteral("%g"));
    auto* yAxis = new QValueAxis;
    yAxis->setTitleText(yTitle);
    yAxis->setRange(0, 10);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTitleBrush(ChartPalette::pain(pal));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QScatterSeries* dots : series) {
        dots->attachAxis(xAxis);
        dots->attachAxis(yAxis);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Each legend dot as big as the chart's dots of its kind: the legend explains the sizes.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    return chart;
}

void replace(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

RelationshipCharts::RelationshipCharts(QWidget* parent)
    : QWidget(parent), m_sitting(new QChartView(this)), m_mileage(new QChartView(this))
{
    setObjectName(QStringLiteral("relationshipCharts"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    outer->addWidget(splitter);
    m_factors = new FactorTable(splitter);
    auto* charts = new QWidget(splitter);
    auto* layout = new QHBoxLayout(charts);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sitting->setParent(charts);
    m_mileage->setParent(charts);
    m_sitting->setObjectName(QStringLiteral("sittingScatter"));
    m_sitting->setAccessibleName(tr("Pain against sitting"));
    m_mileage->setObjectName(QStringLiteral("mileageScatter"));
    m_mileage->setAccessibleName(tr("Pain against weekly distance"));
    m_sittingTable = new ChartTable(m_sitting, tr("Pain against sitting as a table"), charts);
    m_mileageTable = new ChartTable(m_mileage, tr("Pain against weekly distance as a table"), charts);
    for (QChartView* view : {m_sitting, m_mileage})
        view->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_sittingTable);
    layout->addWidget(m_mileageTable);
    splitter->addWidget(m_factors);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    ChartSaving::addSaveActions(m_sitting, this, QStringLiteral("pain-and-sitting"));
    ChartSaving::addSaveActions(m_mileage, this, QStringLiteral("pain-and-distance"));
}

QChart* RelationshipCharts::sittingChart() const
{
    return m_sitting->chart();
}

QChart* RelationshipCharts::mileageChart() const
{
    return m_mileage->chart();
}

QString RelationshipCharts::correlationText(
    const RankCorrelation& correlation, int minimum, const QString& points)
{
    if (correlation.n < minimum)
        return tr("too few points to say anything: n = %1 %2, at least %3 needed")
            .arg(correlation.n)
            .arg(points)
            .arg(minimum);
    if (!correlation.rho)
        return tr("no correlation: one of the two never changes (n = %1 %2)").arg(correlation.n).arg(points);
    return tr("Spearman rho %1 · n = %2 %3")
        .arg(QLocale().toString(*correlation.rho, 'f', 2))
        .arg(correlation.n)
        .arg(points);
}

void RelationshipCharts::setData(const TrendData& trend)
{
    m_factors->setReport(trend.factors, trend.unit);
    const QPalette& pal = palette();
    // The charts cover the range chosen above; the table its own window, and each says which.
    const QString period = EvidenceText::periodInSentence(trend.range.from, trend.range.to);
    // Each plot at the lag the table found strongest.
    const QString sittingPainTitle = trend.sittingPain.lagDays == 2 ? tr("Pain two days later")
        : trend.sittingPain.lagDays == 1                               ? tr("Pain the next day")
                                                                       : tr("Pain that day");
    const QString weekPainTitle
        = trend.mileagePain.lagWeeks == 1 ? tr("Daily pain, next week") : tr("Daily pain that week");
    double maxHours = 0;
    for (double hours : trend.sittingPain.sittingHours)
        maxHours = std::max(maxHours, hours);
    replace(m_sitting,
        scatter(trend.sittingPain.sittingHours, trend.sittingPain.pain,
            tr("Pain against sitting<br><small>%1 · %2</small>")
                .arg(period, correlationText(trend.sittingCorrelation, trend.sittingMinimumDays, tr("days"))),
            tr("Sitting that day (hours)"), sittingPainTitle, maxHours,
            PointsAre::Days, pal));

    QList<double> distances;
    double maxDistance = 0;
    for (double metres : trend.mileagePain.distanceM) {
        distances.append(Units::toUnit(metres, trend.unit));
        maxDistance = std::max(maxDistance, distances.last());
    }
    replace(m_mileage,
        scatter(distances, trend.mileagePain.painMean,
            tr("Pain against weekly distance<br><small>%1 · %2</small>")
                .arg(period, correlationText(trend.mileageCorrelation, trend.mileageMinimumWeeks, tr("weeks"))),
            tr("Distance in the week (%1)").arg(Units::symbol(trend.unit)), weekPainTitle,
            maxDistance, PointsAre::Weeks, pal));

    // The text alternatives: every point as a table row, and the correlation in words.
    const QLocale locale;
    QList<QStringList> days;
    for (qsizetype i = 0; i < trend.sittingPain.dates.size(); ++i)
        days.append({locale.toString(trend.sittingPain.dates.at(i), QStringLiteral("d MMM yyyy")),
            locale.toString(trend.sittingPain.sittingHours.at(i), 'f', 1),
            locale.toString(trend.sittingPain.pain.at(i), 'f', 0)});
    m_sittingTable->setRows(
        {tr("Day"), tr("Sitting (hours)"), sittingPainTitle}, days);
    m_sitting->setAccessibleDescription(
        correlationText(trend.sittingCorrelation, trend.sittingMinimumDays, tr("days")));
    QList<QStringList> weeks;
    for (qsizetype i = 0; i < trend.mileagePain.weekStarts.size(); ++i)
        weeks.append({locale.toString(trend.mileagePain.weekStarts.at(i), QStringLiteral("d MMM yyyy")),
            locale.toString(distances.at(i), 'f', 1),
            locale.toString(trend.mileagePain.painMean.at(i), 'f', 1)});
    m_mileageTable->setRows(
        {tr("Week of"), tr("Distance (%1)").arg(Units::symbol(trend.unit)), weekPainTitle},
        weeks);
    m_mileage->setAccessibleDescription(
        correlationText(trend.mileageCorrelation, trend.mileageMinimumWeeks, tr("weeks")));
}

void RelationshipCharts::setShowTable(bool table)
{
    m_sittingTable->showTable(table);
    m_mileageTable->showTable(table);
}

} // namespace backstride
