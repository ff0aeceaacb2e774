#include "PainDialog.h"

#include "BodyMapWidget.h"
#include "FormFields.h"
#include "InputParsing.h"
#include "JournalCommands.h"
#include "JournalRepository.h"
#include "PainQuestions.h"
#include "Units.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace backstride {

PainDialog::PainDialog(JournalCommands& commands, const PainEntry& pain, QWidget* parent)
    : EntryDialog(parent), m_commands(commands), m_original(pain)
{
    setObjectName(QStringLiteral("painDialog"));
    setWindowTitle(pain.id ? tr("Edit pain entry") : tr("Log back pain"));
    m_questions = new PainQuestions(this, pain);

    m_date = FormFields::dateEdit(pain.date, this);
    addField(tr("&Date:"), m_date, QStringLiteral("date"));
    m_time = FormFields::lineEdit(QStringLiteral("timeEdit"), tr("e.g. 07:30 (optional)"), this);
    if (pain.time)
        m_time->setText(pain.time->toString(QStringLiteral("HH:mm")));
    addField(tr("&Time:"), m_time, QStringLiteral("time"));

    auto* intensityRow = new QWidget(this);
    auto* intensityLayout = new QHBoxLayout(intensityRow);
    intensityLayout->setContentsMargins(0, 0, 0, 0);
    QSpinBox* level = m_questions->level();
    level->setParent(intensityRow);
    m_intensitySlider = new QSlider(Qt::Horizontal, intensityRow);
    m_intensitySlider->setRange(0, 10);
    m_intensitySlider->setValue(std::max(level->value(), 0));
    m_intensitySlider->setTickPosition(QSlider::TicksBelow);
    m_intensitySlider->setFocusPolicy(Qt::NoFocus); // the spin box takes the keyboard
    connect(level, &QSpinBox::valueChanged, m_intensitySlider,
        [this](int value) { m_intensitySlider->setValue(std::max(value, 0)); });
    connect(m_intensitySlider, &QSlider::sliderMoved, level, &QSpinBox::setValue);
    intensityLayout->addWidget(level);
    intensityLayout->addWidget(m_intensitySlider, 1);
    intensityLayout->addWidget(new QLabel(tr("0 none · 10 worst imaginable"), intensityRow));
    addField(tr("&Pain (0–10):"), intensityRow, QStringLiteral("intensity"));
    watch(level);

    addField(tr("It feels:"), m_questions->characterBoxes(), QStringLiteral("character"));
    addField(tr("It comes:"), m_questions->timingBoxes(), QStringLiteral("timing"));
    addField(tr("Worse with:"), m_questions->aggravatorBoxes(), QStringLiteral("aggravators"));

    m_run = new QComboBox(this);
    m_run->setObjectName(QStringLiteral("runCombo"));
    addField(tr("With the &run:"), m_run, QStringLiteral("run"));
    loadRunsOfTheDay();
    connect(m_date, &QDateEdit::dateChanged, this, &PainDialog::loadRunsOfTheDay);

    m_notes = FormFields::lineEdit(QStringLiteral("notesEdit"), tr("anything else (optional)"), this);
    m_notes->setText(pain.notes);
    addField(tr("N&otes:"), m_notes, QStringLiteral("notes"));

    // Right: where it hurts, whether it spreads, and the warning signs.
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* whereLabel = new QLabel(
        tr("<b>Where does it hurt?</b> Click the places, or Tab to them and press Space."), side);
    whereLabel->setWordWrap(true);
    sideLayout->addWidget(whereLabel);
    whereLabel->setBuddy(m_questions->bodyMap());
    sideLayout->addWidget(m_questions->bodyMap(), 1);
    sideLayout->addWidget(m_questions->radiationNotice());
    addWideRow(m_questions->warningSigns());
    // At the very top of the form, where it cannot be missed.
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, m_questions->urgentNotice());
    setSidePanel(side);
    connect(m_questions, &PainQuestions::changed, this, &PainDialog::revalidate);

    QList<QWidget*> order = {m_date, m_time, level};
    order.append(m_questions->detailOrder());
    order.append({m_run, m_notes, m_questions->bodyMap()});
    order.append(m_questions->warningOrder());
    finishForm(order);
    level->setFocus(Qt::OtherFocusReason);
    level->selectAll();
    resize(1000, 680);
    revalidate();
}

BodyMapWidget* PainDialog::bodyMap() const
{
    return m_questions->bodyMap();
}

void PainDialog::loadRunsOfTheDay()
{
    const std::optional<EntryId> keep
        = m_run->count() ? m_run->currentData().value<qint64>() : m_original.runId.value_or(0);
    m_run->clear();
    m_run->addItem(tr("— not linked to a run"), qint64(0));
    Result<QList<Run>> runs = m_commands.repository().runs(DateRange {m_date->date(), m_date->date()});
    const Result<std::optional<QString>> unitSetting
        = m_commands.repository().setting(QStringLiteral("units"));
    const DistanceUnit unit = Units::fromSetting(unitSetting ? unitSetting->value_or(QString()) : QString());
    if (runs) {
        for (const Run& run : *runs) {
            QString text = Units::distance(run.distanceM, unit);
            if (run.startTime)
                text = run.startTime->toString(QStringLiteral("HH:mm")) + QStringLiteral(" · ") + text;
            if (!run.kind.isEmpty())
                text += QStringLiteral(" · ") + Vocabulary::label(VocabularyKind::RunKind, run.kind);
            m_run->addItem(text, run.id);
        }
    }
    const int index = m_run->findData(keep.value_or(0));
    m_run->setCurrentIndex(index >= 0 ? index : 0);
}

PainEntry PainDialog::currentPain() const
{
    PainEntry pain = m_original;
    pain.date = m_date->date();
    pain.time = m_time->text().trimmed().isEmpty() ? std::nullopt : InputParsing::timeOfDay(m_time->text());
    m_questions->read(pain);
    const qint64 run = m_run->currentData().value<qint64>();
    pain.runId = run > 0 ? std::optional<EntryId>(run) : std::nullopt;
    pain.notes = m_notes->text().trimmed();
    return pain;
}

FieldProblems PainDialog::problems() const
{
    FieldProblems found;
    if (!m_time->text().trimmed().isEmpty() && !InputParsing::timeOfDay(m_time->text()))
        found.append({QStringLiteral("time"), tr("is not a time of day (use HH:MM)")});
    for (const FieldProblem& problem : m_questions->problems(currentPain())) {
        if (problem.field != QLatin1String("time") || found.isEmpty())
            found.append(problem);
    }
    return found;
}

Status PainDialog::save()
{
    const PainEntry pain = currentPain();
    if (pain.id) {
        m_savedId = pain.id;
        return m_commands.updatePain(pain);
    }
    Result<EntryId> id = m_commands.addPain(pain);
    if (!id)
        return id.takeError();
    m_savedId = *id;
    return {};
}

} // namespace backstride
