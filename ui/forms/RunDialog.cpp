#include "RunDialog.h"

#include "BodyMapWidget.h"
#include "FormFields.h"
#include "InputParsing.h"
#include "JournalCommands.h"
#include "PainQuestions.h"
#include "WrappedLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace backstride {

RunDialog::RunDialog(
    JournalCommands& commands, const Run& run, DistanceUnit unit, QWidget* parent, const QString& planSession)
    : EntryDialog(parent), m_commands(commands), m_original(run), m_unit(unit)
{
    setObjectName(QStringLiteral("runDialog"));
    const bool session = !run.id && !planSession.isEmpty();
    setWindowTitle(run.id ? tr("Edit run") : session ? tr("Log today's return-to-run session") : tr("Log a run"));
    if (session) {
        auto* heading = new WrappedLabel(tr("Return-to-run plan, %1").arg(planSession), this);
        heading->setObjectName(QStringLiteral("planSessionLabel"));
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        addWideRow(heading);
        addWideRow(new WrappedLabel(
            tr("The pain during and after it, and how the back is tomorrow morning, decide the next step."), this));
    }

    m_date = FormFields::dateEdit(run.date, this);
    addField(tr("&Date:"), m_date, QStringLiteral("date"));
    m_start = FormFields::lineEdit(QStringLiteral("startEdit"), tr("e.g. 18:30 (optional)"), this);
    if (run.startTime)
        m_start->setText(run.startTime->toString(QStringLiteral("HH:mm")));
    addField(tr("S&tarted at:"), m_start, QStringLiteral("start_time"));

    auto* distanceRow = new QWidget(this);
    auto* distanceLayout = new QHBoxLayout(distanceRow);
    distanceLayout->setContentsMargins(0, 0, 0, 0);
    m_distance = FormFields::numberEdit(
        QStringLiteral("distanceEdit"), tr("e.g. %1").arg(FormFields::numberText(8.5, 1)), distanceRow);
    if (run.distanceM > 0)
        m_distance->setText(FormFields::numberText(Units::toUnit(run.distanceM, unit), 2));
    m_distance->setAccessibleDescription(
        tr("Distance in %1; a comma or a point before the decimals")
            .arg(unit == DistanceUnit::Miles ? tr("miles") : tr("kilometres")));
    distanceLayout->addWidget(m_distance);
    distanceLayout->addWidget(new QLabel(Units::symbol(unit), distanceRow));
    addField(tr("Di&stance:"), distanceRow, QStringLiteral("distance_m"));
    watch(m_distance);

    auto* durationRow = new QWidget(this);
    auto* durationLayout = new QHBoxLayout(durationRow);
    durationLayout->setContentsMargins(0, 0, 0, 0);
    m_duration = FormFields::lineEdit(QStringLiteral("durationEdit"), tr("h:mm:ss or mm:ss"), durationRow);
    m_duration->setAccessibleDescription(
        tr("How long the run took: hours:minutes:seconds, minutes:seconds or minutes"));
    if (run.durationS > 0)
        m_duration->setText(InputParsing::durationText(run.durationS));
    durationLayout->addWidget(m_duration);
    m_pace = new QLabel(durationRow);
    m_pace->setObjectName(QStringLiteral("paceLabel"));
    m_pace->setMinimumWidth(110);
    durationLayout->addWidget(m_pace);
    addField(tr("D&uration:"), durationRow, QStringLiteral("duration_s"));
    watch(m_duration);
    connect(m_distance, &QLineEdit::textChanged, this, &RunDialog::updatePace);
    connect(m_duration, &QLineEdit::textChanged, this, &RunDialog::updatePace);

    m_kind = FormFields::vocabularyCombo(VocabularyKind::RunKind, true, this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    FormFields::selectWord(m_kind, run.kind);
    addField(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    m_surface = FormFields::vocabularyCombo(VocabularyKind::Surface, true, this);
    m_surface->setObjectName(QStringLiteral("surfaceCombo"));
    FormFields::selectWord(m_surface, run.surface);
    addField(tr("Su&rface:"), m_surface, QStringLiteral("surface"));

    m_effort = new QComboBox(this);
    m_effort->setAccessibleDescription(tr("How hard it felt, from 1 (very easy) to 10 (all-out); optional"));
    m_effort->setObjectName(QStringLiteral("effortCombo"));
    m_effort->addItem(QStringLiteral("—"), 0);
    for (int effort = 1; effort <= 10; ++effort) {
        const QString hint = effort == 1 ? tr(" (very easy)") : effort == 10 ? tr(" (all out)") : QString();
        m_effort->addItem(QString::number(effort) + hint, effort);
    }
    m_effort->setCurrentIndex(run.effort.value_or(0));
    addField(tr("&Effort (1–10):"), m_effort, QStringLiteral("effort"));

    m_heartRate
        = FormFields::lineEdit(QStringLiteral("heartRateEdit"), tr("beats per minute (optional)"), this);
    if (run.avgHr)
        m_heartRate->setText(QString::number(*run.avgHr));
    m_heartRate->setAccessibleDescription(tr("Average heart rate in beats per minute; optional"));
    addField(tr("Average &heart rate:"), m_heartRate, QStringLiteral("avg_hr"));
    m_elevation = FormFields::numberEdit(QStringLiteral("elevationEdit"), tr("metres (optional)"), this);
    if (run.elevationGainM)
        m_elevation->setText(FormFields::numberText(*run.elevationGainM, 0));
    m_elevation->setAccessibleDescription(tr("Metres of climb; optional"));
    addField(tr("&Climb:"), m_elevation, QStringLiteral("elevation_gain_m"));

    // Filled in by offerWarmup on a day of long sitting.
    m_warmupOffer = new QWidget(this);
    m_warmupOffer->setObjectName(QStringLiteral("warmupOffer"));
    m_warmupOffer->setVisible(false);
    auto* offerRows = new QVBoxLayout(m_warmupOffer);
    offerRows->setContentsMargins(0, 0, 0, 0);
    m_warmupText = new WrappedLabel(QString(), m_warmupOffer);
    m_warmupText->setObjectName(QStringLiteral("warmupOfferText"));
    offerRows->addWidget(m_warmupText);
    m_warmupPlay = new QPushButton(tr("Play the &warm-up…"), m_warmupOffer);
    m_warmupPlay->setObjectName(QStringLiteral("warmupOfferButton"));
    offerRows->addWidget(m_warmupPlay, 0, Qt::AlignLeft);
    connect(m_warmupPlay, &QPushButton::clicked, this, &RunDialog::warmupRequested);
    addField(QString(), m_warmupOffer, QString());
    m_glute = new QCheckBox(tr("&Glute activation before the run"), this);
    m_glute->setObjectName(QStringLiteral("gluteCheck"));
    m_glute->setChecked(run.gluteWarmup);
    addField(QString(), m_glute, QStringLiteral("glute_warmup"));
    m_notes = FormFields::lineEdit(QStringLiteral("notesEdit"), tr("how it went (optional)"), this);
    m_notes->setText(run.notes);
    addField(tr("N&otes:"), m_notes, QStringLiteral("notes"));

    QList<QWidget*> order = {m_date, m_start, m_distance, m_duration, m_kind, m_surface, m_effort,
        m_heartRate, m_elevation, m_glute, m_notes};
    if (!run.id) {
        // The pain that came with this run, logged in the same step and asked as fully as the
        // pain form asks it: the less common questions folded away one key from the number.
        m_painGroup = new QGroupBox(tr("&Back pain with this run"), this);
        m_painGroup->setObjectName(QStringLiteral("painWithRunGroup"));
        m_painGroup->setCheckable(true);
        m_painGroup->setChecked(false);
        PainEntry blank;
        blank.date = run.date;
        m_pain = new PainQuestions(this, blank, {QStringLiteral("during-run"), QStringLiteral("after-run")});
        auto* groupLayout = new QVBoxLayout(m_painGroup);
        // The details open only when the box is ticked, so a pain-free run keeps a short form.
        auto* details = new QWidget(m_painGroup);
        details->setObjectName(QStringLiteral("painWithRunDetails"));
        groupLayout->addWidget(details);
        auto* columns = new QHBoxLayout(details);
        columns->setContentsMargins(0, 0, 0, 0);
        auto* questions = new QVBoxLayout;
        columns->addLayout(questions, 1);

        auto* row = new QHBoxLayout;
        auto* levelLabel = new QLabel(tr("&Pain (0–10):"), m_painGroup);
        levelLabel->setBuddy(m_pain->level());
        row->addWidget(levelLabel, 0, Qt::AlignTop);
        m_pain->level()->setObjectName(QStringLiteral("painIntensitySpin"));
        row->addWidget(withMessage(m_pain->level(), {QStringLiteral("pain.intensity")}), 0, Qt::AlignTop);
        m_painWhen = new QComboBox(m_painGroup);
        m_painWhen->setObjectName(QStringLiteral("painWhenCombo"));
        m_painWhen->setAccessibleName(tr("When the pain came"));
        m_painWhen->addItem(tr("during the run"), QStringLiteral("during-run"));
        m_painWhen->addItem(tr("after the run"), QStringLiteral("after-run"));
        m_painWhen->setCurrentIndex(1);
        row->addWidget(m_painWhen, 0, Qt::AlignTop);
        row->addStretch();
        questions->addLayout(row);

        m_painMore = new QPushButton(tr("&More about this pain: what it feels like, when else, what makes it worse"),
            m_painGroup);
        m_painMore->setObjectName(QStringLiteral("painMoreButton"));
        m_painMore->setCheckable(true);
        m_painMore->setFlat(true);
        m_painMore->setStyleSheet(QStringLiteral("QPushButton { text-align: left; }"));
        questions->addWidget(m_painMore);
        auto* more = new QWidget(m_painGroup);
        more->setObjectName(QStringLiteral("painMoreDetails"));
        auto* moreForm = new QFormLayout(more);
        moreForm->setContentsMargins(0, 0, 0, 0);
        auto addBoxes = [more, moreForm](const QString& text, QWidget* boxes) {
            // The caption names the first box, which a screen reader reads with the caption.
            auto* caption = new QLabel(text, more);
            caption->setBuddy(boxes->findChild<QCheckBox*>());
            moreForm->addRow(caption, boxes);
        };
        addBoxes(tr("It feels:"), m_pain->characterBoxes());
        addBoxes(tr("It also comes:"), m_pain->timingBoxes());
        addBoxes(tr("Worse with:"), m_pain->aggravatorBoxes());
        questions->addWidget(more);
        more->setVisible(false);
        m_painMore->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
        connect(m_painMore, &QPushButton::toggled, this, [this, more](bool on) {
            more->setVisible(on);
            m_painMore->setIcon(style()->standardIcon(on ? QStyle::SP_ArrowDown : QStyle::SP_ArrowRight));
            adjustSize();
        });
        questions->addWidget(m_pain->warningSigns());
        questions->addStretch();

        auto* where = new QVBoxLayout;
        m_pain->bodyMap()->setObjectName(QStringLiteral("painSitesMap"));
        m_pain->bodyMap()->setMinimumSize(300, 300);
        where->addWidget(m_pain->bodyMap(), 1);
        where->addWidget(m_pain->radiationNotice());
        columns->addLayout(where, 1);
        addWideRow(m_painGroup);
        // A warning sign ticked here needs the same answer at once as in the pain form.
        static_cast<QVBoxLayout*>(layout())->insertWidget(0, m_pain->urgentNotice());
        watch(m_painGroup);
        details->setVisible(false);
        m_pain->setAsked(false);
        connect(m_painGroup, &QGroupBox::toggled, this, [this, details](bool on) {
            details->setVisible(on);
            m_pain->setAsked(on);
            adjustSize();
        });
        connect(m_pain, &PainQuestions::changed, this, &RunDialog::revalidate);
        if (session) {
            // The plan needs the session's pain, even "none": asked at once, its number typed.
            m_painGroup->setTitle(tr("&Back pain during or after the session"));
            m_painGroup->setChecked(true);
            m_painWhen->setCurrentIndex(0);
        }
        order.append({m_painGroup, m_pain->level(), m_painWhen, m_painMore});
        order.append(m_pain->detailOrder());
        order.append(m_pain->bodyMap());
        order.append(m_pain->warningOrder());
    }
    finishForm(order);
    m_distance->setFocus(Qt::OtherFocusReason); // the date is filled in; the distance is what to type
    updatePace();
    revalidate();
}

void RunDialog::offerWarmup(double sittingHours, int minutes)
{
    if (m_original.id || m_glute->isChecked() || !m_warmupText->text().isEmpty())
        return;
    m_warmupText->setText(tr("You sat %1 h today. A %n-minute glute warm-up first?", nullptr, minutes)
                              .arg(FormFields::numberText(sittingHours, 1)));
    m_warmupPlay->setAccessibleDescription(m_warmupText->text());
    const QDate day = m_date->date();
    auto update = [this, day] {
        m_warmupOffer->setVisible(m_date->date() == day && !m_glute->isChecked());
        adjustSize();
    };
    connect(m_date, &QDateEdit::dateChanged, this, update);
    connect(m_glute, &QCheckBox::toggled, this, update);
    update();
    // In the reading order just before the box it is about.
    setTabOrder(m_elevation, m_warmupPlay);
    setTabOrder(m_warmupPlay, m_glute);
}

void RunDialog::warmupLogged()
{
    m_glute->setChecked(true);
    m_glute->setFocus(Qt::OtherFocusReason);
}

void RunDialog::updatePace()
{
    const std::optional<double> distance = InputParsing::number(m_distance->text());
    const std::optional<double> duration = InputParsing::durationSeconds(m_duration->text());
    const QString pace = distance && duration
        ? Units::pace(*duration, Units::toMetres(*distance, m_unit), m_unit)
        : QString();
    m_pace->setText(pace.isEmpty() ? QString() : tr("pace %1").arg(pace));
}

Run RunDialog::currentRun() const
{
    Run run = m_original;
    run.date = m_date->date();
    run.startTime
        = m_start->text().trimmed().isEmpty() ? std::nullopt : InputParsing::timeOfDay(m_start->text());
    const std::optional<double> distance = InputParsing::number(m_distance->text());
    run.distanceM = distance ? Units::toMetres(*distance, m_unit) : 0;
    run.durationS = InputParsing::durationSeconds(m_duration->text()).value_or(0);
    run.kind = FormFields::selectedWord(m_kind);
    run.surface = FormFields::selectedWord(m_surface);
    const int effort = m_effort->currentData().toInt();
    run.effort = effort > 0 ? std::optional<int>(effort) : std::nullopt;
    const std::optional<double> heartRate = InputParsing::number(m_heartRate->text());
    run.avgHr = heartRate ? std::optional<int>(qRound(*heartRate)) : std::nullopt;
    run.elevationGainM = InputParsing::number(m_elevation->text());
    run.gluteWarmup = m_glute->isChecked();
    run.notes = m_notes->text().trimmed();
    return run;
}

std::optional<PainEntry> RunDialog::currentPain() const
{
    if (!m_painGroup || !m_painGroup->isChecked())
        return std::nullopt;
    PainEntry pain;
    pain.date = m_date->date();
    pain.timing = {m_painWhen->currentData().toString()};
    m_pain->read(pain);
    return pain;
}

FieldProblems RunDialog::problems() const
{
    FieldProblems found;
    // What cannot even be read comes first; validation then checks the values that could.
    auto check = [&found](const QLineEdit* edit, const char* field, bool required, bool readable,
                     const QString& message) {
        if (edit->text().trimmed().isEmpty()) {
            if (required)
                found.append({QString::fromLatin1(field), tr("is required")});
        } else if (!readable) {
            found.append({QString::fromLatin1(field), message});
        }
    };
    check(m_distance, "distance_m", true, InputParsing::number(m_distance->text()).has_value(),
        tr("is not a number (e.g. %1)").arg(FormFields::numberText(8.5, 1)));
    check(m_duration, "duration_s", true, InputParsing::durationSeconds(m_duration->text()).has_value(),
        tr("is not a duration (use h:mm:ss, mm:ss or minutes)"));
    check(m_start, "start_time", false, InputParsing::timeOfDay(m_start->text()).has_value(),
        tr("is not a time of day (use HH:MM)"));
    check(m_heartRate, "avg_hr", false, InputParsing::number(m_heartRate->text()).has_value(),
        tr("is not a number"));
    check(m_elevation, "elevation_gain_m", false, InputParsing::number(m_elevation->text()).has_value(),
        tr("is not a number"));

    QSet<QString> unreadableFields;
    for (const FieldProblem& problem : found)
        unreadableFields.insert(problem.field);
    for (const FieldProblem& problem : validate(currentRun())) {
        if (!unreadableFields.contains(problem.field))
            found.append(problem);
    }
    if (const std::optional<PainEntry> pain = currentPain())
        found.append(m_pain->problems(*pain, QStringLiteral("pain.")));
    return found;
}

Status RunDialog::save()
{
    const Run run = currentRun();
    if (run.id) {
        if (Status status = m_commands.updateRun(run); !status)
            return status;
        m_savedId = run.id;
        return {};
    }
    Result<EntryId> id = m_commands.addRun(run, currentPain());
    if (!id)
        return id.takeError();
    m_savedId = *id;
    return {};
}

} // namespace backstride
