// What a screen reader gets, read through QAccessible: the same interfaces Orca reads over AT-SPI.
// The body map's sites as check boxes, the events a keyboard toggle sends (heard through
// Announce's listener: the offscreen platform has no AT-SPI bridge to pass them to), the alerts
// the window and the forms raise, and the keyboard shortcuts listed from the menus themselves.
#include "Announce.h"
#include "BodyMapWidget.h"
#include "ChartPalette.h"
#include "Clock.h"
#include "EntryEditor.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "TestJournal.h"
#include "Vocabulary.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>

#include <cmath>
#include <gtest/gtest.h>

namespace backstride {
namespace {

// Every event the widgets send to assistive technology, as (type, object name, child index).
struct Heard
{
    QAccessible::Event type;
    QString object;
    int child;
};
QList<Heard>* s_heard = nullptr;

void listen(QAccessibleEvent* event)
{
    if (s_heard)
        s_heard->append(
            {event->type(), event->object() ? event->object()->objectName() : QString(), event->child()});
}

class Accessibility : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale::c());
        s_heard = &m_heard;
        Announce::setListener(&listen);
    }
    void TearDown() override
    {
        Announce::setListener(nullptr);
        s_heard = nullptr;
    }
    bool heard(QAccessible::Event type, const QString& object, int child = -2) const
    {
        return std::any_of(m_heard.cbegin(), m_heard.cend(), [&](const Heard& event) {
            return event.type == type && event.object == object && (child == -2 || event.child == child);
        });
    }

    QList<Heard> m_heard;
};

TEST_F(Accessibility, theBodyMapIsTwentyTwoNamedCheckBoxes)
{
    BodyMapWidget map;
    map.setObjectName(QStringLiteral("bodyMap"));
    map.resize(380, 440);
    map.show();
    QAccessibleInterface* group = QAccessible::queryAccessibleInterface(&map);
    ASSERT_NE(group, nullptr);
    EXPECT_EQ(group->role(), QAccessible::Grouping);
    EXPECT_EQ(group->text(QAccessible::Name), QStringLiteral("Body map of pain sites"));
    EXPECT_TRUE(
        group->text(QAccessible::Description).contains(QStringLiteral("left and right are your own")));
    ASSERT_EQ(group->childCount(), 22);
    QStringList words;
    QStringList names;
    for (int i = 0; i < group->childCount(); ++i) {
        QAccessibleInterface* site = group->child(i);
        ASSERT_NE(site, nullptr);
        EXPECT_EQ(site, group->child(i)) << "the same interface every time";
        EXPECT_EQ(group->indexOfChild(site), i);
        EXPECT_EQ(site->parent(), group);
        EXPECT_EQ(site->role(), QAccessible::CheckBox);
        EXPECT_TRUE(site->state().checkable);
        EXPECT_FALSE(site->state().checked);
        EXPECT_TRUE(site->rect().isValid());
        words.append(map.siteWord(i));
        names.append(site->text(QAccessible::Name));
    }
    words.sort();
    QStringList vocabulary = Vocabulary::words(VocabularyKind::Site);
    vocabulary.sort();
    EXPECT_EQ(words, vocabulary) << "every site of the vocabulary, once";
    EXPECT_TRUE(names.contains(QStringLiteral("back of left thigh, back view")))
        << names.join(u'|').toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("low back, right, back view")))
        << names.join(u'|').toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("left groin, front view"))) << names.join(u'|').toStdString();
    // A point on a site answers with that site.
    const QRect first = group->child(3)->rect();
    EXPECT_EQ(group->childAt(first.center().x(), first.center().y()), group->child(3));
}

TEST_F(Accessibility, aKeyboardToggleIsAnnouncedAndTheActionTogglesToo)
{
    BodyMapWidget map;
    map.setObjectName(QStringLiteral("bodyMap"));
    map.resize(380, 440);
    map.show();
    QApplication::setActiveWindow(&map);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&map));
    map.setFocus(Qt::TabFocusReason);
    QAccessibleInterface* group = QAccessible::queryAccessibleInterface(&map);
    QTest::keyClick(&map, Qt::Key_Tab); // the second site
    const int current = map.currentIndex();
    EXPECT_EQ(current, 1);
    EXPECT_TRUE(heard(QAccessible::Focus, QStringLiteral("bodyMap"), current))
        << "focus follows the keyboard";
    EXPECT_EQ(group->focusChild(), group->child(current));
    EXPECT_TRUE(group->child(current)->state().focused);
    QTest::keyClick(&map, Qt::Key_Space);
    EXPECT_TRUE(map.isSelected(map.siteWord(current)));
    EXPECT_TRUE(group->child(current)->state().checked);
    EXPECT_TRUE(heard(QAccessible::StateChanged, QStringLiteral("bodyMap"), current))
        << "\"checked\" is spoken";

    QAccessibleActionInterface* actions = group->child(5)->actionInterface();
    ASSERT_NE(actions, nullptr);
    EXPECT_TRUE(actions->actionNames().contains(QAccessibleActionInterface::toggleAction()));
    actions->doAction(QAccessibleActionInterface::toggleAction());
    EXPECT_TRUE(map.isSelected(map.siteWord(5)));
    EXPECT_TRUE(heard(QAccessible::StateChanged, QStringLiteral("bodyMap"), 5));
}

TEST_F(Accessibility, theHeatMapsSitesAreReadOnlyWithTheirCounts)
{
    BodyMapWidget map;
    map.setMode(BodyMapWidget::Mode::HeatMap);
    map.setHeat({{QStringLiteral("buttock-left"), 1.0}},
        {{QStringLiteral("buttock-left"), QStringLiteral("left buttock: 7 pain entries on 5 days")}});
    QAccessibleInterface* group = QAccessible::queryAccessibleInterface(&map);
    ASSERT_EQ(group->childCount(), 22);
    QStringList names;
    for (int i = 0; i < group->childCount(); ++i) {
        EXPECT_EQ(group->child(i)->role(), QAccessible::StaticText);
        EXPECT_FALSE(group->child(i)->state().checkable);
        EXPECT_EQ(group->child(i)->actionInterface(), nullptr);
        names.append(group->child(i)->text(QAccessible::Name));
    }
    EXPECT_TRUE(names.contains(QStringLiteral("left buttock: 7 pain entries on 5 days")));
    EXPECT_TRUE(names.contains(QStringLiteral("left calf, back view: no pain logged")))
        << names.join(u'|').toStdString();
}

class AccessibleWindow : public Accessibility
{
protected:
    void SetUp() override
    {
        Accessibility::SetUp();
        m_window = std::make_unique<MainWindow>(repo(), m_clock, QStringLiteral("journal.sqlite3"));
        ASSERT_TRUE(m_window->reload().ok());
        m_window->show();
    }
    void TearDown() override
    {
        if (QDialog* dialog = m_window->editor()->openDialog())
            dialog->close();
        m_window.reset();
        Accessibility::TearDown();
    }
    JournalRepository& repo() { return m_journal.repository(); }

    test::TestJournal m_journal = test::TestJournal::inMemory();
    FixedClock m_clock {QDate(2026, 3, 10)};
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(AccessibleWindow, theUrgentBannerIsAnAlert)
{
    EXPECT_FALSE(heard(QAccessible::Alert, QStringLiteral("windowUrgentBanner")));
    PainEntry pain {.date = QDate(2026, 3, 10),
        .intensity = 6,
        .sites = {QStringLiteral("lower-back-center")},
        .redFlags = {QStringLiteral("saddle-numbness")}};
    ASSERT_TRUE(repo().addPain(pain).ok());
    ASSERT_TRUE(m_window->reload().ok());
    EXPECT_TRUE(m_window->findChild<QLabel*>(QStringLiteral("windowUrgentBanner"))->isVisible());
    EXPECT_TRUE(heard(QAccessible::Alert, QStringLiteral("windowUrgentBanner")));
}

TEST_F(AccessibleWindow, formNoticesAndFieldProblemsAreAlerts)
{
    QDialog* pain = m_window->editor()->newPain(QDate(2026, 3, 10));
    pain->findChild<BodyMapWidget*>(QStringLiteral("bodyMap"))
        ->setSelectedSites({QStringLiteral("calf-left")});
    EXPECT_TRUE(heard(QAccessible::Alert, QStringLiteral("radiationNotice")));
    pain->close();

    QDialog* run = m_window->editor()->newRun(QDate(2026, 3, 10));
    auto* distance = run->findChild<QLineEdit*>(QStringLiteral("distanceEdit"));
    distance->setFocus();
    QTest::keyClicks(distance, QStringLiteral("abc"));
    EXPECT_TRUE(run->findChild<QLabel*>(QStringLiteral("distance_mMessage"))->isVisible());
    EXPECT_TRUE(heard(QAccessible::Alert, QStringLiteral("distance_mMessage")));
    run->close();
}

// Every field of the run form is named by its label (the label's buddy is the input itself, also
// inside a row with its unit) and says its unit or range.
TEST_F(AccessibleWindow, formFieldsHaveLabelsAndSayTheirUnits)
{
    QDialog* run = m_window->editor()->newRun(QDate(2026, 3, 10));
    QStringList labelled;
    for (QLabel* label : run->findChildren<QLabel*>()) {
        if (QWidget* buddy = label->buddy()) {
            EXPECT_NE(buddy->focusPolicy(), Qt::NoFocus) << label->text().toStdString();
            labelled.append(buddy->objectName());
        }
    }
    for (const char* field :
        {"distanceEdit", "durationEdit", "heartRateEdit", "elevationEdit", "startEdit"}) {
        EXPECT_TRUE(labelled.contains(QLatin1String(field))) << field << " has no label";
    }
    for (const char* field : {"distanceEdit", "durationEdit", "heartRateEdit", "elevationEdit"}) {
        auto* edit = run->findChild<QWidget*>(QLatin1String(field));
        ASSERT_NE(edit, nullptr) << field;
        EXPECT_FALSE(edit->accessibleDescription().isEmpty()) << field;
    }
    EXPECT_TRUE(run->findChild<QWidget*>(QStringLiteral("distanceEdit"))
                    ->accessibleDescription()
                    .contains(QStringLiteral("kilometres")));
    run->close();
}

// Help › Keyboard shortcuts lists every menu action that has a shortcut, read from the menus.
TEST_F(AccessibleWindow, theShortcutsListComesFromTheMenus)
{
    ShortcutsDialog dialog(m_window->menuBar());
    QStringList listed;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        listed.append(dialog.table()->item(row, 1)->text() + u'=' + dialog.table()->item(row, 2)->text());
    int withKeys = 0;
    for (const QAction* menu : m_window->menuBar()->actions()) {
        for (const QAction* action : menu->menu()->actions()) {
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            if (keys.isEmpty())
                continue;
            ++withKeys;
            EXPECT_TRUE(
                listed.contains(action->text().remove(u'&').remove(QStringLiteral("…")) + u'=' + keys))
                << action->text().toStdString();
        }
    }
    EXPECT_GE(withKeys, 15);
    EXPECT_TRUE(listed.contains(QStringLiteral("New pain entry=Ctrl+B")));
}

// WCAG 2.1 contrast ratio of two colours (relative luminance, W3C 2018).
double contrast(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colours that carry meaning meet WCAG 2.1 AA (W3C 2018): 4.5:1 for text (pain in the journal,
// on plain and alternate rows; a severity badge on its card's tint), 3:1 for chart lines and
// points, in Fusion's light palette and Breeze Dark's.
TEST_F(Accessibility, theColoursMeetWcagContrast)
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    for (const QPalette& palette : {light, dark}) {
        const char* name = ChartPalette::isDark(palette) ? "dark" : "light";
        const QColor base = palette.color(QPalette::Base);
        for (const QColor& row : {base, palette.color(QPalette::AlternateBase)})
            EXPECT_GE(contrast(ChartPalette::pain(palette), row), 4.5) << name << " pain text";
        for (int rank = 0; rank < 4; ++rank) {
            const QColor colour = ChartPalette::severity(rank, palette);
            const QColor tint = ChartPalette::blend(base, colour, ChartPalette::cardTint(rank));
            EXPECT_GE(contrast(colour, tint), 4.5) << name << " severity badge " << rank;
        }
        for (const QColor& line : {ChartPalette::pain(palette), ChartPalette::painMax(palette),
                 ChartPalette::distance(palette), ChartPalette::sitting(palette), ChartPalette::painkiller(palette)})
            EXPECT_GE(contrast(line, base), 3.0) << name << " chart colour " << line.name().toStdString();
    }
}

} // namespace
} // namespace backstride
