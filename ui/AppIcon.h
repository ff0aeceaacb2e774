#pragma once

#include <QIcon>
#include <QSize>
#include <QString>

namespace backstride {

// Backstride's icon from PNG sizes compiled in (resources/icons/hicolor): an SVG icon would load
// Qt's SVG plugin and library on every start. Each size is decoded at once, so only those a title
// bar, task switcher or dialog asks for.
inline QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128})
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/backstride.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace backstride
