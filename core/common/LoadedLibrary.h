#pragma once

#include <QCoreApplication>
#include <QLibrary>
#include <QString>

namespace backstride {

// A shared library loaded when it is first needed, not by every Backstride process: each library
// the loader maps at start-up is paid by every headless command (bench/README.md). Its functions
// are resolved into pointers of the types its own header declares (decltype(&zip_open)).
class LoadedLibrary
{
public:
    // "zip", 4: libzip.so.4.
    LoadedLibrary(const QString& name, int majorVersion)
        : m_library(name, majorVersion)
    {
        if (!m_library.load())
            m_missing = m_library.errorString();
    }

    // Points `function` at the library's `symbol`; if it is not there, `function` stays null and
    // missing() says why.
    template <typename Function>
    void resolve(Function*& function, const char* symbol)
    {
        function = m_missing.isEmpty() ? reinterpret_cast<Function*>(m_library.resolve(symbol)) : nullptr;
        if (!function && m_missing.isEmpty())
            m_missing = QCoreApplication::translate("LoadedLibrary", "%1 has no function %2")
                            .arg(m_library.fileName(), QLatin1String(symbol));
    }

    // Why the library cannot be used; empty when every function resolved.
    const QString& missing() const { return m_missing; }

private:
    QLibrary m_library;
    QString m_missing;
};

} // namespace backstride
