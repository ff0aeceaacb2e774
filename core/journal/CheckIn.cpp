#include "CheckIn.h"

namespace backstride {

std::optional<double> CheckIn::meanScore() const
{
    if (activities.isEmpty())
        return std::nullopt;
    int sum = 0;
    for (const ActivityRating& activity : activities)
        sum += activity.score;
    return double(sum) / activities.size();
}

} // namespace backstride
