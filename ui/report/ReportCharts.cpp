#include "ReportCharts.h"

#include "BodyMapWidget.h"
#include "PainReachChart.h"
#include "ReportText.h"
#include "Vocabulary.h"
#include "WeeklyTrendChart.h"

#include <QAbstractSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

namespace backstride::ReportCharts {

using namespace ReportPages;

namespace {

// The chart's legend, drawn by the report under the chart in place of Qt Charts' own: a chart
// rendered off screen lays its legend out for the widget's first size, and printed it lost every
// entry but the first ("Distance (km)" alone). Each entry is the series' own swatch — a bar's
// fill, a line, a point's shape — and its name; entries flow onto as many lines as they need.
struct Entry
{
    QString label;
    QBrush brush;
    QPen pen;
    QAbstractSeries::SeriesType type;
    bool square = false;
};

// The legend's entries, taken from the chart (which shows none itself from then on).
QList<Entry> takeLegend(QChart* chart)
{
    QList<Entry> entries;
    for (QLegendMarker* marker : chart->legend()->markers()) {
        if (!marker->isVisible() || marker->label().isEmpty())
            continue;
        Entry entry {marker->label(), marker->brush(), marker->pen(), marker->series()->type()};
        if (auto* scatter = qobject_cast<QScatterSeries*>(marker->series()))
            entry.square = scatter->markerShape() == QScatterSeries::MarkerShapeRectangle;
        else if (auto* line = qobject_cast<QLineSeries*>(marker->series()))
            entry.pen = line->pen(); // the line as drawn (the marker's pen is the theme's)
        entries.append(entry);
    }
    chart->legend()->setVisible(false);
    return entries;
}

void legend(Pages& pages, const QList<Entry>& entries)
{
    if (entries.isEmpty())
        return;

    const QFont type = font(8);
    QList<double> widths;
    for (const Entry& entry : entries)
        widths.append(pages.textWidth(entry.label, type) + 1);
    constexpr double kSwatch = 16; // points, and the gap after it
    constexpr double kLine = 13;
    constexpr double kBetween = 14;
    // Lay the entries out in lines first, to know the height to keep on one page.
    QList<QList<int>> lines {{}};
    double x = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const double width = kSwatch + 4 + widths.at(i);
        if (x > 0 && x + width > pages.width()) {
            lines.append(QList<int>());
            x = 0;
        }
        lines.last().append(i);
        x += width + kBetween;
    }
    pages.block(lines.size() * kLine + kGap, [&](QPainter& painter, const QRectF& area) {
        painter.save();
        painter.setFont(type);
        for (int row = 0; row < lines.size(); ++row) {
            double left = area.left();
            const double middle = area.top() + row * kLine + kLine / 2;
            for (int i : lines.at(row)) {
                const Entry& entry = entries.at(i);
                const QRectF swatch(left, middle - 4, kSwatch, 8);
                if (entry.type == QAbstractSeries::SeriesTypeLine) {
                    QPen pen = entry.pen;
                    pen.setWidthF(1.6);
                    painter.setPen(pen);
                    painter.drawLine(QPointF(swatch.left(), middle), QPointF(swatch.right(), middle));
                } else if (entry.type == QAbstractSeries::SeriesTypeScatter) {
                    painter.setPen(QPen(entry.pen.color(), 0.6));
                    painter.setBrush(entry.brush);
                    const QRectF point(swatch.center().x() - 3.5, middle - 3.5, 7, 7);
                    if (entry.square)
                        painter.drawRect(point);
                    else
                        painter.drawEllipse(point);
                } else {
                    painter.setPen(QPen(entry.pen.color(), 0.6));
                    painter.setBrush(entry.brush);
                    painter.drawRect(swatch);
                }
                painter.setPen(Qt::black);
                painter.setBrush(Qt::NoBrush);
                const double textLeft = swatch.right() + 4;
                const double textWidth = widths.at(i);
                painter.drawText(QRectF(textLeft, middle - kLine / 2, textWidth, kLine), Qt::AlignVCenter, entry.label);
                left = textLeft + textWidth + kBetween;
            }
        }
        painter.restore();
    });
}

} // namespace

void draw(Pages& pages, const TherapistReport& report, const TrendData& trend)
{
    pages.ensure(320); // the heading stays with its chart and legend
    pages.heading(ReportText::tr("Pain against weekly distance and sitting"), QStringLiteral("charts"));
    WeeklyTrendChart chart;
    chart.setPalette(QPalette(Qt::white)); // light palette, whatever the desktop uses
    chart.setData(trend);
    const QList<Entry> weeklyLegend = takeLegend(chart.chart());
    pages.ensure(245 + 30);
    pages.widget(&chart, 245);
    legend(pages, weeklyLegend);
    QString caption = ReportText::tr("Bars: distance per week. Lines: mean sitting hours per day and mean pain; squares: "
                                     "worst pain. Shaded: weeks a flag points at.");
    // The chart's weeks run Monday to Sunday; a period that cuts one says so (the week table
    // counts only the period's days).
    if (report.knownFrom.dayOfWeek() != Qt::Monday || report.period.to.dayOfWeek() != Qt::Sunday)
        caption += u' '
            + ReportText::tr("Weeks are drawn whole, Monday to Sunday, where the week table counts only the "
                             "period's days.");
    pages.text(caption, font(8, false, true));
    // Which way the pain moved: towards the spine (centralising) or down the leg.
    pages.ensure(250);
    pages.heading(ReportText::tr("How far from the spine the pain reached"));
    PainReachChart reach;
    reach.setPalette(QPalette(Qt::white));
    reach.setData(trend);
    reach.setCaptionVisible(false); // said below, in the report's own type
    const QList<Entry> reachLegend = takeLegend(reach.chart());
    pages.ensure(180 + 30);
    pages.widget(&reach, 180);
    legend(pages, reachLegend);
    pages.text(reach.caption() + u' '
            + ReportText::tr("Levels: 0 low back, 1 buttock, 2 hip or thigh, 3 knee, 4 calf or shin, 5 foot; "
                             "line: weekly mean, squares: furthest, circles: where it turned."),
        font(8, false, true));
    pages.ensure(270);
    pages.heading(ReportText::tr("Where it hurt"));
    BodyMapWidget map;
    map.setPalette(QPalette(Qt::white));
    map.setMode(BodyMapWidget::Mode::HeatMap);
    // Counted from the period's own pain entries, as the pain log lists them: the trend data
    // counts whole weeks, and a week may begin before the period.
    QMap<QString, int> siteEntries;
    for (const PainEntry& entry : report.pain) {
        for (const QString& site : entry.sites)
            ++siteEntries[site];
    }
    int most = 0;
    for (int count : siteEntries)
        most = std::max(most, count);
    QMap<QString, double> share;
    QStringList counts;
    for (auto it = siteEntries.cbegin(); it != siteEntries.cend(); ++it) {
        share.insert(it.key(), most > 0 ? double(it.value()) / most : 0);
        counts.append(ReportText::tr("%1: %2").arg(Vocabulary::label(VocabularyKind::Site, it.key())).arg(it.value()));
    }
    map.setHeat(share, {});
    pages.widget(&map, 230);
    pages.text(counts.isEmpty() ? ReportText::tr("No pain logged in this period.")
                                : ReportText::tr("Pain entries naming each site (darker is more often): %1.")
                                      .arg(counts.join(QLatin1String(", "))),
        font(8, false, true));
}

} // namespace backstride::ReportCharts
