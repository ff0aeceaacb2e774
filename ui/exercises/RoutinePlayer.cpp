#include "RoutinePlayer.h"

#include "Announce.h"
#include "ExerciseFigureWidget.h"
#include "ExerciseLibrary.h"
#include "JournalCommands.h"
#include "MessageBox.h"

#include <QAccessible>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace backstride {
namespace {

// Rest between sets and sides: long enough to change position, short enough to keep warm.
constexpr int kRestSeconds = 15;
constexpr int kTickMs = 200;

} // namespace

RoutinePlayer::RoutinePlayer(const Routine& routine, const QList<Exercise>& exercises,
    const QHash<QString, int>& levels, JournalCommands& commands, const QDate& day, Now now, QWidget* parent)
    : QDialog(parent)
    , m_playback(routine, exercises, levels, kRestSeconds, now())
    , m_commands(commands)
    , m_day(day)
    , m_now(std::move(now))
    , m_timer(new QTimer(this))
    , m_progress(new QLabel(this))
    , m_name(new QLabel(this))
    , m_figure(new ExerciseFigureWidget(this))
    , m_dose(new QLabel(this))
    , m_steps(new QLabel(this))
    , m_status(new QLabel(this))
    , m_countdown(new QProgressBar(this))
    , m_painRow(new QWidget(this))
    , m_pain(new QSpinBox(m_painRow))
    , m_done(new QPushButton(tr("Set &done (Space)"), this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_skip(new QPushButton(tr("&Skip"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
{
    setObjectName(QStringLiteral("routinePlayer"));
    setFocusPolicy(Qt::StrongFocus); // Space, B, S and P reach the player, not a button
    setWindowTitle(routine.name);
    m_progress->setObjectName(QStringLiteral("playerProgress"));
    m_name->setObjectName(QStringLiteral("playerExercise"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_dose->setObjectName(QStringLiteral("playerDose"));
    m_steps->setObjectName(QStringLiteral("playerSteps"));
    m_steps->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("playerStatus"));
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.2);
    m_status->setFont(statusFont);
    m_countdown->setObjectName(QStringLiteral("playerCountdown"));
    m_countdown->setTextVisible(true);
    m_countdown->setAccessibleName(tr("Time left"));
    m_pain->setObjectName(QStringLiteral("playerPain"));
    m_pain->setRange(0, 10);
    m_pain->setSuffix(QStringLiteral("/10"));
    auto* painLabel = new QLabel(tr("Any pain &during it? (Enter for none)"), m_painRow);
    painLabel->setBuddy(m_pain);
    auto* painLayout = new QHBoxLayout(m_painRow);
    painLayout->setContentsMargins(0, 0, 0, 0);
    painLayout->addWidget(painLabel);
    painLayout->addWidget(m_pain);
    painLayout->addStretch(1);
    m_done->setObjectName(QStringLiteral("playerDone"));
    m_back->setObjectName(QStringLiteral("playerBack"));
    m_skip->setObjectName(QStringLiteral("playerSkip"));
    m_pause->setObjectName(QStringLiteral("playerPause"));
    for (QPushButton* button : {m_done, m_back, m_skip, m_pause})
        button->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_name);
    layout->addWidget(m_figure, 1);
    layout->addWidget(m_dose);
    layout->addWidget(m_steps);
    layout->addWidget(m_status);
    layout->addWidget(m_countdown);
    layout->addWidget(m_painRow);
    layout->addLayout(buttons);

    connect(m_done, &QPushButton::clicked, this, [this] {
        if (m_playback.phase() == RoutinePlayback::Phase::AskingPain)
            m_playback.answerPain(m_pain->value(), m_now());
        else
            m_playback.markDone(m_now());
        changed();
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_playback.back(m_now());
        changed();
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        m_playback.skip(m_now());
        changed();
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_playback.isPaused() ? m_playback.resume(m_now()) : m_playback.pause(m_now());
        changed();
    });
    connect(m_timer, &QTimer::timeout, this, &RoutinePlayer::tick);
    m_timer->start(kTickMs);
    refresh();
    setFocus();
}

void RoutinePlayer::tick()
{
    if (m_playback.tick(m_now()))
        changed();
    else
        refresh();
}

void RoutinePlayer::changed()
{
    if (m_playback.phase() == RoutinePlayback::Phase::Finished) {
        finish();
        return;
    }
    QApplication::beep(); // the system bell: a change a runner on the floor can hear
    m_pain->setValue(0);
    refresh();
    // Said once per change, as an alert: the exercise, the set, the side, what to do now.
    const QString said = m_name->text() + QLatin1String(". ") + statusText();
    if (said != m_lastAnnounced) {
        m_lastAnnounced = said;
        m_status->setAccessibleName(said);
        Announce::alert(m_status);
    }
    if (m_playback.phase() == RoutinePlayback::Phase::AskingPain)
        m_pain->setFocus();
    else
        setFocus();
}

QString RoutinePlayer::statusText() const
{
    const qint64 now = m_now();
    const QString side = m_playback.side() == QLatin1String("left") ? tr(", left side")
        : m_playback.side() == QLatin1String("right")                 ? tr(", right side")
                                                                       : QString();
    QString text;
    switch (m_playback.phase()) {
    case RoutinePlayback::Phase::Working:
        text = m_playback.isTimed()
            ? tr("Set %1 of %2%3: hold, %4 s left").arg(m_playback.setNumber()).arg(m_playback.setCount()).arg(side)
                  .arg(m_playback.secondsLeft(now))
            : tr("Set %1 of %2%3: press Space when it is done")
                  .arg(m_playback.setNumber())
                  .arg(m_playback.setCount())
                  .arg(side);
        break;
    case RoutinePlayback::Phase::Resting:
        text = tr("Rest, %1 s; next: set %2 of %3%4 (Space to start now)")
                   .arg(m_playback.secondsLeft(now))
                   .arg(m_playback.setNumber())
                   .arg(m_playback.setCount())
                   .arg(side);
        break;
    case RoutinePlayback::Phase::AskingPain:
        text = tr("Done. Any pain during it?");
        break;
    case RoutinePlayback::Phase::Finished:
        text = tr("Routine done.");
        break;
    }
    return m_playback.isPaused() ? tr("Paused. %1").arg(text) : text;
}

void RoutinePlayer::refresh()
{
    const Exercise& exercise = m_playback.exercise();
    const ExerciseLevel& level = m_playback.level();
    m_progress->setText(tr("Exercise %1 of %2").arg(m_playback.exerciseIndex() + 1).arg(m_playback.exerciseCount()));
    m_name->setText(tr("%1 — %2").arg(exercise.name, level.name));
    if (m_figure->accessibleName().isEmpty() || !m_figure->accessibleName().startsWith(exercise.name))
        m_figure->setLevel(exercise, level);
    m_dose->setText(tr("Dose: %1").arg(ExerciseLibrary::doseText(exercise, level)));
    m_steps->setText((level.steps.isEmpty() ? exercise.steps : level.steps).join(QLatin1Char(' ')));
    m_status->setText(statusText());
    const int total = m_playback.countdownSeconds();
    m_countdown->setVisible(total > 0);
    m_countdown->setRange(0, std::max(1, total));
    m_countdown->setValue(m_playback.secondsLeft(m_now()));
    m_countdown->setFormat(tr("%v s"));
    const bool asking = m_playback.phase() == RoutinePlayback::Phase::AskingPain;
    m_painRow->setVisible(asking);
    m_done->setText(asking ? tr("&Next exercise (Enter)")
            : m_playback.phase() == RoutinePlayback::Phase::Resting ? tr("Start &now (Space)")
                                                                     : tr("Set &done (Space)"));
    m_pause->setText(m_playback.isPaused() ? tr("&Resume") : tr("&Pause"));
}

void RoutinePlayer::keyPressEvent(QKeyEvent* event)
{
    const bool asking = m_playback.phase() == RoutinePlayback::Phase::AskingPain;
    switch (event->key()) {
    case Qt::Key_Space:
        if (!asking) {
            m_done->click();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (asking) {
            m_done->click();
            return;
        }
        break;
    case Qt::Key_B:
        m_back->click();
        return;
    case Qt::Key_S:
        m_skip->click();
        return;
    case Qt::Key_P:
        m_pause->click();
        return;
    default:
        break;
    }
    QDialog::keyPressEvent(event);
}

void RoutinePlayer::finish()
{
    m_timer->stop();
    if (!m_logged && m_playback.anythingDone()) {
        m_logged = true;
        const Status logged = m_commands.addRoutines(m_playback.sessions(m_day), m_playback.routine().name);
        if (!logged) {
            MessageBox::warning(this, tr("The routine was not logged"), logged.error());
            QDialog::reject();
            return;
        }
    }
    accept();
}

void RoutinePlayer::reject()
{
    // Escape or the close button halfway: log what was done, if the runner says so.
    if (m_playback.phase() != RoutinePlayback::Phase::Finished && m_playback.anythingDone()) {
        m_playback.pause(m_now());
        const QMessageBox::StandardButton answer = MessageBox::question(this, tr("Stop the routine?"),
            tr("Log what you did so far? Yes keeps the sets you finished; No leaves the routine out of the "
               "journal; Cancel goes on with it."),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel) {
            m_playback.resume(m_now());
            return;
        }
        if (answer == QMessageBox::Yes) {
            m_playback.stop(m_now());
            finish();
            return;
        }
    }
    m_timer->stop();
    QDialog::reject();
}

} // namespace backstride
