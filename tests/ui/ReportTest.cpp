// The therapist's report, read back the way a person (or pdftotext) reads it: the runner's name,
// the period, the totals, every flag's title and every pain entry's date are in the PDF; the CSV
// files parse back to the journal's numbers.
#include "AnalysisContext.h"
#include "AnalysisThresholds.h"
#include "CheckInStore.h"
#include "Clock.h"
#include "CsvExport.h"
#include "ExportDialog.h"
#include "FactorEngine.h"
#include "JournalFile.h"
#include "JournalGenerator.h"
#include "JournalMerger.h"
#include "MedicationStore.h"
#include "PainReach.h"
#include "PlanStore.h"
#include "CustomExerciseStore.h"
#include "ExerciseLibrary.h"
#include "ReportWriter.h"
#include "StravaCsv.h"
#include "TestJournal.h"
#include "Translations.h"
#include "TrendData.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace backstride {
namespace {

const QDate kToday(2026, 11, 25);
const DateRange kPeriod {QDate(2026, 9, 3), kToday};

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(60'000))
        << "pdftotext (poppler-utils) is installed by tools/install-deps";
    // The PDF's fonts join "fi" and "fl" into one glyph; a reader copying the text gets the letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xFB01), QLatin1String("fi"))
        .replace(QChar(0xFB02), QLatin1String("fl"));
}

QString day(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

// The words of a PDF page with where they are (pdftotext -bbox), in reading order.
struct PlacedWord
{
    QString text;
    double left = 0;
    double right = 0;
    double top = 0;
};

QList<PlacedWord> placedWords(const QString& path, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                                  QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(60'000));
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>"));
    QList<PlacedWord> words;
    for (const QRegularExpressionMatch& match : word.globalMatch(QString::fromUtf8(process.readAllStandardOutput())))
        words.append({match.captured(4).replace(QStringLiteral("&amp;"), QStringLiteral("&")), match.captured(1).toDouble(),
            match.captured(3).toDouble(), match.captured(2).toDouble()});
    return words;
}

// Whether a word is drawn where the text says it is: some of its box's pixels are dark. (Qt Charts'
// own legend, printed, kept every entry's text in the PDF but clipped all but the first away.)
bool inked(const QString& path, int page, const PlacedWord& word)
{
    constexpr int kScale = 2; // 144 dots per inch
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
        {QStringLiteral("-gray"), QStringLiteral("-r"), QString::number(72 * kScale), QStringLiteral("-f"),
            QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-x"),
            QString::number(int(word.left * kScale)), QStringLiteral("-y"), QString::number(int(word.top * kScale)),
            QStringLiteral("-W"), QString::number(int((word.right - word.left) * kScale)), QStringLiteral("-H"),
            QString::number(6 * kScale), path});
    EXPECT_TRUE(render.waitForFinished(60'000));
    const QByteArray pgm = render.readAllStandardOutput(); // "P5\nW H\n255\n" and a byte a pixel
    const qsizetype pixels = qsizetype(int((word.right - word.left) * kScale)) * 6 * kScale;
    if (pgm.size() < pixels)
        return false;
    const QByteArray image = pgm.right(pixels);
    return std::any_of(image.cbegin(), image.cend(), [](char pixel) { return quint8(pixel) < 128; });
}

// Whether some line of words, left to right, reads `expected` (a chart's legend): every word on
// the page, drawn (`drawn`), and clear of the one before it.
bool hasLine(const QList<PlacedWord>& words, const QString& expected, double pageWidth,
    const std::function<bool(const PlacedWord&)>& drawn)
{
    const QString first = expected.section(u' ', 0, 0);
    for (const PlacedWord& start : words) {
        if (start.text != first)
            continue;
        QList<PlacedWord> line;
        for (const PlacedWord& other : words) {
            if (std::abs(other.top - start.top) < 0.5 && other.left >= start.left)
                line.append(other);
        }
        std::sort(line.begin(), line.end(), [](const PlacedWord& a, const PlacedWord& b) { return a.left < b.left; });
        QStringList texts;
        bool apart = true;
        for (qsizetype i = 0; i < line.size(); ++i) {
            texts.append(line.at(i).text);
            apart = apart && line.at(i).right < pageWidth && (i == 0 || line.at(i).left > line.at(i - 1).right)
                && drawn(line.at(i));
        }
        if (apart && texts.join(u' ') == expected)
            return true;
    }
    return false;
}

class Report : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale::c());
        JournalGenerator::Options options {1, 3, kToday, true};
        ASSERT_TRUE(JournalMerger(repo()).merge(JournalGenerator::generate(options)).ok());
    }
    JournalRepository& repo() { return m_journal.repository(); }
    test::TestJournal m_journal = test::TestJournal::inMemory();
    QTemporaryDir m_dir;
};

TEST_F(Report, thePdfSaysWhoWhenHowMuchEveryFlagAndEveryPainEntry)
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ReportWriter::exportPdf(repo(), kPeriod, kToday, path, TherapistReport::Sections()).ok());
    EXPECT_EQ(QFile::permissions(path) & 0x0077, 0) << "the report is private to its owner";
    const QString text = pdfText(path);
    // pdftotext keeps words but may wrap lines: compare with whitespace squeezed.
    const QString flat
        = QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    const TherapistReport report = TherapistReport::load(repo(), kPeriod, kToday).value();

    EXPECT_TRUE(flat.contains(QStringLiteral("Runner: Sam Runner")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Period: 3 Sep 2026 – 25 Nov 2026 (84 days)")))
        << flat.left(600).toStdString();
    EXPECT_TRUE(flat.contains(QStringLiteral("It is not a diagnosis.")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Runs %1").arg(report.totals.runs))) << "summary row";
    EXPECT_TRUE(flat.contains(
        QStringLiteral("Total distance %1").arg(Units::distance(report.totals.distanceM, report.unit))));
    EXPECT_TRUE(flat.contains(QStringLiteral("Days with pain %1").arg(report.totals.painDays)));
    ASSERT_FALSE(report.flags.isEmpty());
    EXPECT_EQ(report.flags.first().severity, Severity::SeeProfessional)
        << "the demo-like journal ends in spreading pain";
    EXPECT_TRUE(
        flat.contains(QStringLiteral("Look at first: SEE A PROFESSIONAL: ") + report.flags.first().title));
    for (const Flag& flag : report.flags)
        EXPECT_TRUE(flat.contains(flag.title)) << flag.title.toStdString();
    ASSERT_GT(report.pain.size(), 20);
    for (const PainEntry& entry : report.pain)
        EXPECT_TRUE(flat.contains(day(entry.date))) << entry.date.toString(Qt::ISODate).toStdString();
    // Which way the pain moved, in the same words as the Trends page (the demo-like journal's
    // episode spreads down the leg and comes back).
    EXPECT_TRUE(flat.contains(QStringLiteral("How far from the spine the pain reached")));
    // The chart draws the trend's weeks (whole weeks around the period), and so does its caption.
    const TrendData trend = TrendData::load(repo(), kPeriod, kToday).value();
    const QString moved = PainReach::describe(
        PainReach::turns(trend.weeks, AnalysisThresholds::defaults().extentChangeLevels), trend.weeks);
    EXPECT_TRUE(moved.contains(QStringLiteral("further down the leg"))) << moved.toStdString();
    EXPECT_TRUE(flat.contains(moved)) << moved.toStdString();
    const QRegularExpression pages(QStringLiteral("page (\\d+) of (\\d+)"));
    int count = 0;
    for (auto it = pages.globalMatch(text); it.hasNext(); ++count) {
        const QRegularExpressionMatch match = it.next();
        EXPECT_EQ(match.captured(1).toInt(), count + 1);
    }
    EXPECT_GE(count, 3) << "every page is numbered";
}

// Pain logged without the "worse with" questions (the run form has none) is reported with what
// was recorded only: nothing says bending does not make it worse.
TEST(ReportOfUnaskedQuestions, saysOnlyWhatWasRecorded)
{
    QLocale::setDefault(QLocale::c());
    test::TestJournal journal = test::TestJournal::inMemory();
    for (int daysAgo : {1, 3}) {
        PainEntry pain;
        pain.date = kToday.addDays(-daysAgo);
        pain.intensity = 4;
        pain.sites = {QStringLiteral("lower-back-left"), QStringLiteral("buttock-left")};
        ASSERT_TRUE(journal.repository().addPain(pain).ok());
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ReportWriter::exportPdf(journal.repository(), {kToday.addDays(-13), kToday}, kToday, path,
        TherapistReport::Sections())
                    .ok());
    const QString flat = pdfText(path).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_TRUE(flat.contains(QStringLiteral("Pain is spreading beyond the low back"))) << flat.left(800).toStdString();
    EXPECT_TRUE(flat.contains(QStringLiteral("reaching left buttock; not below the knee")));
    EXPECT_FALSE(flat.contains(QStringLiteral("bending"), Qt::CaseInsensitive)) << "never asked, so never said";
}

// A runner who started the journal last week: the report compares with nothing rather than with
// zeros, and says why; a journal that began inside the days before is compared from its start.
TEST(ReportOfANewJournal, hasNoBeforeColumnOfZeros)
{
    QLocale::setDefault(QLocale::c());
    test::TestJournal journal = test::TestJournal::inMemory();
    backstride::Run run;
    run.date = kToday.addDays(-5);
    run.distanceM = 6000;
    run.durationS = 2000;
    ASSERT_TRUE(journal.repository().addRun(run).ok());
    const DateRange fourWeeks {kToday.addDays(-27), kToday};
    TherapistReport report = TherapistReport::load(journal.repository(), fourWeeks, kToday).value();
    EXPECT_FALSE(report.hasPrevious());
    EXPECT_EQ(report.journalBegins, run.date);
    // The weeks before it are not weeks of zero: the weekly mean counts from the first entry (6 km
    // in 6 days, 7 km a week, not 1.5 over four weeks), and the week-by-week rows start there.
    EXPECT_NEAR(report.totals.weeklyMeanDistanceM, 7000, 1);
    ASSERT_FALSE(report.weeks.weeks().isEmpty());
    EXPECT_EQ(report.weeks.weeks().first().weekStart, WeeklySeries::weekStartOf(run.date, Qt::Monday));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ReportWriter::exportPdf(journal.repository(), fourWeeks, kToday, path, TherapistReport::Sections()).ok());
    QString flat = pdfText(path).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_FALSE(flat.contains(QStringLiteral("Before"))) << flat.left(1200).toStdString();
    EXPECT_FALSE(flat.contains(QStringLiteral("against the")));
    EXPECT_TRUE(flat.contains(QStringLiteral("No entries before this period: the journal begins on %1").arg(day(run.date))))
        << flat.left(1200).toStdString();

    // Begun ten days ago, for a one-week period: compared with the four days before it that the
    // journal has, not with seven.
    const DateRange lastWeek {kToday.addDays(-6), kToday};
    backstride::Run earlier = run;
    earlier.date = kToday.addDays(-10);
    ASSERT_TRUE(journal.repository().addRun(earlier).ok());
    report = TherapistReport::load(journal.repository(), lastWeek, kToday).value();
    ASSERT_TRUE(report.hasPrevious());
    EXPECT_EQ(report.previousPeriod.from, earlier.date);
    EXPECT_EQ(report.previousPeriod.to, kToday.addDays(-7));
    EXPECT_EQ(report.previous.runs, 1);
}

// The links the factor engine found, each with its numbers, in a short table after the flags.
TEST_F(Report, thePdfListsTheFactorsFoundWithTheirNumbers)
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ReportWriter::exportPdf(repo(), kPeriod, kToday, path, TherapistReport::Sections()).ok());
    const QString flat
        = QString(pdfText(path)).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_TRUE(flat.contains(QStringLiteral("What goes with the pain: links beyond chance in this period")))
        << flat.toStdString();
    const qsizetype start = flat.indexOf(QStringLiteral("What goes with the pain"));
    const QString section = flat.mid(start, flat.indexOf(QStringLiteral("Week by week"), start) - start);
    Result<AnalysisContext> context = AnalysisContext::load(repo(), kPeriod.to);
    ASSERT_TRUE(context.ok());
    const FactorReport& factors = context->factors();
    EXPECT_TRUE(section.contains(QStringLiteral("%1 pairings of a factor and a lag tested").arg(factors.tests)));
    int found = 0;
    for (const FactorResult* row : factors.byFactor()) {
        if (!row->found())
            continue;
        ++found;
        // Table cells wrap, and pdftotext reads wrapped cells column by column: look for the words.
        for (const QString& words : {FactorText::factorName(row->factor), QLocale().toString(*row->rho, 'f', 2),
                 QStringLiteral("%1/10;").arg(QLocale().toString(*row->with, 'f', 1))})
            EXPECT_TRUE(section.contains(words)) << words.toStdString();
    }
    ASSERT_GT(found, 0) << "the demo-like journal's episode brings icing with the pain";
    for (const FactorResult* row : factors.byFactor()) {
        if (row->verdict == FactorVerdict::NotLinked && row->tested()) {
            EXPECT_FALSE(section.contains(FactorText::factorName(row->factor))) << "only what was found";
        }
    }
}

// Desk time read from ActivityWatch is named as such in the summary.
TEST_F(Report, theSummarySaysWhichSittingHoursAreDeskTimeFromActivityWatch)
{
    const QList<DayLog> days = repo().dayLogs(kPeriod).value();
    int sitting = 0;
    for (const DayLog& day : days)
        sitting += day.sittingHours ? 1 : 0;
    DayLog desk = days.first();
    ASSERT_TRUE(desk.sittingHours);
    desk.sittingSource = QStringLiteral("activitywatch");
    ASSERT_TRUE(repo().updateDayLog(desk).ok());
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ReportWriter::exportPdf(repo(), kPeriod, kToday, path, TherapistReport::Sections()).ok());
    const QString flat
        = QString(pdfText(path)).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_TRUE(flat.contains(
        QStringLiteral("Sitting hours: 1 of the %1 days with sitting hours are desk time from ActivityWatch").arg(sitting)))
        << flat.left(3000).toStdString();
}

// A return-to-run plan in the period: its start and every decision with its reason.
TEST_F(Report, theReturnToRunSectionListsTheStagesAndWhy)
{
    ASSERT_TRUE(PlanStore(repo().database()).start({QDate(2026, 11, 2), 1, 30, std::nullopt}).ok());
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ReportWriter::exportPdf(repo(), kPeriod, kToday, path, TherapistReport::Sections()).ok());
    const QString flat
        = QString(pdfText(path)).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    const TherapistReport report = TherapistReport::load(repo(), kPeriod, kToday).value();
    ASSERT_TRUE(report.plan);
    EXPECT_TRUE(flat.contains(QStringLiteral("Return to running")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Started 2 Nov 2026 at stage 1, former weekly distance 30.0 km")))
        << flat.toStdString();
    ASSERT_GE(report.planState.decisions.size(), 2) << "the generated runs make sessions";
    const ReturnPlanDecision& last = report.planState.decisions.constLast();
    EXPECT_TRUE(flat.contains(ReturnPlanState::decisionLabel(last.kind)));
    EXPECT_TRUE(flat.contains(last.because.left(20))) << last.because.toStdString();
}

// Exercises done (issue 29, item 10): each session played from the library, with its routine,
// minutes, and every exercise with its level, sets and the pain during it.
TEST_F(Report, theExercisesDoneAreListedWithTheirLevelAndPain)
{
    RoutineSession played;
    played.date = QDate(2026, 11, 20);
    played.kind = QStringLiteral("core-strength");
    played.minutes = 17;
    played.routine = QStringLiteral("core");
    played.exercises = {{QStringLiteral("side-plank"), 2, 3, 3, 15, QStringLiteral("both"), 0},
        {QStringLiteral("bird-dog"), 1, 3, 5, 8, QStringLiteral("both"), 3},
        {QStringLiteral("pt-wall-sit"), 1, 2, std::nullopt, 30, QStringLiteral("both"), 1}};
    // The physical therapist's own exercise is named, not given by its id.
    ASSERT_TRUE(CustomExerciseStore(repo().database())
                    .save({QStringLiteral("pt-wall-sit"), QStringLiteral("Wall sit"), QStringLiteral("strength"),
                        {QStringLiteral("Slide down the wall.")}, false, 2, std::nullopt, 30, QString(), QString()})
                    .ok());
    // The generated journal plays routines too (the demo follows the exercise programme).
    const qsizetype before = TherapistReport::load(repo(), kPeriod, kToday).value().exerciseSessions.size();
    ASSERT_TRUE(repo().addRoutine(played).ok());
    const TherapistReport report = TherapistReport::load(repo(), kPeriod, kToday).value();
    ASSERT_EQ(report.exerciseSessions.size(), before + 1);
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ReportWriter::exportPdf(repo(), kPeriod, kToday, path, TherapistReport::Sections()).ok());
    const QString flat
        = QString(pdfText(path)).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_TRUE(flat.contains(QStringLiteral("Exercises done")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Core strength, 17 min"))) << flat.right(1500).toStdString();
    EXPECT_TRUE(flat.contains(QStringLiteral("Side plank (level 2), 3 × 3, hold 15 s, pain 0/10")));
    // The table wraps its long cell; pdftotext interleaves the lines of neighbouring cells.
    EXPECT_TRUE(flat.contains(QStringLiteral("Bird dog (level 1)")));
    EXPECT_TRUE(flat.contains(QStringLiteral("hold 8 s, pain 3/10")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Wall sit, 2 × 30 s"))) << flat.right(1500).toStdString();
    EXPECT_FALSE(flat.contains(QStringLiteral("pt-wall-sit")));
    // The figures as the app draws them, one per exercise and level done, named under each.
    EXPECT_TRUE(flat.contains(QStringLiteral("How each exercise was done, start and end position")));
    // (Captions wrap in their cells; pdftotext interleaves the lines of neighbouring cells.)
    const qsizetype figures = flat.indexOf(QStringLiteral("How each exercise was done"));
    EXPECT_GT(flat.indexOf(QStringLiteral("page"), figures), flat.indexOf(QStringLiteral(", level "), figures))
        << "the line above the figures is not left alone at the foot of a page: " << flat.right(800).toStdString();
    EXPECT_GT(flat.indexOf(QStringLiteral("Bird dog, level 1: Leg only"), figures), figures);
    EXPECT_GT(flat.indexOf(QStringLiteral("Side plank, level 2: From the"), figures), figures);
    EXPECT_GT(flat.indexOf(QStringLiteral("Wall sit (from your therapist:"), figures), figures);
}

// Each chart's legend is drawn whole under it, in the runner's language: printed, Qt Charts' own
// legend showed "Distance (km)" alone, the other entries laid out for a size the chart never had.
TEST_F(Report, eachChartsLegendIsWholeUnderItInEnglishAndGerman)
{
    for (const QLocale& locale : {QLocale::c(), QLocale(QLocale::German, QLocale::Germany)}) {
        QLocale::setDefault(locale);
        Translations::install(locale);
        auto tr = [](const char* context, const char* text) -> QString { return QCoreApplication::translate(context, text); };
        const QString path = m_dir.filePath(QStringLiteral("legend.pdf"));
        ASSERT_TRUE(ReportWriter::exportPdf(repo(), kPeriod, kToday, path, TherapistReport::Sections()).ok());
        const QString heading = tr("ReportWriter", "Pain against weekly distance and sitting");
        int page = 1;
        for (;; ++page) {
            QProcess one;
            one.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                      QString::number(page), path, QStringLiteral("-")});
            ASSERT_TRUE(one.waitForFinished(60'000));
            const QString text = QString::fromUtf8(one.readAllStandardOutput());
            if (text.contains(heading) || one.exitCode() != 0 || page >= 40)
                break;
        }
        ASSERT_LT(page, 40) << "the chart's page";
        const QList<PlacedWord> words = placedWords(path, page);
        const double pageWidth = 595; // A4 in points (the C and German locales print on A4)
        auto drawn = [&path, page](const PlacedWord& word) { return inked(path, page, word); };
        const QString distance = tr("backstride::WeeklyTrendChart", "Distance (%1)").arg(QStringLiteral("km"));
        EXPECT_TRUE(hasLine(words,
            QStringList({distance, tr("backstride::WeeklyTrendChart", "Sitting, mean h/day"), tr("backstride::WeeklyTrendChart", "Pain, weekly mean"),
                            tr("backstride::WeeklyTrendChart", "Worst pain")})
                .join(u' '),
            pageWidth, drawn))
            << locale.name().toStdString();
        const QString mean = tr("backstride::PainReachChart", "Weekly mean");
        EXPECT_TRUE(hasLine(words,
            QStringList({mean, tr("backstride::PainReachChart", "Furthest in the week"), tr("backstride::PainReachChart", "Turned")})
                .join(u' '),
            pageWidth, drawn))
            << locale.name().toStdString();
    }
    QLocale::setDefault(QLocale::c());
    Translations::install(QLocale::c());
}

// Where it hurt counts the period's own entries, as the pain log does: a period starting on a
// Saturday said "low back, right: 1" from the Monday before it while its pain log said none.
TEST(ReportAlone, whereItHurtCountsOnlyThePeriodsOwnPainEntries)
{
    QLocale::setDefault(QLocale::c());
    test::TestJournal journal = test::TestJournal::inMemory();
    PainEntry before;
    before.date = QDate(2026, 11, 2); // the Monday of the period's first week
    before.intensity = 3;
    before.sites = {QStringLiteral("lower-back-right")};
    ASSERT_TRUE(journal.repository().addPain(before).ok());
    backstride::Run run;
    run.date = QDate(2026, 11, 10);
    run.distanceM = 5000;
    run.durationS = 1800;
    ASSERT_TRUE(journal.repository().addRun(run).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const DateRange period {QDate(2026, 11, 7), QDate(2026, 11, 25)};
    ASSERT_TRUE(ReportWriter::exportPdf(journal.repository(), period, QDate(2026, 11, 25), path,
        TherapistReport::Sections()).ok());
    const QString flat
        = QString(pdfText(path)).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_FALSE(flat.contains(QStringLiteral("Pain entries naming each site"))) << flat.toStdString();
    EXPECT_EQ(flat.count(QStringLiteral("No pain logged in this period.")), 3) << "the first page, the map and the log agree";
}

// The report leads with function: each activity's first and latest rating and the change, the
// mean, pain at the start against the end, marked where a change passes the thresholds.
TEST_F(Report, theReportLeadsWithFunction)
{
    CheckInStore store(repo().database());
    ASSERT_TRUE(store
                    .add(CheckIn {0, kPeriod.from.addDays(2),
                        {{QStringLiteral("run 10 km"), 2}, {QStringLiteral("put on socks"), 5}}, -1, {}})
                    .ok());
    ASSERT_TRUE(store
                    .add(CheckIn {0, kPeriod.to.addDays(-3),
                        {{QStringLiteral("run 10 km"), 6}, {QStringLiteral("put on socks"), 6}}, 3, {}})
                    .ok());
    const QString path = m_dir.filePath(QStringLiteral("function.pdf"));
    ASSERT_TRUE(ReportWriter::exportPdf(repo(), kPeriod, kToday, path, TherapistReport::Sections()).ok());
    const QString flat
        = QString(pdfText(path)).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    const qsizetype function = flat.indexOf(QStringLiteral("Function: what the back lets the runner do"));
    ASSERT_GE(function, 0) << flat.left(800).toStdString();
    EXPECT_LT(function, flat.indexOf(QStringLiteral("Summary, against")))
        << "function comes before the summary";
    // Each row's cells may wrap, and pdftotext interleaves their lines: look at each row's stretch.
    const QString run = flat.mid(flat.indexOf(QStringLiteral("run 10 km")), 100);
    for (const QString& part : {QStringLiteral("2 (5 Sep"), QStringLiteral("6 (22 Nov"),
             QStringLiteral("+4.0"), QStringLiteral("more than measurement")})
        EXPECT_TRUE(run.contains(part)) << part.toStdString() << " in " << run.toStdString();
    const QString socks = flat.mid(flat.indexOf(QStringLiteral("put on socks")), 60);
    EXPECT_TRUE(socks.contains(QStringLiteral("+1.0"))) << socks.toStdString();
    EXPECT_FALSE(socks.contains(QStringLiteral("measurement"))) << "1 point is within one activity's noise";
    // The mean, 3.5 to 6 (its cells wrap, so pdftotext interleaves their lines).
    const QString mean = flat.mid(flat.indexOf(QStringLiteral("Mean of the activities")), 160);
    EXPECT_TRUE(mean.contains(QStringLiteral("+2.5"))) << mean.toStdString();
    EXPECT_TRUE(mean.contains(QStringLiteral("meaningful"))) << mean.toStdString();
    EXPECT_TRUE(flat.contains(
        QStringLiteral("Latest global rating of change (%1): +3").arg(day(kPeriod.to.addDays(-3)))));
}

TEST_F(Report, sectionsCanBeLeftOut)
{
    const QString path = m_dir.filePath(QStringLiteral("short.pdf"));
    TherapistReport::Sections sections;
    sections.painLog = false;
    sections.charts = false;
    sections.selfCare = false;
    ASSERT_TRUE(ReportWriter::exportPdf(repo(), kPeriod, kToday, path, sections).ok());
    const QString text = pdfText(path);
    EXPECT_FALSE(text.contains(QStringLiteral("Pain log")));
    EXPECT_FALSE(text.contains(QStringLiteral("Self-care sessions per week")));
    EXPECT_TRUE(text.contains(QStringLiteral("Week by week")));
}

TEST_F(Report, aPdfThatCannotBeWrittenSaysWhyAndLeavesNothing)
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const Status written
        = ReportWriter::exportPdf(repo(), kPeriod, kToday, path, TherapistReport::Sections());
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().startsWith(path + QStringLiteral(": cannot write")))
        << written.error().toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(Report, csvFilesParseBackToTheSameNumbers)
{
    CheckIn checkIn {0, kPeriod.to,
        {{QStringLiteral("run 10 km"), 4}, {QStringLiteral("sit through a workday"), 7}}, 2,
        QStringLiteral("better")};
    ASSERT_TRUE(CheckInStore(repo().database()).add(checkIn).ok());
    const Result<QStringList> files
        = CsvExport::write(repo(), m_dir.filePath(QStringLiteral("csv")), kPeriod);
    ASSERT_TRUE(files.ok()) << files.error().toStdString();
    // runs, pain, days, self-care, routine_exercises, check-ins, and the painkillers the demo runner took
    ASSERT_EQ(files->size(), 7);
    auto rows = [this](const char* name) {
        QFile file(m_dir.filePath(QStringLiteral("csv/") + QLatin1String(name)));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        return StravaCsv::parseRows(QString::fromUtf8(file.readAll()));
    };
    const QList<QStringList> runs = rows("runs.csv");
    const QList<backstride::Run> stored = repo().runs(kPeriod).value();
    ASSERT_EQ(runs.size(), stored.size() + 1);
    EXPECT_EQ(runs.first().mid(0, 5),
        (QStringList {QStringLiteral("date"), QStringLiteral("start_time"), QStringLiteral("distance_m"),
            QStringLiteral("distance_km"), QStringLiteral("duration_s")}));
    double csvMetres = 0;
    double storedMetres = 0;
    for (int i = 0; i < stored.size(); ++i) {
        EXPECT_EQ(runs.at(i + 1).at(0), stored.at(i).date.toString(Qt::ISODate));
        EXPECT_EQ(runs.at(i + 1).at(4).toDouble(), stored.at(i).durationS);
        csvMetres += runs.at(i + 1).at(2).toDouble();
        storedMetres += stored.at(i).distanceM;
    }
    EXPECT_NEAR(csvMetres, storedMetres, 0.05 * stored.size());
    // One row per activity rating of each check-in.
    const QList<QStringList> medications = rows("medications.csv");
    const QList<Medication> taken = MedicationStore(repo().database()).between(kPeriod.from, kPeriod.to).value();
    ASSERT_FALSE(taken.isEmpty()) << "the demo runner takes painkillers in a bad spell";
    ASSERT_EQ(medications.size(), taken.size() + 1);
    EXPECT_EQ(medications.at(0), (QStringList {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("name"),
                                     QStringLiteral("class"), QStringLiteral("dose"), QStringLiteral("notes")}));
    EXPECT_EQ(medications.at(1),
        (QStringList {taken.first().date.toString(Qt::ISODate), taken.first().time.toString(QStringLiteral("HH:mm")),
            taken.first().name, taken.first().drugClass, taken.first().dose, taken.first().notes}));
    const QList<QStringList> checkIns = rows("checkins.csv");
    ASSERT_EQ(checkIns.size(), 3);
    EXPECT_EQ(checkIns.at(0),
        (QStringList {QStringLiteral("date"), QStringLiteral("activity"), QStringLiteral("score"),
            QStringLiteral("function_mean"), QStringLiteral("global_change"), QStringLiteral("notes")}));
    EXPECT_EQ(checkIns.at(2),
        (QStringList {kPeriod.to.toString(Qt::ISODate), QStringLiteral("sit through a workday"),
            QStringLiteral("7"), QStringLiteral("5.5"), QStringLiteral("2"), QStringLiteral("better")}));
    const QList<QStringList> pain = rows("pain.csv");
    const QList<PainEntry> storedPain = repo().painEntries(kPeriod).value();
    ASSERT_EQ(pain.size(), storedPain.size() + 1);
    for (int i = 0; i < storedPain.size(); ++i) {
        EXPECT_EQ(pain.at(i + 1).at(2).toInt(), storedPain.at(i).intensity);
        EXPECT_EQ(pain.at(i + 1).at(3).split(u';'), storedPain.at(i).sites);
    }
    EXPECT_EQ(rows("sitting.csv").size(), repo().dayLogs(kPeriod).value().size() + 1);
    EXPECT_EQ(rows("self-care.csv").size(), repo().routines(kPeriod).value().size() + 1);
    EXPECT_EQ(CsvExport::field(QStringLiteral("a, \"b\"")), QStringLiteral("\"a, \"\"b\"\"\""));
}

TEST_F(Report, theExportDialogWritesWhatIsChosen)
{
    FixedClock clock(kToday);
    ExportDialog dialog(repo(), clock);
    EXPECT_EQ(dialog.period().from, kToday.addDays(-83)) << "twelve weeks by default";
    dialog.setPeriod(kPeriod);
    dialog.findChildren<QCheckBox*>().at(4)->setChecked(false); // no pain log
    const QString path = m_dir.filePath(QStringLiteral("dialog.pdf"));
    ASSERT_TRUE(dialog.exportTo(path).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("3 Sep 2026")));
    EXPECT_FALSE(text.contains(QStringLiteral("Pain log")));
}

// The report's exercise programme (issue 30, item 6): the phase at the period's end, each week's
// sessions planned and done, each exercise's level at the start and end with what moved it, and the
// exercise that hurt, named.
TEST(ReportProgramme, saysThePhaseTheWeeksTheLevelsAndWhatHurt)
{
    QLocale::setDefault(QLocale::c());
    test::TestJournal journal = test::TestJournal::inMemory();
    auto core = [&journal](const QDate& date, const QString& exercise, int level, int pain) {
        const Exercise found = *ExerciseLibrary::exercise(exercise);
        const ExerciseLevel& dose = *found.level(level);
        RoutineSession session {0, date, QStringLiteral("core-strength"), 15, {}, QStringLiteral("core"),
            {{exercise, level, dose.sets, dose.reps, dose.holdSeconds, QStringLiteral("both"), pain}}};
        ASSERT_TRUE(journal.repository().addRoutine(session).ok());
    };
    core(QDate(2026, 10, 28), QStringLiteral("side-plank"), 1, 0); // before the period: one good session
    core(QDate(2026, 11, 3), QStringLiteral("side-plank"), 1, 0); // the second: on to level 2
    core(QDate(2026, 11, 5), QStringLiteral("side-plank"), 2, 7); // too much: back to 1
    core(QDate(2026, 11, 7), QStringLiteral("side-plank"), 1, 1);
    core(QDate(2026, 11, 17), QStringLiteral("bird-dog"), 1, 7); // too much twice in a row: it hurts
    core(QDate(2026, 11, 19), QStringLiteral("bird-dog"), 1, 8);
    const DateRange period {QDate(2026, 11, 2), QDate(2026, 11, 22)};
    const TherapistReport report = TherapistReport::load(journal.repository(), period, QDate(2026, 11, 25)).value();
    ASSERT_EQ(report.programme.weeks.size(), 3);
    EXPECT_EQ(report.programme.hurting, QStringList {QStringLiteral("bird-dog")});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ReportWriter::exportPdf(journal.repository(), period, QDate(2026, 11, 25), path, TherapistReport::Sections()).ok());
    const QString flat = pdfText(path).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    const qsizetype section = flat.indexOf(QStringLiteral("Exercise programme"));
    ASSERT_GE(section, 0) << flat.toStdString();
    EXPECT_TRUE(flat.contains(QStringLiteral("On 22 Nov 2026: strengthening. No back pain logged: core work 3 times a week"))) << flat.mid(section, 800).toStdString();
    EXPECT_TRUE(flat.contains(QStringLiteral("2 Nov 2026 strengthening 3 of 3")));
    EXPECT_TRUE(flat.contains(QStringLiteral("9 Nov 2026 strengthening 0 of 3")));
    EXPECT_TRUE(flat.contains(QStringLiteral("16 Nov 2026 strengthening 2 of 3")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Side plank 1 1 3 Nov 2026:"))) << flat.mid(section, 1500).toStdString();
    EXPECT_TRUE(flat.contains(QStringLiteral("5 Nov 2026: pain 7/10 during it — too much: back to level 1")));
    // (pdftotext puts a wrapped cell's second line after its neighbours' text.)
    EXPECT_TRUE(flat.contains(QStringLiteral("Bird dog not done"))) << flat.mid(section + 700, 700).toStdString();
    EXPECT_TRUE(flat.contains(QStringLiteral("17 Nov 2026: pain 7/10 during it — too much: back to level 1; 19")));
    EXPECT_TRUE(flat.contains(QStringLiteral("left out of the routines until you have looked at it: Bird dog.")));
}

} // namespace
} // namespace backstride
