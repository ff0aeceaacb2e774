// The shared test main for tests that need no display: a QCoreApplication, then GoogleTest.
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // English messages and C number formats whatever the machine's language: tests compare
    // texts, and the backstride processes they start inherit this. (German is tested on purpose.)
    qputenv("LC_ALL", "C");
    qunsetenv("LANGUAGE");
    // Nothing a test does, nor a backstride process it starts, writes to this machine's cache
    // (the journals whose check passed: CheckedJournals).
    const QTemporaryDir cache;
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
    QCoreApplication app(argc, argv);
    backstride::Translations::install(QLocale::c()); // the plural forms ("1 day", "2 days"), as the app has them
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
