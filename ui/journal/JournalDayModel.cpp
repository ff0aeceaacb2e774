#include "JournalDayModel.h"

#include "ChartPalette.h"
#include "DayEntriesModel.h"
#include "Vocabulary.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace backstride {

JournalDayModel::JournalDayModel(QObject* parent) : QAbstractTableModel(parent) { }

void JournalDayModel::setDays(QList<JournalDay> days, DistanceUnit unit, QSet<EntryId> underPainkillers)
{
    beginResetModel();
    m_days = std::move(days);
    m_unit = unit;
    m_underPainkillers = std::move(underPainkillers);
    endResetModel();
}

const JournalDay* JournalDayModel::dayFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_days.size())
        return nullptr;
    return &m_days.at(index.row());
}

QModelIndex JournalDayModel::indexFromDate(const QDate& date) const
{
    for (int row = 0; row < m_days.size(); ++row) {
        if (m_days.at(row).date == date)
            return index(row, DateColumn);
    }
    return {};
}

int JournalDayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_days.size());
}

int JournalDayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalDayModel::displayText(const JournalDay& day, int column) const
{
    const QLocale locale;
    switch (column) {
    case DateColumn:
        return locale.toString(day.date, QStringLiteral("ddd d MMM yyyy"));
    case RunsColumn: {
        QStringList runs;
        for (const Run& run : day.runs)
            runs.append(DayEntriesModel::describe(run, m_unit));
        return runs.join(QLatin1String("; "));
    }
    case SittingColumn:
        if (day.log && day.log->sittingHours && day.log->sittingSource == QLatin1String("activitywatch"))
            return tr("%1 h · from ActivityWatch").arg(locale.toString(*day.log->sittingHours, 'f', 1));
        if (day.log && day.log->sittingHours)
            return tr("%1 h").arg(locale.toString(*day.log->sittingHours, 'f', 1));
        return {};
    case PainColumn: {
        QStringList entries;
        for (const PainEntry& pain : day.pain)
            entries.append(m_underPainkillers.contains(pain.id)
                    ? tr("%1 (under a painkiller)").arg(DayEntriesModel::describe(pain))
                    : DayEntriesModel::describe(pain));
        return entries.join(QLatin1String("; "));
    }
    case SelfCareColumn: {
        QStringList sessions;
        for (const RoutineSession& routine : day.routines)
            sessions.append(DayEntriesModel::describe(routine));
        return sessions.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

QVariant JournalDayModel::data(const QModelIndex& index, int role) const
{
    const JournalDay* day = dayFromIndex(index);
    if (!day)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*day, index.column());
    case Qt::ToolTipRole:
        return index.column() == DateColumn ? QVariant() : QVariant(displayText(*day, index.column()));
    case Qt::ForegroundRole:
        // Pain reads darker red as it gets stronger; colour is never the only signal (the number is there).
        if (index.column() == PainColumn && !day->pain.isEmpty())
            return ChartPalette::pain(QApplication::palette());
        if (index.column() == DateColumn && day->date.dayOfWeek() >= 6)
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (index.column() == PainColumn && day->maxPain().value_or(0) >= 7) {
            QFont bold = QApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    case MaxPainRole:
        return day->maxPain() ? QVariant(*day->maxPain()) : QVariant();
    case DateRole:
        return day->date;
    default:
        return {};
    }
}

QVariant JournalDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case RunsColumn:
        return tr("Runs");
    case SittingColumn:
        return tr("Sitting");
    case PainColumn:
        return tr("Pain");
    case SelfCareColumn:
        return tr("Self-care");
    default:
        return {};
    }
}

} // namespace backstride
