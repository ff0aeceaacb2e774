#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace backstride {

// Help › Keyboard shortcuts: every action of the window's menus that has a shortcut, read from the
// menus themselves when the dialog opens (so the list cannot drift from what the keys do), then
// the keys that work inside the journal, the forms and the body map.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace backstride
