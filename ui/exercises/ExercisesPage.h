#pragma once

#include "ExerciseCatalog.h"
#include "ExerciseProgramme.h"
#include "Result.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace backstride {

class ExerciseFigureWidget;
class JournalRepository;

// The Exercises page: the library by what each exercise is for, and the routines. An exercise
// shows its figure, level by level, with the dose, the steps, what to feel, when to stop and where
// the exercise and dose come from; a routine shows when to do it and what it plays. The physical
// therapist's own exercises stand in a group of their own, and join the routines they were put in.
class ExercisesPage : public QWidget
{
    Q_OBJECT

public:
    // `repository` holds the physical therapist's exercises; without one, the library alone.
    // `today` (with a repository) gives the day the programme's Today is for.
    explicit ExercisesPage(JournalRepository* repository = nullptr, std::function<QDate()> today = {},
        QWidget* parent = nullptr);

    // Reads the physical therapist's exercises and the programme again.
    Status reload();
    const std::optional<ProgrammeState>& programme() const { return m_programme; }

    // Shows an exercise or a routine by its id; false when there is none.
    bool showItem(const QString& id);
    QString shownId() const { return m_shownId; }
    // The first routine shown, its Start button focused (Entry › Do a routine…).
    void offerRoutines();

Q_SIGNALS:
    // The runner asked to play a routine, or one exercise at a level.
    void startRequested(const QString& routineId);
    void exerciseStartRequested(const QString& exerciseId, int level);
    // Add a physical therapist's exercise, change one (by id), or remove one.
    void addCustomRequested();
    void editCustomRequested(const QString& exerciseId);
    void removeCustomRequested(const QString& exerciseId);

private:
    void showExercise(const QString& id);
    void showRoutine(const QString& id);
    void showLevel(int index);
    void fillCustomGroup();
    void fillToday();
    // Why the programme's phase does not offer this now ("" when it does).
    QString notNow(const Exercise& exercise) const;
    QString notNow(const Routine& routine) const;
    QString phaseHolds(bool gentle, bool strengthening) const;

    JournalRepository* m_repository;
    std::function<QDate()> m_todayDate;
    std::optional<ProgrammeState> m_programme;
    QWidget* m_todayPanel = nullptr;
    QLabel* m_levelNote = nullptr;
    ExerciseCatalog m_catalog;
    QTreeWidget* m_list;
    QTreeWidgetItem* m_customGroup = nullptr;
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
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QString m_shownId;
};

} // namespace backstride
