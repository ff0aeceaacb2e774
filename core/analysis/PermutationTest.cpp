#include "PermutationTest.h"

#include "Spearman.h"

#include <QMutex>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace backstride {
namespace {

// SplitMix64 (Steele, Lea & Flood 2014): small, fast, and the same numbers on every platform,
// which std::shuffle and the standard distributions do not promise.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound), without the bias of a plain modulo (Lemire 2019).
    std::uint32_t below(std::uint32_t bound)
    {
        std::uint64_t m = (next() >> 32) * bound;
        std::uint32_t low = static_cast<std::uint32_t>(m);
        if (low < bound) {
            const std::uint32_t threshold = static_cast<std::uint32_t>(-bound) % bound;
            while (low < threshold) {
                m = (next() >> 32) * bound;
                low = static_cast<std::uint32_t>(m);
            }
        }
        return static_cast<std::uint32_t>(m >> 32);
    }

private:
    std::uint64_t m_state;
};

} // namespace

PermutationTest::PermutationTest(int permutations, std::uint64_t seed)
    : m_permutations(std::max(1, permutations)), m_seed(seed)
{
}

namespace {

// k! for every stratum, multiplied, in floating point: it only has to be compared.
double rearrangementsOf(const std::vector<int>& unitsPerStratum)
{
    double total = 1;
    for (int units : unitsPerStratum) {
        for (int i = 2; i <= units; ++i)
            total *= i;
    }
    return total;
}

} // namespace

double PermutationTest::minimumP(const std::vector<int>& unitsPerStratum, int permutations)
{
    const double total = rearrangementsOf(unitsPerStratum);
    return total <= permutations ? 1 / total : 1.0 / (permutations + 1.0);
}

const std::vector<std::uint32_t>& PermutationTest::ordersOf(int units, int stratum)
{
    const std::pair<int, int> key {units, stratum};
    auto found = m_cache.find(key);
    if (found != m_cache.end())
        return *found->second;
    // The orders depend only on the seed, the count, the number of units and the stratum: made
    // once per process and shared by every test and every analysis (the window asks for the same
    // ones again on every reload), and by every layout with as many units in that stratum.
    static QMutex mutex;
    static std::map<std::tuple<std::uint64_t, int, int, int>, std::shared_ptr<const std::vector<std::uint32_t>>> shared;
    const QMutexLocker lock(&mutex);
    std::shared_ptr<const std::vector<std::uint32_t>>& made = shared[{m_seed, m_permutations, units, stratum}];
    if (!made) {
        auto orders = std::make_shared<std::vector<std::uint32_t>>(std::size_t(m_permutations) * units);
        Random random(m_seed ^ (std::uint64_t(units) << 32) ^ (std::uint64_t(stratum) << 48));
        for (int p = 0; p < m_permutations; ++p) {
            std::uint32_t* order = orders->data() + std::size_t(p) * units;
            std::iota(order, order + units, std::uint32_t(0));
            // Fisher-Yates.
            for (int i = units - 1; i > 0; --i)
                std::swap(order[i], order[random.below(std::uint32_t(i + 1))]);
            for (int to = 0; to < units; ++to)
                order[to] = order[to] * std::uint32_t(units) + std::uint32_t(to);
        }
        made = std::move(orders);
    }
    return *m_cache.emplace(key, made).first->second;
}

PermutationOutcome PermutationTest::test(
    const QList<std::optional<double>>& x, const QList<double>& y, const PermutationDesign& design)
{
    // The units: each period cut at the design's cuts. Only units with at least one value of x take
    // part: a stretch of weeks without any (before the runner began logging sitting, say) must not
    // count as weeks where x "was" low.
    struct Unit
    {
        qsizetype first;
        int length;
        int stratum;
    };
    const qsizetype slots = std::min(x.size(), y.size());
    std::vector<Unit> kept;
    for (qsizetype start = 0; start + design.period <= slots; start += design.period) {
        for (std::size_t c = 0; c < design.cuts.size(); ++c) {
            const int from = design.cuts[c];
            const int to = c + 1 < design.cuts.size() ? design.cuts[c + 1] : design.period;
            for (int k = from; k < to; ++k) {
                if (x.at(start + k)) {
                    kept.push_back({start + from, to - from, int(c)});
                    break;
                }
            }
        }
    }
    const int units = int(kept.size());
    std::map<int, std::vector<int>> members; // stratum -> its units, in order
    for (int u = 0; u < units; ++u)
        members[kept[std::size_t(u)].stratum].push_back(u);
    std::vector<int> sizes;
    for (const auto& [stratum, inStratum] : members)
        sizes.push_back(int(inStratum.size()));
    PermutationOutcome outcome;
    outcome.rearrangements = rearrangementsOf(sizes);
    outcome.exact = outcome.rearrangements <= m_permutations;
    outcome.minP = minimumP(sizes, m_permutations);
    outcome.unitsPerStratum = sizes;
    if (outcome.rearrangements < 2)
        return outcome;

    // Centred ranks: x over its present values, y over every slot kept; a missing x is a zero.
    QList<double> present;
    QList<double> keptY;
    std::vector<qsizetype> offset(std::size_t(units) + 1, 0); // where each unit's slots begin
    for (int u = 0; u < units; ++u) {
        const Unit& unit = kept[std::size_t(u)];
        for (int k = 0; k < unit.length; ++k) {
            if (x.at(unit.first + k))
                present.append(*x.at(unit.first + k));
            keptY.append(y.at(unit.first + k));
        }
        offset[std::size_t(u) + 1] = offset[std::size_t(u)] + unit.length;
    }
    const QList<double> presentRanks = averageRanks(present);
    const double xMean = (present.size() + 1) / 2.0;
    std::vector<double> rx(std::size_t(keptY.size()), 0.0);
    qsizetype next = 0;
    for (int u = 0; u < units; ++u) {
        const Unit& unit = kept[std::size_t(u)];
        for (int k = 0; k < unit.length; ++k) {
            if (x.at(unit.first + k))
                rx[std::size_t(offset[std::size_t(u)] + k)] = presentRanks.at(next++) - xMean;
        }
    }
    const QList<double> yRanks = averageRanks(keptY);
    const double yMean = (yRanks.size() + 1) / 2.0;

    // The statistic of a rearrangement is a sum over units of C[from][to], where C is the
    // cross-product of x's unit `from` with y's unit `to`, both of one stratum (so of one length):
    // each stratum has its own small table, and a rearrangement costs one addition per unit,
    // whatever the unit's length.
    struct Stratum
    {
        std::vector<int> members; // unit indices, in order
        std::vector<double> cross; // k x k
    };
    std::vector<Stratum> table;
    for (const auto& [stratum, inStratum] : members) {
        Stratum one;
        one.members = inStratum;
        const std::size_t k = one.members.size();
        one.cross.assign(k * k, 0.0);
        for (std::size_t from = 0; from < k; ++from) {
            const qsizetype fromAt = offset[std::size_t(one.members[from])];
            for (std::size_t to = 0; to < k; ++to) {
                const qsizetype toAt = offset[std::size_t(one.members[to])];
                double sum = 0;
                for (int i = 0; i < kept[std::size_t(one.members[to])].length; ++i)
                    sum += rx[std::size_t(fromAt + i)] * (yRanks.at(toAt + i) - yMean);
                one.cross[from * k + to] = sum;
            }
        }
        table.push_back(std::move(one));
    }
    double observed = 0;
    for (const Stratum& one : table) {
        const std::size_t k = one.members.size();
        for (std::size_t u = 0; u < k; ++u)
            observed += one.cross[u * k + u];
    }
    // Rounding must not turn a rearrangement equal to the observed one into a smaller one.
    const double bar = std::abs(observed) * (1 - 1e-12) - 1e-12;

    if (outcome.exact) {
        // Every rearrangement: each stratum's own sums over all its orders, then every combination
        // of one per stratum (their number is at most `permutations`).
        std::vector<double> totals {0.0};
        for (const Stratum& one : table) {
            const std::size_t k = one.members.size();
            std::vector<std::size_t> order(k);
            std::iota(order.begin(), order.end(), std::size_t(0));
            std::vector<double> sums;
            do {
                double sum = 0;
                for (std::size_t i = 0; i < k; ++i)
                    sum += one.cross[order[i] * k + i];
                sums.push_back(sum);
            } while (std::next_permutation(order.begin(), order.end()));
            std::vector<double> combined;
            combined.reserve(totals.size() * sums.size());
            for (double total : totals) {
                for (double sum : sums)
                    combined.push_back(total + sum);
            }
            totals = std::move(combined);
        }
        const auto asExtreme = std::count_if(totals.cbegin(), totals.cend(), [bar](double s) { return std::abs(s) >= bar; });
        outcome.p = double(asExtreme) / double(totals.size());
        return outcome;
    }

    // A random sample: each stratum shuffled on its own stream. Sequential (Besag & Clifford
    // 1991, Biometrika 78:301): once kStopAfter rearrangements have been as extreme as the
    // observed one, p is that many over the rearrangements drawn, a valid p-value, and the rest are
    // not drawn: a test far from mattering costs a few dozen rearrangements, one that may matter all.
    constexpr int kStopAfter = 20;
    struct Part
    {
        int k;
        const double* cross;
        const std::uint32_t* orders;
    };
    std::vector<Part> parts;
    for (std::size_t s = 0; s < table.size(); ++s) {
        const int k = int(table[s].members.size());
        parts.push_back({k, table[s].cross.data(), ordersOf(k, int(s)).data()});
    }
    int asExtreme = 0;
    int p = 0;
    // Four rearrangements at a time: each sum is a chain of dependent additions, and four chains
    // keep the adder busy (each sum still adds in the same order, so p does not change).
    for (; p + 4 <= m_permutations; p += 4) {
        double a = 0, b = 0, c = 0, d = 0;
        for (const Part& part : parts) {
            const std::uint32_t* first = part.orders + std::size_t(p) * part.k;
            const std::uint32_t* second = first + part.k;
            const std::uint32_t* third = second + part.k;
            const std::uint32_t* fourth = third + part.k;
            for (int to = 0; to < part.k; ++to) {
                a += part.cross[first[to]];
                b += part.cross[second[to]];
                c += part.cross[third[to]];
                d += part.cross[fourth[to]];
            }
        }
        const double four[] = {a, b, c, d};
        for (int i = 0; i < 4; ++i) {
            if (std::abs(four[i]) >= bar && ++asExtreme == kStopAfter) {
                outcome.drawn = p + i + 1;
                outcome.p = double(kStopAfter) / double(outcome.drawn);
                return outcome;
            }
        }
    }
    for (; p < m_permutations; ++p) {
        double statistic = 0;
        for (const Part& part : parts) {
            const std::uint32_t* order = part.orders + std::size_t(p) * part.k;
            for (int to = 0; to < part.k; ++to)
                statistic += part.cross[order[to]];
        }
        if (std::abs(statistic) >= bar)
            ++asExtreme;
    }
    outcome.drawn = m_permutations;
    outcome.p = (asExtreme + 1.0) / (m_permutations + 1.0);
    return outcome;
}

QList<double> benjaminiHochberg(const QList<double>& p)
{
    const qsizetype m = p.size();
    QList<qsizetype> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&p](qsizetype a, qsizetype b) { return p.at(a) < p.at(b); });
    QList<double> q(m, 1.0);
    double running = 1.0;
    for (qsizetype rank = m; rank >= 1; --rank) {
        const qsizetype index = order.at(rank - 1);
        running = std::min(running, p.at(index) * double(m) / double(rank));
        q[index] = running;
    }
    return q;
}

DiscreteFamily discreteFamily(const QList<double>& minP, double alpha)
{
    DiscreteFamily family;
    const qsizetype m = minP.size();
    family.member = QList<bool>(m, false);
    for (int k = 1; k <= m; ++k) {
        const double bar = alpha / k;
        const auto able = std::count_if(minP.cbegin(), minP.cend(), [bar](double p) { return p <= bar; });
        if (able <= k) {
            family.k = k;
            for (qsizetype i = 0; i < m; ++i)
                family.member[i] = minP.at(i) <= bar;
            return family;
        }
    }
    return family;
}

} // namespace backstride
