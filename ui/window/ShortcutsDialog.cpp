#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace backstride {
namespace {

QString plain(QString text)
{
    return text.remove(u'&').remove(QStringLiteral("…"));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("What"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    auto add = [this](const QString& where, const QString& what, const QString& keys) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(where));
        m_table->setItem(row, 1, new QTableWidgetItem(what));
        m_table->setItem(row, 2, new QTableWidgetItem(keys));
    };
    for (const QAction* menuAction : menus->actions()) {
        const QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        for (const QAction* action : menu->actions()) {
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            if (!keys.isEmpty())
                add(plain(menuAction->text()), plain(action->text()), keys);
        }
    }
    // Keys that belong to a widget rather than a menu.
    add(tr("Journal"), tr("Open the chosen day's first entry"), tr("Enter"));
    add(tr("Journal"), tr("Delete the chosen entry"), tr("Delete"));
    add(tr("Forms"), tr("Save"), tr("Enter"));
    add(tr("Forms"), tr("Close without saving"), tr("Esc"));
    add(tr("Body map"), tr("Next or previous site"), tr("Tab, Shift+Tab, arrow keys"));
    add(tr("Body map"), tr("Choose or clear the site"), tr("Space"));
    add(tr("Trends"), tr("Show the chart's numbers as a table"), tr("Alt+T"));
    add(tr("Insights"), tr("Open the day of a piece of evidence"), tr("Tab to its date, Enter"));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace backstride
