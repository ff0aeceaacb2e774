#pragma once

#include "JournalContent.h"

#include <QDate>

namespace backstride {

// A synthetic but realistic journal for demos, tests and benchmarks. The same options always give
// the same journal, on every machine: the random numbers come from our own generator, not from
// the standard library's implementation-defined distributions.
//
// What it simulates, following DESIGN.md: training blocks whose weekly mileage ramps up (sometimes
// too fast) with recovery weeks and a race; desk weeks, crunch weeks and holidays; self-care habits
// that lapse and resume; and pain episodes that become likelier after mileage jumps, long sitting
// days, runs without a glute warm-up and weeks without core work — muscular ones mostly, some
// radiating into the buttock and leg.
class JournalGenerator
{
public:
    struct Options
    {
        int years = 1;
        quint64 seed = 1;
        QDate lastDay; // the journal ends on this day
        // The demo journal: a spreading-pain episode starts eleven days before the end, so a
        // newcomer sees the serious flags, the body map and the pain trend on the first screen.
        bool recentEpisode = false;
    };

    static JournalContent generate(const Options& options);
};

} // namespace backstride
