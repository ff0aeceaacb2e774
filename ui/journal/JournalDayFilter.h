#pragma once

#include <QSortFilterProxyModel>

namespace backstride {

// Narrows the journal's days to the ones a runner is looking for.
class JournalDayFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show { AllDays, DaysWithPain, DaysWithRuns, DaysWithWarningSigns, DaysWithoutSitting };
    Q_ENUM(Show)

    explicit JournalDayFilter(QObject* parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    static QString label(Show show);
    // What the journal says when the filter matches no day of the period.
    static QString noneText(Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Show m_show = Show::AllDays;
};

} // namespace backstride
