// The charts module (libbackstride-charts.so): the trends page and the drawn report, with Qt
// Charts and Qt PrintSupport, loaded by the window when first wanted (ui/window/ChartsModule.cpp).
#include "ChartsModuleTable.h"

extern "C" Q_DECL_EXPORT const backstride::ChartsModuleApi* backstride_charts()
{
    return backstride::chartsModuleTable();
}
