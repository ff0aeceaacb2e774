#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace backstride {

// What waits on this morning's answer (no morning pain logged yet): the day before's
// return-to-run session, whose count the plan decides the morning after, and the day before's
// exercises whose level the programme moves on the morning after (those of more than one level
// that did not already hurt during it: their step back needs no morning). The morning question and
// its reminder ask it (TodayJournal::morningQuestion).
struct MorningWait
{
    std::optional<QString> planSession; // "walk 2 min / run 3 min × 6, pain 2/10"
    QStringList exercises; // "Glute bridge, level 2", in the order done
};

} // namespace backstride
