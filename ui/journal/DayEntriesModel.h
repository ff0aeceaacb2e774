#pragma once

#include "Clearance.h"
#include "Medication.h"

#include "ExerciseCatalog.h"

#include "CheckIn.h"
#include "EntryRef.h"
#include "JournalDay.h"
#include "Units.h"

#include <QAbstractListModel>

namespace backstride {

// The entries of one day, one row each (runs, sitting hours, pain, self-care), for the journal's
// day panel: the place to open an entry for editing or delete it.
class DayEntriesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { EntryRole = Qt::UserRole + 1 };

    explicit DayEntriesModel(QObject* parent = nullptr);

    // `catalog` names the physical therapist's exercises a session did. `medications`: the
    // painkillers of the day and of the days before it whose hours may reach into it; a pain entry
    // under one says so (`windows`: each class's hours).
    void setDay(const JournalDay& day, DistanceUnit unit, const std::optional<CheckIn>& checkIn = std::nullopt,
        const ExerciseCatalog& catalog = {}, const QList<Clearance>& clearances = {},
        const QList<Medication>& medications = {}, const Painkillers::ActionWindows& windows = {});
    const JournalDay& day() const { return m_day; }
    std::optional<EntryRef> entryFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromEntry(const EntryRef& entry) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // How each kind of entry reads in a sentence; the day table uses the same words.
    static QString describe(const Run& run, DistanceUnit unit);
    static QString describe(const PainEntry& pain);
    static QString describe(const RoutineSession& routine);
    static QString describe(const DayLog& day);
    static QString describe(const CheckIn& checkIn);

private:
    struct Row
    {
        EntryRef entry;
        QString text;
    };

    JournalDay m_day;
    QList<Row> m_rows;
};

} // namespace backstride
