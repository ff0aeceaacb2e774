#pragma once

#include "ExerciseCatalog.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QVBoxLayout;

namespace backstride {

// The exercises of a self-care session logged by hand: each picked from the library or the
// physical therapist's, with its level, sets, repetitions or hold, side and the pain during it.
// A picked exercise starts from its level's dose, to be changed to what was done; the pain starts
// "not asked", never 0.
class ExercisesDoneEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ExercisesDoneEditor(const ExerciseCatalog& catalog, QWidget* parent = nullptr);

    void setExercises(const QList<ExerciseDone>& exercises);
    QList<ExerciseDone> exercises() const;
    // Adds an exercise by id at its first level's dose (the picker and Add do this).
    void add(const QString& exerciseId);
    // The picker, the Add button, then each row's fields: for the form's tab order.
    QList<QWidget*> tabOrder() const;

Q_SIGNALS:
    void changed();
    // A row was added or removed: the form's tab order needs its fields.
    void rowsChanged();

private:
    struct Row;
    void addRow(const ExerciseDone& done);
    void refill(Row& row, int level);

    ExerciseCatalog m_catalog;
    QComboBox* m_pick;
    QPushButton* m_add;
    QVBoxLayout* m_rows;
    QList<Row*> m_rowList;
};

} // namespace backstride
