#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace backstride {

// How much a flag asks of the runner, highest first (the order flags are listed in).
enum class Severity { Urgent, SeeProfessional, Caution, Info };

namespace Severities {
QString id(Severity severity); // "urgent", "see-professional", "caution", "info"
QString label(Severity severity); // translated: "Urgent", "See a professional", ...
} // namespace Severities

// One fact that made a flag fire: a day and what happened, with the numbers.
struct Evidence
{
    QDate date;
    QString detail;

    bool operator==(const Evidence&) const = default;
};

// A pattern the journal shows that the reference article (or standard clinical practice, for the
// red flags) links to back pain. Never a diagnosis: what was seen, why it matters, what to do.
struct Flag
{
    QString id; // stable, part of the interface: "mileage-ramp"
    Severity severity = Severity::Info;
    QString title;
    QString explanation;
    QString advice;
    QList<Evidence> evidence; // newest first
};

} // namespace backstride
