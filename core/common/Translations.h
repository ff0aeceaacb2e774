#pragma once

#include <QLocale>
#include <QStringList>

namespace backstride::Translations {

// Installs Backstride's own translation and Qt's (standard buttons, dialogs) for `locale`'s
// languages on the running application, replacing any installed before. English needs none.
// Returns the translation files loaded, for logs and tests.
QStringList install(const QLocale& locale = QLocale());

} // namespace backstride::Translations
