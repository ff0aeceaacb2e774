#include "PainQuestions.h"

#include "Announce.h"
#include "BodyMapWidget.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace backstride {
namespace {

constexpr int kNotGiven = -1; // the level's "not given" step, below 0
constexpr int kBoxColumns = 3;

void styleNotice(QLabel* label, const char* background, const char* text, const char* border)
{
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                                        "border-radius: 4px; padding: 6px; }")
                             .arg(QLatin1String(background), QLatin1String(text), QLatin1String(border)));
}

} // namespace

PainQuestions::PainQuestions(QWidget* form, const PainEntry& pain, const QStringList& timingAskedElsewhere)
    : QObject(form), m_form(form), m_timingElsewhere(timingAskedElsewhere), m_original(pain)
{
    m_level = new QSpinBox(form);
    m_level->setObjectName(QStringLiteral("intensitySpin"));
    m_level->setRange(kNotGiven, 10);
    // A new entry starts with no number: a pain level is the runner's answer, never a default.
    m_level->setSpecialValueText(tr("not given"));
    m_level->setValue(pain.id ? pain.intensity : kNotGiven);
    m_level->setAccessibleDescription(
        tr("How strong the pain is, from 0 (none) to 10 (the worst imaginable); type the number"));
    connect(m_level, &QSpinBox::valueChanged, this, &PainQuestions::changed);

    m_sites = new BodyMapWidget(form);
    m_sites->setObjectName(QStringLiteral("bodyMap"));
    m_sites->setSelectedSites(pain.sites);
    connect(m_sites, &BodyMapWidget::selectionChanged, this, &PainQuestions::updateNotices);
    connect(m_sites, &BodyMapWidget::selectionChanged, this, &PainQuestions::changed);

    m_characterGroup = checkGroup(
        VocabularyKind::Character, pain.character, {}, m_character, QStringLiteral("characterGroup"));
    m_timingGroup = checkGroup(
        VocabularyKind::Timing, pain.timing, m_timingElsewhere, m_timing, QStringLiteral("timingGroup"));
    m_aggravatorGroup = checkGroup(
        VocabularyKind::Aggravator, pain.aggravators, {}, m_aggravators, QStringLiteral("aggravatorGroup"));

    m_warnings = new QGroupBox(tr("Warning signs — is any of these true now?"), form);
    m_warnings->setObjectName(QStringLiteral("redFlagGroup"));
    auto* warningLayout = new QVBoxLayout(m_warnings);
    for (const QString& word : Vocabulary::words(VocabularyKind::RedFlag)) {
        auto* box = new QCheckBox(Vocabulary::label(VocabularyKind::RedFlag, word), m_warnings);
        box->setObjectName(word + QLatin1String("Check"));
        box->setChecked(pain.redFlags.contains(word));
        warningLayout->addWidget(box);
        m_redFlags.insert(word, box);
        connect(box, &QCheckBox::toggled, this, &PainQuestions::updateNotices);
        connect(box, &QCheckBox::toggled, this, &PainQuestions::changed);
    }

    m_urgent = new QLabel(form);
    m_urgent->setObjectName(QStringLiteral("urgentBanner"));
    m_urgent->setWordWrap(true);
    styleNotice(m_urgent, "#b71c1c", "#ffffff", "#7f0000");
    m_urgent->setText(
        tr("<b>Seek medical care today.</b> With back pain, this sign can mean serious pressure on a "
           "nerve or another cause that needs a doctor now. Do not run; call your doctor, or go to "
           "urgent care or an emergency department."));
    m_radiation = new QLabel(form);
    m_radiation->setObjectName(QStringLiteral("radiationNotice"));
    m_radiation->setWordWrap(true);
    updateNotices();
}

QWidget* PainQuestions::checkGroup(VocabularyKind kind, const QStringList& checked,
    const QStringList& leaveOut, QMap<QString, QCheckBox*>& boxes, const QString& objectName)
{
    auto* group = new QWidget(m_form);
    group->setObjectName(objectName);
    auto* grid = new QGridLayout(group);
    grid->setContentsMargins(0, 0, 0, 0);
    int placed = 0;
    for (const QString& word : Vocabulary::words(kind)) {
        if (leaveOut.contains(word))
            continue;
        auto* box = new QCheckBox(Vocabulary::label(kind, word), group);
        box->setObjectName(word + QLatin1String("Check"));
        box->setChecked(checked.contains(word));
        grid->addWidget(box, placed / kBoxColumns, placed % kBoxColumns);
        ++placed;
        boxes.insert(word, box);
        connect(box, &QCheckBox::toggled, this, &PainQuestions::changed);
    }
    return group;
}

QStringList PainQuestions::checkedWords(const QMap<QString, QCheckBox*>& boxes)
{
    QStringList words;
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        if (it.value()->isChecked())
            words.append(it.key());
    }
    return words;
}

std::optional<int> PainQuestions::levelGiven() const
{
    return m_level->value() == kNotGiven ? std::nullopt : std::optional<int>(m_level->value());
}

void PainQuestions::read(PainEntry& pain) const
{
    pain.intensity = m_level->value();
    pain.sites = m_sites->selectedSites();
    pain.character = Vocabulary::canonical(VocabularyKind::Character, checkedWords(m_character));
    QStringList timing = checkedWords(m_timing);
    for (const QString& word : pain.timing) {
        if (m_timingElsewhere.contains(word))
            timing.append(word); // the form's own question set it
    }
    pain.timing = Vocabulary::canonical(VocabularyKind::Timing, timing);
    pain.aggravators = Vocabulary::canonical(VocabularyKind::Aggravator, checkedWords(m_aggravators));
    pain.redFlags = Vocabulary::canonical(VocabularyKind::RedFlag, checkedWords(m_redFlags));
    if (m_asked) // the questions were on the form: none ticked is "none of them"
        pain.redFlagsAsked = true;
}

FieldProblems PainQuestions::problems(const PainEntry& pain, const QString& prefix) const
{
    FieldProblems found;
    const bool levelMissing = !levelGiven();
    if (levelMissing)
        found.append({prefix + QLatin1String("intensity"), tr("give a number from 0 (no pain) to 10")});
    for (const FieldProblem& problem : validate(pain)) {
        if (!(levelMissing && problem.field == QLatin1String("intensity")))
            found.append({prefix + problem.field, problem.message});
    }
    return found;
}

QList<QWidget*> PainQuestions::detailOrder() const
{
    QList<QWidget*> order;
    const std::pair<VocabularyKind, const QMap<QString, QCheckBox*>*> groups[] = {
        {VocabularyKind::Character, &m_character},
        {VocabularyKind::Timing, &m_timing},
        {VocabularyKind::Aggravator, &m_aggravators},
    };
    for (const auto& [kind, boxes] : groups) {
        for (const QString& word : Vocabulary::words(kind)) {
            if (QCheckBox* box = boxes->value(word))
                order.append(box);
        }
    }
    return order;
}

void PainQuestions::setAsked(bool asked)
{
    m_asked = asked;
    updateNotices();
}

QList<QWidget*> PainQuestions::warningOrder() const
{
    QList<QWidget*> order;
    for (const QString& word : Vocabulary::words(VocabularyKind::RedFlag))
        order.append(m_redFlags.value(word));
    return order;
}

void PainQuestions::updateNotices()
{
    PainEntry pain;
    read(pain);
    const QString radiationBefore = m_radiation->isHidden() ? QString() : m_radiation->text();
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
    const bool urgent = m_asked && !pain.redFlags.isEmpty();
    m_urgent->setVisible(urgent);
    // A notice that appears (or changes) is spoken, the warning signs first.
    if (urgent && !urgentBefore)
        Announce::alert(m_urgent);
    if (!m_radiation->isHidden() && m_radiation->text() != radiationBefore)
        Announce::alert(m_radiation);
}

} // namespace backstride
