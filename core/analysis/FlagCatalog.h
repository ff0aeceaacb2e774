#pragma once

#include "Flag.h"

namespace backstride {

// The words of every flag — title, explanation, advice — kept as data, apart from the rules that
// decide when a flag fires. The texts paraphrase the reasoning of the reference article (a physical
// therapy assistant's guide for runners with low back pain); the red flags are standard clinical
// practice. Some flags have a stronger variant, chosen by the rule (radiating below the knee, a
// mileage ramp that pain followed).
namespace FlagCatalog {

// Every flag id, in the order flags of equal severity are listed.
const QStringList& ids();
// A flag with its translated texts and no evidence yet; `variant` picks a stronger wording.
Flag make(const QString& id, const QString& variant = QString());

} // namespace FlagCatalog
} // namespace backstride
