#pragma once

// What the tests of ui/TrendsPageTest.cpp share (split from one file to keep each under 650 lines).
#include "TrendsPage.h"

#include "BodyMapWidget.h"
#include "ChartPalette.h"
#include "ChartSaving.h"
#include "ChartTable.h"
#include "CheckInStore.h"
#include "FactorTable.h"
#include "Clock.h"
#include "FunctionChart.h"
#include "JournalFile.h"
#include "PainReachChart.h"
#include "RelationshipCharts.h"
#include "Rules.h"
#include "TestJournal.h"
#include "WeekAxis.h"
#include "WeeklyTrendChart.h"

#include <QAreaSeries>
#include <QApplication>
#include <QToolTip>
#include <QHelpEvent>
#include <QGraphicsView>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QProcess>
#include <QScatterSeries>
#include <QSet>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

namespace backstride::trends_test {

const QDate kToday(2026, 3, 31);

inline QByteArray run(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(BACKSTRIDE_BINARY), arguments);
    EXPECT_TRUE(process.waitForFinished(60'000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return process.readAllStandardOutput();
}

// Spearman's rho written out plainly (average ranks, then Pearson), to check the chart's figure.
inline double independentRho(const QList<double>& x, const QList<double>& y)
{
    auto ranks = [](const QList<double>& v) {
        QList<double> r(v.size());
        for (qsizetype i = 0; i < v.size(); ++i) {
            double below = 0;
            double equal = 0;
            for (double other : v) {
                below += other < v.at(i) ? 1 : 0;
                equal += other == v.at(i) ? 1 : 0;
            }
            r[i] = below + (equal + 1) / 2;
        }
        return r;
    };
    const QList<double> rx = ranks(x);
    const QList<double> ry = ranks(y);
    const double n = double(x.size());
    double mx = 0, my = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        mx += rx.at(i) / n;
        my += ry.at(i) / n;
    }
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        sxy += (rx.at(i) - mx) * (ry.at(i) - my);
        sxx += (rx.at(i) - mx) * (rx.at(i) - mx);
        syy += (ry.at(i) - my) * (ry.at(i) - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

template<typename Series> QList<Series*> seriesNamed(QChart* chart, const char* objectName)
{
    QList<Series*> found;
    for (QAbstractSeries* series : chart->series()) {
        if (series->objectName() == QLatin1String(objectName))
            found.append(qobject_cast<Series*>(series));
    }
    return found;
}

class Trends : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_path = s_dir->filePath(QStringLiteral("two-years.sqlite3"));
        run({QStringLiteral("generate"), QStringLiteral("--years"), QStringLiteral("2"),
            QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--end"),
            kToday.toString(Qt::ISODate), QStringLiteral("--db"), s_path});
    }
    static void TearDownTestSuite() { delete s_dir; }

    void SetUp() override
    {
        QLocale::setDefault(QLocale::c());
        m_db = std::make_unique<SqliteDatabase>(
            std::move(*JournalFile::open(s_path, JournalFile::Mode::MustExist)));
        m_repository = std::make_unique<JournalRepository>(*m_db);
        m_page = std::make_unique<TrendsPage>(*m_repository, m_clock);
        m_page->resize(1100, 700);
    }

    QJsonArray weeklyJson(const DateRange& range)
    {
        const QByteArray out = run({QStringLiteral("weekly"), QStringLiteral("--db"), s_path,
            QStringLiteral("--from"), range.from.toString(Qt::ISODate), QStringLiteral("--to"),
            range.to.toString(Qt::ISODate), QStringLiteral("--json")});
        return QJsonDocument::fromJson(out).object().value(QLatin1String("weeks")).toArray();
    }

    // The weekly chart's values against `weekly --json` for the page's range, week by week.
    void expectChartMatchesWeeklyJson()
    {
        const QJsonArray weeks = weeklyJson(m_page->data().range);
        QChart* chart = m_page->weeklyChart()->chart();
        const QList<QBarSeries*> bars = seriesNamed<QBarSeries>(chart, "distanceBars");
        ASSERT_EQ(bars.size(), 1);
        QBarSet* distance = bars.first()->barSets().first();
        ASSERT_EQ(distance->count(), weeks.size()) << "every week present, none dropped";
        QMap<int, double> painMean;
        for (QLineSeries* segment : seriesNamed<QLineSeries>(chart, "painMean")) {
            for (const QPointF& point : segment->points())
                painMean.insert(int(point.x()), point.y());
        }
        QMap<int, double> sitting;
        for (QLineSeries* segment : seriesNamed<QLineSeries>(chart, "sittingMean")) {
            for (const QPointF& point : segment->points())
                sitting.insert(int(point.x()), point.y());
        }
        QMap<int, double> painMax;
        for (const QPointF& point : seriesNamed<QScatterSeries>(chart, "painMax").first()->points())
            painMax.insert(int(point.x()), point.y());
        QSet<int> painkillerWeeks;
        for (QScatterSeries* series : seriesNamed<QScatterSeries>(chart, "painkillerWeeks")) {
            for (const QPointF& point : series->points())
                painkillerWeeks.insert(int(point.x()));
        }

        for (int i = 0; i < weeks.size(); ++i) {
            const QJsonObject week = weeks.at(i).toObject();
            EXPECT_NEAR(distance->at(i), week.value(QLatin1String("distance_m")).toDouble() / 1000, 0.0001)
                << "week " << i;
            const QJsonValue mean = week.value(QLatin1String("pain_mean"));
            EXPECT_EQ(painMean.contains(i), !mean.isNull()) << "a week without pain is a gap, week " << i;
            if (!mean.isNull()) {
                EXPECT_NEAR(painMean.value(i), mean.toDouble(), 0.005 + 1e-9) << "week " << i;
            }
            const QJsonValue worst = week.value(QLatin1String("pain_max"));
            EXPECT_EQ(painMax.contains(i), !worst.isNull());
            if (!worst.isNull()) {
                EXPECT_EQ(painMax.value(i), worst.toDouble());
            }
            EXPECT_EQ(painkillerWeeks.contains(i), week.value(QLatin1String("painkiller_days")).toInt(0) > 0)
                << "a triangle on every week with a painkiller and no other, week " << i;
            const QJsonValue sit = week.value(QLatin1String("sitting_hours_mean"));
            EXPECT_EQ(sitting.contains(i), !sit.isNull());
            if (!sit.isNull()) {
                EXPECT_NEAR(sitting.value(i), sit.toDouble(), 0.005 + 1e-9); // JSON rounds to 0.01
            }
        }
    }

    FixedClock m_clock {kToday};
    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<JournalRepository> m_repository;
    std::unique_ptr<TrendsPage> m_page;
    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_path;
};

} // namespace backstride::trends_test
