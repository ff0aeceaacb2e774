#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace backstride::ReminderAutostart {

// The XDG autostart entry that starts `backstride remind --wait` at login (GNOME, KDE and the
// others all read ~/.config/autostart; no tray icon needed).
QString path();
// The entry's text for `program` and `journal` (the default journal when empty).
QString entry(const QString& program, const QString& journal);
// The Exec line's form of an argument (the Desktop Entry Specification's quoting).
QString quoted(const QString& argument);
Status write(const QString& program, const QString& journal);
Status remove();
bool isOn();

} // namespace backstride::ReminderAutostart
