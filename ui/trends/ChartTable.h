#pragma once

#include <QStackedWidget>
#include <QStringList>

class QStandardItemModel;
class QTableView;

namespace backstride {

// A chart and the same numbers as a table, one shown at a time: the table is the chart's text
// alternative, a row per point (a week, a day), a column per plotted series, which a screen reader
// walks cell by cell and a keyboard user can scroll. Named for its chart ("Weekly trend as a table").
class ChartTable : public QStackedWidget
{
    Q_OBJECT

public:
    ChartTable(QWidget* chart, const QString& tableName, QWidget* parent = nullptr);

    void setRows(const QStringList& headers, const QList<QStringList>& rows);
    void showTable(bool table);
    bool showsTable() const;
    QTableView* table() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }

private:
    QWidget* m_chart = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
};

} // namespace backstride
