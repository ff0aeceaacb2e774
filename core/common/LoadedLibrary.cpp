#include "LoadedLibrary.h"

#include <QCoreApplication>

namespace backstride {

LoadedLibrary::LoadedLibrary(const QString& name, int majorVersion) : m_library(name, majorVersion)
{
    if (!m_library.load())
        m_missing = m_library.errorString();
}

QFunctionPointer LoadedLibrary::address(const char* symbol)
{
    if (!m_missing.isEmpty())
        return nullptr;
    const QFunctionPointer function = m_library.resolve(symbol);
    if (!function) // QLibrary says only "Unknown error" here
        m_missing = QCoreApplication::translate("LoadedLibrary", "%1 has no function %2")
                        .arg(m_library.fileName(), QLatin1String(symbol));
    return function;
}

} // namespace backstride
