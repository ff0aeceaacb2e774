#pragma once

#include "ChartsModuleApi.h"

#include <QString>

namespace backstride::ChartsModule {

// The charts module's entry points, loaded the first time they are wanted from the folder the
// window module lives in; nullptr, with `error` saying why, when the module cannot be loaded.
const ChartsModuleApi* api(QString* error = nullptr);
// A program that links the charts code in (the tests, the benchmarks) hands its table over
// instead, and nothing is loaded.
void useLinkedIn(const ChartsModuleApi* linkedIn);

} // namespace backstride::ChartsModule
