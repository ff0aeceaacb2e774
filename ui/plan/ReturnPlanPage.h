#pragma once

#include "Result.h"

#include <QDate>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace backstride {

class Clock;
class JournalCommands;
struct ReturnPlanOnDay;

// The return-to-run plan as of today: where the runner is on the ladder of stages, today's session
// (or "rest day today"), the last decision and why in the runner's words, and every session with
// its pain and what it decided. Without a plan it says what one is and offers to start it.
class ReturnPlanPage : public QWidget
{
    Q_OBJECT

public:
    ReturnPlanPage(JournalCommands& commands, const Clock& clock, QWidget* parent = nullptr);

    Status reload();
    // The stage shown, or -1 when no plan runs: for tests.
    int shownStage() const { return m_shownStage; }

Q_SIGNALS:
    void startRequested();
    void logSessionRequested(const QDate& day);
    void dayActivated(const QDate& day);

private:
    void showPlan(const ReturnPlanOnDay& plan);
    void showNoPlan(const QString& why);
    void stop();

    JournalCommands& m_commands;
    const Clock& m_clock;
    int m_shownStage = -2; // nothing shown yet
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_about = nullptr;
    QGroupBox* m_todayBox = nullptr;
    QLabel* m_today = nullptr;
    QPushButton* m_logSession = nullptr;
    QGroupBox* m_lastBox = nullptr;
    QLabel* m_last = nullptr;
    QWidget* m_tables = nullptr;
    QTreeWidget* m_ladder = nullptr;
    QTreeWidget* m_sessions = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
};

} // namespace backstride
