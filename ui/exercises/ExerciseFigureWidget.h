#pragma once

#include "Exercise.h"

#include <QWidget>

class QVariantAnimation;

namespace backstride {

// An exercise's figure on screen: moving between its start and end positions, or — with
// animations off (the Exercises settings, or the desktop's effects switched off) — the two
// positions side by side. A screen reader gets it as a picture named for the exercise and level,
// described by its two positions.
class ExerciseFigureWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ExerciseFigureWidget(QWidget* parent = nullptr);

    void setLevel(const Exercise& exercise, const ExerciseLevel& level);
    void setAnimated(bool animated);
    bool isAnimated() const { return m_animated; }
    // Whether animations are wanted: the setting, and the desktop's own effects switch.
    static bool animationsWanted();

    // 0 at the start position, 1 at the end (for tests and the player's holds).
    double phase() const { return m_phase; }
    void setPhase(double phase);
    QString description() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void restart();

    std::optional<ExerciseLevel> m_level;
    QString m_name;
    bool m_placeholder = false; // a physical therapist's exercise: no drawing of its own
    bool m_animated = true;
    double m_phase = 0;
    QVariantAnimation* m_animation;
};

} // namespace backstride
