#include "FactorTable.h"

#include "Rules.h"
#include "WrappedLabel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace backstride {

FactorTable::FactorTable(QWidget* parent)
    : QWidget(parent), m_summary(new WrappedLabel(QString(), this)), m_table(new QTableView(this)),
      m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("factorTable"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("<b>What matters for your back</b>"), this);
    layout->addWidget(heading);
    m_summary->setObjectName(QStringLiteral("factorSummary"));
    layout->addWidget(m_summary);
    m_table->setObjectName(QStringLiteral("factorRows"));
    m_table->setAccessibleName(tr("What matters for your back"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    heading->setBuddy(m_table);
    layout->addWidget(m_table, 1);
}

void FactorTable::setReport(const FactorReport& report, DistanceUnit unit)
{
    const QLocale locale;
    m_summary->setText(
        tr("Each factor is tested at the lags where it could plausibly matter, against the rearrangements of your "
           "own half-weeks (each day keeps its weekday) and weeks, all of them or %1 at random; %2 pairings "
           "could be tested over %3 (the last %4 days, whatever range is "
           "chosen above; the charts show that range). A link counts only when it survives a false-discovery "
           "rate of %5 %: anything weaker may be chance, and is not called a link.")
            .arg(locale.toString(report.permutations))
            .arg(report.tests)
            .arg(EvidenceText::periodInSentence(report.window.from, report.window.to))
            .arg(report.window.days())
            .arg(locale.toString(report.maxQ * 100, 'f', 0)));
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Factor"), tr("What it shows"), tr("In plain numbers"), tr("When"), tr("n"), tr("rho"), tr("q")});
    for (const FactorResult* row : report.byFactor()) {
        QString pairs;
        switch (row->unit) {
        case FactorUnit::Days:
            pairs = tr("%1 days").arg(row->n);
            break;
        case FactorUnit::Weeks:
            pairs = tr("%1 weeks").arg(row->n);
            break;
        case FactorUnit::Runs:
            pairs = tr("%1 runs").arg(row->n);
            break;
        }
        const QStringList cells {FactorText::factorName(row->factor), FactorText::verdict(*row, unit),
            row->tested() ? FactorText::effect(*row, unit) : QString(), FactorText::lagName(row->lag), pairs,
            row->rho ? locale.toString(*row->rho, 'f', 2) : QString(),
            row->q ? locale.toString(*row->q, 'f', *row->q < 0.01 ? 3 : 2) : QString()};
        QList<QStandardItem*> items;
        for (const QString& cell : cells) {
            auto* item = new QStandardItem(cell);
            item->setEditable(false);
            if (row->found()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            items.append(item);
        }
        items.first()->setData(row->factor, Qt::UserRole);
        items.at(Finding)->setData(FactorText::verdictId(row->verdict), Qt::UserRole);
        m_model->appendRow(items);
    }
    // The short columns as wide as their contents; the two sentences share what is left, and the
    // rows grow to fit them (the vertical header resizes to contents).
    QHeaderView* header = m_table->horizontalHeader();
    for (int column : {Factor, When, Pairs, Rho, Q})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Finding, QHeaderView::Stretch);
    header->setSectionResizeMode(Effect, QHeaderView::Stretch);
}

} // namespace backstride
