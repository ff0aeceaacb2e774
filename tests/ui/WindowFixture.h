#pragma once

// A journal window on an in-memory journal and a fixed day, shown and active: the fixture of the
// tests that drive the window as a runner would.
#include "Clock.h"
#include "MainWindow.h"
#include "TestJournal.h"

#include <QApplication>
#include <QLocale>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace backstride::test {

class WindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale::c());
        m_window = std::make_unique<MainWindow>(m_journal.repository(), m_clock, QStringLiteral("journal.sqlite3"));
        ASSERT_TRUE(m_window->reload().ok());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    MainWindow& window() { return *m_window; }
    QTabWidget* tabs() { return window().findChild<QTabWidget*>(QStringLiteral("mainTabs")); }

    TestJournal m_journal = TestJournal::inMemory();
    FixedClock m_clock {QDate(2026, 3, 10)};
    std::unique_ptr<MainWindow> m_window;
};

} // namespace backstride::test
