#include "ChartPalette.h"

namespace backstride {

bool ChartPalette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor ChartPalette::pain(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x7a, 0x45) : QColor(0xd9, 0x48, 0x0f);
}

QColor ChartPalette::painMax(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xb3, 0x8a) : QColor(0x8c, 0x1d, 0x00);
}

QColor ChartPalette::distance(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x5b, 0x9b, 0xd5) : QColor(0x2f, 0x6f, 0xb0);
}

QColor ChartPalette::sitting(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x6a, 0x4c, 0x93);
}

QColor ChartPalette::flagShade(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xd5, 0x4f, 60) : QColor(0xff, 0xc1, 0x07, 70);
}

QColor ChartPalette::severity(int rank, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (rank) {
    case 0:
        return dark ? QColor(0xff, 0x52, 0x52) : QColor(0xb7, 0x1c, 0x1c);
    case 1:
        return dark ? QColor(0xff, 0x98, 0x00) : QColor(0xc4, 0x5a, 0x00);
    case 2:
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x6d, 0x00);
    default:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x1f, 0x5f, 0x8b);
    }
}

QColor ChartPalette::blend(const QColor& a, const QColor& b, double amountOfB)
{
    const double keep = 1 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
        float(a.greenF() * keep + b.greenF() * amountOfB), float(a.blueF() * keep + b.blueF() * amountOfB));
}

} // namespace backstride
