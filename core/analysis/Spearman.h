#pragma once

#include <QList>

#include <optional>

namespace backstride {

// Spearman's rank correlation: how consistently one measure rises with another, whatever the
// shape of the relationship. Ties get their average rank.
struct RankCorrelation
{
    std::optional<double> rho; // empty when fewer than 3 pairs or either side never varies
    int n = 0;
};

// Ranks with ties sharing their average rank, from 1.
QList<double> averageRanks(const QList<double>& values);

RankCorrelation spearman(const QList<double>& x, const QList<double>& y);

} // namespace backstride
