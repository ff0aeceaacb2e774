// The therapist report tells the whole period (issue 34): what was flagged on any day of it and
// when, how often the warning-sign questions were asked, weeks cut by the period, and the links
// over the period itself.
#include "AnalysisContext.h"
#include "CheckInStore.h"
#include "Clock.h"
#include "ExportDialog.h"
#include "FlagCatalog.h"
#include "JournalRepository.h"
#include "MedicationStore.h"
#include "ReportWriter.h"
#include "TestJournal.h"
#include "TherapistReport.h"
#include "WeeklySeries.h"

#include <QCheckBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QFile>
#include <QLocale>
#include <QRadioButton>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace backstride {
namespace {

const QDate kToday(2026, 11, 25); // a Wednesday
const DateRange kFourWeeks {kToday.addDays(-27), kToday}; // from Thursday 29 October

// The PDF's text on one line; of pages `first` to `last` only, when given.
QString flatText(const QString& pdf, int first = 0, int last = 0)
{
    QStringList arguments {QStringLiteral("-layout"), pdf, QStringLiteral("-")};
    if (first > 0)
        arguments = QStringList {QStringLiteral("-f"), QString::number(first), QStringLiteral("-l"),
                        QString::number(last > 0 ? last : first)}
            + arguments;
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    EXPECT_TRUE(process.waitForFinished(60'000));
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xFB01), QLatin1String("fi"))
        .replace(QChar(0xFB02), QLatin1String("fl"))
        .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QString day(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

class ReportPeriod : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale::c());
        // Runs from two months before the period, so the journal does not begin inside it.
        for (QDate date = kToday.addDays(-90); date <= kToday; date = date.addDays(3)) {
            backstride::Run run;
            run.date = date;
            run.distanceM = 6000;
            run.durationS = 2100;
            ASSERT_TRUE(repo().addRun(run).ok());
        }
    }
    JournalRepository& repo() { return m_journal.repository(); }
    QString exported(const DateRange& period)
    {
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        EXPECT_TRUE(ReportWriter::exportPdf(repo(), period, kToday, path, TherapistReport::Sections()).ok());
        return flatText(path);
    }
    test::TestJournal m_journal = test::TestJournal::inMemory();
    QTemporaryDir m_dir;
};

TEST_F(ReportPeriod, painThatReachedTheCalfEarlyInThePeriodLeadsTheReportThoughItSettled)
{
    // Six weeks, the calf in the first (a radiating pain stays flagged for the 28 days after it,
    // so it has settled by the end). The form asked the warning signs: none; a low back ache the
    // next day came from an older file that did not record the questions.
    const DateRange sixWeeks {kToday.addDays(-41), kToday};
    const QDate calfDay = sixWeeks.from.addDays(2);
    PainEntry calf;
    calf.date = calfDay;
    calf.intensity = 5;
    calf.sites = {QStringLiteral("lower-back-left"), QStringLiteral("buttock-left"), QStringLiteral("thigh-back-left"),
        QStringLiteral("calf-left")};
    calf.redFlagsAsked = true;
    ASSERT_TRUE(repo().addPain(calf).ok());
    PainEntry ache;
    ache.date = calfDay.addDays(1);
    ache.intensity = 2;
    ache.sites = {QStringLiteral("lower-back-center")};
    ASSERT_TRUE(repo().addPain(ache).ok());

    const TherapistReport report = TherapistReport::load(repo(), sixWeeks, kToday).value();
    const TherapistReport::PeriodFlag* spreading = nullptr;
    for (const TherapistReport::PeriodFlag& flagged : report.periodFlags) {
        if (flagged.flag.id == QLatin1String("radiating-pain"))
            spreading = &flagged;
    }
    ASSERT_NE(spreading, nullptr) << "flagged during the period";
    EXPECT_EQ(spreading->first, calfDay);
    EXPECT_FALSE(spreading->activeAtEnd) << "settled before the period's last day";
    EXPECT_EQ(spreading->highest, Severity::SeeProfessional);
    EXPECT_EQ(report.periodFlags.first().flag.id, QStringLiteral("radiating-pain")) << "the most serious first";
    EXPECT_TRUE(std::none_of(report.flags.cbegin(), report.flags.cend(),
        [](const Flag& flag) { return flag.id == QLatin1String("radiating-pain"); }))
        << "not flagged on the last day any more";
    EXPECT_EQ(report.warningSignsAsked, 1);
    EXPECT_EQ(report.warningSignsYes, 0);

    const QString text = exported(sixWeeks);
    const QString title = spreading->flag.title; // "into the leg": it reached below the knee
    const QString lead = QStringLiteral("Look at first: SEE A PROFESSIONAL: %1 — %2 to %3, no longer flagged from %4; logged %5")
                             .arg(title, day(spreading->first), day(spreading->last), day(spreading->last.addDays(1)),
                                 day(calfDay));
    EXPECT_TRUE(text.contains(lead)) << lead.toStdString() << "\n" << text.left(1400).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("No warning sign was recorded")));
    EXPECT_TRUE(text.contains(QStringLiteral("Warning-sign questions asked on 1 of 2 pain entries; none answered yes; "
                                             "not known for the other 1")))
        << text.left(1200).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Flagged during the period, most serious first")));
    EXPECT_TRUE(text.contains(QStringLiteral("While it was flagged, the advice was:")));
    EXPECT_TRUE(text.contains(QStringLiteral("reaching left buttock, left back of the thigh and left calf"))
        || text.contains(QStringLiteral("below the knee")))
        << "the calf entry is shown, not hidden behind \"earlier\"";

    // The same in the CSV files the export dialog writes: flags_in_period.csv.
    FixedClock clock(kToday);
    ExportDialog dialog(repo(), clock);
    dialog.setPeriod(sixWeeks);
    dialog.findChild<QRadioButton*>(QStringLiteral("csvRadio"))->setChecked(true);
    const QString folder = m_dir.filePath(QStringLiteral("csv"));
    ASSERT_TRUE(dialog.exportTo(folder).ok());
    QFile csv(QDir(folder).filePath(QStringLiteral("flags_in_period.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines.first(), QStringLiteral("flag,title,highest_severity,first_day,last_day,active_at_end"));
    EXPECT_EQ(lines.at(1), QStringLiteral("radiating-pain,%1,see-professional,%2,%3,no")
                               .arg(title, calfDay.toString(Qt::ISODate), spreading->last.toString(Qt::ISODate)));
    QFile painCsv(QDir(folder).filePath(QStringLiteral("pain.csv")));
    ASSERT_TRUE(painCsv.open(QIODevice::ReadOnly));
    const QString pain = QString::fromUtf8(painCsv.readAll());
    EXPECT_TRUE(pain.section(QStringLiteral("\r\n"), 0, 0).contains(QStringLiteral("red_flags,red_flags_asked,")));
}

TEST_F(ReportPeriod, theWeeksStartWithThePeriodsFirstDayAndTheLinksSayWhyTheyWereNotTested)
{
    const QString text = exported(kFourWeeks);
    const TherapistReport report = TherapistReport::load(repo(), kFourWeeks, kToday).value();
    ASSERT_FALSE(report.weeks.weeks().isEmpty());
    const QDate firstWeek = report.weeks.weeks().first().weekStart;
    EXPECT_EQ(firstWeek, WeeklySeries::weekStartOf(kFourWeeks.from, Qt::Monday)) << "the week holding its first day";
    // That week counts only the period's days: runs every third day from 90 days before today.
    int runsInFirstWeek = 0;
    for (QDate date = kToday.addDays(-90); date <= kToday; date = date.addDays(3))
        runsInFirstWeek += date >= kFourWeeks.from && date < firstWeek.addDays(7) ? 1 : 0;
    EXPECT_EQ(report.weeks.weeks().first().runs, runsInFirstWeek);
    const qsizetype weeks = text.indexOf(QStringLiteral("Week by week"));
    ASSERT_GE(weeks, 0);
    // A cell may wrap over two lines: the week's date, then "(from …)" within its row.
    const QString table = text.mid(weeks, 400);
    EXPECT_TRUE(table.indexOf(day(firstWeek)) >= 0 && table.indexOf(QStringLiteral("(from 29 Oct)")) > table.indexOf(day(firstWeek))
        && table.indexOf(QStringLiteral("(from 29 Oct)")) < table.indexOf(day(firstWeek.addDays(7))))
        << table.toStdString();
    EXPECT_TRUE(text.mid(weeks).contains(QStringLiteral("(to 25 Nov)"))) << "the last week is cut by the period too";
    EXPECT_TRUE(text.contains(QStringLiteral("Weeks are drawn whole, Monday to Sunday, where the week table counts only "
                                             "the period's days.")))
        << "the chart, which draws whole weeks, says so";

    // No sitting, pain or self-care: nothing could be tested, and the report says so and when it could.
    EXPECT_EQ(report.links.tests, 0);
    EXPECT_TRUE(text.contains(QStringLiteral("Nothing in this period had enough entries to be tested against chance: a "
                                             "strong link can be told after about 28 days with sitting hours, or 6 "
                                             "weeks of runs")))
        << text.toStdString();

    // A two-week period of a journal begun inside it: too short.
    const DateRange twoWeeks {kToday.addDays(-13), kToday};
    EXPECT_TRUE(exported(twoWeeks).contains(QStringLiteral("This period (14 days of the journal) is too short to test any "
                                                          "link against chance")));
}

TEST_F(ReportPeriod, theRunnersQuestionsAreOnTheFirstPageAndClearedWhenAsked)
{
    ASSERT_TRUE(repo().setSetting(QStringLiteral("therapist_questions"), QStringLiteral("Is the calf pain a nerve?")).ok());
    FixedClock clock(kToday);
    ExportDialog dialog(repo(), clock);
    dialog.setPeriod(kFourWeeks);
    auto* questions = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportQuestions"));
    ASSERT_NE(questions, nullptr);
    EXPECT_EQ(questions->toPlainText(), QStringLiteral("Is the calf pain a nerve?")) << "the kept note";
    questions->setPlainText(QStringLiteral("Is the calf pain a nerve?\nHow many km a week for now?"));
    const QString kept = m_dir.filePath(QStringLiteral("kept.pdf"));
    ASSERT_TRUE(dialog.exportTo(kept).ok());
    const QString page = flatText(kept, 1);
    EXPECT_TRUE(page.contains(QStringLiteral("The runner would like to ask: Is the calf pain a nerve? How many km a week for now?")))
        << page.toStdString();
    EXPECT_EQ(repo().setting(QStringLiteral("therapist_questions")).value(),
        std::optional<QString>(QStringLiteral("Is the calf pain a nerve?\nHow many km a week for now?")))
        << "kept unless the runner asks to clear them";

    dialog.findChild<QCheckBox*>(QStringLiteral("clearQuestions"))->setChecked(true);
    ASSERT_TRUE(dialog.exportTo(m_dir.filePath(QStringLiteral("cleared.pdf"))).ok());
    EXPECT_EQ(repo().setting(QStringLiteral("therapist_questions")).value().value_or(QString()), QString());
    EXPECT_TRUE(questions->toPlainText().isEmpty());
    EXPECT_FALSE(exported(kFourWeeks).contains(QStringLiteral("The runner would like to ask")));
}

TEST_F(ReportPeriod, theFirstPageIsTheVisitInOnePageEachLinePointingToItsDetail)
{
    // Four weeks: pain reaching the calf on its third day, easing to 1 by its end; two check-ins.
    const QDate calfDay = kFourWeeks.from.addDays(2);
    const std::pair<int, int> pain[] = {{2, 6}, {5, 4}, {9, 3}, {16, 2}, {23, 1}, {26, 1}}; // day, intensity
    for (const auto& [offset, intensity] : pain) {
        PainEntry entry;
        entry.date = kFourWeeks.from.addDays(offset);
        entry.intensity = intensity;
        entry.sites = {QStringLiteral("lower-back-left")};
        if (entry.date == calfDay)
            entry.sites += {QStringLiteral("buttock-left"), QStringLiteral("calf-left")};
        entry.redFlagsAsked = true;
        ASSERT_TRUE(repo().addPain(entry).ok());
    }
    CheckInStore checkIns(repo().database());
    ASSERT_TRUE(checkIns.add({0, kFourWeeks.from.addDays(1), {{QStringLiteral("run 10 km"), 2}}, {}, {}}).ok());
    ASSERT_TRUE(checkIns.add({0, kFourWeeks.to.addDays(-1), {{QStringLiteral("run 10 km"), 7}}, 3, {}}).ok());

    const QString path = m_dir.filePath(QStringLiteral("glance.pdf"));
    ASSERT_TRUE(ReportWriter::exportPdf(repo(), kFourWeeks, kToday, path, TherapistReport::Sections()).ok());
    const QString first = flatText(path, 1);
    ASSERT_TRUE(first.contains(QStringLiteral("The period at a glance"))) << first.toStdString();
    // The lines as read, without the "page N" column the layout reads into their middle.
    const QString lines = QString(first).remove(QRegularExpression(QStringLiteral(" page \\d+(?! of)")));
    // Every line is there, and the detail is not: it begins on the second page.
    const TherapistReport report = TherapistReport::load(repo(), kFourWeeks, kToday).value();
    ASSERT_FALSE(report.periodFlags.isEmpty());
    const TherapistReport::PeriodFlag& top = report.periodFlags.first();
    ASSERT_TRUE(top.activeAtEnd) << "spreading pain stays flagged for the 28 days after it";
    EXPECT_TRUE(lines.contains(QStringLiteral("Flagged %1 (see a professional, still flagged)").arg(top.flag.title)))
        << lines.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("Function Mean of the activities 2.0 (%1) to 7.0 (%2): +5.0, a meaningful change.")
                                   .arg(day(kFourWeeks.from.addDays(1)), day(kFourWeeks.to.addDays(-1)))))
        << lines.toStdString();
    // Pain: the first 14 days' entries (6, 4, 3) against the last 14 days' (2, 1, 1).
    EXPECT_TRUE(lines.contains(QStringLiteral("Pain on 6 of 28 days, worst 6 of 10. Mean pain in the first 14 days 4.3, in "
                                              "the last 14 days 1.3 (−3.0, a meaningful change).")))
        << lines.toStdString();
    const int runs = int(report.totals.runs);
    EXPECT_TRUE(lines.contains(QStringLiteral("Running %1 runs, %2 km in all").arg(runs).arg(runs * 6.0, 0, 'f', 1)))
        << lines.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("Exercise programme On %1:").arg(day(kToday))));
    EXPECT_FALSE(first.contains(QStringLiteral("Week by week")));
    EXPECT_FALSE(first.contains(QStringLiteral("Pain log")));

    // Each "page N" is the page its section's heading is on.
    const QList<std::pair<QString, QString>> pointers = {
        {QStringLiteral("Flagged \\S"), QStringLiteral("Flagged during the period")},
        {QStringLiteral("Function Mean"), QStringLiteral("Function: what the back lets the runner do")},
        {QStringLiteral("Running \\d+ runs"), QStringLiteral("Week by week")},
        {QStringLiteral("Exercise programme On"), QStringLiteral("Exercise programme On")}};
    ASSERT_TRUE(lines.contains(QStringLiteral("Exercise programme On"))) << "its label on one line";
    const QString all = flatText(path);
    for (const auto& [line, heading] : pointers) {
        const QRegularExpression pointer(line + QStringLiteral(".*? page (\\d+)"));
        const QRegularExpressionMatch match = pointer.match(first);
        ASSERT_TRUE(match.hasMatch()) << line.toStdString();
        const int page = match.captured(1).toInt();
        EXPECT_GE(page, 2) << line.toStdString();
        EXPECT_TRUE(flatText(path, page).contains(heading)) << line.toStdString() << " points to page " << page;
    }
    EXPECT_TRUE(all.contains(QStringLiteral("Week by week")));
}

// Painkillers in the report (issue 32): on the first page and in their own section, how often and
// which, the pain readings taken under one marked in the pain log, and the flag when raised.
TEST_F(ReportPeriod, painkillerUseAndTheReadingsTakenUnderOneAreReported)
{
    for (int i = 0; i < 10; ++i)
        ASSERT_TRUE(MedicationStore(repo().database())
                        .add(Medication {0, kToday.addDays(-i), QTime(8, 0), QStringLiteral("Ibuprofen"),
                            QStringLiteral("nsaid"), QStringLiteral("400 mg"), {}})
                        .ok());
    for (int i = 0; i < 3; ++i) { // two hours after an intake: under it
        PainEntry pain;
        pain.date = kToday.addDays(-i);
        pain.time = QTime(10, 0);
        pain.intensity = 2;
        pain.sites = {QStringLiteral("lower-back-center")};
        ASSERT_TRUE(repo().addPain(pain).ok());
    }
    PainEntry before; // no painkiller that day
    before.date = kFourWeeks.from.addDays(4);
    before.time = QTime(20, 0);
    before.intensity = 4;
    before.sites = {QStringLiteral("lower-back-center")};
    ASSERT_TRUE(repo().addPain(before).ok());

    const QString path = m_dir.filePath(QStringLiteral("painkillers.pdf"));
    ASSERT_TRUE(ReportWriter::exportPdf(repo(), kFourWeeks, kToday, path, TherapistReport::Sections()).ok());
    const QString summary = QStringLiteral("A painkiller on 10 of 28 days (Ibuprofen on 10 days); 3 of 4 pain readings taken under one.");
    const QString first = QString(flatText(path, 1)).remove(QRegularExpression(QStringLiteral(" page \\d+(?! of)")));
    EXPECT_TRUE(first.contains(QStringLiteral("Painkillers ") + summary)) << first.toStdString();
    // In the order it was drawn (-raw): a table cell's words stay together.
    QProcess raw;
    raw.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    ASSERT_TRUE(raw.waitForFinished(60'000));
    const QString all = QString::fromUtf8(raw.readAllStandardOutput()).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_EQ(all.count(summary), 2) << "the first page and the section say the same";
    EXPECT_TRUE(all.contains(QStringLiteral("Days with each kind, week by week:")));
    EXPECT_EQ(all.count(QStringLiteral("Under a painkiller.")), 3) << "each reading under one, in the pain log";
    EXPECT_TRUE(all.contains(QStringLiteral("Painkillers on most days"))) << "the flag, raised on 10 of the last 14 days";
}

TEST_F(ReportPeriod, theLinksAreTestedOverThePeriodNotTheLastTwelveWeeks)
{
    // Eight weeks where next-day pain follows sitting, inside a half-year period: the engine's
    // window is the period's, not its usual 84 days.
    const DateRange halfYear {kToday.addDays(-181), kToday};
    for (QDate date = halfYear.from; date <= kToday; date = date.addDays(1)) {
        const double hours = 2 + (date.toJulianDay() * 7 % 9);
        ASSERT_TRUE(repo().addDayLog(DayLog {0, date, hours, {}}).ok());
    }
    const TherapistReport report = TherapistReport::load(repo(), halfYear, kToday).value();
    EXPECT_EQ(report.links.window.to, kToday);
    EXPECT_EQ(report.links.window.days(), 182) << "26 whole weeks";
}

} // namespace
} // namespace backstride
