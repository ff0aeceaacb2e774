#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace backstride {

class ExerciseFigureWidget;

// The Exercises page: the library by what each exercise is for, and the routines. An exercise
// shows its figure, level by level, with the dose, the steps, what to feel, when to stop and where
// the exercise and dose come from; a routine shows when to do it and what it plays.
class ExercisesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExercisesPage(QWidget* parent = nullptr);

    // Shows an exercise or a routine by its id; false when there is none.
    bool showItem(const QString& id);
    QString shownId() const { return m_shownId; }
    // The first routine shown, its Start button focused (Entry › Do a routine…).
    void offerRoutines();

Q_SIGNALS:
    // The runner asked to play a routine.
    void startRequested(const QString& routineId);

private:
    void showExercise(const QString& id);
    void showRoutine(const QString& id);
    void showLevel(int index);

    QTreeWidget* m_list;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_levelLabel;
    QComboBox* m_level;
    ExerciseFigureWidget* m_figure;
    QCheckBox* m_animate;
    QLabel* m_dose;
    QLabel* m_steps;
    QLabel* m_feel;
    QLabel* m_stop;
    QLabel* m_source;
    QPushButton* m_start;
    QString m_shownId;
};

} // namespace backstride
