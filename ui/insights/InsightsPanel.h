#pragma once

#include "ExerciseProgramme.h"
#include "Flag.h"
#include "Result.h"
#include "TodayAnswer.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace backstride {

class Clock;
class JournalRepository;

// The flags the journal raises today, most serious first: urgent and see-a-professional ones in
// strong colours at the top, each with what was seen, why it matters, what to do, and its
// evidence. Clicking a piece of evidence jumps to that day in the journal.
class InsightsPanel : public QWidget
{
    Q_OBJECT

public:
    InsightsPanel(JournalRepository& repository, const Clock& clock, QWidget* parent = nullptr);

    // Re-runs the pattern engine as of the clock's today.
    Status refresh();
    const QList<Flag>& flags() const { return m_flags; }
    // Every card, at its full height (the panel scrolls it): for screenshots.
    QWidget* cardList() const { return m_cards; }
    QDate asOf() const { return m_asOf; }

Q_SIGNALS:
    void evidenceActivated(const QDate& date);
    // After each refresh: the most serious severity shown, or nothing when no flag is raised.
    void flagsChanged(int count, bool urgent);
    // A card offered a return-to-run plan and the runner took it.
    void planRequested();
    // A card offered a routine of the exercise library (its id) and the runner took it.
    void routineRequested(const QString& routineId);

private:
    QWidget* card(const Flag& flag);
    QWidget* planOffer(const QString& flagId, QWidget* frame) const;
    QWidget* routineOffer(const QString& flagId, QWidget* frame);
    QWidget* programmeCard();
    QPushButton* startButton(const QString& routineId, QWidget* parent, bool named);
    QString emptyJournalText() const;

    JournalRepository& m_repository;
    const Clock& m_clock;
    QList<Flag> m_flags;
    QDate m_asOf;
    bool m_planRunning = false;
    QString m_planObstacle; // why a plan is not offered now ("a warning sign on …"), or ""
    // The exercise programme today: its routines are a card of their own, and the self-care cards
    // offer only what it plans.
    std::optional<ProgrammeState> m_programme;
    TodayAnswer m_today;
    QLabel* m_heading = nullptr;
    QWidget* m_cards = nullptr;
    QVBoxLayout* m_cardLayout = nullptr;
};

} // namespace backstride
