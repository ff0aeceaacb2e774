// The window in German, as with LANG=de_DE.UTF-8: translated labels from the compiled-in
// translation, and dates and decimal commas from QLocale.
#include "Clock.h"
#include "FlagCatalog.h"
#include "InputParsing.h"
#include "JournalCommands.h"
#include "JournalDayModel.h"
#include "JournalNotifier.h"
#include "JournalPage.h"
#include "JournalWindowParts.h"
#include "MainWindow.h"
#include "RunDialog.h"
#include "TestJournal.h"
#include "Translations.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QTableView>

#include <gtest/gtest.h>

namespace backstride {
namespace {

class GermanWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_loaded = Translations::install(QLocale());
    }
    void TearDown() override
    {
        QLocale::setDefault(QLocale::c());
        EXPECT_TRUE(Translations::install(QLocale::c()).isEmpty()) << "English needs no translation";
    }
    QStringList m_loaded;
};

TEST_F(GermanWindow, showsGermanMenusDatesAndDecimalCommas)
{
    EXPECT_TRUE(m_loaded.contains(QStringLiteral(":/i18n/backstride_de.qm")))
        << m_loaded.join(u' ').toStdString();

    test::TestJournal journal = test::TestJournal::inMemory();
    backstride::Run run;
    run.date = QDate(2026, 3, 10);
    run.distanceM = 12500;
    run.durationS = 3900;
    ASSERT_TRUE(journal.repository().addRun(run).ok());
    FixedClock clock {QDate(2026, 3, 10)};
    MainWindow window(journal.repository(), clock, QStringLiteral("journal.sqlite3"));
    ASSERT_TRUE(window.reload().ok());
    ASSERT_NE(window.parts().journalPage(), nullptr);

    QStringList menus;
    for (const QAction* action : window.menuBar()->actions())
        menus.append(action->text());
    EXPECT_EQ(menus.join(u' '), QStringLiteral("&Datei &Bearbeiten E&intrag &Gehe zu &Ansicht &Hilfe"));

    const QAbstractItemModel* model = window.findChild<QTableView*>(QStringLiteral("journalView"))->model();
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Läufe"));
    int row = 0;
    while (
        row < model->rowCount() && model->index(row, 0).data(JournalDayModel::DateRole).toDate() != run.date)
        ++row;
    ASSERT_LT(row, model->rowCount());
    EXPECT_EQ(model->index(row, 0).data().toString(), QStringLiteral("Di. 10 März 2026"));
    EXPECT_TRUE(model->index(row, 1).data().toString().contains(QStringLiteral("12,5 km")))
        << model->index(row, 1).data().toString().toStdString();
}

TEST_F(GermanWindow, flagsAndVocabularyAreGermanToo)
{
    const Flag flag = FlagCatalog::make(QStringLiteral("red-flag-symptoms"));
    EXPECT_EQ(flag.title, QStringLiteral("Warnzeichen: heute ärztliche Hilfe suchen"));
    EXPECT_TRUE(flag.advice.startsWith(QStringLiteral("Hören Sie mit dem Laufen auf")))
        << flag.advice.toStdString();
    EXPECT_EQ(Severities::label(Severity::SeeProfessional), QStringLiteral("Fachlich abklären"));
    // The report's texts live in the context ReportWriter.cpp translates them in.
    EXPECT_EQ(QCoreApplication::translate("ReportWriter", "Week by week"), QStringLiteral("Woche für Woche"));
}

// Number fields read the locale's comma and a point alike, and show the number the German way
// once the runner leaves the field; a point is never read as a thousands separator.
TEST_F(GermanWindow, numberFieldsTakeAndShowDecimalCommas)
{
    test::TestJournal journal = test::TestJournal::inMemory();
    JournalNotifier notifier;
    JournalCommands commands(journal.repository(), notifier);
    backstride::Run run;
    run.date = QDate(2026, 3, 10);
    run.distanceM = 10200;
    run.durationS = 3600;
    RunDialog filled(commands, run, DistanceUnit::Kilometres);
    auto* distance = filled.findChild<QLineEdit*>(QStringLiteral("distanceEdit"));
    ASSERT_NE(distance, nullptr);
    EXPECT_EQ(distance->text(), QStringLiteral("10,2")) << "a stored distance is shown with a comma";

    RunDialog blank(commands, backstride::Run {.date = QDate(2026, 3, 10)}, DistanceUnit::Kilometres);
    auto* typed = blank.findChild<QLineEdit*>(QStringLiteral("distanceEdit"));
    for (const QString& text : {QStringLiteral("10.2"), QStringLiteral("10,2")}) {
        typed->setText(text);
        Q_EMIT typed->editingFinished();
        EXPECT_EQ(typed->text(), QStringLiteral("10,2")) << text.toStdString();
        EXPECT_DOUBLE_EQ(blank.currentRun().distanceM, 10200) << text.toStdString();
    }
    EXPECT_EQ(InputParsing::number(QStringLiteral("1.234")), 1.234) << "a point is a decimal point, not 1234";
    EXPECT_EQ(InputParsing::number(QStringLiteral("1,5")), 1.5);
    EXPECT_FALSE(InputParsing::number(QStringLiteral("1.234,5")).has_value());
}

TEST_F(GermanWindow, formProblemsAreGerman)
{
    backstride::Run run;
    run.date = QDate(2026, 3, 10);
    run.distanceM = 0;
    run.durationS = 1800;
    const FieldProblems problems = validate(run);
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_EQ(problems.constFirst().field, QStringLiteral("distance_m"));
    EXPECT_EQ(problems.constFirst().message, QStringLiteral("muss größer als 0 sein"));
}

} // namespace
} // namespace backstride
