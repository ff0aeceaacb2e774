#include "ChartsModule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>

#include <dlfcn.h>

namespace backstride::ChartsModule {
namespace {

const ChartsModuleApi* s_api = nullptr;
QString s_error;

// The charts module sits beside the library this code is linked into (the window module), in
// the build tree as once installed; a program that links this code statically looks beside itself.
QString modulePath()
{
    Dl_info info {};
    const QString here = dladdr(reinterpret_cast<void*>(&modulePath), &info) != 0 && info.dli_fname
        ? QFileInfo(QString::fromLocal8Bit(info.dli_fname)).canonicalPath()
        : QCoreApplication::applicationDirPath();
    return here + QLatin1String("/libbackstride-charts.so");
}

} // namespace

void useLinkedIn(const ChartsModuleApi* linkedIn)
{
    s_api = linkedIn;
}

const ChartsModuleApi* api(QString* error)
{
    if (!s_api && s_error.isEmpty()) {
        QLibrary module(modulePath());
        using Entry = const ChartsModuleApi* (*)();
        const auto entry = reinterpret_cast<Entry>(module.resolve(chartsModuleEntry));
        if (entry)
            s_api = entry(); // the library stays loaded: QLibrary unloads only on unload()
        else
            s_error = QCoreApplication::translate(
                "ChartsModule", "the charts cannot be shown: %1 (is Backstride installed completely?)")
                          .arg(module.errorString());
    }
    if (!s_api && error)
        *error = s_error;
    return s_api;
}

} // namespace backstride::ChartsModule
