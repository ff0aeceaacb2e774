#include "WeeklyTrendChart.h"

#include "ChartPalette.h"
#include "ChartSaving.h"
#include "ChartTable.h"
#include "WeekAxis.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QHelpEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace backstride {
namespace {

// Where the painkiller weeks' triangles sit on the pain axis: along the top, above any weekly mean.
constexpr double kPainkillerRow = 9.6;

} // namespace

// Paints the flagged weeks as bands behind the chart's series, and turns a click or a hover
// anywhere in a week's band into that week (a flagged week with no run has no bar to hover).
class ShadedChartView : public QChartView
{
public:
    using QChartView::QChartView;

    void setShadedWeeks(const QList<int>& weeks, const QColor& shade, const QColor& background)
    {
        m_weeks = weeks;
        m_shade = shade;
        m_background = background;
        viewport()->update();
    }
    std::function<void(int)> onWeekClicked;
    std::function<QString(int)> weekTip;

    // The week under a point of the viewport, or -1 outside the plot.
    int weekAt(const QPointF& position) const
    {
        if (!chart() || chart()->series().isEmpty())
            return -1;
        const QPointF inChart = chart()->mapFromScene(mapToScene(position.toPoint()));
        if (!chart()->plotArea().contains(inChart))
            return -1;
        return int(std::lround(chart()->mapToValue(inChart, chart()->series().constFirst()).x()));
    }

protected:
    bool viewportEvent(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip && weekTip) {
            const auto* help = static_cast<QHelpEvent*>(event);
            const int week = weekAt(help->pos());
            const QString text = week >= 0 ? weekTip(week) : QString();
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, viewport());
            return true;
        }
        return QChartView::viewportEvent(event);
    }
    void drawBackground(QPainter* painter, const QRectF& rect) override
    {
        painter->fillRect(rect, m_background);
        if (!chart() || chart()->series().isEmpty())
            return;
        QAbstractSeries* series = chart()->series().constFirst();
        const QRectF plot = chart()->plotArea();
        for (int week : std::as_const(m_weeks)) {
            const qreal left = chart()->mapToPosition(QPointF(week - 0.5, 0), series).x();
            const qreal right = chart()->mapToPosition(QPointF(week + 0.5, 0), series).x();
            // A tint and a hatch: a flagged week shows without telling colours apart.
            const QRectF band(QPointF(left, plot.top()), QPointF(right, plot.bottom()));
            painter->fillRect(band, m_shade);
            QColor hatch = m_shade;
            hatch.setAlpha(std::min(255, m_shade.alpha() * 3));
            painter->fillRect(band, QBrush(hatch, Qt::BDiagPattern));
        }
    }
    void mousePressEvent(QMouseEvent* event) override
    {
        if (const int week = weekAt(event->position()); week >= 0 && onWeekClicked)
            onWeekClicked(week);
        QChartView::mousePressEvent(event);
    }

private:
    QList<int> m_weeks;
    QColor m_shade;
    QColor m_background;
};


WeeklyTrendChart::WeeklyTrendChart(QWidget* parent) : QWidget(parent), m_view(new ShadedChartView(this))
{
    setObjectName(QStringLiteral("weeklyTrendChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("weeklyTrendView"));
    m_view->setAccessibleName(tr("Weekly trend"));
    m_table = new ChartTable(m_view, tr("Weekly trend as a table"), this);
    layout->addWidget(m_table);
    ChartSaving::addSaveActions(m_view, this, QStringLiteral("weekly-trend"));
    m_view->weekTip = [this](int index) { return weekDescription(index); };
    m_view->onWeekClicked = [this](int index) {
        if (index >= 0 && index < m_data.weeks.weeks().size())
            Q_EMIT weekActivated(m_data.weeks.weeks().at(index).weekStart);
    };
}

QChart* WeeklyTrendChart::chart() const
{
    return m_view->chart();
}

QString WeeklyTrendChart::tipAt(const QPoint& position) const
{
    return weekDescription(m_view->weekAt(position));
}

QWidget* WeeklyTrendChart::plotView() const
{
    return m_view;
}

QString WeeklyTrendChart::weekDescription(int index) const
{
    const QList<WeekTotals>& weeks = m_data.weeks.weeks();
    if (index < 0 || index >= weeks.size())
        return {};
    const WeekTotals& week = weeks.at(index);
    const QLocale locale;
    auto number = [&locale](const std::optional<double>& value, int decimals) {
        return value ? locale.toString(*value, 'f', decimals) : tr("not logged");
    };
    QStringList lines = {
        tr("<b>Week of %1</b>").arg(locale.toString(week.weekStart, QStringLiteral("d MMM yyyy"))),
        tr("Distance: %1 in %2 runs").arg(Units::distance(week.distanceM, m_data.unit)).arg(week.runs),
        tr("Sitting: %1 h a day on average (%2 days logged)")
            .arg(number(week.sittingHoursMean, 1))
            .arg(week.sittingDays),
        week.painEntries > 0 ? tr("Pain: mean %1, worst %2 (%3 entries on %4 days)")
                                   .arg(number(week.painMean, 1))
                                   .arg(*week.painMax)
                                   .arg(week.painEntries)
                                   .arg(week.painDays)
                             : tr("Pain: none logged"),
    };
    if (week.painkillerDays && *week.painkillerDays > 0)
        lines.append(tr("Painkillers: on %n day(s), %1", "", *week.painkillerDays)
                         .arg(week.painUnderPainkillers == 0 ? tr("no pain entry taken under one")
                                 : tr("%n pain entries taken under one", "", week.painUnderPainkillers)));
    for (const QString& title : m_data.markedWeeks.value(week.weekStart))
        lines.append(tr("⚑ %1").arg(title));
    lines.append(tr("<i>Click to open this week in the journal</i>"));
    return lines.join(QLatin1String("<br>"));
}

void WeeklyTrendChart::showWeekTip(int index)
{
    if (index >= 0)
        QToolTip::showText(QCursor::pos(), weekDescription(index), m_view);
    else
        QToolTip::hideText();
}

void WeeklyTrendChart::setData(const TrendData& trend)
{
    m_data = trend;
    const QPalette& pal = palette();
    const QList<WeekTotals>& weeks = trend.weeks.weeks();
    const int count = int(weeks.size());

    QChart* chart = WeekAxis::newChart(pal);

    QCategoryAxis* weekAxis = WeekAxis::make(weeks, pal);
    chart->addAxis(weekAxis, Qt::AlignBottom);

    double maxDistance = 0;
    double maxSitting = 0;
    QList<std::optional<double>> sitting;
    QList<std::optional<double>> painMean;
    auto* distance = new QBarSet(tr("Distance (%1)").arg(Units::symbol(trend.unit)));
    distance->setColor(ChartPalette::distance(pal));
    distance->setBorderColor(ChartPalette::distance(pal));
    auto* painMax = new QScatterSeries;
    painMax->setName(tr("Worst pain"));
    painMax->setColor(ChartPalette::painMax(pal));
    painMax->setBorderColor(ChartPalette::painMax(pal));
    painMax->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    painMax->setMarkerSize(8);
    // Weeks with a painkiller: a triangle along the top of the plot (its days are in the tip and
    // the table); drawn only for journals that log painkillers, so other charts keep their legend.
    auto* painkillers = new QScatterSeries;
    painkillers->setName(tr("Weeks with a painkiller"));
    painkillers->setColor(ChartPalette::painkiller(pal));
    painkillers->setBorderColor(ChartPalette::painkiller(pal));
    painkillers->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    painkillers->setMarkerSize(9);
    int painkillerWeeks = 0;
    for (int i = 0; i < count; ++i) {
        const WeekTotals& week = weeks.at(i);
        const double value = Units::toUnit(week.distanceM, trend.unit);
        distance->append(value);
        maxDistance = std::max(maxDistance, value);
        sitting.append(week.sittingHoursMean);
        maxSitting = std::max(maxSitting, week.sittingHoursMean.value_or(0));
        painMean.append(week.painMean);
        if (week.painMax)
            painMax->append(i, *week.painMax);
        if (week.painkillerDays.value_or(0) > 0) {
            painkillers->append(i, kPainkillerRow);
            ++painkillerWeeks;
        }
    }

    auto* distanceAxis = new QValueAxis;
    distanceAxis->setTitleText(tr("Distance per week (%1)").arg(Units::symbol(trend.unit)));
    WeekAxis::setNiceRange(distanceAxis, maxDistance * 1.08);
    distanceAxis->setTitleBrush(ChartPalette::distance(pal));
    distanceAxis->setLabelsColor(ChartPalette::distance(pal));
    chart->addAxis(distanceAxis, Qt::AlignLeft);
    auto* painAxis = new QValueAxis;
    painAxis->setTitleText(tr("Pain (0–10)"));
    painAxis->setRange(0, 10);
    painAxis->setTickCount(6);
    painAxis->setLabelFormat(QStringLiteral("%d"));
    painAxis->setTitleBrush(ChartPalette::pain(pal));
    painAxis->setLabelsColor(ChartPalette::pain(pal));
    painAxis->setGridLineVisible(false);
    chart->addAxis(painAxis, Qt::AlignRight);
    auto* sittingAxis = new QValueAxis;
    sittingAxis->setTitleText(tr("Sitting (hours a day)"));
    WeekAxis::setNiceRange(sittingAxis, std::max(maxSitting, 8.0));
    sittingAxis->setTitleBrush(ChartPalette::sitting(pal));
    sittingAxis->setLabelsColor(ChartPalette::sitting(pal));
    sittingAxis->setGridLineVisible(false);
    chart->addAxis(sittingAxis, Qt::AlignRight);

    // The flagged weeks are painted by the view behind the plot (see ShadedChartView): drawn as
    // series they cost half of a ten-year repaint (an area) or squeezed the distance bars (bars).
    QList<int> marked;
    for (int i = 0; i < count; ++i) {
        if (trend.markedWeeks.contains(weeks.at(i).weekStart))
            marked.append(i);
    }
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);

    auto* bars = new QBarSeries;
    bars->setObjectName(QStringLiteral("distanceBars"));
    bars->setBarWidth(0.72);
    bars->append(distance);
    chart->addSeries(bars);
    bars->attachAxis(weekAxis);
    bars->attachAxis(distanceAxis);
    connect(distance, &QBarSet::hovered, this,
        [this](bool state, int index) { showWeekTip(state ? index : -1); });

    auto addLine = [&](const QList<QLineSeries*>& segments, QValueAxis* axis, const QString& objectName) {
        WeekAxis::addSegments(chart, segments, weekAxis, axis, objectName);
        for (QLineSeries* segment : segments) {
            connect(segment, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
                showWeekTip(state ? int(std::lround(point.x())) : -1);
            });
        }
    };
    addLine(WeekAxis::segmentedLine(sitting, tr("Sitting, mean h/day"), ChartPalette::sitting(pal), 2.0),
        sittingAxis, QStringLiteral("sittingMean"));
    addLine(WeekAxis::segmentedLine(painMean, tr("Pain, weekly mean"), ChartPalette::pain(pal), 2.6),
        painAxis, QStringLiteral("painMean"));
    painMax->setObjectName(QStringLiteral("painMax"));
    chart->addSeries(painMax);
    painMax->attachAxis(weekAxis);
    painMax->attachAxis(painAxis);
    connect(painMax, &QScatterSeries::hovered, this,
        [this](const QPointF& point, bool state) { showWeekTip(state ? int(std::lround(point.x())) : -1); });
    if (painkillerWeeks > 0) {
        painkillers->setObjectName(QStringLiteral("painkillerWeeks"));
        chart->addSeries(painkillers);
        painkillers->attachAxis(weekAxis);
        painkillers->attachAxis(painAxis);
        connect(painkillers, &QScatterSeries::hovered, this,
            [this](const QPointF& point, bool state) { showWeekTip(state ? int(std::lround(point.x())) : -1); });
    } else {
        delete painkillers;
    }

    // Hundreds of weeks are thin, axis-aligned bars: smoothing their edges shows no difference at
    // that size and costs a tenth of a ten-year repaint.
    m_view->setRenderHint(QPainter::Antialiasing, count <= 150);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    m_view->setShadedWeeks(marked, ChartPalette::flagShade(pal), pal.color(QPalette::Base));
    delete old;

    // The text alternative: what the chart shows in one sentence, and every plotted value as a table.
    const QLocale locale;
    auto number = [&locale](const std::optional<double>& value, int decimals) {
        return value ? locale.toString(*value, 'f', decimals) : QString();
    };
    QList<QStringList> rows;
    const bool logsPainkillers = std::any_of(
        weeks.cbegin(), weeks.cend(), [](const WeekTotals& week) { return week.painkillerDays.has_value(); });
    double minDistance = count > 0 ? std::numeric_limits<double>::max() : 0;
    std::optional<double> lowPain;
    std::optional<double> highPain;
    for (const WeekTotals& week : weeks) {
        const double km = Units::toUnit(week.distanceM, trend.unit);
        minDistance = std::min(minDistance, km);
        if (week.painMean) {
            lowPain = std::min(lowPain.value_or(*week.painMean), *week.painMean);
            highPain = std::max(highPain.value_or(*week.painMean), *week.painMean);
        }
        QStringList row {locale.toString(week.weekStart, QStringLiteral("d MMM yyyy")),
            locale.toString(km, 'f', 1), QString::number(week.runs), number(week.sittingHoursMean, 1),
            number(week.painMean, 1), week.painMax ? QString::number(*week.painMax) : QString()};
        if (logsPainkillers) // an empty cell: before the first painkiller logged, not known
            row.append(week.painkillerDays ? QString::number(*week.painkillerDays) : QString());
        row.append(trend.markedWeeks.value(week.weekStart).join(QLatin1String("; ")));
        rows.append(row);
    }
    QStringList headers {tr("Week of"), tr("Distance (%1)").arg(Units::symbol(trend.unit)), tr("Runs"),
        tr("Sitting, mean h/day"), tr("Pain, weekly mean"), tr("Worst pain")};
    if (logsPainkillers)
        headers.append(tr("Painkiller days"));
    headers.append(tr("Flagged"));
    m_table->setRows(headers, rows);
    m_view->setAccessibleDescription(count == 0
            ? tr("No weeks in this range.")
            : tr("%1 weeks from %2: distance %3–%4 %5 a week, pain mean %6; %7 weeks flagged. Show as table "
                 "lists "
                 "every week.")
                  .arg(count)
                  .arg(locale.toString(weeks.first().weekStart, QStringLiteral("d MMM")))
                  .arg(locale.toString(minDistance, 'f', 0), locale.toString(maxDistance, 'f', 0),
                      Units::symbol(trend.unit),
                      lowPain ? tr("%1–%2").arg(
                          locale.toString(*lowPain, 'f', 1), locale.toString(*highPain, 'f', 1))
                              : tr("not logged"))
                  .arg(marked.size())
            + (painkillerWeeks > 0 ? QLatin1Char(' ') + tr("A painkiller in %n week(s).", "", painkillerWeeks) : QString()));
}

void WeeklyTrendChart::setShowTable(bool table)
{
    m_table->showTable(table);
}

ChartTable* WeeklyTrendChart::table() const
{
    return m_table;
}

} // namespace backstride
