#include "PainEntry.h"

#include "Vocabulary.h"

#include <algorithm>

namespace backstride {

bool PainEntry::radiates() const
{
    return std::any_of(sites.cbegin(), sites.cend(), &Vocabulary::isRadiatingSite);
}

bool PainEntry::radiatesBelowKnee() const
{
    return std::any_of(sites.cbegin(), sites.cend(), &Vocabulary::isBelowKneeSite);
}

} // namespace backstride
