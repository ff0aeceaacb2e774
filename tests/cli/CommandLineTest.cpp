// Runs the real `backstride` binary, as a script or a user would, and checks what it prints,
// writes and returns.
#include "CommandLineFixture.h"

namespace backstride::cli_test {
namespace {

TEST_F(CommandLine, generateExportImportExportGivesIdenticalJournals)
{
    const Outcome generated = backstride({QStringLiteral("generate"), QStringLiteral("--years"),
        QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--end"),
        QStringLiteral("2026-03-31"), QStringLiteral("--db"), file(QStringLiteral("x.sqlite3"))});
    ASSERT_EQ(generated.exitCode, 0) << generated.err.toStdString();
    EXPECT_TRUE(generated.out.contains(QStringLiteral("runs"))) << generated.out.toStdString();
    EXPECT_EQ(QFile::permissions(file(QStringLiteral("x.sqlite3"))) & 0x0077, 0)
        << "only the owner may read it";

    ASSERT_EQ(backstride({QStringLiteral("export"), QStringLiteral("--db"), file(QStringLiteral("x.sqlite3")),
                             QStringLiteral("--json"), file(QStringLiteral("a.json"))})
                  .exitCode,
        0);
    const Outcome imported = backstride({QStringLiteral("import"), QStringLiteral("--db"),
        file(QStringLiteral("y.sqlite3")), file(QStringLiteral("a.json"))});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    ASSERT_EQ(backstride({QStringLiteral("export"), QStringLiteral("--db"), file(QStringLiteral("y.sqlite3")),
                             QStringLiteral("--json"), file(QStringLiteral("b.json"))})
                  .exitCode,
        0);
    const QByteArray a = readFile(file(QStringLiteral("a.json")));
    EXPECT_GT(a.size(), 100'000);
    EXPECT_EQ(a, readFile(file(QStringLiteral("b.json"))));
    EXPECT_EQ(QFile::permissions(file(QStringLiteral("a.json"))) & 0x0077, 0);

    // Importing it again adds nothing.
    const Outcome again = backstride({QStringLiteral("import"), QStringLiteral("--json"),
        QStringLiteral("--db"), file(QStringLiteral("y.sqlite3")), file(QStringLiteral("a.json"))});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("\"added\":0"))) << again.out.toStdString();
    EXPECT_TRUE(again.out.endsWith(u'\n'));
}

TEST_F(CommandLine, speaksGermanWhenTheSystemDoes)
{
    const Outcome missing
        = backstride({QStringLiteral("import"), QStringLiteral("--db"), file(QStringLiteral("j.sqlite3")),
                         file(QStringLiteral("fehlt.gpx"))},
            kGerman);
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(
        missing.err.contains(QStringLiteral("fehlt.gpx: nicht importiert: Datei oder Ordner gibt es nicht")))
        << missing.err.toStdString();
    const Outcome usage = backstride(
        {QStringLiteral("export"), QStringLiteral("--db"), file(QStringLiteral("j.sqlite3"))}, kGerman);
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_TRUE(usage.err.contains(QStringLiteral("export: genau eines von --json, --csv, --pdf wählen")))
        << usage.err.toStdString();
}

TEST_F(CommandLine, aBatchWithOneBadFileImportsNothing)
{
    writeFile(file(QStringLiteral("good.json")),
        R"({"format": "backstride-journal", "version": 1,
                  "runs": [{"date": "2026-03-02", "distance_m": 8000, "duration_s": 2700}]})");
    writeFile(file(QStringLiteral("bad.json")),
        R"({"format": "backstride-journal", "version": 1,
                  "runs": [{"date": "2026-03-03", "distance_m": 8000, "duration_s": 2700},
                           {"date": "2026-03-04", "distance_m": -1, "duration_s": 2700}]})");
    const QString db = file(QStringLiteral("j.sqlite3"));
    const Outcome outcome = backstride({QStringLiteral("import"), QStringLiteral("--db"), db,
        file(QStringLiteral("good.json")), file(QStringLiteral("bad.json"))});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("bad.json: nothing was imported")));
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("runs[1].distance_m: must be greater than 0")))
        << outcome.err.toStdString();
    EXPECT_FALSE(QFile::exists(db)) << "nothing is written when the status is not 0";

    const Outcome good = backstride(
        {QStringLiteral("import"), QStringLiteral("--db"), db, file(QStringLiteral("good.json"))});
    ASSERT_EQ(good.exitCode, 0);
    Result<SqliteDatabase> journal = JournalFile::open(db, JournalFile::Mode::MustExist);
    ASSERT_TRUE(journal.ok());
    EXPECT_EQ(JournalRepository(*journal).entryCount().value(), 1);
}

TEST_F(CommandLine, dryRunChangesNothing)
{
    writeFile(file(QStringLiteral("good.json")),
        R"({"format": "backstride-journal", "version": 1,
                  "runs": [{"date": "2026-03-02", "distance_m": 8000, "duration_s": 2700}]})");
    const QString db = file(QStringLiteral("j.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("generate"), QStringLiteral("--db"), db}).exitCode, 0);
    const QByteArray before = readFile(db);
    const Outcome outcome = backstride({QStringLiteral("import"), QStringLiteral("--dry-run"),
        QStringLiteral("--db"), db, file(QStringLiteral("good.json"))});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.out.contains(QStringLiteral("would have 1 added"))) << outcome.out.toStdString();
    EXPECT_EQ(readFile(db), before);
}

// A file that names no sport is taken as a run, and the dry run says so rather than listing it as
// a run like the others (issue 27, item 11).
TEST_F(CommandLine, aDryRunSaysWhenAFileNamesNoSport)
{
    const QString db = file(QStringLiteral("sports.sqlite3"));
    const Outcome outcome = backstride({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--db"), db,
        QStringLiteral(BACKSTRIDE_SAMPLES "/gpx/garmin-connect_cim-marathon-2012_run_hr.gpx"),
        QStringLiteral(BACKSTRIDE_SAMPLES "/fit/garmin-fenix2_run_9km.fit")});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.out.contains(QStringLiteral(
        "garmin-connect_cim-marathon-2012_run_hr.gpx: would import 2012-12-02 15:00, 42.3 km in 3:13:17 as a run "
        "— the file names no sport")))
        << outcome.out.toStdString();
    EXPECT_TRUE(outcome.out.contains(QStringLiteral("garmin-fenix2_run_9km.fit: would import running 2015-08-15")))
        << "a file that says it is a run is listed as one";
    EXPECT_FALSE(outcome.out.contains(QStringLiteral("would import unknown")));
}

TEST_F(CommandLine, badUsageExitsWithTwoAndBadInputWithOne)
{
    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString message;
    };
    writeFile(file(QStringLiteral("notes.txt")), "not a journal");
    const QList<Case> cases = {
        {{QStringLiteral("import")}, 2, QStringLiteral("import: name at least one file")},
        {{QStringLiteral("import"), QStringLiteral("--bogus"), QStringLiteral("x.json")}, 2,
            QStringLiteral("Unknown option 'bogus'")},
        {{QStringLiteral("export"), QStringLiteral("--db"), file(QStringLiteral("none.sqlite3"))}, 2,
            QStringLiteral("choose exactly one of --json, --csv, --pdf")},
        {{QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-13-01"),
             QStringLiteral("--json"), QStringLiteral("-")},
            2, QStringLiteral("--from: “2026-13-01” is not a date (use YYYY-MM-DD)")},
        {{QStringLiteral("export"), QStringLiteral("--db"), file(QStringLiteral("none.sqlite3")),
             QStringLiteral("--json"), file(QStringLiteral("out.json"))},
            1, QStringLiteral("none.sqlite3: no journal at this path")},
        {{QStringLiteral("export"), QStringLiteral("--db"), file(QStringLiteral("notes.txt")),
             QStringLiteral("--json"), file(QStringLiteral("out.json"))},
            1, QStringLiteral("not a Backstride journal (the file is not an SQLite database)")},
        {{QStringLiteral("generate")}, 2, QStringLiteral("generate: --db PATH is required")},
        {{QStringLiteral("generate"), QStringLiteral("--db"), file(QStringLiteral("g.sqlite3")),
             QStringLiteral("--years"), QStringLiteral("0")},
            2, QStringLiteral("--years: “0” is not a whole number from 1 to 50")},
        {{QStringLiteral("import"), QStringLiteral("--db"), file(QStringLiteral("i.sqlite3")),
             file(QStringLiteral("missing.json"))},
            1, QStringLiteral("missing.json: cannot read")},
        {{QStringLiteral("--no-such-option")}, 2, QStringLiteral("Unknown option 'no-such-option'")},
        {{QStringLiteral("frobnicate")}, 2, QStringLiteral("unknown command “frobnicate”")},
        {{file(QStringLiteral("missing-run.gpx"))}, 2, QStringLiteral("missing-run.gpx: no such file")},
        {{file(QStringLiteral("notes.txt"))}, 2,
            QStringLiteral("notes.txt: not a GPX, TCX or FIT file, a Strava export or a Backstride journal")},
        {{QStringLiteral("--db"), file(QStringLiteral("w.sqlite3"))}, 1,
            QStringLiteral("there is no display to open the window on")},
    };
    // Without a display, as over ssh: usage errors are still usage errors, never a Qt abort.
    for (const Case& c : cases) {
        const Outcome outcome = backstride(c.arguments, kNoDisplay);
        EXPECT_EQ(outcome.exitCode, c.exitCode) << c.arguments.join(u' ').toStdString() << "\n"
                                                << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.contains(c.message))
            << c.arguments.join(u' ').toStdString() << "\nexpected: " << c.message.toStdString()
            << "\ngot: " << outcome.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("out.json"))));
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("g.sqlite3"))));
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("none.sqlite3"))));
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("w.sqlite3")))) << "no window, no journal";
}

TEST_F(CommandLine, generateRefusesAJournalThatHasEntries)
{
    const QString db = file(QStringLiteral("j.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("generate"), QStringLiteral("--db"), db}).exitCode, 0);
    const QByteArray before = readFile(db);
    const Outcome outcome = backstride({QStringLiteral("generate"), QStringLiteral("--db"), db});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("generate writes only into a new or empty journal")));
    EXPECT_EQ(readFile(db), before);
}

TEST_F(CommandLine, screenshotRendersTheDemoJournalWindow)
{
    const QString folder = file(QStringLiteral("shots"));
    const Outcome outcome = backstride({QStringLiteral("--demo"), QStringLiteral("--screenshot"), folder});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    const QStringList images = QDir(folder).entryList({QStringLiteral("*.png")});
    EXPECT_TRUE(images.contains(QStringLiteral("journal.png")));
    EXPECT_GT(QFile(QDir(folder).filePath(QStringLiteral("journal.png"))).size(), 10'000);
}

TEST_F(CommandLine, flagsAndWeeklyAreStableAndComplete)
{
    const QString db = file(QStringLiteral("g.sqlite3"));
    ASSERT_EQ(
        backstride({QStringLiteral("generate"), QStringLiteral("--years"), QStringLiteral("2"),
                       QStringLiteral("--end"), QStringLiteral("2026-03-31"), QStringLiteral("--db"), db})
            .exitCode,
        0);
    const QStringList flagsArguments = {QStringLiteral("flags"), QStringLiteral("--db"), db,
        QStringLiteral("--as-of"), QStringLiteral("2026-03-31"), QStringLiteral("--json")};
    const Outcome first = backstride(flagsArguments);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(backstride(flagsArguments).out, first.out) << "same journal, same day: same bytes";
    const QJsonObject flags = QJsonDocument::fromJson(first.out.toUtf8()).object();
    EXPECT_EQ(flags.value(QLatin1String("as_of")).toString(), QStringLiteral("2026-03-31"));
    const QStringList order = {QStringLiteral("urgent"), QStringLiteral("see-professional"),
        QStringLiteral("caution"), QStringLiteral("info")};
    qsizetype previous = 0;
    for (const QJsonValue& flag : flags.value(QLatin1String("flags")).toArray()) {
        const qsizetype rank = order.indexOf(flag.toObject().value(QLatin1String("severity")).toString());
        EXPECT_GE(rank, previous) << "sorted by severity";
        previous = rank;
        EXPECT_FALSE(flag.toObject().value(QLatin1String("evidence")).toArray().isEmpty());
    }

    const Outcome text = backstride({QStringLiteral("flags"), QStringLiteral("--db"), db,
        QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("as of 2026-03-31"))) << text.out.toStdString();

    const Outcome weekly = backstride({QStringLiteral("weekly"), QStringLiteral("--db"), db,
        QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
        QStringLiteral("2026-03-31"), QStringLiteral("--json")});
    ASSERT_EQ(weekly.exitCode, 0) << weekly.err.toStdString();
    const QJsonArray weeks
        = QJsonDocument::fromJson(weekly.out.toUtf8()).object().value(QLatin1String("weeks")).toArray();
    ASSERT_EQ(weeks.size(), 14); // Mon 29 Dec 2025 to the week of Mon 30 Mar 2026
    QDate expected(2025, 12, 29);
    for (const QJsonValue& week : weeks) {
        EXPECT_EQ(
            week.toObject().value(QLatin1String("week_start")).toString(), expected.toString(Qt::ISODate));
        expected = expected.addDays(7);
    }

    const Outcome badDay = backstride({QStringLiteral("flags"), QStringLiteral("--db"), db,
        QStringLiteral("--as-of"), QStringLiteral("31/03/2026")});
    EXPECT_EQ(badDay.exitCode, 2);
    EXPECT_TRUE(badDay.err.contains(QStringLiteral("--as-of: “31/03/2026” is not a date (use YYYY-MM-DD)")));
    const Outcome missing = backstride(
        {QStringLiteral("weekly"), QStringLiteral("--db"), file(QStringLiteral("none.sqlite3"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no journal at this path")));
}

TEST_F(CommandLine, factorsPrintsEveryFactorAndLagSortedByQ)
{
    const QString db = file(QStringLiteral("f.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("generate"), QStringLiteral("--end"), QStringLiteral("2026-03-31"),
                             QStringLiteral("--recent-episode"), QStringLiteral("--db"), db})
                  .exitCode,
        0);
    const QStringList arguments = {QStringLiteral("factors"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
        QStringLiteral("2026-03-31"), QStringLiteral("--json")};
    const Outcome first = backstride(arguments);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(backstride(arguments).out, first.out) << "a fixed seed: the same p-values every run";
    const QJsonObject json = QJsonDocument::fromJson(first.out.toUtf8()).object();
    EXPECT_EQ(json.value(QLatin1String("as_of")).toString(), QStringLiteral("2026-03-31"));
    EXPECT_EQ(json.value(QLatin1String("permutations")).toInt(), 2000);
    const QJsonArray factors = json.value(QLatin1String("factors")).toArray();
    ASSERT_GE(factors.size(), 20);
    const QStringList lags = {QStringLiteral("same-day"), QStringLiteral("next-day"), QStringLiteral("two-days"),
        QStringLiteral("same-week"), QStringLiteral("next-week"), QStringLiteral("after-run"),
        QStringLiteral("next-morning")};
    const QStringList verdicts = {QStringLiteral("linked"), QStringLiteral("helps"), QStringLiteral("reverse"),
        QStringLiteral("not-linked"), QStringLiteral("too-little-data")};
    double lastQ = 0;
    int tested = 0;
    for (const QJsonValue& value : factors) {
        const QJsonObject row = value.toObject();
        EXPECT_TRUE(lags.contains(row.value(QLatin1String("lag")).toString()));
        EXPECT_TRUE(verdicts.contains(row.value(QLatin1String("verdict")).toString()));
        if (!row.value(QLatin1String("q")).isNull()) {
            ++tested;
            EXPECT_GE(row.value(QLatin1String("q")).toDouble(), lastQ) << "sorted by q";
            lastQ = row.value(QLatin1String("q")).toDouble();
            EXPECT_GE(row.value(QLatin1String("q")).toDouble(), row.value(QLatin1String("p")).toDouble());
        }
    }
    // The family the false-discovery rate is taken over: every tested row, and the pain-first test.
    EXPECT_GE(json.value(QLatin1String("tests")).toInt(), tested);
    EXPECT_LE(json.value(QLatin1String("tests")).toInt(), tested + 1);
    EXPECT_GE(tested, 10);

    const Outcome text = backstride({QStringLiteral("factors"), QStringLiteral("--db"), db,
        QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("What matters for your back, as of Tue 31 Mar 2026")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("sitting hours, ")));

    const Outcome badDay = backstride({QStringLiteral("factors"), QStringLiteral("--db"), db,
        QStringLiteral("--as-of"), QStringLiteral("2026-13-01")});
    EXPECT_EQ(badDay.exitCode, 2);
    EXPECT_TRUE(badDay.err.contains(QStringLiteral("--as-of: “2026-13-01” is not a date (use YYYY-MM-DD)")))
        << badDay.err.toStdString();
    const Outcome missing
        = backstride({QStringLiteral("factors"), QStringLiteral("--db"), file(QStringLiteral("none.sqlite3"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no journal at this path")));
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("none.sqlite3")))) << "reading never creates a journal";
}

TEST_F(CommandLine, importReadsDeskTimeFromAnActivityWatchExport)
{
    const QString db = file(QStringLiteral("desk.sqlite3"));
    const QString exportPath = file(QStringLiteral("aw-buckets-export.json"));
    // Newest first, as ActivityWatch writes it: 18 Nov 2023, 09:00-12:00 and 13:00-15:00 UTC at the computer.
    test::writeFile(exportPath, R"({"buckets": {"aw-watcher-afk_desk": {"id": "aw-watcher-afk_desk", "type": "afkstatus",
        "client": "aw-watcher-afk", "hostname": "desk", "events": [
        {"timestamp": "2023-11-18T13:00:00.000000+00:00", "duration": 7200.0, "data": {"status": "not-afk"}},
        {"timestamp": "2023-11-18T12:00:00Z", "duration": 3600, "data": {"status": "afk"}},
        {"timestamp": "2023-11-18T09:00:00.000Z", "duration": 10800, "data": {"status": "not-afk"}}]},
        "aw-watcher-window_desk": {"type": "currentwindow", "hostname": "desk", "events": []}}})");
    const QStringList dryRun = {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--dry-run"),
        QStringLiteral("--json"), exportPath};
    const Outcome dry = backstride(dryRun, {{QStringLiteral("TZ"), QStringLiteral("UTC")}});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const QJsonObject line = QJsonDocument::fromJson(dry.out.trimmed().toUtf8()).object();
    EXPECT_EQ(line.value(QLatin1String("format")).toString(), QStringLiteral("activitywatch"));
    EXPECT_EQ(line.value(QLatin1String("date")).toString(), QStringLiteral("2023-11-18"));
    EXPECT_EQ(line.value(QLatin1String("sitting_hours")).toDouble(), 5.0);
    EXPECT_EQ(line.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    EXPECT_TRUE(line.value(QLatin1String("error")).isNull());
    const Outcome days = backstride({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("-")});
    EXPECT_FALSE(days.out.contains(QStringLiteral("2023-11-18"))) << "a dry run changes nothing";

    ASSERT_EQ(backstride({QStringLiteral("import"), QStringLiteral("--db"), db, exportPath}, {{QStringLiteral("TZ"), QStringLiteral("UTC")}}).exitCode, 0);
    const Outcome again = backstride(dryRun, {{QStringLiteral("TZ"), QStringLiteral("UTC")}});
    EXPECT_EQ(QJsonDocument::fromJson(again.out.trimmed().toUtf8()).object().value(QLatin1String("status")).toString(),
        QStringLiteral("unchanged"));
    const Outcome exported = backstride({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("-")});
    EXPECT_TRUE(exported.out.contains(QStringLiteral("\"sitting_source\": \"activitywatch\""))) << exported.out.toStdString();

    const QString windowOnly = file(QStringLiteral("aw-bucket-export_window.json"));
    test::writeFile(windowOnly, R"({"buckets": {"aw-watcher-window_desk": {"type": "currentwindow", "hostname": "desk", "events": []}}})");
    const Outcome refused = backstride({QStringLiteral("import"), QStringLiteral("--db"), db, windowOnly});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("no AFK bucket"))) << refused.err.toStdString();
}

TEST_F(CommandLine, syncFindsTheNewRunsOnAWatchAndSettingsAreChecked)
{
    const QString db = file(QStringLiteral("sync.sqlite3"));
    const QString watch = file(QStringLiteral("watch"));
    QDir().mkpath(watch + QStringLiteral("/GARMIN/Activity"));
    test::writeFile(watch + QStringLiteral("/GARMIN/GarminDevice.xml"),
        "<Device><Model><Description>Forerunner 935</Description></Model></Device>");
    ASSERT_TRUE(QFile::copy(QStringLiteral(BACKSTRIDE_SAMPLES "/fit/garmin-fenix2_run_9km.fit"),
        watch + QStringLiteral("/GARMIN/Activity/run.fit")));
    const QStringList dryRun = {QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--device"), watch,
        QStringLiteral("--dry-run"), QStringLiteral("--json")};
    const Outcome dry = backstride(dryRun);
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const QJsonObject line = QJsonDocument::fromJson(dry.out.trimmed().toUtf8()).object();
    EXPECT_EQ(line.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(line.value(QLatin1String("source")).toString(), QStringLiteral("Forerunner 935"));
    EXPECT_EQ(line.value(QLatin1String("format")).toString(), QStringLiteral("fit"));
    EXPECT_EQ(backstride(dryRun).out, dry.out) << "a dry run changes nothing, so the same again";

    const Outcome imported = backstride({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--device"), watch});
    ASSERT_EQ(imported.exitCode, 0);
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Forerunner 935: 1 new run imported"))) << imported.out.toStdString();
    const Outcome again = backstride({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--device"), watch});
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 files read, 1 unchanged since the last sync"))) << again.out.toStdString();
    EXPECT_EQ(backstride({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--folder"), file(QStringLiteral("none"))}).exitCode, 2);

    const QStringList get = {QStringLiteral("settings"), QStringLiteral("--db"), db, QStringLiteral("get"), QStringLiteral("flags.factor_max_q")};
    EXPECT_EQ(backstride(get).out.trimmed(), QStringLiteral("0.1"));
    const Outcome wrong = backstride({QStringLiteral("settings"), QStringLiteral("--db"), db, QStringLiteral("set"),
        QStringLiteral("flags.factor_max_q"), QStringLiteral("0.9")});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("flags.factor_max_q: must be a number from 0.001 to 0.5; nothing was changed")))
        << wrong.err.toStdString();
    ASSERT_EQ(backstride({QStringLiteral("settings"), QStringLiteral("--db"), db, QStringLiteral("set"),
                             QStringLiteral("sync.folders"), watch + QStringLiteral("\\n/tmp/other")})
                  .exitCode,
        0);
    const Outcome list = backstride({QStringLiteral("settings"), QStringLiteral("--db"), db, QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("sync.folders = %1\\n/tmp/other").arg(watch))) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("units = km  (default)")));
    EXPECT_EQ(backstride({QStringLiteral("settings"), QStringLiteral("--db"), db, QStringLiteral("get"), QStringLiteral("colour")}).exitCode, 2);
}

TEST_F(CommandLine, aReturnToRunPlanStartsShowsItsStateAndStops)
{
    const QString db = file(QStringLiteral("plan.sqlite3"));
    const QString journal = file(QStringLiteral("plan.json"));
    // Two good sessions (pain 2 during, nothing the next morning) a rest day apart.
    test::writeFile(journal, R"({"format": "backstride-journal", "version": 1,
        "runs": [{"date": "2026-03-02", "start_time": "18:00", "distance_m": 2500, "duration_s": 1800},
                 {"date": "2026-03-04", "start_time": "18:00", "distance_m": 2600, "duration_s": 1800}],
        "pain": [{"date": "2026-03-02", "time": "18:30", "intensity": 2, "sites": ["lower-back-center"], "timing": ["during-run"]},
                 {"date": "2026-03-04", "time": "18:30", "intensity": 2, "sites": ["lower-back-center"], "timing": ["during-run"]}]})");
    ASSERT_EQ(backstride({QStringLiteral("import"), QStringLiteral("--db"), db, journal}).exitCode, 0);
    // The journal begins with the pain: its usual weekly distance before is not known, not 0 km.
    const Outcome unknown = backstride({QStringLiteral("plan"), QStringLiteral("start"), QStringLiteral("--db"), db,
        QStringLiteral("--date"), QStringLiteral("2026-03-02")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("--former-weekly-km is needed"))) << unknown.err.toStdString();
    const Outcome started = backstride({QStringLiteral("plan"), QStringLiteral("start"), QStringLiteral("--db"), db,
        QStringLiteral("--date"), QStringLiteral("2026-03-02"), QStringLiteral("--stage"), QStringLiteral("1"),
        QStringLiteral("--former-weekly-km"), QStringLiteral("32")});
    ASSERT_EQ(started.exitCode, 0) << started.err.toStdString();
    const Outcome shown = backstride({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
        QStringLiteral("2026-03-05"), QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject plan = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_TRUE(plan.value(QLatin1String("active")).toBool());
    EXPECT_EQ(plan.value(QLatin1String("stage")).toInt(), 2);
    EXPECT_EQ(plan.value(QLatin1String("stage_name")).toString(), QStringLiteral("walk 3 min / run 2 min × 6"));
    EXPECT_EQ(plan.value(QLatin1String("decision")).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("advance"));
    EXPECT_TRUE(plan.value(QLatin1String("today")).toObject().value(QLatin1String("rest_day")).toBool())
        << "the day after a plan run";
    const Outcome next = backstride({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
        QStringLiteral("2026-03-06"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(next.out.toUtf8()).object().value(QLatin1String("today")).toObject().value(QLatin1String("session")).toString(),
        QStringLiteral("walk 3 min / run 2 min × 6"));
    const QJsonArray sessions = plan.value(QLatin1String("sessions")).toArray();
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions.at(0).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("good"));
    EXPECT_EQ(sessions.at(0).toObject().value(QLatin1String("pain")).toInt(), 2);
    EXPECT_EQ(sessions.at(0).toObject().value(QLatin1String("next_morning")).toInt(), 0);
    // The day before, the first session only: a past day as it was.
    const Outcome before = backstride({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
        QStringLiteral("2026-03-03"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(before.out.toUtf8()).object().value(QLatin1String("stage")).toInt(), 1);

    ASSERT_EQ(backstride({QStringLiteral("plan"), QStringLiteral("stop"), QStringLiteral("--db"), db, QStringLiteral("--date"),
                             QStringLiteral("2026-03-07")}).exitCode, 0);
    const Outcome stopped = backstride({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
        QStringLiteral("2026-03-08"), QStringLiteral("--json")});
    EXPECT_FALSE(QJsonDocument::fromJson(stopped.out.toUtf8()).object().value(QLatin1String("active")).toBool());
    EXPECT_EQ(backstride({QStringLiteral("plan"), QStringLiteral("stop"), QStringLiteral("--db"), db}).exitCode, 1)
        << "nothing is running";

    // Not offered while a warning sign is recent.
    const QString warning = file(QStringLiteral("warning.json"));
    test::writeFile(warning, R"({"format": "backstride-journal", "version": 1,
        "pain": [{"date": "2026-03-20", "intensity": 4, "sites": ["lower-back-center"], "red_flags": ["saddle-numbness"]}]})");
    ASSERT_EQ(backstride({QStringLiteral("import"), QStringLiteral("--db"), db, warning}).exitCode, 0);
    const Outcome refused = backstride({QStringLiteral("plan"), QStringLiteral("start"), QStringLiteral("--db"), db,
        QStringLiteral("--date"), QStringLiteral("2026-03-25")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("not started: a warning sign on 20 Mar 2026"))) << refused.err.toStdString();
}

TEST_F(CommandLine, importActivityFilesPrintsOneJsonLinePerActivity)
{
    const QString db = file(QStringLiteral("j.sqlite3"));
    const QString samples = QStringLiteral(BACKSTRIDE_SAMPLES);
    const Outcome dry
        = backstride({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--dry-run"),
            QStringLiteral("--json"), samples + QStringLiteral("/fit/garmin-fenix2_run_9km.fit"),
            samples + QStringLiteral("/broken/fitsdk-activity_bad-file-crc.fit")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const QStringList lines = dry.out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 2);
    const QJsonObject ok = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
    EXPECT_EQ(ok.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(ok.value(QLatin1String("format")).toString(), QStringLiteral("fit"));
    EXPECT_EQ(ok.value(QLatin1String("sport")).toString(), QStringLiteral("running"));
    EXPECT_EQ(ok.value(QLatin1String("start")).toString(), QStringLiteral("2015-08-15T14:45:08Z"));
    EXPECT_EQ(ok.value(QLatin1String("distance_m")).toDouble(), 9008.2);
    EXPECT_EQ(ok.value(QLatin1String("duration_s")).toDouble(), 2832);
    EXPECT_TRUE(ok.value(QLatin1String("error")).isNull());
    const QJsonObject bad = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
    EXPECT_EQ(bad.value(QLatin1String("status")).toString(), QStringLiteral("error"));
    EXPECT_TRUE(bad.value(QLatin1String("error")).toString().contains(QStringLiteral("checksum")));
    {
        Result<SqliteDatabase> journal = JournalFile::open(db, JournalFile::Mode::MustExist);
        ASSERT_TRUE(journal.ok());
        EXPECT_EQ(JournalRepository(*journal).entryCount().value(), 0) << "a dry run stores nothing";
    }

    const Outcome real = backstride(
        {QStringLiteral("import"), QStringLiteral("--db"), db, samples + QStringLiteral("/fit")});
    ASSERT_EQ(real.exitCode, 0) << real.err.toStdString();
    EXPECT_TRUE(real.out.contains(
        QStringLiteral("4 runs imported, 0 already in the journal, 7 other sports skipped, 1 not imported")))
        << real.out.toStdString();
    EXPECT_TRUE(real.err.contains(
        QStringLiteral("garmin-fr70_run_compressed-timestamps.fit: not imported: its times count "
                       "seconds since the watch was switched on")))
        << real.err.toStdString();

    // A zip archive: the command line loads libzip only now (it does not link it).
    const QString zip = file(QStringLiteral("export.zip"));
    test::writeZip(zip,
        {{QStringLiteral("activities.csv"),
             "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename\n"
             "7,\"Aug 15, 2015, 2:45:08 PM\",Park,Run,2832,9.01,activities/7.fit\n"},
            {QStringLiteral("activities/7.fit"),
                readFile(samples + QStringLiteral("/fit/garmin-fenix2_run_9km.fit"))}});
    const Outcome zipped = backstride({QStringLiteral("import"), QStringLiteral("--db"),
        file(QStringLiteral("z.sqlite3")), QStringLiteral("--dry-run"), QStringLiteral("--json"), zip});
    ASSERT_EQ(zipped.exitCode, 0) << zipped.err.toStdString();
    const QJsonObject fromZip = QJsonDocument::fromJson(zipped.out.trimmed().toUtf8()).object();
    EXPECT_EQ(fromZip.value(QLatin1String("status")).toString(), QStringLiteral("ok"))
        << zipped.out.toStdString();
    EXPECT_EQ(fromZip.value(QLatin1String("start")).toString(), QStringLiteral("2015-08-15T14:45:08Z"));
    EXPECT_EQ(fromZip.value(QLatin1String("file")).toString(), zip + QStringLiteral("/activities/7.fit"));

    // Nothing readable at all is a failure.
    const Outcome broken = backstride(
        {QStringLiteral("import"), QStringLiteral("--db"), db, samples + QStringLiteral("/broken")});
    EXPECT_EQ(broken.exitCode, 1);
    const Outcome unknown
        = backstride({QStringLiteral("import"), QStringLiteral("--db"), db, file(QStringLiteral("x.docx"))});
    EXPECT_EQ(unknown.exitCode, 1);
}

} // namespace
} // namespace backstride::cli_test
