// Painkillers (issue 32): a pain reading within a class's action window after an intake is read as
// taken under it; the return-to-run plan does not count such a session good; regular use is
// flagged; the journal JSON carries them losslessly and refuses a malformed one by its field.
#include "AnalysisContext.h"
#include "JournalJson.h"
#include "JournalMerger.h"
#include "MedicationStore.h"
#include "PainkillerUse.h"
#include "ReturnPlan.h"
#include "Rules.h"
#include "TestJournal.h"
#include "WeeklySeries.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QLocale>

#include <gtest/gtest.h>

namespace backstride {
namespace {

const QDate kDay(2026, 3, 2); // a Monday

Medication taken(const QDate& date, const QTime& time, const QString& name, const QString& drugClass)
{
    return Medication {0, date, time, name, drugClass, QStringLiteral("400 mg"), {}};
}

PainEntry painAt(const QDate& date, std::optional<QTime> time, int intensity)
{
    PainEntry entry;
    entry.date = date;
    entry.time = time;
    entry.intensity = intensity;
    return entry;
}

TEST(Painkillers, amongAHundredDaysOfIntakesTheReadingFindsTheLatestThatCoversIt)
{
    Painkillers::ActionWindows windows = PainkillerUse::windows(AnalysisThresholds::defaults());
    QList<Medication> daily;
    for (int day = 0; day < 100; ++day) {
        daily.append(taken(kDay.addDays(day), QTime(8, 0), QStringLiteral("ibuprofen"), QStringLiteral("nsaid")));
        daily.last().id = day + 1;
    }
    const QDate fifty = kDay.addDays(50);
    EXPECT_EQ(Painkillers::covering(painAt(fifty, QTime(16, 0), 3), daily, windows)->id, 51) << "8 h on, the edge";
    EXPECT_FALSE(Painkillers::covering(painAt(fifty, QTime(16, 1), 3), daily, windows)) << "one minute after";
    EXPECT_FALSE(Painkillers::covering(painAt(fifty, QTime(7, 59), 3), daily, windows)) << "before the day's intake";
    EXPECT_EQ(Painkillers::covering(painAt(fifty, std::nullopt, 3), daily, windows)->id, 51) << "no hour: that day's";
    // The longest window a setting allows (48 h) reaches two days on, and no further.
    windows.hours[QStringLiteral("nsaid")] = 48;
    EXPECT_EQ(Painkillers::covering(painAt(kDay.addDays(101), QTime(8, 0), 3), daily, windows)->id, 100);
    EXPECT_FALSE(Painkillers::covering(painAt(kDay.addDays(101), QTime(8, 1), 3), daily, windows));
    EXPECT_EQ(Painkillers::covering(painAt(kDay.addDays(101), std::nullopt, 3), daily, windows)->id, 100);
    EXPECT_FALSE(Painkillers::covering(painAt(kDay.addDays(102), std::nullopt, 3), daily, windows));
}

TEST(Painkillers, eachClassCoversItsOwnActionWindowAndNoMore)
{
    const Painkillers::ActionWindows windows = PainkillerUse::windows(AnalysisThresholds::defaults());
    const QList<std::tuple<QString, int>> classes = {{QStringLiteral("nsaid"), 8}, {QStringLiteral("paracetamol"), 6},
        {QStringLiteral("opioid"), 6}, {QStringLiteral("muscle-relaxant"), 8}, {QStringLiteral("neuropathic"), 12},
        {QStringLiteral("topical"), 4}};
    for (const auto& [drugClass, hours] : classes) {
        const QList<Medication> intake {taken(kDay, QTime(7, 30), QStringLiteral("x"), drugClass)};
        const QTime edge = QTime(7, 30).addSecs(hours * 3600);
        EXPECT_TRUE(Painkillers::covering(painAt(kDay, QTime(9, 30), 2), intake, windows)) << drugClass.toStdString() << " inside";
        EXPECT_TRUE(Painkillers::covering(painAt(kDay, edge, 2), intake, windows)) << drugClass.toStdString() << " at the edge";
        EXPECT_FALSE(Painkillers::covering(painAt(kDay, edge.addSecs(60), 2), intake, windows))
            << drugClass.toStdString() << " a minute after";
        EXPECT_FALSE(Painkillers::covering(painAt(kDay, QTime(7, 29), 2), intake, windows))
            << drugClass.toStdString() << " before it was taken";
    }
    // Over midnight: paracetamol at 22:00 covers 03:00, not 04:01.
    const QList<Medication> night {taken(kDay, QTime(22, 0), QStringLiteral("paracetamol"), QStringLiteral("paracetamol"))};
    EXPECT_TRUE(Painkillers::covering(painAt(kDay.addDays(1), QTime(3, 0), 4), night, windows));
    EXPECT_FALSE(Painkillers::covering(painAt(kDay.addDays(1), QTime(4, 1), 4), night, windows));
    // Without a time of day a masked score cannot be ruled out: the day's intake, or one reaching into it.
    EXPECT_TRUE(Painkillers::covering(painAt(kDay, std::nullopt, 2),
        {taken(kDay, QTime(20, 0), QStringLiteral("ibuprofen"), QStringLiteral("nsaid"))}, windows));
    EXPECT_TRUE(Painkillers::covering(painAt(kDay.addDays(1), std::nullopt, 2), night, windows));
    EXPECT_FALSE(Painkillers::covering(painAt(kDay.addDays(2), std::nullopt, 2), night, windows));
    // The latest intake covering it is the one named.
    const QList<Medication> two {taken(kDay, QTime(7, 0), QStringLiteral("ibuprofen"), QStringLiteral("nsaid")),
        taken(kDay, QTime(9, 0), QStringLiteral("paracetamol"), QStringLiteral("paracetamol"))};
    EXPECT_EQ(Painkillers::covering(painAt(kDay, QTime(10, 0), 3), two, windows)->name, QStringLiteral("paracetamol"));
}

TEST(Painkillers, commonNamesSuggestTheirClassAndFieldsAreChecked)
{
    EXPECT_EQ(Painkillers::classOf(QStringLiteral("Ibuprofen 400")), QStringLiteral("nsaid"));
    EXPECT_EQ(Painkillers::classOf(QStringLiteral("diclofenac gel 1 %")), QStringLiteral("topical"));
    EXPECT_EQ(Painkillers::classOf(QStringLiteral("diclofenac")), QStringLiteral("nsaid"));
    EXPECT_EQ(Painkillers::classOf(QStringLiteral("Paracetamol")), QStringLiteral("paracetamol"));
    EXPECT_EQ(Painkillers::classOf(QStringLiteral("something else")), QString());
    Medication wrong {0, QDate(), QTime(), QStringLiteral("  "), QStringLiteral("pill"), QString(61, u'x'), {}};
    QStringList fields;
    for (const FieldProblem& problem : Painkillers::problems(wrong))
        fields.append(problem.field);
    EXPECT_EQ(fields, (QStringList {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("name"),
                          QStringLiteral("class"), QStringLiteral("dose")}));
    EXPECT_TRUE(Painkillers::problems(taken(kDay, QTime(8, 0), QStringLiteral("ibuprofen"), QStringLiteral("nsaid"))).isEmpty());
}

// A plan session at stage 1, run at 18:00 with pain 2 during it, nothing the next morning.
class PlanUnderPainkillers : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale::c());
        backstride::Run run;
        run.id = 1;
        run.date = kDay;
        run.startTime = QTime(18, 0);
        run.distanceM = 3000;
        run.durationS = 1200;
        m_runs.append(run);
    }
    ReturnPlanState evaluate(int pain, const QList<Medication>& medications)
    {
        QList<PainEntry> entries {PainEntry {.date = kDay, .time = QTime(18, 40), .intensity = pain,
            .timing = {QStringLiteral("during-run")}}};
        AnalysisThresholds t = AnalysisThresholds::defaults();
        t.planGoodInARow = 1; // one good session moves up: the decision shows at once
        return ReturnPlanState::evaluate(ReturnPlanStart {kDay, 1, 30, std::nullopt}, m_runs, entries, kDay.addDays(1), t,
            Qt::Monday, medications);
    }
    QList<backstride::Run> m_runs;
};

TEST_F(PlanUnderPainkillers, painTwoTwoHoursAfterIbuprofenHoldsWhereTheSameWithoutItAdvances)
{
    const ReturnPlanState without = evaluate(2, {});
    EXPECT_EQ(without.sessions.first().outcome, ReturnPlanSession::Outcome::Good);
    EXPECT_EQ(without.decisions.constLast().kind, ReturnPlanDecision::Kind::Advance);
    EXPECT_EQ(without.stage, 2);

    const ReturnPlanState masked = evaluate(2, {taken(kDay, QTime(16, 40), QStringLiteral("ibuprofen"), QStringLiteral("nsaid"))});
    ASSERT_TRUE(masked.sessions.first().maskedBy.has_value());
    EXPECT_EQ(masked.sessions.first().outcome, ReturnPlanSession::Outcome::Hold);
    EXPECT_EQ(masked.stage, 1);
    EXPECT_EQ(masked.decisions.constLast().kind, ReturnPlanDecision::Kind::Hold);
    EXPECT_EQ(masked.decisions.constLast().because,
        QStringLiteral("Monday's run: pain 2/10, but under ibuprofen taken at 16:40 — the painkiller may have hidden the "
                       "pain — repeat this stage"));
    // Taken the evening before, worn off by the run: it counts again.
    EXPECT_EQ(evaluate(2, {taken(kDay.addDays(-1), QTime(20, 0), QStringLiteral("ibuprofen"), QStringLiteral("nsaid"))})
                  .sessions.first()
                  .outcome,
        ReturnPlanSession::Outcome::Good);
}

TEST_F(PlanUnderPainkillers, aWorseReadingUnderAPainkillerStillStepsBack)
{
    const ReturnPlanState s = evaluate(6, {taken(kDay, QTime(16, 40), QStringLiteral("ibuprofen"), QStringLiteral("nsaid"))});
    EXPECT_EQ(s.sessions.first().outcome, ReturnPlanSession::Outcome::StepBack);
    EXPECT_EQ(s.decisions.constLast().kind, ReturnPlanDecision::Kind::StepBack);
}

AnalysisContext contextWithPainkillersOn(int days)
{
    AnalysisContext context;
    context.asOf = kDay.addDays(20);
    context.thresholds = AnalysisThresholds::defaults();
    for (int i = 0; i < days; ++i)
        context.medications.append(
            taken(context.asOf.addDays(-i), QTime(8, 0), QStringLiteral("Ibuprofen"), QStringLiteral("nsaid")));
    // One more, just before the fortnight: never counted.
    context.medications.prepend(taken(context.asOf.addDays(-14), QTime(8, 0), QStringLiteral("Ibuprofen"), QStringLiteral("nsaid")));
    return context;
}

TEST(RegularPainkillers, flaggedOnTenOfTheLastFourteenDaysAndNotOnNine)
{
    EXPECT_FALSE(Rules::regularPainkillers(contextWithPainkillersOn(9)).has_value());
    const std::optional<Flag> flag = Rules::regularPainkillers(contextWithPainkillersOn(10));
    ASSERT_TRUE(flag.has_value());
    EXPECT_EQ(flag->id, QStringLiteral("regular-painkillers"));
    EXPECT_EQ(flag->severity, Severity::Caution);
    EXPECT_EQ(flag->evidence.first().detail, QStringLiteral("a painkiller on 10 of the last 14 days: Ibuprofen on 10 days"));
    EXPECT_TRUE(flag->advice.contains(QStringLiteral("doctor or pharmacist")));

    AnalysisContext opioid = contextWithPainkillersOn(10);
    opioid.medications.last().drugClass = QStringLiteral("opioid");
    opioid.medications.last().name = QStringLiteral("tramadol");
    const std::optional<Flag> strong = Rules::regularPainkillers(opioid);
    ASSERT_TRUE(strong.has_value());
    EXPECT_EQ(strong->severity, Severity::SeeProfessional) << "an opioid among them is for a doctor";
}

TEST(PainkillersByWeek, weeklyCountsThePainEntriesTakenUnderOne)
{
    test::TestJournal journal = test::TestJournal::inMemory();
    ASSERT_TRUE(MedicationStore(journal.db()).add(taken(kDay, QTime(7, 30), QStringLiteral("ibuprofen"), QStringLiteral("nsaid"))).ok());
    ASSERT_TRUE(journal.repository().addPain(painAt(kDay, QTime(9, 0), 2)).ok()); // under it
    ASSERT_TRUE(journal.repository().addPain(painAt(kDay, QTime(18, 0), 4)).ok()); // worn off
    ASSERT_TRUE(journal.repository().addPain(painAt(kDay.addDays(7), QTime(9, 0), 3)).ok()); // the week after: none taken
    const WeeklySeries series = WeeklySeries::load(journal.repository(), {kDay, kDay.addDays(7)}, Qt::Monday).value();
    ASSERT_EQ(series.weeks().size(), 2);
    EXPECT_EQ(series.weeks().at(0).painEntries, 2);
    EXPECT_EQ(series.weeks().at(0).painUnderPainkillers, 1);
    EXPECT_EQ(series.weeks().at(1).painUnderPainkillers, 0);
    const QJsonArray weeks = series.toJson().value(QStringLiteral("weeks")).toArray();
    EXPECT_EQ(weeks.at(0).toObject().value(QStringLiteral("pain_entries_under_painkillers")).toInt(-1), 1);
    EXPECT_EQ(weeks.at(1).toObject().value(QStringLiteral("pain_entries_under_painkillers")).toInt(-1), 0);
}

TEST(PainkillersByWeek, painkillerDaysAreUnknownBeforeTheFirstOneLogged)
{
    test::TestJournal journal = test::TestJournal::inMemory();
    const QDate monday = QDate(2026, 3, 2);
    MedicationStore store(journal.db());
    // Nothing logged yet: no week knows its painkiller days.
    ASSERT_TRUE(journal.repository().addPain(painAt(monday, QTime(9, 0), 2)).ok());
    WeeklySeries series = WeeklySeries::load(journal.repository(), {monday, monday.addDays(27)}, Qt::Monday).value();
    for (const WeekTotals& week : series.weeks())
        EXPECT_FALSE(week.painkillerDays.has_value());
    // The first painkiller on the second week's Friday, two on the third week's Tuesday and one on its Thursday.
    ASSERT_TRUE(store.add(taken(monday.addDays(11), QTime(8, 0), QStringLiteral("ibuprofen"), QStringLiteral("nsaid"))).ok());
    ASSERT_TRUE(store.add(taken(monday.addDays(15), QTime(8, 0), QStringLiteral("ibuprofen"), QStringLiteral("nsaid"))).ok());
    ASSERT_TRUE(store.add(taken(monday.addDays(15), QTime(20, 0), QStringLiteral("paracetamol"), QStringLiteral("paracetamol"))).ok());
    ASSERT_TRUE(store.add(taken(monday.addDays(17), QTime(8, 0), QStringLiteral("ibuprofen"), QStringLiteral("nsaid"))).ok());
    series = WeeklySeries::load(journal.repository(), {monday, monday.addDays(27)}, Qt::Monday).value();
    ASSERT_EQ(series.weeks().size(), 4);
    EXPECT_FALSE(series.weeks().at(0).painkillerDays.has_value()) << "before the first: unknown, not 0";
    EXPECT_EQ(series.weeks().at(1).painkillerDays, 1);
    EXPECT_EQ(series.weeks().at(2).painkillerDays, 2) << "two intakes on one day are one day";
    EXPECT_EQ(series.weeks().at(3).painkillerDays, 0) << "after the first: a week without is known";
    const QJsonArray weeks = series.toJson().value(QStringLiteral("weeks")).toArray();
    EXPECT_TRUE(weeks.at(0).toObject().value(QStringLiteral("painkiller_days")).isNull());
    EXPECT_EQ(weeks.at(2).toObject().value(QStringLiteral("painkiller_days")).toInt(-1), 2);
    EXPECT_EQ(weeks.at(3).toObject().value(QStringLiteral("painkiller_days")).toInt(-1), 0);
}

TEST(MedicationsInJson, roundTripLosslessAndOlderFilesUnchanged)
{
    test::TestJournal source = test::TestJournal::inMemory();
    MedicationStore store(source.db());
    ASSERT_TRUE(store.add(taken(kDay, QTime(7, 30), QStringLiteral("ibuprofen"), QStringLiteral("nsaid"))).ok());
    Medication night = taken(kDay, QTime(22, 15), QStringLiteral("Paracetamol"), QStringLiteral("paracetamol"));
    night.dose = QStringLiteral("1 g");
    night.notes = QStringLiteral("could not sleep");
    ASSERT_TRUE(store.add(night).ok());
    const QByteArray bytes = JournalJson::serialize(source.repository()).value();
    EXPECT_TRUE(bytes.contains(R"("medications")"));
    EXPECT_TRUE(bytes.contains(R"("class": "nsaid")"));

    test::TestJournal target = test::TestJournal::inMemory();
    const JournalContent content = JournalJson::parse(bytes, QStringLiteral("in.json")).value();
    ASSERT_TRUE(JournalMerger(target.repository()).merge(content).ok());
    const QList<Medication> read = MedicationStore(target.db()).all().value();
    ASSERT_EQ(read.size(), 2);
    EXPECT_EQ(read.at(1).name, QStringLiteral("Paracetamol"));
    EXPECT_EQ(read.at(1).time, QTime(22, 15));
    EXPECT_EQ(read.at(1).dose, QStringLiteral("1 g"));
    EXPECT_EQ(read.at(1).notes, QStringLiteral("could not sleep"));
    EXPECT_EQ(JournalJson::serialize(target.repository()).value(), bytes);
    // Imported twice: the same intakes are twins, nothing is added.
    const Result<MergeSummary> again = JournalMerger(target.repository()).merge(content);
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->duplicates, 2);

    test::TestJournal none = test::TestJournal::inMemory();
    EXPECT_FALSE(JournalJson::serialize(none.repository()).value().contains("medications")) << "older files stay as they were";
}

TEST(MedicationsInJson, aMalformedIntakeIsRefusedByItsFieldAndNothingIsImported)
{
    const QByteArray bytes = R"({"format": "backstride-journal", "version": 1,
        "runs": [{"date": "2026-03-02", "distance_m": 5000, "duration_s": 1800}],
        "medications": [{"date": "2026-03-02", "name": "ibuprofen", "class": "nsaid"},
                        {"date": "2026-03-02", "time": "25:00", "name": "", "class": "pill", "dose": "400 mg"}]})";
    const Result<JournalContent> parsed = JournalJson::parse(bytes, QStringLiteral("in.json"));
    ASSERT_FALSE(parsed.ok());
    const QString error = parsed.error();
    EXPECT_TRUE(error.contains(QStringLiteral("medications[0].time: is required"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("medications[1].time: “25:00” is not a time of day"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("medications[1].name: must name the painkiller"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("medications[1].class: “pill” is not one of nsaid, paracetamol"))) << error.toStdString();
}

} // namespace
} // namespace backstride
