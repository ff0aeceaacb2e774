#pragma once

#include "ChartsModuleApi.h"

namespace backstride {

// The charts module's table of entry points, for the module's exported function and for the
// programs that link the charts code in (tests, benchmarks).
const ChartsModuleApi* chartsModuleTable();

} // namespace backstride
