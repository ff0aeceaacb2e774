#pragma once

#include "FactorEngine.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace backstride {

// "What matters for your back": every factor the factor engine tested, one row each at its
// strongest lag, strongest first: what it shows, the plain difference, the lag, n, rho and q, or
// how much more data it needs. A plain table, so a screen reader walks it cell by cell.
class FactorTable : public QWidget
{
    Q_OBJECT

public:
    explicit FactorTable(QWidget* parent = nullptr);

    void setReport(const FactorReport& report, DistanceUnit unit);
    QTableView* table() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }
    QLabel* summary() const { return m_summary; }

    enum Column { Factor, Finding, Effect, When, Pairs, Rho, Q, Columns };

private:
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
};

} // namespace backstride
