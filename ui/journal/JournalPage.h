#pragma once

#include "DateRange.h"
#include "EntryRef.h"
#include "Result.h"
#include "Units.h"

#include <QWidget>

class QAction;
class QComboBox;
class QToolButton;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace backstride {

class Clock;
class DayEntriesModel;
class JournalDayFilter;
class JournalDayModel;
class JournalRepository;
class WelcomePanel;

// The journal itself: a week, a month or everything, newest day first, with a filter, and the
// chosen day's entries underneath to open or delete. Reads through the repository; every change
// goes out as a request (the window's EntryEditor carries it out through the undo stack).
class JournalPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period { Week, Month, All };
    Q_ENUM(Period)

    JournalPage(JournalRepository& repository, const Clock& clock, QWidget* parent = nullptr);

    Status reload();
    void setPeriod(Period period);
    Period period() const { return m_period; }
    void showDate(const QDate& date); // moves the period to the date and selects that day
    void step(int direction); // previous (-1) or next (+1) period
    QDate selectedDate() const;
    std::optional<EntryRef> selectedEntry() const;
    DateRange visibleRange() const;
    DistanceUnit unit() const { return m_unit; }
    Qt::DayOfWeek weekStart() const { return m_weekStart; }

    JournalDayModel* dayModel() const { return m_days; }
    JournalDayFilter* dayFilter() const { return m_filter; }
    DayEntriesModel* entriesModel() const { return m_entries; }
    // Shown instead of the days while the journal has no entry at all (built then, with buttons
    // for these actions of the window), nullptr before.
    void setWelcomeActions(QAction* newRun, QAction* newPain, QAction* importFiles);
    WelcomePanel* welcomePanel() const { return m_welcome; }
    bool showsWelcome() const;

Q_SIGNALS:
    void editRequested(const EntryRef& entry);
    void deleteRequested(const EntryRef& entry);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateDayPanel();
    // The summary line and the day panel after the filter or the days changed.
    void followFilter();
    void updateRangeLabel();
    void fitColumns();

    JournalRepository& m_repository;
    const Clock& m_clock;
    Period m_period = Period::Month;
    QDate m_anchor; // a day inside the shown period
    QDate m_selected;
    DistanceUnit m_unit = DistanceUnit::Kilometres;
    Qt::DayOfWeek m_weekStart = Qt::Monday;

    JournalDayModel* m_days = nullptr;
    JournalDayFilter* m_filter = nullptr;
    DayEntriesModel* m_entries = nullptr;
    QComboBox* m_periodCombo = nullptr;
    QComboBox* m_filterCombo = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QToolButton* m_jump = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_dayTitle = nullptr;
    QListView* m_entryList = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    WelcomePanel* m_welcome = nullptr;
    QList<QAction*> m_welcomeActions;
};

} // namespace backstride
