#pragma once

#include <QColor>
#include <QPalette>

namespace backstride {

// The colours Backstride uses for its measures, the same in every view (pain is always the same
// red-orange), chosen for the current light or dark palette so both stay readable.
namespace ChartPalette {

bool isDark(const QPalette& palette);
QColor pain(const QPalette& palette);
QColor painMax(const QPalette& palette);
QColor distance(const QPalette& palette);
QColor sitting(const QPalette& palette);
QColor painkiller(const QPalette& palette);
QColor flagShade(const QPalette& palette);
QColor severity(int severityRank, const QPalette& palette); // 0 urgent ... 3 info
// How strongly a card of that severity is tinted with its colour: solid for the serious ones.
double cardTint(int severityRank);
QColor blend(const QColor& a, const QColor& b, double amountOfB);

} // namespace ChartPalette
} // namespace backstride
