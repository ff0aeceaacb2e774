#include "ChartTable.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

namespace backstride {

ChartTable::ChartTable(QWidget* chart, const QString& tableName, QWidget* parent)
    : QStackedWidget(parent)
    , m_chart(chart)
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
{
    addWidget(chart);
    m_table->setModel(m_model);
    m_table->setObjectName(chart->objectName() + QLatin1String("Table"));
    m_table->setAccessibleName(tableName);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    addWidget(m_table);
}

void ChartTable::setRows(const QStringList& headers, const QList<QStringList>& rows)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(headers);
    for (const QStringList& row : rows) {
        QList<QStandardItem*> items;
        for (const QString& cell : row) {
            auto* item = new QStandardItem(cell);
            item->setEditable(false);
            items.append(item);
        }
        // The last column holds the long texts (a week's flags): elided on screen, whole on hover.
        if (!items.isEmpty() && !row.last().isEmpty())
            items.last()->setToolTip(row.last());
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
}

void ChartTable::showTable(bool table)
{
    setCurrentWidget(table ? static_cast<QWidget*>(m_table) : m_chart);
}

bool ChartTable::showsTable() const
{
    return currentWidget() == m_table;
}

} // namespace backstride
