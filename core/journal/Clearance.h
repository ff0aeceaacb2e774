#pragma once

#include "Run.h"
#include "Validation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace backstride {

// The runner's physical therapist or doctor saw them and cleared them to run, to exercise, or both.
// A clearance lifts what was logged on or before its day (warning signs, pain below the knee, a
// see-a-professional flag) as an obstacle to what it cleared; what is logged after it blocks again.
struct Clearance
{
    EntryId id = 0;
    QDate date;
    QString by; // free text: "physical therapist", "Dr Weber"
    bool running = false;
    bool exercise = false;
    QString notes;

    // "running", "exercise": the journal JSON's "cleared".
    QStringList cleared() const;
    bool operator==(const Clearance&) const = default;
};

namespace Clearances {

// Every problem, each named by its journal JSON key ("date", "by", "cleared", "notes").
FieldProblems problems(const Clearance& clearance);
// The newest clearance on or before `day` that cleared running (or exercise), if any.
std::optional<Clearance> latest(const QList<Clearance>& clearances, const QDate& day, bool running);
// What it cleared, in words: "cleared to run", "cleared to exercise", "cleared to run and exercise".
QString clearedText(const Clearance& clearance);
// Whether `obstacle` (a day something was logged) is lifted on `day` for running (or exercise): a
// clearance of that kind dated on or after it, and not after `day`.
bool lifts(const QList<Clearance>& clearances, const QDate& obstacle, const QDate& day, bool running);

} // namespace Clearances
} // namespace backstride
