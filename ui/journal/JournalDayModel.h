#pragma once

#include "JournalDay.h"
#include "Units.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QList>

namespace backstride {

// The journal as a table of days, newest first: one row per date with its runs, sitting hours,
// pain and self-care. Fed by core (JournalRepository::journalDays); it never touches SQL.
class JournalDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, RunsColumn, SittingColumn, PainColumn, SelfCareColumn, ColumnCount };
    enum Role { MaxPainRole = Qt::UserRole + 1, DateRole };

    explicit JournalDayModel(QObject* parent = nullptr);

    // `underPainkillers`: the pain entries taken under a painkiller, marked in the pain column.
    void setDays(QList<JournalDay> days, DistanceUnit unit, QSet<EntryId> underPainkillers = {});
    const JournalDay* dayFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromDate(const QDate& date) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const JournalDay& day, int column) const;

    QList<JournalDay> m_days;
    DistanceUnit m_unit = DistanceUnit::Kilometres;
    QSet<EntryId> m_underPainkillers;
};

} // namespace backstride
