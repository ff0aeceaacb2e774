#pragma once

#include "PainEntry.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace backstride {

// How far from the spine a pain entry reaches: the level of its most distant body-map site, on
// each side and overall. Whether pain moves towards the spine (centralises) or down the leg
// (peripheralises) over weeks is one of the strongest signs a physical therapist reads in back
// pain: centralising goes with a good outcome, peripheralising is a reason to be seen sooner
// (Donelson et al. 1990, Spine 15:211; Werneke & Hart 2001, Spine 26:758; May & Aina 2012,
// Man Ther 17:497). The levels follow the dermatomal sequence those studies grade by:
//   0 low back or mid-back · 1 buttock · 2 hip, groin or thigh · 3 knee · 4 calf or shin · 5 foot
namespace PainExtent {

inline constexpr int kLowBack = 0;
inline constexpr int kButtock = 1;
inline constexpr int kBelowKnee = 4; // calf, shin and foot
inline constexpr int kFoot = 5;

enum class Side { Left, Right };

// The level of one site (0 for a site that is not on the map).
int levelOf(const QString& site);
// Whether a site is on that side of the body; the centre sites (lower-back-center, mid-back) are
// on neither and count for both sides at level 0.
bool isOn(const QString& site, Side side);

struct Extent
{
    std::optional<int> overall; // none for an entry without sites
    std::optional<int> left; // none when the entry has no site on the left or in the centre
    std::optional<int> right;

    std::optional<int> on(Side side) const { return side == Side::Left ? left : right; }
};

Extent of(const PainEntry& entry);
// The sites of the entry on that side at or beyond `level`, as stored words.
QStringList sitesAtOrBeyond(const PainEntry& entry, Side side, int level);

QString sideId(Side side); // "left", "right"
QString sideLabel(Side side); // translated: "left side"
// A level in words for a runner ("the buttock", "the knee"), translated.
QString levelLabel(int level);

} // namespace PainExtent
} // namespace backstride
