#include "DayEntriesModel.h"

#include "ChartPalette.h"
#include "ExerciseLibrary.h"
#include "FormFields.h"
#include "Vocabulary.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace backstride {

DayEntriesModel::DayEntriesModel(QObject* parent) : QAbstractListModel(parent) { }

QString DayEntriesModel::describe(const Run& run, DistanceUnit unit)
{
    QString text = tr("%1 in %2 (%3)")
                       .arg(Units::distance(run.distanceM, unit), Units::duration(run.durationS),
                           Units::pace(run.durationS, run.distanceM, unit));
    if (!run.kind.isEmpty())
        text = Vocabulary::label(VocabularyKind::RunKind, run.kind) + u' ' + text;
    return text;
}

QString DayEntriesModel::describe(const PainEntry& pain)
{
    QString text = tr("%1/10").arg(pain.intensity);
    if (!pain.sites.isEmpty())
        text += u' ' + Vocabulary::labels(VocabularyKind::Site, pain.sites).join(QLatin1String(", "));
    if (!pain.redFlags.isEmpty())
        text += u' ' + tr("(warning signs!)");
    return text;
}

// What the runner wrote, after the entry: the day panel shows every entry's notes.
static QString withNotes(const QString& text, const QString& notes)
{
    return notes.trimmed().isEmpty() ? text : text + QStringLiteral(" — ") + notes.simplified();
}

QString DayEntriesModel::describe(const RoutineSession& routine)
{
    QString text = Vocabulary::label(VocabularyKind::RoutineKind, routine.kind);
    if (routine.minutes && *routine.minutes > 0)
        text += u' ' + tr("%1 min").arg(*routine.minutes);
    return text;
}

QString DayEntriesModel::describe(const DayLog& day)
{
    if (!day.sittingHours)
        return day.notes;
    if (day.sittingSource == QLatin1String("activitywatch"))
        return tr("%1 h sitting · desk time from ActivityWatch").arg(FormFields::numberText(*day.sittingHours, 2));
    return tr("%1 h sitting").arg(FormFields::numberText(*day.sittingHours, 2));
}

QString DayEntriesModel::describe(const CheckIn& checkIn)
{
    QStringList ratings;
    for (const ActivityRating& activity : checkIn.activities)
        ratings.append(tr("%1 %2/10").arg(activity.name).arg(activity.score));
    QString text = tr("function %1/10 (%2)")
                       .arg(QLocale().toString(checkIn.meanScore().value_or(0), 'f', 1),
                           ratings.join(QLatin1String(", ")));
    if (checkIn.globalChange)
        text += tr("; overall %1%2")
                    .arg(*checkIn.globalChange > 0 ? QStringLiteral("+") : QString())
                    .arg(*checkIn.globalChange);
    return text;
}

void DayEntriesModel::setDay(const JournalDay& day, DistanceUnit unit, const std::optional<CheckIn>& checkIn,
    const ExerciseCatalog& catalog, const QList<Clearance>& clearances, const QList<Medication>& medications,
    const Painkillers::ActionWindows& windows)
{
    beginResetModel();
    m_day = day;
    m_rows.clear();
    for (const Run& run : day.runs) {
        QString text = tr("Run: %1").arg(describe(run, unit));
        if (run.startTime)
            text = run.startTime->toString(QStringLiteral("HH:mm")) + QLatin1String("  ") + text;
        if (run.gluteWarmup)
            text += QStringLiteral(" · ") + tr("glute warm-up");
        m_rows.append({{EntryRef::Kind::Run, run.id}, withNotes(text, run.notes)});
    }
    if (day.log) {
        const QString text = tr("Sitting: %1").arg(describe(*day.log));
        // A day log without hours is its notes alone (describe() shows them).
        m_rows.append({{EntryRef::Kind::DayLog, day.log->id}, day.log->sittingHours ? withNotes(text, day.log->notes) : text});
    }
    for (const PainEntry& pain : day.pain) {
        QString text = tr("Pain: %1").arg(describe(pain));
        if (!pain.character.isEmpty())
            text += QLatin1String(", ")
                + Vocabulary::labels(VocabularyKind::Character, pain.character).join(QLatin1String(", "));
        if (!pain.timing.isEmpty())
            text += QLatin1String(", ")
                + Vocabulary::labels(VocabularyKind::Timing, pain.timing).join(QLatin1String(", "));
        if (pain.time)
            text = pain.time->toString(QStringLiteral("HH:mm")) + QLatin1String("  ") + text;
        // A score taken while a painkiller worked is not the same number: it says so.
        if (const std::optional<Medication> under = Painkillers::covering(pain, medications, windows))
            text += QStringLiteral(" · ")
                + tr("under a painkiller (%1 at %2)").arg(under->name, under->time.toString(QStringLiteral("HH:mm")));
        m_rows.append({{EntryRef::Kind::Pain, pain.id}, withNotes(text, pain.notes)});
    }
    for (const Medication& medication : medications) {
        if (medication.date != day.date)
            continue;
        QString text = medication.time.toString(QStringLiteral("HH:mm")) + QLatin1String("  ")
            + tr("Painkiller: %1").arg(medication.name);
        if (!medication.dose.isEmpty())
            text += u' ' + medication.dose;
        text += tr(" (%1)").arg(Painkillers::classLabel(medication.drugClass));
        m_rows.append({{EntryRef::Kind::Medication, medication.id}, withNotes(text, medication.notes)});
    }
    for (const RoutineSession& routine : day.routines) {
        // A routine played from the library says which, and every exercise done.
        QString text = tr("Self-care: %1").arg(describe(routine));
        if (const std::optional<Routine> played = ExerciseLibrary::routine(routine.routine))
            text += tr(" (%1)").arg(played->name);
        QStringList exercises;
        for (const ExerciseDone& done : routine.exercises)
            exercises.append(catalog.doneText(done));
        if (!exercises.isEmpty())
            text += QLatin1String(": ") + exercises.join(QLatin1String("; "));
        m_rows.append({{EntryRef::Kind::Routine, routine.id}, withNotes(text, routine.notes)});
    }
    if (checkIn)
        m_rows.append(
            {{EntryRef::Kind::CheckIn, checkIn->id}, tr("Weekly check-in: %1").arg(describe(*checkIn))});
    for (const Clearance& clearance : clearances) {
        const QString what = Clearances::clearedText(clearance);
        m_rows.append({{EntryRef::Kind::Clearance, clearance.id},
            withNotes(tr("Seen by %1: %2").arg(clearance.by, what), clearance.notes)});
    }
    endResetModel();
}

std::optional<EntryRef> DayEntriesModel::entryFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return std::nullopt;
    return m_rows.at(index.row()).entry;
}

QModelIndex DayEntriesModel::indexFromEntry(const EntryRef& entry) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).entry == entry)
            return index(row);
    }
    return {};
}

int DayEntriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DayEntriesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.text;
    case Qt::ForegroundRole:
        if (row.entry.kind == EntryRef::Kind::Pain)
            return ChartPalette::pain(QApplication::palette());
        return {};
    case EntryRole:
        return QVariant::fromValue(row.entry);
    default:
        return {};
    }
}

} // namespace backstride
