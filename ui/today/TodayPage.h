#pragma once

#include "Result.h"
#include "TodayAnswer.h"

#include <QWidget>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace backstride {

class JournalRepository;

// "What should I do today?": the things to do in order (TodayAnswer), each with its reason and a
// button where it can be done from here; the top item's reason as the page's headline.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    TodayPage(JournalRepository& repository, std::function<QDate()> today, QWidget* parent = nullptr);

    Status reload();
    const TodayAnswer& answer() const { return m_answer; }

Q_SIGNALS:
    void routineRequested(const QString& routineId);
    void runRequested(); // log a run (or the plan's session) today
    void icingRequested();
    void checkInRequested();
    void clearanceRequested();
    void firstStepsRequested(); // an empty journal: the journal's first steps

private:
    QWidget* row(const TodayItem& item, int number);

    JournalRepository& m_repository;
    std::function<QDate()> m_today;
    TodayAnswer m_answer;
    QLabel* m_date = nullptr;
    QLabel* m_headline = nullptr;
    QWidget* m_empty = nullptr; // "your journal is empty", with the way to its first steps
    QWidget* m_list = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
};

} // namespace backstride
