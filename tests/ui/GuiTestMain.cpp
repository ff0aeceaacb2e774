// The shared test main for widget tests: a QApplication on the offscreen platform, then GoogleTest.
#include "ChartsModule.h"
#include "ChartsModuleTable.h"
#include "ReminderSettingsPage.h"
#include "Translations.h"

#include <QApplication>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // English messages and C number formats whatever the machine's language: tests compare
    // texts, and the backstride processes they start inherit this. (German is tested on purpose.)
    qputenv("LC_ALL", "C");
    qunsetenv("LANGUAGE");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Nothing a test does, nor a backstride process it starts, writes to this machine's cache
    // (the journals whose check passed: CheckedJournals).
    const QTemporaryDir cache;
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
    QApplication app(argc, argv);
    // The charts code is linked into the tests: the window uses it instead of loading the module.
    backstride::ChartsModule::useLinkedIn(backstride::chartsModuleTable());
    // As the window does: English needs the plural forms of texts with a count ("1 run").
    backstride::Translations::install(QLocale::c());
    // Settings › Reminders asks `backstride remind`, not this test program, about notifications.
    backstride::ReminderSettingsPage::setProgram(QStringLiteral(BACKSTRIDE_BINARY));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
