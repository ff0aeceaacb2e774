// The shared test main for widget tests: a QApplication on the offscreen platform, then GoogleTest.
#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // English messages and C number formats whatever the machine's language: tests compare
    // texts, and the backstride processes they start inherit this. (German is tested on purpose.)
    qputenv("LC_ALL", "C");
    qunsetenv("LANGUAGE");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
