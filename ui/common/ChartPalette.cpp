#include "ChartPalette.h"

namespace backstride {

// Every colour here meets WCAG 2.1 AA against the palette's base (4.5:1 where it is text: pain in
// the journal, the severity badges on their card's tint; 3:1 for chart lines and points), in a
// light and a dark palette (AccessibilityTest checks them).
bool ChartPalette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor ChartPalette::pain(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x7a, 0x45) : QColor(0xc2, 0x41, 0x0c);
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

QColor ChartPalette::painkiller(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x4d, 0xd0, 0xa8) : QColor(0x00, 0x7a, 0x5e);
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
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb7, 0x1c, 0x1c);
    case 1:
        return dark ? QColor(0xff, 0x98, 0x00) : QColor(0x9c, 0x47, 0x00);
    case 2:
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x6d, 0x00);
    default:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x1f, 0x5f, 0x8b);
    }
}

double ChartPalette::cardTint(int severityRank)
{
    return severityRank <= 1 ? 0.16 : 0.06;
}

QColor ChartPalette::blend(const QColor& a, const QColor& b, double amountOfB)
{
    const double keep = 1 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
        float(a.greenF() * keep + b.greenF() * amountOfB), float(a.blueF() * keep + b.blueF() * amountOfB));
}

} // namespace backstride
