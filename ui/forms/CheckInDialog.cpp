#include "CheckInDialog.h"

#include "CheckInStore.h"
#include "FormFields.h"
#include "JournalCommands.h"
#include "JournalRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

namespace backstride {

CheckInDialog::CheckInDialog(JournalCommands& commands, const CheckIn& checkIn, QWidget* parent)
    : EntryDialog(parent), m_commands(commands), m_original(checkIn)
{
    setObjectName(QStringLiteral("checkInDialog"));
    setWindowTitle(checkIn.id ? tr("Edit the weekly check-in") : tr("Weekly check-in"));
    m_date = FormFields::dateEdit(checkIn.date, this);
    addField(tr("&Date:"), m_date, QStringLiteral("date"));
    auto* intro
        = new QLabel(tr("How well can you do the things your back makes hard? 0 means you cannot do it, 10 "
                        "as well as before the back trouble. Clear a name that no longer matters."),
            this);
    intro->setWordWrap(true);
    addWideRow(intro);
    QList<QWidget*> order;
    for (int i = 0; i < CheckIn::maxActivities; ++i) {
        Row& row = m_rows[i];
        auto* cell = new QWidget(this);
        auto* layout = new QHBoxLayout(cell);
        layout->setContentsMargins(0, 0, 0, 0);
        row.name = FormFields::lineEdit(QStringLiteral("activity%1Edit").arg(i),
            i == 0 ? tr("e.g. run 10 km, sit through a workday") : tr("another activity (optional)"), cell);
        row.name->setMaxLength(CheckIn::maxNameLength);
        row.name->setAccessibleName(tr("Activity %1").arg(i + 1));
        row.score = new QSpinBox(cell);
        row.score->setObjectName(QStringLiteral("activity%1Score").arg(i));
        row.score->setRange(CheckIn::minScore, CheckIn::maxScore);
        row.score->setSuffix(tr("/10"));
        row.score->setAccessibleName(tr("Activity %1, how well it goes").arg(i + 1));
        row.score->setAccessibleDescription(tr("0 cannot do it, 10 as well as before the back trouble"));
        auto* retire = new QToolButton(cell);
        retire->setObjectName(QStringLiteral("activity%1Retire").arg(i));
        retire->setText(tr("No longer relevant"));
        retire->setFocusPolicy(Qt::NoFocus); // clearing the name does the same by keyboard
        connect(retire, &QToolButton::clicked, row.name, &QLineEdit::clear);
        // Only a named activity can be retired; an empty row has nothing to retire (its place is
        // kept, so the ratings stay in one column).
        QSizePolicy keepPlace = retire->sizePolicy();
        keepPlace.setRetainSizeWhenHidden(true);
        retire->setSizePolicy(keepPlace);
        retire->setVisible(i < checkIn.activities.size() && !checkIn.activities.at(i).name.isEmpty());
        connect(row.name, &QLineEdit::textChanged, retire,
            [retire](const QString& text) { retire->setVisible(!text.trimmed().isEmpty()); });
        layout->addWidget(row.name, 1);
        layout->addWidget(row.score);
        layout->addWidget(retire);
        if (i < checkIn.activities.size()) {
            row.name->setText(checkIn.activities.at(i).name);
            row.score->setValue(checkIn.activities.at(i).score);
        }
        QStringList fields {
            QStringLiteral("activities[%1].name").arg(i), QStringLiteral("activities[%1].score").arg(i)};
        if (i == 0)
            fields.append(
                QStringLiteral("activities")); // "name from 1 to 5 activities" shows under the first
        addField(i == 0 ? tr("&Activities:") : QString(), cell, fields);
        watch(row.name);
        watch(row.score);
        order.append({row.name, row.score});
    }
    m_global = new QComboBox(this);
    m_global->setObjectName(QStringLiteral("globalChangeCombo"));
    m_global->addItem(tr("— not rated"), QVariant());
    const QStringList words = {tr("very much worse"), tr("much worse"), tr("worse"), tr("a little worse"),
        tr("a tiny bit worse"), tr("about the same"), tr("a tiny bit better"), tr("a little better"),
        tr("better"), tr("much better"), tr("completely recovered")};
    for (int value = CheckIn::minGlobalChange; value <= CheckIn::maxGlobalChange; ++value)
        m_global->addItem(tr("%1%2 · %3")
                              .arg(value > 0 ? QStringLiteral("+") : QString())
                              .arg(value)
                              .arg(words.at(value - CheckIn::minGlobalChange)),
            value);
    m_global->setCurrentIndex(checkIn.globalChange ? m_global->findData(*checkIn.globalChange) : 0);
    m_global->setAccessibleDescription(
        tr("Compared with when you started, your back is: from -5 very much worse "
           "through 0 about the same to +5 completely recovered"));
    addField(
        tr("Compared with when\nyou &started, your back is:"), m_global, QStringLiteral("global_change"));
    // The first check-in is where the runner starts: there is nothing yet to compare it with.
    m_first = isFirst(commands, checkIn);
    if (m_first)
        form()->setRowVisible(form()->rowCount() - 1, false); // the row just added
    m_notes = FormFields::lineEdit(QStringLiteral("notesEdit"), tr("anything else (optional)"), this);
    m_notes->setText(checkIn.notes);
    addField(tr("N&otes:"), m_notes, QStringLiteral("notes"));
    if (m_first)
        order.append({m_notes, m_date});
    else
        order.append({m_global, m_notes, m_date});
    finishForm(order);
    // The first rating is where last week's check-in leaves off; a first check-in starts with a name.
    if (checkIn.activities.isEmpty())
        m_rows[0].name->setFocus(Qt::OtherFocusReason);
    else
        m_rows[0].score->setFocus(Qt::OtherFocusReason);
    resize(620, 420);
    revalidate();
}

bool CheckInDialog::isFirst(JournalCommands& commands, const CheckIn& checkIn)
{
    const Result<std::optional<CheckIn>> earlier
        = CheckInStore(commands.repository().database()).latestBefore(checkIn.date);
    return earlier && !earlier->has_value();
}

QList<int> CheckInDialog::filledRows() const
{
    QList<int> rows;
    for (int i = 0; i < CheckIn::maxActivities; ++i) {
        if (!m_rows[i].name->text().trimmed().isEmpty())
            rows.append(i);
    }
    return rows;
}

CheckIn CheckInDialog::currentCheckIn() const
{
    CheckIn checkIn = m_original;
    checkIn.date = m_date->date();
    checkIn.activities.clear();
    for (int row : filledRows())
        checkIn.activities.append({m_rows[row].name->text().trimmed(), m_rows[row].score->value()});
    const QVariant global = m_global->currentData();
    checkIn.globalChange
        = global.isValid() && !m_first ? std::optional<int>(global.toInt()) : std::nullopt;
    checkIn.notes = m_notes->text().trimmed();
    return checkIn;
}

FieldProblems CheckInDialog::problems() const
{
    // Validation numbers the activities as kept; the form shows each problem on its own row.
    const QList<int> rows = filledRows();
    FieldProblems found = validate(currentCheckIn());
    for (FieldProblem& problem : found) {
        if (!problem.field.startsWith(QLatin1String("activities[")))
            continue;
        const int index = problem.field.section(u'[', 1).section(u']', 0, 0).toInt();
        problem.field
            = QStringLiteral("activities[%1]%2").arg(rows.value(index)).arg(problem.field.section(u']', 1));
    }
    return found;
}

Status CheckInDialog::save()
{
    const CheckIn checkIn = currentCheckIn();
    if (checkIn.id)
        return m_commands.updateCheckIn(checkIn);
    Result<EntryId> id = m_commands.addCheckIn(checkIn);
    return id ? Status() : Status(id.takeError());
}

} // namespace backstride
