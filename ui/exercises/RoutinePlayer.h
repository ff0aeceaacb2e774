#pragma once

#include "RoutinePlayback.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QWidget;

namespace backstride {

class ExerciseFigureWidget;
class JournalCommands;

// Plays a routine, one exercise at a time: the figure, the steps and dose, "Set 1 of 2 — left",
// a countdown bar for holds and rests; Space marks a set done (or starts the next after a rest),
// B goes back a set, S skips the exercise, P pauses. Each change is announced to a screen reader,
// with the system bell. After each exercise: "Any pain during it?" (Enter for 0). At the end, or
// when stopped halfway and the runner says so, what was done is logged in one undo step.
class RoutinePlayer : public QDialog
{
    Q_OBJECT

public:
    using Now = std::function<qint64()>; // milliseconds, for the countdowns

    // Plays `exercises` (ExerciseCatalog::exercisesOf the routine), each at its level in `levels`
    // (1 when not named), and logs them on `day` as the routine's sessions.
    RoutinePlayer(const Routine& routine, const QList<Exercise>& exercises, const QHash<QString, int>& levels,
        JournalCommands& commands, const QDate& day, Now now, QWidget* parent = nullptr);

    const RoutinePlayback& playback() const { return m_playback; }
    // The clock moved (the timer calls this; tests call it after moving their clock).
    void tick();
    QString statusText() const;
    // Something was logged (at the end, or stopped halfway with the runner's yes).
    bool logged() const { return m_logged; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void reject() override;

private:
    void refresh();
    void changed(); // the phase or the set changed: bell and announcement
    void finish();

    RoutinePlayback m_playback;
    JournalCommands& m_commands;
    QDate m_day;
    Now m_now;
    QTimer* m_timer;
    QLabel* m_progress;
    QLabel* m_name;
    ExerciseFigureWidget* m_figure;
    QLabel* m_dose;
    QLabel* m_steps;
    QLabel* m_status;
    QProgressBar* m_countdown;
    QWidget* m_painRow;
    QSpinBox* m_pain;
    QPushButton* m_done;
    QPushButton* m_back;
    QPushButton* m_skip;
    QPushButton* m_pause;
    QString m_lastAnnounced;
    bool m_logged = false;
};

} // namespace backstride
