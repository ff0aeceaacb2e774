#pragma once

#include "Run.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace backstride {

// One activity the back makes hard, as the runner names it ("run 10 km", "sit through a workday"),
// and how well it goes this week: 0 cannot do it ... 10 as well as before the back trouble. The
// method of the Patient-Specific Functional Scale (Stratford et al. 1995, Physiotherapy Canada
// 47:258), in Backstride's own words; none of a published form's text.
struct ActivityRating
{
    QString name;
    int score = 0;

    bool operator==(const ActivityRating&) const = default;
};

// The weekly function check-in: up to five activities with their ratings, and the global rating of
// change, "compared with when you started, your back is ..." from -5 (very much worse) through 0
// (about the same) to +5 (completely recovered) (Kamper et al. 2009, J Man Manip Ther 17:163).
struct CheckIn
{
    static constexpr int maxActivities = 5; // Stratford 1995: up to five
    static constexpr int maxNameLength = 60;
    static constexpr int minScore = 0;
    static constexpr int maxScore = 10;
    static constexpr int minGlobalChange = -5;
    static constexpr int maxGlobalChange = 5;

    EntryId id = 0;
    QDate date;
    QList<ActivityRating> activities;
    std::optional<int> globalChange;
    QString notes;

    // The function score: the mean of the activities' ratings (none without activities).
    std::optional<double> meanScore() const;

    bool operator==(const CheckIn&) const = default;
};

} // namespace backstride
