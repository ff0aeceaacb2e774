// The weekly function check-ins: validation named by field, the store (one a day, activities in
// order, whole or not at all), and the journal JSON round trip.
#include "CheckInStore.h"
#include "JournalJson.h"
#include "JournalMerger.h"
#include "SqliteDatabase.h"
#include "TestJournal.h"
#include "Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <gtest/gtest.h>

namespace backstride {
namespace {

const QDate kMonday(2026, 3, 2);

CheckIn checkIn(const QDate& date, QList<ActivityRating> activities, std::optional<int> global = 1)
{
    return CheckIn {0, date, std::move(activities), global, QString()};
}

QStringList fields(const FieldProblems& problems)
{
    QStringList names;
    for (const FieldProblem& problem : problems)
        names.append(problem.field);
    return names;
}

TEST(CheckIn, validationNamesEachWrongField)
{
    QLocale::setDefault(QLocale::c());
    EXPECT_TRUE(validate(checkIn(kMonday, {{QStringLiteral("run 10 km"), 4}})).isEmpty());
    EXPECT_EQ(fields(validate(checkIn(kMonday, {}))), QStringList {QStringLiteral("activities")});
    QList<ActivityRating> six;
    for (int i = 0; i < 6; ++i)
        six.append({QStringLiteral("activity %1").arg(i), 5});
    EXPECT_EQ(fields(validate(checkIn(kMonday, six))), QStringList {QStringLiteral("activities")});
    const FieldProblems problems = validate(checkIn(QDate(),
        {{QStringLiteral("run"), 11}, {QString(61, u'x'), 3}, {QStringLiteral("Run"), -1},
            {QStringLiteral(" "), 0}},
        6));
    EXPECT_EQ(fields(problems),
        (QStringList {QStringLiteral("date"), QStringLiteral("activities[0].score"),
            QStringLiteral("activities[1].name"), QStringLiteral("activities[2].name"),
            QStringLiteral("activities[2].score"), QStringLiteral("activities[3].name"),
            QStringLiteral("global_change")}));
    EXPECT_EQ(describeProblems(problems).section(QStringLiteral("; "), 1, 1),
        QStringLiteral("activities[0].score: must be a whole number from 0 to 10"));
    EXPECT_TRUE(
        describeProblems(problems).contains(QStringLiteral("activities[2].name: “Run” is named twice")));
    EXPECT_TRUE(validate(checkIn(kMonday, {{QStringLiteral("a"), 0}, {QString(60, u'y'), 10}}, -5)).isEmpty())
        << "the edges are allowed";
    EXPECT_TRUE(validate(checkIn(kMonday, {{QStringLiteral("a"), 0}}, std::nullopt)).isEmpty())
        << "the global rating may be left out";
}

TEST(CheckIn, theStoreKeepsOrderOneADayAndWritesWholeOrNothing)
{
    test::TestJournal journal = test::TestJournal::inMemory();
    CheckInStore store(journal.repository().database());
    const CheckIn first
        = checkIn(kMonday, {{QStringLiteral("run 10 km"), 3}, {QStringLiteral("put on socks"), 6}});
    Result<EntryId> id = store.add(first);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    Result<std::optional<CheckIn>> read = store.checkIn(*id);
    ASSERT_TRUE(read.ok() && read->has_value());
    CheckIn expected = first;
    expected.id = *id;
    EXPECT_EQ(**read, expected);
    EXPECT_DOUBLE_EQ(*(*read)->meanScore(), 4.5);

    Result<EntryId> twice = store.add(checkIn(kMonday, {{QStringLiteral("walk"), 5}}));
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().contains(QStringLiteral("already a check-in on 2026-03-02")));
    EXPECT_FALSE(store.add(checkIn(kMonday.addDays(7), {{QStringLiteral("bad"), 12}})).ok());
    EXPECT_EQ(
        journal.repository().database().queryInteger(QStringLiteral("SELECT count(*) FROM checkin")).value(),
        1)
        << "an invalid check-in writes nothing";

    // A week later: one activity retired, one added; the next check-in starts from this one.
    CheckIn later = checkIn(
        kMonday.addDays(7), {{QStringLiteral("put on socks"), 8}, {QStringLiteral("sit 2 h"), 4}}, 2);
    ASSERT_TRUE(store.add(later).ok());
    Result<std::optional<CheckIn>> start = store.latestBefore(kMonday.addDays(14));
    ASSERT_TRUE(start.ok() && start->has_value());
    EXPECT_EQ((*start)->date, kMonday.addDays(7));
    EXPECT_EQ((*start)->activities.first().name, QStringLiteral("put on socks"));

    expected.activities = {{QStringLiteral("run 10 km"), 5}};
    ASSERT_TRUE(store.update(expected).ok());
    EXPECT_EQ(store.checkIn(*id)->value().activities, expected.activities) << "the activities are replaced";
    Result<QList<CheckIn>> all = store.checkIns();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->first().date, kMonday) << "oldest first";
    ASSERT_TRUE(store.remove(*id).ok());
    EXPECT_EQ(journal.repository()
                  .database()
                  .queryInteger(
                      QStringLiteral("SELECT count(*) FROM checkin_activity WHERE checkin_id = %1").arg(*id))
                  .value(),
        0)
        << "its activities go with it";
    EXPECT_FALSE(journal.repository().isEmpty().value());
}

TEST(CheckIn, journalJsonRoundTripIsLossless)
{
    test::TestJournal source = test::TestJournal::inMemory();
    CheckInStore store(source.repository().database());
    ASSERT_TRUE(store.add(checkIn(kMonday, {{QStringLiteral("run 10 km"), 3}}, std::nullopt)).ok());
    CheckIn second
        = checkIn(kMonday.addDays(7), {{QStringLiteral("run 10 km"), 5}, {QStringLiteral("sit 2 h"), 7}}, 2);
    second.notes = QStringLiteral("better after the physio");
    ASSERT_TRUE(store.add(second).ok());
    const QByteArray bytes = JournalJson::serialize(source.repository(), {}).value();
    const QJsonArray array
        = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("checkins")).toArray();
    ASSERT_EQ(array.size(), 2);
    EXPECT_EQ(array.at(1).toObject().value(QStringLiteral("global_change")).toInt(), 2);
    EXPECT_FALSE(array.at(0).toObject().contains(QStringLiteral("global_change")));
    EXPECT_EQ(array.at(1)
                  .toObject()
                  .value(QStringLiteral("activities"))
                  .toArray()
                  .at(1)
                  .toObject()
                  .value(QStringLiteral("name")),
        QStringLiteral("sit 2 h"));

    test::TestJournal copy = test::TestJournal::inMemory();
    Result<JournalContent> content = JournalJson::parse(bytes, QStringLiteral("backup.json"));
    ASSERT_TRUE(content.ok()) << content.error().toStdString();
    ASSERT_TRUE(JournalMerger(copy.repository()).merge(*content).ok());
    EXPECT_EQ(JournalJson::serialize(copy.repository(), {}).value(), bytes);
    const Result<MergeSummary> again = JournalMerger(copy.repository()).merge(*content);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0) << "importing it twice adds nothing";
    EXPECT_EQ(again->duplicates, 2);

    // A journal without check-ins writes no "checkins" key: older files stay as they were.
    test::TestJournal empty = test::TestJournal::inMemory();
    EXPECT_FALSE(QJsonDocument::fromJson(JournalJson::serialize(empty.repository(), {}).value())
                     .object()
                     .contains(QStringLiteral("checkins")));
}

TEST(CheckIn, aWrongCheckInInJsonIsNamedByItsPath)
{
    QLocale::setDefault(QLocale::c());
    const QByteArray bytes = R"({"format": "backstride-journal", "version": 1, "checkins": [
        {"date": "2026-03-02", "activities": [{"name": "run 10 km", "score": 4}]},
        {"date": "2026-03-09", "activities": [{"name": "run 10 km", "score": 14}, {"score": 3}], "global_change": 9},
        {"date": "2026-03-09", "activities": "all of them"}]})";
    Result<JournalContent> content = JournalJson::parse(bytes, QStringLiteral("bad.json"));
    ASSERT_FALSE(content.ok());
    const QString error = content.error();
    EXPECT_TRUE(error.contains(
        QStringLiteral("checkins[1].activities[0].score: must be a whole number from 0 to 10")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("checkins[1].activities[1].name: is required")))
        << error.toStdString();
    EXPECT_TRUE(
        error.contains(QStringLiteral("checkins[1].global_change: must be a whole number from -5 to 5")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("checkins[2].activities: must be a list")))
        << error.toStdString();
    EXPECT_TRUE(
        error.contains(QStringLiteral("checkins[2].date: 2026-03-09 already has a check-in in checkins[1]")))
        << error.toStdString();
}

} // namespace
} // namespace backstride
