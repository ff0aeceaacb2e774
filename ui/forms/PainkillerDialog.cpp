#include "PainkillerDialog.h"

#include "FormFields.h"
#include "InputParsing.h"
#include "JournalCommands.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

namespace backstride {

PainkillerDialog::PainkillerDialog(JournalCommands& commands, const QDate& day, const QTime& now, QWidget* parent)
    : EntryDialog(parent), m_commands(commands)
{
    setObjectName(QStringLiteral("painkillerDialog"));
    setWindowTitle(tr("Painkiller"));
    auto* intro = new QLabel(tr("A pain score taken while a painkiller works is not the same number: Backstride marks "
                                "the pain you log in the hours after it, and does not let it count as a good session."),
        this);
    intro->setWordWrap(true);
    addWideRow(intro);
    m_date = FormFields::dateEdit(day, this);
    m_date->setObjectName(QStringLiteral("painkillerDate"));
    addField(tr("&Date:"), m_date, QStringLiteral("date"));
    m_time = FormFields::lineEdit(QStringLiteral("painkillerTime"), tr("e.g. 07:30"), this);
    m_time->setText(now.toString(QStringLiteral("HH:mm")));
    addField(tr("T&ime taken:"), m_time, QStringLiteral("time"));
    m_name = FormFields::lineEdit(QStringLiteral("painkillerName"), tr("e.g. ibuprofen, paracetamol"), this);
    QStringList names;
    for (const auto& [name, drugClass] : Painkillers::suggestions())
        names.append(name);
    auto* completer = new QCompleter(names, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_name->setCompleter(completer);
    addField(tr("&Name:"), m_name, QStringLiteral("name"));
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("painkillerClass"));
    for (const QString& drugClass : Painkillers::classes())
        m_class->addItem(Painkillers::classLabel(drugClass), drugClass);
    m_class->setCurrentIndex(int(Painkillers::classes().indexOf(QStringLiteral("other"))));
    addField(tr("&Kind:"), m_class, QStringLiteral("class"));
    m_dose = FormFields::lineEdit(QStringLiteral("painkillerDose"), tr("e.g. 400 mg (optional)"), this);
    addField(tr("Do&se:"), m_dose, QStringLiteral("dose"));
    m_notes = FormFields::lineEdit(QStringLiteral("painkillerNotes"), tr("e.g. before the long run"), this);
    addField(tr("N&otes:"), m_notes, QStringLiteral("notes"));
    // A known name chooses its class until the runner picks one.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_classChosen)
            return;
        const QString found = Painkillers::classOf(text);
        m_class->setCurrentIndex(int(Painkillers::classes().indexOf(found.isEmpty() ? QStringLiteral("other") : found)));
    });
    connect(m_class, &QComboBox::activated, this, [this] { m_classChosen = true; });
    watch(m_class);
    finishForm({m_date, m_time, m_name, m_class, m_dose, m_notes});
}

Medication PainkillerDialog::currentMedication() const
{
    Medication medication;
    medication.date = m_date->date();
    medication.time = InputParsing::timeOfDay(m_time->text()).value_or(QTime());
    medication.name = m_name->text().trimmed();
    medication.drugClass = m_class->currentData().toString();
    medication.dose = m_dose->text().trimmed();
    medication.notes = m_notes->text().trimmed();
    return medication;
}

FieldProblems PainkillerDialog::problems() const
{
    FieldProblems found = Painkillers::problems(currentMedication());
    if (!m_time->text().trimmed().isEmpty() && !InputParsing::timeOfDay(m_time->text())) {
        found.erase(std::remove_if(found.begin(), found.end(),
                        [](const FieldProblem& problem) { return problem.field == QLatin1String("time"); }),
            found.end());
        found.append({QStringLiteral("time"), tr("“%1” is not a time of day (use HH:MM)").arg(m_time->text().trimmed())});
    }
    return found;
}

Status PainkillerDialog::save()
{
    Result<EntryId> added = m_commands.addMedication(currentMedication());
    return added ? Status {} : Status {added.takeError()};
}

} // namespace backstride
