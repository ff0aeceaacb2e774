#pragma once

#include <QIcon>
#include <QSize>
#include <QString>

namespace backstride {

// Backstride's window icon from PNG sizes compiled in (resources/icons/hicolor): an SVG icon would
// load Qt's SVG plugin and library on every start. Each size is decoded when it is added (a 128 px
// one cost 4 % of start-up), so only the small ones an X11 title bar asks for: desktops take the
// large ones from the installed icon theme, through the desktop file name (WindowCommand).
inline QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64})
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/backstride.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace backstride
