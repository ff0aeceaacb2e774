#include "EntryDialog.h"

#include "Announce.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace backstride {

EntryDialog::EntryDialog(QWidget* parent) : QDialog(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_messageBar = new QLabel(this);
    m_messageBar->setObjectName(QStringLiteral("saveError"));
    m_messageBar->setWordWrap(true);
    m_messageBar->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; "
                                               "border: 1px solid #e0a0a0; border-radius: 4px; }"));
    m_messageBar->hide();
    layout->addWidget(m_messageBar);
    m_columns = new QHBoxLayout;
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_columns->addLayout(m_form, 3);
    layout->addLayout(m_columns);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

QPushButton* EntryDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString EntryDialog::messageFor(const QString& field) const
{
    const QLabel* label = m_messages.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void EntryDialog::addField(const QString& label, QWidget* field, const QString& problemField)
{
    addField(label, field, QStringList {problemField});
}

void EntryDialog::addField(const QString& label, QWidget* field, const QStringList& problemFields)
{
    QWidget* cell = withMessage(field, problemFields);
    auto* caption = new QLabel(label, this);
    // The label names the input itself (for its mnemonic and for a screen reader's "label for"),
    // also when the field is a row holding it with its unit.
    QWidget* input = field;
    if (field->focusPolicy() == Qt::NoFocus) {
        for (QWidget* child : field->findChildren<QWidget*>()) {
            if (child->focusPolicy() != Qt::NoFocus) {
                input = child;
                break;
            }
        }
    }
    caption->setBuddy(input);
    m_form->addRow(caption, cell);
}

QWidget* EntryDialog::withMessage(QWidget* field, const QStringList& problemFields)
{
    auto* message = new QLabel(this);
    message->setObjectName(problemFields.value(0) + QLatin1String("Message"));
    message->setWordWrap(true);
    QPalette pal = message->palette();
    pal.setColor(QPalette::WindowText,
        palette().color(QPalette::Window).lightnessF() < 0.5 ? QColor(0xff, 0x8a, 0x80)
                                                             : QColor(0xb0, 0x00, 0x20));
    message->setPalette(pal);
    message->hide();
    auto* cell = new QWidget(this);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(message);
    for (const QString& name : problemFields)
        m_messages.insert(name, message);
    m_fieldsOf.insert(field, problemFields);
    watch(field);
    return cell;
}

void EntryDialog::addWideRow(QWidget* widget)
{
    m_form->addRow(widget);
}

void EntryDialog::setSidePanel(QWidget* panel)
{
    m_columns->addWidget(panel, 2);
}

void EntryDialog::watch(QWidget* field)
{
    auto touched = [this, field] {
        markTouched(field);
        revalidate();
    };
    if (auto* line = qobject_cast<QLineEdit*>(field)) {
        connect(line, &QLineEdit::textEdited, this, touched);
        connect(line, &QLineEdit::textChanged, this, &EntryDialog::revalidate); // set by code, too
    } else if (auto* combo = qobject_cast<QComboBox*>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, touched);
    else if (auto* button = qobject_cast<QAbstractButton*>(field))
        connect(button, &QAbstractButton::toggled, this, touched);
    else if (auto* date = qobject_cast<QDateEdit*>(field))
        connect(date, &QDateEdit::dateChanged, this, touched);
    else if (auto* spin = qobject_cast<QSpinBox*>(field))
        connect(spin, &QSpinBox::valueChanged, this, touched);
    else if (auto* slider = qobject_cast<QSlider*>(field))
        connect(slider, &QSlider::valueChanged, this, touched);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
        connect(text, &QPlainTextEdit::textChanged, this, touched);
    else if (auto* group = qobject_cast<QGroupBox*>(field))
        connect(group, &QGroupBox::toggled, this, touched);
}

void EntryDialog::finishForm(const QList<QWidget*>& fields)
{
    QList<QWidget*> chain = fields;
    chain.append(saveButton());
    chain.append(m_buttons->button(QDialogButtonBox::Cancel));
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    if (!fields.isEmpty())
        fields.first()->setFocus(Qt::OtherFocusReason);
    m_ready = true;
    revalidate();
}

void EntryDialog::markTouched(QWidget* field)
{
    // The edited widget may sit inside the row's container (a distance and its unit).
    for (QWidget* widget = field; widget && widget != this; widget = widget->parentWidget()) {
        for (const QString& name : m_fieldsOf.value(widget))
            m_touched.insert(name);
    }
}

void EntryDialog::revalidate()
{
    if (!m_ready)
        return;
    const FieldProblems found = problems();
    QMap<QLabel*, QStringList> texts;
    for (const FieldProblem& problem : found) {
        if (QLabel* label = m_messages.value(problem.field); label && m_touched.contains(problem.field))
            texts[label].append(problem.message);
    }
    for (QLabel* label : std::as_const(m_messages)) {
        const QString text = texts.value(label).join(u'\n');
        const bool appeared = !text.isEmpty() && text != label->text();
        label->setText(text);
        label->setVisible(!text.isEmpty());
        if (appeared)
            Announce::alert(label);
    }
    saveButton()->setEnabled(found.isEmpty());
    saveButton()->setToolTip(found.isEmpty() ? QString() : tr("Fix the marked fields first"));
}

void EntryDialog::showEveryProblem()
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        m_touched.insert(it.key());
    revalidate();
}

void EntryDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter on a form that cannot be saved yet says what is missing (Save is disabled, so the
    // dialog's default button would do nothing at all).
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && !saveButton()->isEnabled()) {
        showEveryProblem();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void EntryDialog::accept()
{
    // Untouched required fields say what they need once the runner tries to save.
    showEveryProblem();
    if (!saveButton()->isEnabled())
        return;
    if (Status saved = save(); !saved) {
        m_messageBar->setText(tr("Not saved: %1").arg(saved.error()));
        m_messageBar->show();
        Announce::alert(m_messageBar);
        return;
    }
    QDialog::accept();
}

} // namespace backstride
