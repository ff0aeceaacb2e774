#pragma once

#include <QList>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace backstride {

// The test of chance behind the factor engine: how often would a link this strong appear if the
// factor's values were shuffled among the blocks of the series (whole weeks of days, or single
// weeks and runs)? Two-sided, with the permutation p-value (b + 1) / (m + 1) of Phipson & Smyth
// (2010, Stat Appl Genet Mol Biol 9:39), which never reports an impossible p = 0.
class PermutationTest
{
public:
    PermutationTest(int permutations, std::uint64_t seed);

    // `x` and `y` hold one value per slot; slots come in blocks of `blockSize` consecutive slots and
    // whole blocks of x are shuffled (slot k of a block stays slot k: a Monday stays a Monday). A
    // missing x takes no part, nor does a block without any x. The statistic is the covariance of the centred ranks, so ties and
    // missing values need no special case; the same permutations serve every test of one shape,
    // so the output is the same on every run.
    double pValue(const QList<std::optional<double>>& x, const QList<double>& y, int blockSize);

    int permutations() const { return m_permutations; }

private:
    const std::vector<std::uint32_t>& permutationsOf(int blocks); // m_permutations orders, as cross-table indices

    int m_permutations;
    std::uint64_t m_seed;
    std::map<int, std::shared_ptr<const std::vector<std::uint32_t>>> m_cache; // blocks -> the orders
};

// Benjamini & Hochberg (1995, J R Stat Soc B 57:289) adjusted p-values: the false-discovery rate at
// which each test would just count, over the whole family, in the order given.
QList<double> benjaminiHochberg(const QList<double>& p);

} // namespace backstride
