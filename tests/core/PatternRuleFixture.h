#pragma once

// What the tests of core/PatternEngineTest.cpp, core/PatternEngineHabitsTest.cpp share (split from one file to keep each under 650 lines).
#include "PatternEngine.h"

#include "CustomExerciseStore.h"
#include "PlanStore.h"
#include "AnalysisContext.h"
#include "JournalGenerator.h"
#include "JournalMerger.h"
#include "SqliteDatabase.h"
#include "TestJournal.h"

#include <QJsonArray>
#include <QLocale>

#include <gtest/gtest.h>

namespace backstride::pattern_test {

const QDate kAsOf(2026, 3, 31);

inline QDate march(int day)
{
    return QDate(2026, 3, day);
}

class Rule : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale::c()); }

    EntryId run(const QDate& date, double km, const QTime& start = QTime(18, 0), bool glute = false)
    {
        backstride::Run entry;
        entry.date = date;
        entry.startTime = start;
        entry.distanceM = km * 1000;
        entry.durationS = km * 330;
        entry.gluteWarmup = glute;
        Result<EntryId> id = repo().addRun(entry);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
    void sit(const QDate& date, double hours)
    {
        EXPECT_TRUE(repo().addDayLog(DayLog {0, date, hours, {}}).ok());
    }
    EntryId pain(PainEntry entry)
    {
        if (entry.sites.isEmpty())
            entry.sites = {QStringLiteral("lower-back-center")};
        Result<EntryId> id = repo().addPain(entry);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
    EntryId pain(const QDate& date, int intensity, const QStringList& timing = {})
    {
        return pain(PainEntry {.date = date, .intensity = intensity, .timing = timing});
    }
    void routine(const QDate& date, const char* kind)
    {
        EXPECT_TRUE(repo().addRoutine(RoutineSession {0, date, QString::fromLatin1(kind), 15, {}}).ok());
    }
    void setting(const char* key, const char* value)
    {
        ASSERT_TRUE(repo().setSetting(QString::fromLatin1(key), QString::fromLatin1(value)).ok());
    }

    QList<Flag> flags(const QDate& asOf = kAsOf)
    {
        Result<QList<Flag>> result = PatternEngine::evaluate(repo(), asOf);
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toStdString());
        return result.ok() ? *result : QList<Flag>();
    }
    std::optional<Flag> flag(const char* id, const QDate& asOf = kAsOf)
    {
        for (const Flag& found : flags(asOf)) {
            if (found.id == QLatin1String(id))
                return found;
        }
        return std::nullopt;
    }
    QStringList details(const Flag& flag)
    {
        QStringList lines;
        for (const Evidence& evidence : flag.evidence)
            lines.append(evidence.date.toString(Qt::ISODate) + QLatin1String(" ") + evidence.detail);
        return lines;
    }

    JournalRepository& repo() { return m_journal.repository(); }

private:
    test::TestJournal m_journal = test::TestJournal::inMemory();
};

// --- what the pain says -----------------------------------------------------------------------

} // namespace backstride::pattern_test
