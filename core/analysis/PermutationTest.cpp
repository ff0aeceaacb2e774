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

const std::vector<std::uint32_t>& PermutationTest::permutationsOf(int blocks)
{
    auto found = m_cache.find(blocks);
    if (found != m_cache.end())
        return *found->second;
    // The orders depend only on the seed, the count and the number of blocks: made once per
    // process and shared by every test and every analysis (the window asks for the same ones
    // again on every reload).
    static QMutex mutex;
    static std::map<std::tuple<std::uint64_t, int, int>, std::shared_ptr<const std::vector<std::uint32_t>>> shared;
    const QMutexLocker lock(&mutex);
    std::shared_ptr<const std::vector<std::uint32_t>>& made = shared[{m_seed, m_permutations, blocks}];
    if (!made) {
        auto orders = std::make_shared<std::vector<std::uint32_t>>(std::size_t(m_permutations) * blocks);
        Random random(m_seed ^ (std::uint64_t(blocks) << 32));
        for (int p = 0; p < m_permutations; ++p) {
            std::uint32_t* order = orders->data() + std::size_t(p) * blocks;
            std::iota(order, order + blocks, std::uint32_t(0));
            // Fisher-Yates.
            for (int i = blocks - 1; i > 0; --i)
                std::swap(order[i], order[random.below(std::uint32_t(i + 1))]);
            // Kept as the index into a test's cross-product table, row `from`, column `to`.
            for (int to = 0; to < blocks; ++to)
                order[to] = order[to] * std::uint32_t(blocks) + std::uint32_t(to);
        }
        made = std::move(orders);
    }
    return *m_cache.emplace(blocks, made).first->second;
}

double PermutationTest::pValue(const QList<std::optional<double>>& x, const QList<double>& y, int blockSize)
{
    // Only blocks with at least one value of x take part: a stretch of weeks without any (before
    // the runner began logging sitting, say) must not count as weeks where x "was" low.
    const qsizetype slots = std::min(x.size(), y.size());
    QList<qsizetype> kept; // the first slot of each block that takes part
    for (qsizetype first = 0; first + blockSize <= slots; first += blockSize) {
        for (qsizetype k = 0; k < blockSize; ++k) {
            if (x.at(first + k)) {
                kept.append(first);
                break;
            }
        }
    }
    const int blocks = int(kept.size());
    if (blocks < 2)
        return 1;
    // Centred ranks: x over its present values, y over every slot kept; a missing x is a zero.
    QList<double> present;
    QList<double> keptY;
    for (qsizetype first : kept) {
        for (qsizetype k = 0; k < blockSize; ++k) {
            if (x.at(first + k))
                present.append(*x.at(first + k));
            keptY.append(y.at(first + k));
        }
    }
    const QList<double> presentRanks = averageRanks(present);
    const double xMean = (present.size() + 1) / 2.0;
    std::vector<double> rx(std::size_t(blocks) * blockSize, 0.0);
    qsizetype next = 0;
    for (int b = 0; b < blocks; ++b) {
        for (int k = 0; k < blockSize; ++k) {
            if (x.at(kept.at(b) + k))
                rx[std::size_t(b) * blockSize + k] = presentRanks.at(next++) - xMean;
        }
    }
    const QList<double> yRanks = averageRanks(keptY);
    const double yMean = (yRanks.size() + 1) / 2.0;

    // The statistic of a permutation is a sum over blocks of C[from][to], where C is the
    // cross-product of x's block `from` with y's block `to`: each permutation then costs one
    // addition per block, whatever the block size.
    std::vector<double> cross(std::size_t(blocks) * blocks, 0.0);
    for (int from = 0; from < blocks; ++from) {
        for (int to = 0; to < blocks; ++to) {
            double sum = 0;
            for (int k = 0; k < blockSize; ++k)
                sum += rx[from * blockSize + k] * (yRanks.at(to * blockSize + k) - yMean);
            cross[std::size_t(from) * blocks + to] = sum;
        }
    }
    double observed = 0;
    for (int b = 0; b < blocks; ++b)
        observed += cross[std::size_t(b) * blocks + b];
    // Rounding must not turn a permutation equal to the observed one into a smaller one.
    const double bar = std::abs(observed) * (1 - 1e-12) - 1e-12;
    const std::vector<std::uint32_t>& orders = permutationsOf(blocks);
    int asExtreme = 0;
    int p = 0;
    // Four permutations at a time: each sum is a chain of dependent additions, and four chains
    // keep the adder busy (each sum still adds in the same order, so p does not change).
    for (; p + 4 <= m_permutations; p += 4) {
        const std::uint32_t* first = orders.data() + std::size_t(p) * blocks;
        const std::uint32_t* second = first + blocks;
        const std::uint32_t* third = second + blocks;
        const std::uint32_t* fourth = third + blocks;
        double a = 0, b = 0, c = 0, d = 0;
        for (int to = 0; to < blocks; ++to) {
            a += cross[first[to]];
            b += cross[second[to]];
            c += cross[third[to]];
            d += cross[fourth[to]];
        }
        asExtreme += int(std::abs(a) >= bar) + int(std::abs(b) >= bar) + int(std::abs(c) >= bar)
            + int(std::abs(d) >= bar);
    }
    for (; p < m_permutations; ++p) {
        const std::uint32_t* order = orders.data() + std::size_t(p) * blocks;
        double statistic = 0;
        for (int to = 0; to < blocks; ++to)
            statistic += cross[order[to]];
        if (std::abs(statistic) >= bar)
            ++asExtreme;
    }
    return (asExtreme + 1.0) / (m_permutations + 1.0);
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

} // namespace backstride
