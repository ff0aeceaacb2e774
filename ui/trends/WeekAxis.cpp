#include "WeekAxis.h"

#include "ChartPalette.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace backstride::WeekAxis {

QChart* newChart(const QPalette& pal)
{
    auto* chart = new QChart;
    chart->setTheme(ChartPalette::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    return chart;
}

void addSegments(QChart* chart, const QList<QLineSeries*>& segments, QAbstractAxis* weekAxis,
    QAbstractAxis* valueAxis, const QString& objectName)
{
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QLineSeries* segment = segments.at(i);
        segment->setObjectName(objectName);
        chart->addSeries(segment);
        segment->attachAxis(weekAxis);
        segment->attachAxis(valueAxis);
        if (i > 0)
            chart->legend()->markers(segment).constFirst()->setVisible(false);
    }
}

QCategoryAxis* make(const QList<WeekTotals>& weeks, const QPalette& pal)
{
    const int count = int(weeks.size());
    auto* weekAxis = new QCategoryAxis;
    weekAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    weekAxis->setRange(-0.5, std::max(0.5, count - 0.5));
    weekAxis->setGridLineVisible(false);
    weekAxis->setLabelsColor(pal.color(QPalette::Text));
    const QLocale locale;
    // A label every week for a short range; for longer ones at each month (or year), never two
    // labels closer than a few weeks.
    const int minimumGap = count <= 16 ? 1 : count <= 80 ? 3 : 26;
    int lastLabelled = -minimumGap;
    for (int i = 0; i < count; ++i) {
        const QDate start = weeks.at(i).weekStart;
        const QDate previous = i > 0 ? weeks.at(i - 1).weekStart : QDate();
        QString label;
        if (count <= 16)
            label = locale.toString(start, QStringLiteral("d MMM"));
        else if (count <= 80 && (i == 0 || start.month() != previous.month()))
            label = locale.toString(
                start, start.month() == 1 || i == 0 ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
        else if (count > 80 && (i == 0 || start.year() != previous.year()))
            label = QString::number(start.year());
        if (!label.isEmpty() && weekAxis->categoriesLabels().contains(label)) // labels must be unique
            label = locale.toString(start, QStringLiteral("MMM yyyy"));
        if (!label.isEmpty() && i - lastLabelled >= minimumGap) {
            weekAxis->append(label, i);
            lastLabelled = i;
        }
    }
    return weekAxis;
}

QList<QLineSeries*> segmentedLine(
    const QList<std::optional<double>>& values, const QString& name, const QColor& colour, qreal width)
{
    QList<QLineSeries*> segments;
    QLineSeries* current = nullptr;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i)) {
            current = nullptr;
            continue;
        }
        if (!current) {
            current = new QLineSeries;
            current->setName(name);
            QPen pen(colour, width);
            current->setPen(pen);
            current->setPointsVisible(true);
            segments.append(current);
        }
        current->append(qreal(i), *values.at(i));
    }
    return segments;
}

void setNiceRange(QValueAxis* axis, double largest)
{
    constexpr int kMostSteps = 5;
    const double top = std::max(largest, 1.0);
    double step = std::pow(10.0, std::floor(std::log10(top / kMostSteps)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (std::ceil(top / (step * factor) - 1e-9) <= kMostSteps) {
            step *= factor;
            break;
        }
    }
    step = std::max(step, 1.0); // whole numbers only: the labels are printed without decimals
    const int steps = int(std::ceil(top / step - 1e-9));
    axis->setRange(0, steps * step);
    axis->setTickCount(steps + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

} // namespace backstride::WeekAxis
