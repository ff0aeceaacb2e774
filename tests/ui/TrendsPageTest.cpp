// The trend views draw exactly the numbers core computes: the weekly chart against
// `backstride weekly --json` for the same range, week for week, and the scatter plots' rho and n
// against an independent computation.
#include "TrendsFixture.h"

namespace backstride::trends_test {
namespace {

TEST_F(Trends, twelveWeeksMatchWeeklyJson)
{
    m_page->setRange(TrendsPage::Range::Weeks12);
    EXPECT_EQ(m_page->data().range.from, QDate(2026, 1, 12));
    EXPECT_EQ(m_page->data().weeks.weeks().size(), 12);
    expectChartMatchesWeeklyJson();
}

TEST_F(Trends, everythingMatchesWeeklyJsonWithEmptyWeeksKept)
{
    m_page->setRange(TrendsPage::Range::All);
    EXPECT_GE(m_page->data().weeks.weeks().size(), 104);
    expectChartMatchesWeeklyJson();
}

// The date fields, the header and the chosen range always agree (issue 27, item 5): a chosen
// number of weeks or "Everything" puts the period's own first and last day into the fields.
TEST_F(Trends, theDateFieldsShowThePeriodTheHeaderNames)
{
    auto* from = m_page->findChild<QDateEdit*>(QStringLiteral("fromDate"));
    auto* to = m_page->findChild<QDateEdit*>(QStringLiteral("toDate"));
    auto* summary = m_page->findChild<QLabel*>(QStringLiteral("trendSummary"));
    for (TrendsPage::Range range : {TrendsPage::Range::Weeks12, TrendsPage::Range::Weeks4, TrendsPage::Range::All}) {
        m_page->setRange(range);
        const DateRange shown = m_page->data().range;
        EXPECT_EQ(from->date(), shown.from);
        EXPECT_EQ(to->date(), shown.to);
        EXPECT_TRUE(summary->text().contains(EvidenceText::periodInSentence(shown.from, shown.to)))
            << summary->text().toStdString();
    }
    m_page->setRange(TrendsPage::Range::Weeks12);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("12 weeks, 5 Jan to 29 Mar 2026")) ||
        summary->text().startsWith(QStringLiteral("12 weeks, 12 Jan to 5 Apr 2026")))
        << summary->text().toStdString();
    // A custom period keeps what was typed.
    m_page->setCustomRange(QDate(2026, 2, 3), QDate(2026, 2, 20));
    EXPECT_EQ(from->date(), QDate(2026, 2, 3));
    EXPECT_EQ(to->date(), QDate(2026, 2, 20));
}

// The body map's halves name their years when the period spans a new year (issue 27, item 5):
// "1 Dec to 3 Jun 2026" said December 2026 for a start in December 2025.
TEST_F(Trends, theHeatMapHalvesNameTheirYears)
{
    m_page->setCustomRange(QDate(2025, 12, 1), QDate(2026, 3, 29));
    m_page->showView(TrendsView::View::BodyMap);
    m_page->splitHeatMap()->setChecked(true);
    const TrendData& data = m_page->data();
    ASSERT_EQ(data.firstHalf.from.year(), 2025);
    auto* title = m_page->findChild<QLabel*>(QStringLiteral("heatTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->text().startsWith(QStringLiteral("First half: 1 Dec 2025 to ")))
        << title->text().toStdString();
    EXPECT_EQ(EvidenceText::periodInSentence(QDate(2026, 9, 14), QDate(2026, 12, 6)),
        QStringLiteral("14 Sep to 6 Dec 2026"));
    EXPECT_EQ(EvidenceText::periodInSentence(QDate(2025, 12, 1), QDate(2026, 6, 3)),
        QStringLiteral("1 Dec 2025 to 3 Jun 2026"));
}

// Axis ticks are numbers a person would choose (issue 27, item 7): steps of 1, 2 or 5 times a power
// of ten on every value axis of the weekly chart (the window's and the report's), never the 2.5
// and 7.5 that were printed as 2 and 7.
TEST_F(Trends, axisTicksAreRoundNumbers)
{
    auto scale = [](double largest) {
        QValueAxis axis;
        WeekAxis::setNiceRange(&axis, largest);
        return std::pair {axis.max(), axis.tickCount()};
    };
    EXPECT_EQ(scale(8), (std::pair {8.0, 5}));
    EXPECT_EQ(scale(10), (std::pair {10.0, 6}));
    EXPECT_EQ(scale(7.56), (std::pair {8.0, 5}));
    EXPECT_EQ(scale(55), (std::pair {60.0, 4}));
    EXPECT_EQ(scale(3), (std::pair {3.0, 4}));
    EXPECT_EQ(scale(0), (std::pair {1.0, 2}));

    for (TrendsPage::Range range : {TrendsPage::Range::Weeks4, TrendsPage::Range::Weeks12, TrendsPage::Range::All}) {
        m_page->setRange(range);
        for (QAbstractAxis* axis : m_page->weeklyChart()->chart()->axes(Qt::Vertical)) {
            const auto* values = qobject_cast<QValueAxis*>(axis);
            ASSERT_NE(values, nullptr);
            const double step = (values->max() - values->min()) / (values->tickCount() - 1);
            EXPECT_EQ(step, std::round(step)) << values->titleText().toStdString() << " steps by " << step;
            double leading = step;
            while (leading >= 10)
                leading /= 10;
            EXPECT_TRUE(leading == 1 || leading == 2 || leading == 5)
                << values->titleText().toStdString() << " steps by " << step;
        }
    }
}

TEST_F(Trends, aCustomRangeWithEmptyWeeksShowsZerosNotGaps)
{
    // Weeks after the journal's last day are empty: zeros in the bars, gaps in the lines.
    m_page->setCustomRange(QDate(2026, 3, 2), QDate(2026, 4, 26));
    ASSERT_EQ(m_page->data().weeks.weeks().size(), 8);
    expectChartMatchesWeeklyJson();
    QBarSet* distance
        = seriesNamed<QBarSeries>(m_page->weeklyChart()->chart(), "distanceBars").first()->barSets().first();
    EXPECT_EQ(distance->at(7), 0);
}

TEST_F(Trends, scatterPlotsCarryRhoAndN)
{
    m_page->setRange(TrendsPage::Range::Weeks52);
    m_page->views()->setCurrentIndex(1);
    const TrendData& data = m_page->data();
    // Sitting: one point per day with sitting hours, paired with that day's or the next day's worst
    // pain; days with the same pair share one (bigger) dot.
    QSet<std::pair<double, double>> expected;
    for (qsizetype i = 0; i < data.sittingPain.dates.size(); ++i)
        expected.insert({data.sittingPain.sittingHours.at(i), data.sittingPain.pain.at(i)});
    QSet<std::pair<double, double>> drawn;
    for (QScatterSeries* series :
        seriesNamed<QScatterSeries>(m_page->relationships()->sittingChart(), "points")) {
        for (const QPointF& point : series->points())
            drawn.insert({point.x(), point.y()});
    }
    EXPECT_EQ(drawn, expected);
    EXPECT_GT(data.sittingPain.dates.size(), 250) << "most days of a year have their sitting hours";
    const double rho = independentRho(data.sittingPain.sittingHours, data.sittingPain.pain);
    EXPECT_NEAR(*data.sittingCorrelation.rho, rho, 1e-9);
    EXPECT_TRUE(m_page->relationships()->sittingChart()->title().contains(
        QStringLiteral("Spearman rho %1 · n = %2 days")
            .arg(QLocale().toString(rho, 'f', 2))
            .arg(data.sittingPain.dates.size())))
        << m_page->relationships()->sittingChart()->title().toStdString();

    // Distance: one point per whole week, against the mean of each day's highest pain that week
    // or the next (the lag "What matters" found), worked out here from the entries themselves.
    const QJsonArray weeks = weeklyJson(data.range);
    const int lag = data.mileagePain.lagWeeks;
    QList<double> distance;
    QList<double> pain;
    for (const QJsonValue& week : weeks) {
        const QDate start
            = QDate::fromString(week.toObject().value(QLatin1String("week_start")).toString(), Qt::ISODate);
        // Whole weeks up to today only: the current week is still in progress.
        if (start.addDays(7 * lag + 6) > kToday)
            continue;
        distance.append(week.toObject().value(QLatin1String("distance_m")).toDouble());
        QMap<QDate, int> worst;
        for (const PainEntry& entry : *m_repository->painEntries({start.addDays(7 * lag), start.addDays(7 * lag + 6)}))
            worst[entry.date] = std::max(worst.value(entry.date), entry.intensity);
        int sum = 0;
        for (int value : worst)
            sum += value;
        pain.append(sum / 7.0);
    }
    ASSERT_EQ(data.mileagePain.distanceM.size(), distance.size());
    for (qsizetype i = 0; i < distance.size(); ++i)
        EXPECT_NEAR(data.mileagePain.painMean.at(i), pain.at(i), 1e-9) << i;
    const double weeklyRho = independentRho(distance, pain);
    EXPECT_TRUE(m_page->relationships()->mileageChart()->title().contains(
        QStringLiteral("Spearman rho %1 · n = %2 weeks")
            .arg(QLocale().toString(weeklyRho, 'f', 2))
            .arg(distance.size())))
        << m_page->relationships()->mileageChart()->title().toStdString();
}

TEST_F(Trends, whatMattersListsEveryFactorOnceStrongestFirst)
{
    m_page->setRange(TrendsPage::Range::Weeks12);
    m_page->views()->setCurrentIndex(1);
    const TrendData& data = m_page->data();
    const QStandardItemModel* model = m_page->relationships()->factorTable()->model();
    const QList<const FactorResult*> rows = data.factors.byFactor();
    ASSERT_EQ(model->rowCount(), rows.size());
    EXPECT_GE(model->rowCount(), 10) << "sitting, distance, six kinds of self-care, the warm-up, effort";
    QSet<QString> factors;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString factor = model->item(row, FactorTable::Factor)->data(Qt::UserRole).toString();
        EXPECT_FALSE(factors.contains(factor)) << "one row per factor";
        factors.insert(factor);
        EXPECT_EQ(factor, rows.at(row)->factor);
        EXPECT_EQ(model->item(row, FactorTable::Finding)->text(),
            FactorText::verdict(*rows.at(row), data.unit));
        EXPECT_EQ(model->item(row, FactorTable::When)->text(), FactorText::lagName(rows.at(row)->lag));
    }
    for (const char* factor : {"sitting-hours", "weekly-distance", "self-care:icing", "glute-warmup"})
        EXPECT_TRUE(factors.contains(QString::fromLatin1(factor))) << factor;
    // The scatter plots use the lag the table found.
    const FactorResult* sitting = data.factors.strongest(QStringLiteral("sitting-hours"));
    ASSERT_TRUE(sitting);
    const int lagDays = sitting->lag == FactorLag::TwoDays ? 2 : sitting->lag == FactorLag::NextDay ? 1 : 0;
    EXPECT_EQ(data.sittingPain.lagDays, lagDays);
    const QString axis = qobject_cast<QValueAxis*>(
        m_page->relationships()->sittingChart()->axes(Qt::Vertical).first())->titleText();
    EXPECT_EQ(axis, lagDays == 2 ? QStringLiteral("Pain two days later")
            : lagDays == 1       ? QStringLiteral("Pain the next day")
                                 : QStringLiteral("Pain that day"));
    // An untested factor says how much more it needs.
    for (const FactorResult* row : rows) {
        if (row->verdict == FactorVerdict::TooLittleData) {
            EXPECT_TRUE(FactorText::verdict(*row, data.unit).startsWith(QStringLiteral("not enough data yet: about ")));
        }
    }
}

// Each axis title fits under its chart at the window's size, and the legend of dot sizes draws
// its dots as big as the chart's: it shows the sizes it explains.
TEST_F(Trends, relationshipAxesFitAndTheLegendShowsTheDotSizes)
{
    m_page->resize(940, 700); // the trends area of a window at its first size
    m_page->setRange(TrendsPage::Range::Weeks12);
    m_page->views()->setCurrentIndex(1);
    m_page->show();
    QTest::qWait(20);
    for (QChart* chart : {m_page->relationships()->sittingChart(), m_page->relationships()->mileageChart()}) {
        const QList<QAbstractAxis*> axes = chart->axes(Qt::Horizontal);
        ASSERT_EQ(axes.size(), 1);
        const QString title = axes.first()->titleText();
        const int titleWidth = QFontMetrics(axes.first()->titleFont()).horizontalAdvance(title);
        EXPECT_LE(titleWidth, chart->plotArea().width()) << title.toStdString() << " is cut off";
        EXPECT_EQ(chart->legend()->markerShape(), QLegend::MarkerShapeFromSeries);
        QList<qreal> sizes;
        QStringList names;
        for (QScatterSeries* dots : seriesNamed<QScatterSeries>(chart, "points")) {
            sizes.append(dots->markerSize());
            names.append(dots->name());
        }
        ASSERT_EQ(sizes.size(), 4);
        EXPECT_TRUE(std::is_sorted(sizes.cbegin(), sizes.cend())) << "a scale, smallest first";
        EXPECT_EQ(QSet<qreal>(sizes.cbegin(), sizes.cend()).size(), 4) << "four different sizes";
        EXPECT_EQ(names.first(), QStringLiteral("1"));
        EXPECT_TRUE(names.last() == QStringLiteral("10+ days") || names.last() == QStringLiteral("10+ weeks"))
            << names.join(u',').toStdString();
    }
    m_page->hide();
}

// The reach chart draws exactly `weekly --json`'s pain_extent_mean and pain_extent_max, marks the
// turns core found, and says in words which way the pain moved.
TEST_F(Trends, painReachMatchesWeeklyJsonAndNamesTheTurns)
{
    m_page->setRange(TrendsPage::Range::Weeks52);
    m_page->showView(TrendsView::View::Reach);
    const QJsonArray weeks = weeklyJson(m_page->data().range);
    QChart* chart = m_page->reachChart()->chart();
    QMap<int, double> mean;
    for (QLineSeries* segment : seriesNamed<QLineSeries>(chart, "reachMean")) {
        for (const QPointF& point : segment->points())
            mean.insert(int(point.x()), point.y());
    }
    QMap<int, double> furthest;
    for (const QPointF& point : seriesNamed<QScatterSeries>(chart, "reachMax").first()->points())
        furthest.insert(int(point.x()), point.y());
    int withReach = 0;
    for (int i = 0; i < weeks.size(); ++i) {
        const QJsonObject week = weeks.at(i).toObject();
        const QJsonValue json = week.value(QLatin1String("pain_extent_mean"));
        EXPECT_EQ(mean.contains(i), !json.isNull()) << "week " << i;
        if (!json.isNull()) {
            ++withReach;
            EXPECT_NEAR(mean.value(i), json.toDouble(), 0.005 + 1e-9) << "week " << i;
            EXPECT_EQ(furthest.value(i), week.value(QLatin1String("pain_extent_max")).toDouble())
                << "week " << i;
        }
    }
    EXPECT_GT(withReach, 20);
    const QList<ReachTurn>& turns = m_page->data().reachTurns;
    EXPECT_EQ(seriesNamed<QScatterSeries>(chart, "reachTurns").first()->count(), turns.size());
    EXPECT_EQ(m_page->reachChart()->caption(), PainReach::describe(turns, m_page->data().weeks));
}

// Split in two, the body maps count the first and the second half of the range; together they
// count every entry the whole map does.
TEST_F(Trends, theHeatMapSplitsIntoTheRangesHalves)
{
    m_page->setRange(TrendsPage::Range::Weeks26);
    m_page->showView(TrendsView::View::BodyMap);
    m_page->show();
    EXPECT_FALSE(m_page->laterHeatMap()->isVisible());
    m_page->splitHeatMap()->setChecked(true);
    EXPECT_TRUE(m_page->laterHeatMap()->isVisible());
    const TrendData& data = m_page->data();
    EXPECT_EQ(data.firstHalf.to.addDays(1), data.secondHalf.from);
    EXPECT_LE(data.secondHalf.days() - data.firstHalf.days(), 1);
    for (auto it = data.siteEntries.cbegin(); it != data.siteEntries.cend(); ++it) {
        EXPECT_EQ(data.siteEntriesFirstHalf.value(it.key()) + data.siteEntriesSecondHalf.value(it.key()),
            it.value())
            << it.key().toStdString();
    }
    EXPECT_TRUE(m_page->findChild<QLabel*>(QStringLiteral("heatCaption"))
                    ->text()
                    .contains(QStringLiteral("First half")));
    m_page->splitHeatMap()->setChecked(false);
    EXPECT_FALSE(m_page->laterHeatMap()->isVisible());
    m_page->hide();
}

// Every chart's text alternative: "Show as table" puts the plotted numbers in its place, a row a
// week with what `weekly --json` gives, and the chart's accessible description sums it up.
TEST_F(Trends, theWeeklyChartAsATableHoldsTheWeeklyNumbers)
{
    m_page->setRange(TrendsPage::Range::Weeks26);
    m_page->show();
    m_page->showAsTable()->setChecked(true);
    ChartTable* table = m_page->weeklyChart()->table();
    ASSERT_TRUE(table->showsTable());
    EXPECT_TRUE(table->table()->isVisible());
    EXPECT_EQ(table->table()->accessibleName(), QStringLiteral("Weekly trend as a table"));
    const QJsonArray weeks = weeklyJson(m_page->data().range);
    QStandardItemModel* model = table->model();
    ASSERT_EQ(model->rowCount(), weeks.size());
    ASSERT_EQ(model->columnCount(), 8) << "the demo journal logs painkillers: a column for their days";
    EXPECT_EQ(model->horizontalHeaderItem(1)->text(), QStringLiteral("Distance (km)"));
    EXPECT_EQ(model->horizontalHeaderItem(6)->text(), QStringLiteral("Painkiller days"));
    int withPainkillers = 0;
    for (int row = 0; row < weeks.size(); ++row) {
        const QJsonObject week = weeks.at(row).toObject();
        EXPECT_EQ(model->item(row, 0)->text(),
            QLocale().toString(
                QDate::fromString(week.value(QLatin1String("week_start")).toString(), Qt::ISODate),
                QStringLiteral("d MMM yyyy")));
        EXPECT_EQ(model->item(row, 1)->text(),
            QString::number(week.value(QLatin1String("distance_m")).toDouble() / 1000, 'f', 1))
            << "row " << row;
        EXPECT_EQ(model->item(row, 2)->text().toInt(), week.value(QLatin1String("runs")).toInt());
        const QJsonValue mean = week.value(QLatin1String("pain_mean"));
        EXPECT_EQ(
            model->item(row, 4)->text(), mean.isNull() ? QString() : QString::number(mean.toDouble(), 'f', 1))
            << "row " << row;
        const QJsonValue painkillerDays = week.value(QLatin1String("painkiller_days"));
        EXPECT_EQ(model->item(row, 6)->text(),
            painkillerDays.isNull() ? QString() : QString::number(painkillerDays.toInt()))
            << "row " << row;
        withPainkillers += painkillerDays.toInt(0) > 0 ? 1 : 0;
    }
    ASSERT_GT(withPainkillers, 0) << "the demo journal takes painkillers in its bad spells";
    const QString description = m_page->weeklyChart()
                                    ->findChild<QWidget*>(QStringLiteral("weeklyTrendView"))
                                    ->accessibleDescription();
    EXPECT_TRUE(description.startsWith(QStringLiteral("%1 weeks from ").arg(weeks.size())))
        << description.toStdString();
    EXPECT_TRUE(description.endsWith(withPainkillers == 1 ? QStringLiteral("A painkiller in 1 week.")
                                                          : QStringLiteral("A painkiller in %1 weeks.").arg(withPainkillers)))
        << description.toStdString();
    // The relationships and the reach switch with it (filled when turned to), and back.
    m_page->showView(TrendsView::View::Relationships);
    EXPECT_TRUE(m_page->relationships()->sittingTable()->showsTable());
    EXPECT_EQ(m_page->relationships()->sittingTable()->model()->rowCount(),
        m_page->data().sittingPain.dates.size());
    EXPECT_TRUE(m_page->reachChart()->table()->showsTable());
    m_page->showAsTable()->setChecked(false);
    EXPECT_FALSE(table->showsTable());
    m_page->hide();
}

// The function chart: each check-in's mean score joined up, the global rating on its own axis,
// the band of no meaningful change around the first check-in, and the same as a table.
// The Function tab explains itself before the first check-in (issue 27, item 19): what it is
// for and how to fill it, on the chart and in its accessible description.
TEST_F(Trends, theFunctionChartWithoutCheckInsSaysHowToStart)
{
    m_page->setCustomRange(QDate(2024, 6, 3), QDate(2024, 6, 30));
    ASSERT_TRUE(m_page->data().checkIns.isEmpty());
    m_page->showView(TrendsView::View::Function);
    QChart* chart = m_page->findChild<FunctionChart*>()->chart();
    EXPECT_TRUE(chart->title().contains(QStringLiteral("No weekly check-in in this range yet.")))
        << chart->title().toStdString();
    EXPECT_TRUE(chart->title().contains(QStringLiteral("Ctrl+J")));
}

// The relationships' table and charts say which period each covers (issue 27, item 17): the
// charts the range chosen above, the table the factor engine's own window.
TEST_F(Trends, relationshipsSayWhichPeriodEachCovers)
{
    m_page->setRange(TrendsPage::Range::Weeks4);
    m_page->showView(TrendsView::View::Relationships);
    const TrendData& data = m_page->data();
    const QString chosen = EvidenceText::periodInSentence(data.range.from, data.range.to);
    auto* charts = m_page->findChild<RelationshipCharts*>();
    ASSERT_NE(charts, nullptr);
    EXPECT_TRUE(charts->sittingChart()->title().contains(chosen)) << charts->sittingChart()->title().toStdString();
    EXPECT_TRUE(charts->mileageChart()->title().contains(chosen));
    const QString table = m_page->findChild<QLabel*>(QStringLiteral("factorSummary"))->text();
    EXPECT_TRUE(table.contains(EvidenceText::periodInSentence(data.factors.window.from, data.factors.window.to)))
        << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("whatever range is chosen above"))) << table.toStdString();
    EXPECT_NE(data.factors.window.from, data.range.from) << "the two differ here, so each must say which";
}

TEST_F(Trends, theFunctionChartDrawsTheCheckIns)
{
    CheckInStore store(*m_db);
    const QDate first = kToday.addDays(-40);
    const QDate latest = kToday.addDays(-5);
    const CheckIn checkIns[] = {
        {0, first, {{QStringLiteral("run 10 km"), 3}, {QStringLiteral("sit"), 5}}, -1, {}},
        {0, latest, {{QStringLiteral("run 10 km"), 7}, {QStringLiteral("sit"), 6}}, 2, {}},
    };
    for (const CheckIn& checkIn : checkIns) {
        if (!store.on(checkIn.date).value()) { // the suite shares its journal
            ASSERT_TRUE(store.add(checkIn).ok());
        }
    }
    m_page->setRange(TrendsPage::Range::Weeks12);
    m_page->showView(TrendsView::View::Function);
    QChart* chart = m_page->functionChart()->chart();
    const QList<QLineSeries*> mean = seriesNamed<QLineSeries>(chart, "functionMean");
    ASSERT_EQ(mean.size(), 1);
    ASSERT_EQ(mean.first()->count(), 2);
    EXPECT_DOUBLE_EQ(mean.first()->at(0).y(), 4.0);
    EXPECT_DOUBLE_EQ(mean.first()->at(1).y(), 6.5);
    const QList<QScatterSeries*> global = seriesNamed<QScatterSeries>(chart, "globalChange");
    ASSERT_EQ(global.first()->count(), 2);
    EXPECT_DOUBLE_EQ(global.first()->at(1).y(), 2);
    const QList<QAreaSeries*> band = seriesNamed<QAreaSeries>(chart, "functionBand");
    ASSERT_EQ(band.size(), 1);
    EXPECT_DOUBLE_EQ(band.first()->upperSeries()->at(0).y(), 4.0 + 1.4);
    EXPECT_DOUBLE_EQ(band.first()->lowerSeries()->at(0).y(), 4.0 - 1.4);
    EXPECT_DOUBLE_EQ(band.first()->upperSeries()->at(0).x(), mean.first()->at(0).x() - 0.5)
        << "from the first check-in";
    EXPECT_EQ(m_page->functionChart()->table()->model()->rowCount(), 2);
}

TEST_F(Trends, tooFewPointsSaySo)
{
    m_page->setCustomRange(QDate(2026, 3, 23), QDate(2026, 3, 31));
    m_page->views()->setCurrentIndex(1);
    EXPECT_TRUE(m_page->relationships()->mileageChart()->title().contains(
        QStringLiteral("too few points to say anything: n = 1 weeks, at least 6 needed")))
        << m_page->relationships()->mileageChart()->title().toStdString();
}

TEST_F(Trends, flaggedWeeksAreShadedAndTheTooltipNamesTheFlag)
{
    m_page->setRange(TrendsPage::Range::All);
    const TrendData& data = m_page->data();
    ASSERT_FALSE(data.markedWeeks.isEmpty());
    const QDate marked = data.markedWeeks.firstKey();
    const QList<WeekTotals>& weeks = data.weeks.weeks();
    const int index = int(std::find_if(weeks.cbegin(), weeks.cend(), [&](const WeekTotals& w) {
        return w.weekStart == marked;
    }) - weeks.cbegin());
    const QString tip = m_page->weeklyChart()->weekDescription(index);
    EXPECT_TRUE(tip.contains(data.markedWeeks.first().first())) << tip.toStdString();
    EXPECT_TRUE(tip.contains(Units::distance(weeks.at(index).distanceM, data.unit))) << tip.toStdString();

    // Hovering anywhere in the week's band shows it, near the top of the plot where no bar
    // reaches, as for a flagged week with no run at all (issue 27, item 6).
    m_page->show();
    QTest::qWait(20);
    QChart* chart = m_page->weeklyChart()->chart();
    auto* view = static_cast<QGraphicsView*>(m_page->weeklyChart()->plotView());
    const QPointF inChart(chart->mapToPosition(QPointF(index, 0), chart->series().constFirst()).x(),
        chart->plotArea().top() + 3);
    const QPoint at = view->mapFromScene(chart->mapToScene(inChart));
    EXPECT_EQ(m_page->weeklyChart()->tipAt(at), tip);
    QHelpEvent hover(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &hover);
    EXPECT_EQ(QToolTip::text(), tip);
    QToolTip::hideText();
    m_page->hide();
}

TEST_F(Trends, theHeatMapCountsSites)
{
    m_page->setRange(TrendsPage::Range::All);
    const TrendData& data = m_page->data();
    int lowBack = 0;
    for (const PainEntry& entry : m_repository->painEntries(data.range).value())
        lowBack += entry.intensity > 0 && entry.sites.contains(QStringLiteral("lower-back-left")) ? 1 : 0;
    EXPECT_EQ(data.siteEntries.value(QStringLiteral("lower-back-left")), lowBack);
}

TEST_F(Trends, chartsSaveAsPngAtScreenAndPrintResolution)
{
    m_page->setRange(TrendsPage::Range::Weeks12);
    m_page->show();
    QWidget* chart = m_page->weeklyChart();
    QTemporaryDir dir;
    const QString screen = dir.filePath(QStringLiteral("screen.png"));
    const QString print = dir.filePath(QStringLiteral("print.png"));
    ASSERT_TRUE(ChartSaving::savePng(chart, screen, 1).ok());
    ASSERT_TRUE(ChartSaving::savePng(chart, print, ChartSaving::printScale(chart)).ok());
    const QImage small(screen);
    const QImage large(print);
    EXPECT_EQ(small.size(), chart->size());
    EXPECT_NEAR(large.width(), chart->width() * 300.0 / chart->logicalDpiX(), 1);
    EXPECT_NEAR(large.dotsPerMeterX() * 0.0254, 300, 1);
    EXPECT_EQ(QFile::permissions(print) & 0x0077, 0) << "a chart of pain data is private too";
    const Status refused
        = ChartSaving::savePng(chart, dir.filePath(QStringLiteral("missing/folder/x.png")), 1);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("cannot write"))) << refused.error().toStdString();
}

TEST_F(Trends, aDarkPaletteGivesADarkChartWithLightText)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_page->setPalette(dark);
    m_page->setRange(TrendsPage::Range::Weeks12);
    m_page->show();
    const QImage image = ChartSaving::render(m_page->weeklyChart(), 1);
    if (qEnvironmentVariableIsSet("BACKSTRIDE_DUMP_DARK"))
        image.save(qEnvironmentVariable("BACKSTRIDE_DUMP_DARK"));
    // The plot's background is the palette's dark base, not the light default theme.
    EXPECT_LT(image.pixelColor(image.width() - 3, image.height() - 3).lightnessF(), 0.2);
    EXPECT_GT(ChartPalette::pain(dark).lightnessF(), 0.5) << "pain stays bright enough on dark";
    EXPECT_GT(m_page->weeklyChart()->chart()->legend()->labelColor().lightnessF(), 0.8);
}

} // namespace
} // namespace backstride::trends_test
