#pragma once

#include "PainEntry.h"
#include "Validation.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace backstride {

// A painkiller taken: ibuprofen before a run, paracetamol at night, a muscle relaxant from the
// doctor. Recorded so that a pain score taken under it is read as what it is (Painkillers).
struct Medication
{
    EntryId id = 0;
    QDate date;
    QTime time;
    QString name; // free text: "ibuprofen", "Voltaren gel"
    QString drugClass; // one of Painkillers::classes(): "nsaid", "paracetamol", …
    QString dose; // free text: "400 mg"
    QString notes;

    bool operator==(const Medication&) const = default;
};

namespace Painkillers {

// The classes, in the order a form offers them: nsaid, paracetamol, opioid, muscle-relaxant,
// neuropathic, topical, other.
const QStringList& classes();
QString classLabel(const QString& drugClass); // translated: "Anti-inflammatory (NSAID)"
// The common painkillers by name, each with its class, for a form's suggestions; names in English
// and German, lower case.
const QList<std::pair<QString, QString>>& suggestions();
// The class of a known name ("Ibuprofen 400" -> nsaid), or empty.
QString classOf(const QString& name);
// Every problem, each named by its journal JSON key ("date", "time", "name", "class", "dose", "notes").
FieldProblems problems(const Medication& medication);

// How long after an intake a pain reading counts as taken under it, in hours, per class
// (AnalysisThresholds: painkiller_hours_*).
struct ActionWindows
{
    QMap<QString, int> hours;
    int of(const QString& drugClass) const;
};
// The intake a pain entry was taken under, if any: the latest one at or before the entry's time
// whose class's window reaches it (a window ending exactly at the entry's time still covers it).
// An entry without a time of day counts as under a painkiller when one was taken that day or its
// window reached into that day: without the hour, a masked score cannot be ruled out.
// `medications` oldest first (by day, then time), as MedicationStore returns them.
std::optional<Medication> covering(
    const PainEntry& pain, const QList<Medication>& medications, const ActionWindows& windows);
// The same for a reading known only by its moment (a day, and its time when logged).
struct PainMoment
{
    QDate date;
    std::optional<QTime> time;
};
std::optional<Medication> covering(
    const PainMoment& pain, const QList<Medication>& medications, const ActionWindows& windows);

} // namespace Painkillers
} // namespace backstride
