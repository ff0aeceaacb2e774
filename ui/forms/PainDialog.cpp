#include "PainDialog.h"

#include "Announce.h"
#include "BodyMapWidget.h"
#include "FormFields.h"
#include "InputParsing.h"
#include "JournalCommands.h"
#include "JournalRepository.h"
#include "Units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace backstride {
namespace {

void styleNotice(QLabel* label, const char* background, const char* text, const char* border)
{
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                                        "border-radius: 4px; padding: 6px; }")
                             .arg(QLatin1String(background), QLatin1String(text), QLatin1String(border)));
}

} // namespace

PainDialog::PainDialog(JournalCommands& commands, const PainEntry& pain, QWidget* parent)
    : EntryDialog(parent), m_commands(commands), m_original(pain)
{
    setObjectName(QStringLiteral("painDialog"));
    setWindowTitle(pain.id ? tr("Edit pain entry") : tr("Log back pain"));

    m_date = FormFields::dateEdit(pain.date, this);
    addField(tr("&Date:"), m_date, QStringLiteral("date"));
    m_time = FormFields::lineEdit(QStringLiteral("timeEdit"), tr("e.g. 07:30 (optional)"), this);
    if (pain.time)
        m_time->setText(pain.time->toString(QStringLiteral("HH:mm")));
    addField(tr("&Time:"), m_time, QStringLiteral("time"));

    auto* intensityRow = new QWidget(this);
    auto* intensityLayout = new QHBoxLayout(intensityRow);
    intensityLayout->setContentsMargins(0, 0, 0, 0);
    m_intensity = new QSpinBox(intensityRow);
    m_intensity->setAccessibleDescription(
        tr("How strong the pain is, from 0 (none) to 10 (the worst imaginable)"));
    m_intensity->setObjectName(QStringLiteral("intensitySpin"));
    m_intensity->setRange(0, 10);
    m_intensity->setValue(pain.intensity);
    m_intensitySlider = new QSlider(Qt::Horizontal, intensityRow);
    m_intensitySlider->setRange(0, 10);
    m_intensitySlider->setValue(pain.intensity);
    m_intensitySlider->setTickPosition(QSlider::TicksBelow);
    m_intensitySlider->setFocusPolicy(Qt::NoFocus); // the spin box takes the keyboard
    connect(m_intensity, &QSpinBox::valueChanged, m_intensitySlider, &QSlider::setValue);
    connect(m_intensitySlider, &QSlider::valueChanged, m_intensity, &QSpinBox::setValue);
    intensityLayout->addWidget(m_intensity);
    intensityLayout->addWidget(m_intensitySlider, 1);
    intensityLayout->addWidget(new QLabel(tr("0 none · 10 worst imaginable"), intensityRow));
    addField(tr("&Pain (0–10):"), intensityRow, QStringLiteral("intensity"));
    watch(m_intensity);

    addField(tr("It feels:"),
        checkGroup(
            VocabularyKind::Character, pain.character, 3, m_character, QStringLiteral("characterGroup")),
        QStringLiteral("character"));
    addField(tr("It comes:"),
        checkGroup(VocabularyKind::Timing, pain.timing, 3, m_timing, QStringLiteral("timingGroup")),
        QStringLiteral("timing"));
    addField(tr("Worse with:"),
        checkGroup(VocabularyKind::Aggravator, pain.aggravators, 3, m_aggravators,
            QStringLiteral("aggravatorGroup")),
        QStringLiteral("aggravators"));

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
    m_sites = new BodyMapWidget(side);
    m_sites->setObjectName(QStringLiteral("bodyMap"));
    m_sites->setSelectedSites(pain.sites);
    whereLabel->setBuddy(m_sites);
    sideLayout->addWidget(m_sites, 1);
    m_radiation = new QLabel(side);
    m_radiation->setObjectName(QStringLiteral("radiationNotice"));
    m_radiation->setWordWrap(true);
    sideLayout->addWidget(m_radiation);

    auto* warnings = new QGroupBox(tr("Warning signs — is any of these true now?"), this);
    warnings->setObjectName(QStringLiteral("redFlagGroup"));
    auto* warningLayout = new QVBoxLayout(warnings);
    for (const QString& word : Vocabulary::words(VocabularyKind::RedFlag)) {
        auto* box = new QCheckBox(Vocabulary::label(VocabularyKind::RedFlag, word), warnings);
        box->setObjectName(word + QLatin1String("Check"));
        box->setChecked(pain.redFlags.contains(word));
        warningLayout->addWidget(box);
        m_redFlags.insert(word, box);
        connect(box, &QCheckBox::toggled, this, &PainDialog::updateNotices);
        connect(box, &QCheckBox::toggled, this, &PainDialog::revalidate);
    }
    addWideRow(warnings);
    m_urgent = new QLabel(this);
    m_urgent->setObjectName(QStringLiteral("urgentBanner"));
    m_urgent->setWordWrap(true);
    styleNotice(m_urgent, "#b71c1c", "#ffffff", "#7f0000");
    m_urgent->setText(
        tr("<b>Seek medical care today.</b> With back pain, this sign can mean serious pressure on a "
           "nerve or another cause that needs a doctor now. Do not run; call your doctor, or go to "
           "urgent care or an emergency department."));
    // At the very top of the form, where it cannot be missed.
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, m_urgent);
    setSidePanel(side);
    connect(m_sites, &BodyMapWidget::selectionChanged, this, &PainDialog::updateNotices);
    connect(m_sites, &BodyMapWidget::selectionChanged, this, &PainDialog::revalidate);

    QList<QWidget*> order = {m_date, m_time, m_intensity};
    for (const auto* boxes : {&m_character, &m_timing, &m_aggravators}) {
        for (const QString& word : Vocabulary::words(boxes == &m_character ? VocabularyKind::Character
                     : boxes == &m_timing                                  ? VocabularyKind::Timing
                                                                           : VocabularyKind::Aggravator))
            order.append(boxes->value(word));
    }
    order.append({m_run, m_notes, m_sites});
    for (const QString& word : Vocabulary::words(VocabularyKind::RedFlag))
        order.append(m_redFlags.value(word));
    finishForm(order);
    m_intensity->setFocus(Qt::OtherFocusReason);
    m_intensity->selectAll();
    resize(1000, 680);
    updateNotices();
    revalidate();
}

QWidget* PainDialog::checkGroup(VocabularyKind kind, const QStringList& checked, int columns,
    QMap<QString, QCheckBox*>& boxes, const QString& objectName)
{
    auto* group = new QWidget(this);
    group->setObjectName(objectName);
    auto* grid = new QGridLayout(group);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList& words = Vocabulary::words(kind);
    for (int i = 0; i < words.size(); ++i) {
        auto* box = new QCheckBox(Vocabulary::label(kind, words.at(i)), group);
        box->setObjectName(words.at(i) + QLatin1String("Check"));
        box->setChecked(checked.contains(words.at(i)));
        grid->addWidget(box, i / columns, i % columns);
        boxes.insert(words.at(i), box);
        connect(box, &QCheckBox::toggled, this, &PainDialog::revalidate);
    }
    return group;
}

QStringList PainDialog::checkedWords(const QMap<QString, QCheckBox*>& boxes)
{
    QStringList words;
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        if (it.value()->isChecked())
            words.append(it.key());
    }
    return words;
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

void PainDialog::updateNotices()
{
    const PainEntry pain = currentPain();
    const QString radiationBefore = m_radiation->isVisible() ? m_radiation->text() : QString();
    const bool urgentBefore = !m_urgent->isHidden();
    if (pain.radiatesBelowKnee()) {
        m_radiation->setText(
            tr("<b>This pain reaches below the knee.</b> That is the clearer sign of an irritated "
               "nerve: have it examined soon, and do not run through it."));
        styleNotice(m_radiation, "#fff3e0", "#6d3500", "#e6a25a");
        m_radiation->show();
    } else if (pain.radiates()) {
        m_radiation->setText(
            tr("<b>This pain spreads beyond the low back</b> (radiating pain). Pain that travels "
               "into the buttock or leg can come from a nerve; a physical therapist or doctor "
               "should look at it."));
        styleNotice(m_radiation, "#fff8e1", "#5d4300", "#e0c060");
        m_radiation->show();
    } else {
        m_radiation->hide();
    }
    m_urgent->setVisible(!pain.redFlags.isEmpty());
    // A notice that appears (or changes) is spoken, the warning signs first.
    if (!pain.redFlags.isEmpty() && !urgentBefore)
        Announce::alert(m_urgent);
    if (!m_radiation->isHidden() && m_radiation->text() != radiationBefore)
        Announce::alert(m_radiation);
}

PainEntry PainDialog::currentPain() const
{
    PainEntry pain = m_original;
    pain.date = m_date->date();
    pain.time = m_time->text().trimmed().isEmpty() ? std::nullopt : InputParsing::timeOfDay(m_time->text());
    pain.intensity = m_intensity->value();
    pain.sites = m_sites->selectedSites();
    pain.character = Vocabulary::canonical(VocabularyKind::Character, checkedWords(m_character));
    pain.timing = Vocabulary::canonical(VocabularyKind::Timing, checkedWords(m_timing));
    pain.aggravators = Vocabulary::canonical(VocabularyKind::Aggravator, checkedWords(m_aggravators));
    pain.redFlags = Vocabulary::canonical(VocabularyKind::RedFlag, checkedWords(m_redFlags));
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
    for (const FieldProblem& problem : validate(currentPain())) {
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
