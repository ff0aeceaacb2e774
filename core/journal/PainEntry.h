#pragma once

#include "Run.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace backstride {

// One observation of pain: how strong, where, what it felt like, when and what made it worse.
// The list fields hold stored vocabulary words (see Vocabulary.h) in vocabulary order.
struct PainEntry
{
    EntryId id = 0;
    QDate date;
    std::optional<QTime> time;
    int intensity = 0; // 0-10
    QStringList sites;
    QStringList character;
    QStringList timing;
    QStringList aggravators;
    QStringList redFlags;
    // Whether the warning-sign questions were put: true where the form asked them (an empty
    // redFlags then means none of them); unknown for entries from before this was kept.
    std::optional<bool> redFlagsAsked;
    std::optional<EntryId> runId; // the run it came with, if any
    QString notes;

    bool radiates() const;
    bool radiatesBelowKnee() const;

    bool operator==(const PainEntry&) const = default;
};

} // namespace backstride
