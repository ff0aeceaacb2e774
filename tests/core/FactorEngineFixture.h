#pragma once

// What the tests of core/FactorEngineTest.cpp, core/FactorEngineJournalsTest.cpp share (split from one file to keep each under 650 lines).
#include "AnalysisContext.h"
#include "AnalysisThresholds.h"
#include "FactorEngine.h"
#include "MedicationStore.h"
#include "PatternEngine.h"
#include "PermutationTest.h"

#include "TestJournal.h"

#include <QJsonArray>
#include <QLocale>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <iostream>

namespace backstride::factor_test {

const QDate kAsOf(2026, 3, 31);

// A small generator of its own, so the constructed journals are the same everywhere.
class Dice
{
public:
    explicit Dice(std::uint64_t seed) : m_state(seed * 6364136223846793005ull + 1442695040888963407ull) {}
    double uniform() // [0, 1)
    {
        m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
        return double(m_state >> 11) / double(1ull << 53);
    }
    int between(int low, int high) { return low + int(uniform() * (high - low + 1)); }
    bool chance(double p) { return uniform() < p; }

private:
    std::uint64_t m_state;
};

class Factors : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale::c()); }

    void sit(const QDate& date, double hours) { ASSERT_TRUE(repo().addDayLog(DayLog {0, date, hours, {}}).ok()); }
    void pain(const QDate& date, int intensity, const char* timing = nullptr, std::optional<EntryId> run = {})
    {
        PainEntry entry {.date = date, .intensity = intensity, .sites = {QStringLiteral("lower-back-center")}};
        if (timing)
            entry.timing = {QString::fromLatin1(timing)};
        entry.runId = run;
        ASSERT_TRUE(repo().addPain(entry).ok());
    }
    EntryId run(const QDate& date, double km, bool glute = false, const char* kind = "easy", int effort = 4)
    {
        backstride::Run entry;
        entry.date = date;
        entry.startTime = QTime(18, 0);
        entry.distanceM = km * 1000;
        entry.durationS = km * 330;
        entry.gluteWarmup = glute;
        entry.kind = QString::fromLatin1(kind);
        entry.effort = effort;
        Result<EntryId> id = repo().addRun(entry);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
    void routine(const QDate& date, const char* kind)
    {
        ASSERT_TRUE(repo().addRoutine(RoutineSession {0, date, QString::fromLatin1(kind), 15, {}}).ok());
    }
    // Next-day pain that follows sitting almost perfectly (2 h -> pain 1, 10 h -> pain 5: the
    // journal of issue 35), every day from `from` to `to`; `also` logs what else each day has.
    void sittingThenPain(Dice& dice, const QDate& from, const QDate& to, double& before,
        const std::function<void(const QDate&)>& also = {})
    {
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            const int hours = dice.between(2, 10);
            sit(day, hours);
            if (before > 0)
                pain(day, 1 + int(std::lround((before - 2) / 2)), "morning");
            before = hours;
            if (also)
                also(day);
        }
    }
    void painkiller(const QDate& date)
    {
        Medication taken;
        taken.date = date;
        taken.time = QTime(8, 0);
        taken.name = QStringLiteral("Ibuprofen");
        taken.drugClass = QStringLiteral("nsaid");
        taken.dose = QStringLiteral("400 mg");
        ASSERT_TRUE(MedicationStore(repo().database()).add(taken).ok());
    }
    void setting(const char* key, const char* value)
    {
        ASSERT_TRUE(repo().setSetting(QString::fromLatin1(key), QString::fromLatin1(value)).ok());
    }

    FactorReport report(const QDate& asOf = kAsOf)
    {
        Result<AnalysisContext> context = AnalysisContext::load(repo(), asOf);
        EXPECT_TRUE(context.ok());
        return context.ok() ? context->factors() : FactorReport();
    }
    static const FactorResult* find(const FactorReport& report, const char* factor, FactorLag lag)
    {
        for (const FactorResult& result : report.factors) {
            if (result.factor == QLatin1String(factor) && result.lag == lag)
                return &result;
        }
        return nullptr;
    }
    std::optional<Flag> flag(const char* id)
    {
        Result<QList<Flag>> flags = PatternEngine::evaluate(repo(), kAsOf);
        EXPECT_TRUE(flags.ok());
        for (const Flag& found : flags.ok() ? *flags : QList<Flag>()) {
            if (found.id == QLatin1String(id))
                return found;
        }
        return std::nullopt;
    }
    static std::string describe(const FactorReport& report)
    {
        return report.toText(DistanceUnit::Kilometres).toStdString();
    }

    JournalRepository& repo() { return m_journal.repository(); }
    void resetJournal() { m_journal = test::TestJournal::inMemory(); }

private:
    test::TestJournal m_journal = test::TestJournal::inMemory();
};

inline QDate firstDay(int days)
{
    return kAsOf.addDays(1 - days);
}

// --- the test of chance itself ------------------------------------------------------------------

} // namespace backstride::factor_test
