#pragma once

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
    LoadedLibrary(const QString& name, int majorVersion);

    // Points `function` at the library's `symbol`; if it is not there, `function` stays null and
    // missing() says why.
    template <typename Function>
    void resolve(Function*& function, const char* symbol)
    {
        function = reinterpret_cast<Function*>(address(symbol));
    }

    // Why the library cannot be used; empty when every function resolved.
    const QString& missing() const { return m_missing; }

private:
    QFunctionPointer address(const char* symbol);

    QLibrary m_library;
    QString m_missing;
};

} // namespace backstride
