#include "Clearance.h"

#include <QCoreApplication>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Clearances)
};

} // namespace

QStringList Clearance::cleared() const
{
    QStringList words;
    if (running)
        words.append(QStringLiteral("running"));
    if (exercise)
        words.append(QStringLiteral("exercise"));
    return words;
}

FieldProblems Clearances::problems(const Clearance& clearance)
{
    FieldProblems found;
    if (!clearance.date.isValid())
        found.append({QStringLiteral("date"), Text::tr("must be a date (YYYY-MM-DD)")});
    if (clearance.by.trimmed().isEmpty())
        found.append({QStringLiteral("by"), Text::tr("must say who saw you (a physical therapist, a doctor, a name)")});
    else if (clearance.by.size() > 200)
        found.append({QStringLiteral("by"), Text::tr("must be at most 200 characters")});
    if (!clearance.running && !clearance.exercise)
        found.append({QStringLiteral("cleared"), Text::tr("must clear running, exercise or both")});
    if (clearance.notes.size() > 4000)
        found.append({QStringLiteral("notes"), Text::tr("must be at most 4000 characters")});
    return found;
}

std::optional<Clearance> Clearances::latest(const QList<Clearance>& clearances, const QDate& day, bool running)
{
    std::optional<Clearance> newest;
    for (const Clearance& clearance : clearances) {
        if (clearance.date <= day && (running ? clearance.running : clearance.exercise)
            && (!newest || clearance.date >= newest->date))
            newest = clearance;
    }
    return newest;
}

bool Clearances::lifts(const QList<Clearance>& clearances, const QDate& obstacle, const QDate& day, bool running)
{
    const std::optional<Clearance> newest = latest(clearances, day, running);
    return newest && newest->date >= obstacle;
}

QString Clearances::clearedText(const Clearance& clearance)
{
    return clearance.running && clearance.exercise ? Text::tr("cleared to run and exercise")
        : clearance.running                        ? Text::tr("cleared to run")
                                                   : Text::tr("cleared to exercise");
}

} // namespace backstride
