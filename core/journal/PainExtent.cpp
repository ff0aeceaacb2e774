#include "PainExtent.h"

#include <QCoreApplication>

#include <algorithm>

namespace backstride::PainExtent {
namespace {

// The body-map sites and their levels (INTERFACES.md's site vocabulary), after the grading in
// the header's sources.
struct SiteLevel
{
    const char* prefix;
    int level;
};

const SiteLevel kLevels[] = {
    {"lower-back-", kLowBack},
    {"mid-back", kLowBack},
    {"buttock-", kButtock},
    {"hip-", 2},
    {"groin-", 2},
    {"thigh-", 2},
    {"knee-", 3},
    {"calf-", kBelowKnee},
    {"shin-", kBelowKnee},
    {"foot-", kFoot},
};

bool isCentre(const QString& site)
{
    return site == QLatin1String("lower-back-center") || site == QLatin1String("mid-back");
}

} // namespace

int levelOf(const QString& site)
{
    for (const SiteLevel& row : kLevels) {
        if (site.startsWith(QLatin1String(row.prefix)))
            return row.level;
    }
    return kLowBack;
}

bool isOn(const QString& site, Side side)
{
    return site.endsWith(side == Side::Left ? QLatin1String("-left") : QLatin1String("-right"));
}

Extent of(const PainEntry& entry)
{
    Extent extent;
    auto raise = [](std::optional<int>& slot, int level) { slot = std::max(slot.value_or(level), level); };
    for (const QString& site : entry.sites) {
        const int level = levelOf(site);
        raise(extent.overall, level);
        if (isCentre(site)) {
            raise(extent.left, level);
            raise(extent.right, level);
        } else if (isOn(site, Side::Left)) {
            raise(extent.left, level);
        } else if (isOn(site, Side::Right)) {
            raise(extent.right, level);
        }
    }
    return extent;
}

QStringList sitesAtOrBeyond(const PainEntry& entry, Side side, int level)
{
    QStringList sites;
    for (const QString& site : entry.sites) {
        if (isOn(site, side) && levelOf(site) >= level)
            sites.append(site);
    }
    return sites;
}

QString sideId(Side side)
{
    return side == Side::Left ? QStringLiteral("left") : QStringLiteral("right");
}

QString sideLabel(Side side)
{
    return side == Side::Left ? QCoreApplication::translate("PainExtent", "left side")
                              : QCoreApplication::translate("PainExtent", "right side");
}

QString levelLabel(int level)
{
    switch (level) {
    case 0:
        return QCoreApplication::translate("PainExtent", "the low back");
    case 1:
        return QCoreApplication::translate("PainExtent", "the buttock");
    case 2:
        return QCoreApplication::translate("PainExtent", "the hip or thigh");
    case 3:
        return QCoreApplication::translate("PainExtent", "the knee");
    case 4:
        return QCoreApplication::translate("PainExtent", "the calf or shin");
    default:
        return QCoreApplication::translate("PainExtent", "the foot");
    }
}

} // namespace backstride::PainExtent
