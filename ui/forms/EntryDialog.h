#pragma once

#include "Result.h"
#include "Validation.h"

#include <QDialog>
#include <QMap>
#include <QSet>

class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace backstride {

// What every entry form shares: fields in a form layout, each with its own inline message right
// under it; Save enabled only while the entry is valid (Enter saves, Escape cancels); a message
// bar at the top for a save that failed. A field's message appears once the runner has touched
// it, so an empty new form is not a wall of red.
class EntryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EntryDialog(QWidget* parent = nullptr);

    QPushButton* saveButton() const;
    // The message shown under a field ("" when it is fine or untouched); for tests.
    QString messageFor(const QString& field) const;

protected:
    // Adds "label: field" with a message line under it for the problems named `problemField`.
    void addField(const QString& label, QWidget* field, const QString& problemField);
    void addField(const QString& label, QWidget* field, const QStringList& problemFields);
    void addWideRow(QWidget* widget);
    // `field` with its message line under it, for a form that lays out some fields itself.
    QWidget* withMessage(QWidget* field, const QStringList& problemFields);
    // A panel to the right of the fields (the pain form's body map).
    void setSidePanel(QWidget* panel);
    QFormLayout* form() const { return m_form; }

    // Re-checks the entry: called whenever a field changes.
    void revalidate();
    // Every problem of the entry as typed, by field name (Validation's names).
    virtual FieldProblems problems() const = 0;
    // Stores the entry; an error stays in the dialog's message bar.
    virtual Status save() = 0;
    // Connects the usual "edited" signals of `field` (line edits, combos, checks...) to revalidate.
    void watch(QWidget* field);
    // The last step of a form's constructor: Tab goes through `fields` in this order, then Save
    // and Cancel; the first field has the focus; from now on edits re-check the entry.
    void finishForm(const QList<QWidget*>& fields);

    void keyPressEvent(QKeyEvent* event) override;

private:
    void accept() override;
    void markTouched(QWidget* field);
    void showEveryProblem();

    QFormLayout* m_form = nullptr;
    QHBoxLayout* m_columns = nullptr;
    QLabel* m_messageBar = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QMap<QString, QLabel*> m_messages; // by problem field
    QMap<QWidget*, QStringList> m_fieldsOf; // widget -> its problem fields
    QSet<QString> m_touched;
    bool m_ready = false; // fields signal while the form is still being built
};

} // namespace backstride
