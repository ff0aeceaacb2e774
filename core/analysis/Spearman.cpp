#include "Spearman.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace backstride {
QList<double> averageRanks(const QList<double>& values)
{
    QList<qsizetype> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
        [&values](qsizetype a, qsizetype b) { return values.at(a) < values.at(b); });
    QList<double> result(values.size());
    for (qsizetype i = 0; i < order.size();) {
        qsizetype j = i;
        while (j + 1 < order.size() && values.at(order.at(j + 1)) == values.at(order.at(i)))
            ++j;
        const double averageRank = (i + j) / 2.0 + 1;
        for (qsizetype k = i; k <= j; ++k)
            result[order.at(k)] = averageRank;
        i = j + 1;
    }
    return result;
}

RankCorrelation spearman(const QList<double>& x, const QList<double>& y)
{
    RankCorrelation result;
    result.n = static_cast<int>(std::min(x.size(), y.size()));
    if (result.n < 3)
        return result;
    const QList<double> rx = averageRanks(x.mid(0, result.n));
    const QList<double> ry = averageRanks(y.mid(0, result.n));
    // Pearson's correlation of the ranks (correct with ties, unlike the 6·Σd² shortcut).
    const double mean = (result.n + 1) / 2.0;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < result.n; ++i) {
        sxy += (rx.at(i) - mean) * (ry.at(i) - mean);
        sxx += (rx.at(i) - mean) * (rx.at(i) - mean);
        syy += (ry.at(i) - mean) * (ry.at(i) - mean);
    }
    if (sxx == 0 || syy == 0)
        return result;
    result.rho = sxy / std::sqrt(sxx * syy);
    return result;
}

} // namespace backstride
