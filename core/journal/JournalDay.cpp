#include "JournalDay.h"

#include <algorithm>

namespace backstride {

double JournalDay::distanceM() const
{
    double total = 0;
    for (const Run& run : runs)
        total += run.distanceM;
    return total;
}

std::optional<int> JournalDay::maxPain() const
{
    if (pain.isEmpty())
        return std::nullopt;
    return std::max_element(pain.cbegin(), pain.cend(), [](const PainEntry& a, const PainEntry& b) {
        return a.intensity < b.intensity;
    })->intensity;
}

} // namespace backstride
