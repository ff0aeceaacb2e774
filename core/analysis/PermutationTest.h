#pragma once

#include <QList>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace backstride {

// How the slots of a series may be rearranged under "no link". Slots come in periods of
// `period` slots; `cuts` splits each period into units (a unit starts at each cut), and a unit
// only trades places with the units at the same place of other periods: its stratum.
//
// Days: periods of 7 days cut into half-weeks (4 days and 3), so a Monday stays a Monday and the
// days next to each other stay together within their half-week. Whole weeks (one unit per period)
// were the design before (issue 35): they allow only w! orders in w weeks, 24 in four weeks, so
// no p below 1/24 and, after the false-discovery rate, no link at all before five weeks. Shuffling
// days singly among the same weekday (7 strata) reaches p < 0.01 in two weeks but forgets that a
// day is like the day before: with sitting hours that carry over from day to day (an AR(1) of 0.6)
// or busy weeks, 12-18 % of independent noise series came out at p <= 0.05 in our simulation
// (300 series each, 28 to 182 days; 5 % is honest), half-weeks 7-9 % and whole weeks 5-6 %.
// Exchangeability within blocks and strata: Winkler et al. (2014, NeuroImage 92:381, "exchangeability
// blocks"); keeping neighbouring observations together in blocks: Künsch (1989, Ann Stat 17:1217).
// Weeks and runs of the weekly series: one slot per unit, one stratum (a plain permutation).
struct PermutationDesign
{
    int period = 1;
    std::vector<int> cuts {0};

    static PermutationDesign halfWeeks() { return {7, {0, 4}}; }
    static PermutationDesign single() { return {1, {0}}; }
};

// What one test found: the p-value, the smallest p its design could give for the data it had, and
// how many rearrangements there were (`exact` when every one was tried, not a random sample).
struct PermutationOutcome
{
    double p = 1;
    double minP = 1;
    double rearrangements = 1; // all distinct rearrangements of the units, the observed one included
    bool exact = true;
    int drawn = 0; // random rearrangements drawn (0 when exact): fewer than asked once p is clearly large
    std::vector<int> unitsPerStratum; // the units that took part
};

// The test of chance behind the factor engine: how often would a link this strong appear if the
// factor's units were rearranged as the design allows? Two-sided. When there are no more
// rearrangements than `permutations`, every one is tried and p is exact (the observed order counts
// as one of them); otherwise `permutations` are drawn at random and p is (b + 1) / (m + 1)
// (Phipson & Smyth 2010, Stat Appl Genet Mol Biol 9:39), never an impossible p = 0.
class PermutationTest
{
public:
    PermutationTest(int permutations, std::uint64_t seed);

    // `x` and `y` hold one value per slot. A missing x takes no part, nor does a unit without
    // any x. The statistic is the covariance of the centred ranks, so ties and missing values
    // need no special case; the same random orders serve every test of one shape, so the output is
    // the same on every run.
    PermutationOutcome test(const QList<std::optional<double>>& x, const QList<double>& y, const PermutationDesign& design);

    // The smallest p a test with these many units in each stratum can give.
    static double minimumP(const std::vector<int>& unitsPerStratum, int permutations);

    int permutations() const { return m_permutations; }

private:
    // m_permutations random orders of `units` units, one stream per stratum, each kept as the
    // index into a k-by-k cross table (row `from`, column `to`).
    const std::vector<std::uint32_t>& ordersOf(int units, int stratum);

    int m_permutations;
    std::uint64_t m_seed;
    std::map<std::pair<int, int>, std::shared_ptr<const std::vector<std::uint32_t>>> m_cache;
};

// Benjamini & Hochberg (1995, J R Stat Soc B 57:289) adjusted p-values: the false-discovery rate at
// which each test would just count, over the whole family, in the order given.
QList<double> benjaminiHochberg(const QList<double>& p);

// Which tests may join the false-discovery family at all (Tarone 1990, Biometrics 46:515; for the
// false-discovery rate, Gilbert 2005, J R Stat Soc C 54:143): a test whose smallest attainable p
// is above alpha / K could never count, so it only makes the others' bar higher. K is the
// smallest number with at most K tests able to reach alpha / K; the tests that can make up the
// family, and K is returned. `minP` in the order of the tests.
struct DiscreteFamily
{
    QList<bool> member;
    int k = 0;
};
DiscreteFamily discreteFamily(const QList<double>& minP, double alpha);

} // namespace backstride
