#include "ReminderSettingsPage.h"

#include "Announce.h"

#include "JournalFile.h"
#include "JournalSettings.h"
#include "ReminderAutostart.h"
#include "Reminders.h"
#include "WeeklySeries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace backstride {
namespace {

QString s_program;

QString program()
{
    return s_program.isEmpty() ? QCoreApplication::applicationFilePath() : s_program;
}

const QString timeFormat = QStringLiteral("HH:mm");

QString defaultOf(const QString& key)
{
    return JournalSettings::find(key)->defaultValue;
}

QWidget* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

void ReminderSettingsPage::setProgram(const QString& program)
{
    s_program = program;
}

ReminderSettingsPage::ReminderSettingsPage(const QMap<QString, QString>& current, const QString& journal, QWidget* parent)
    : QWidget(parent), m_journal(journal)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sectionLabel(tr("Backstride can remind you of what a tired runner skips, through your desktop's "
                                      "notifications, with the window closed. A reminder comes only when its entry is "
                                      "missing, at most once a day, and nothing leaves this computer."),
        this));

    // Each kind a row (its box, its time) over its description. Not a grid: a grid squeezes
    // wrapped descriptions to one line.
    QList<QWidget*> firstColumn;
    auto row = [&](QWidget* first, QWidget* second, QWidget* third) {
        auto* line = new QHBoxLayout;
        line->addWidget(first);
        line->addWidget(second);
        if (third)
            line->addWidget(third);
        line->addStretch(1);
        layout->addLayout(line);
        firstColumn.append(first);
    };
    const std::tuple<QString, QString, QString, QString> kinds[] = {
        {JournalSettings::remindEveningLog, JournalSettings::remindEveningLogAt, tr("&Evening log"),
            tr("When nothing was logged today, or today's run has no pain entry after it.")},
        {JournalSettings::remindMorning, JournalSettings::remindMorningAt, tr("M&orning question"),
            tr("When yesterday's return-to-run session, or exercises whose level moves on it, wait on how your back feels "
               "this morning.")},
        {JournalSettings::remindCheckIn, JournalSettings::remindCheckInAt, tr("Weekly c&heck-in"),
            tr("On the check-in day, when the week's check-in is not done.")},
        {JournalSettings::remindRoutine, JournalSettings::remindRoutineAt, tr("Today's &routine"),
            tr("When a routine your exercise programme has for today is not done.")},
    };
    for (const auto& [onKey, atKey, name, description] : kinds) {
        KindRow kind {onKey, atKey};
        kind.on = new QCheckBox(name, this);
        kind.on->setObjectName(onKey);
        kind.on->setChecked(JournalSettings::value(current, onKey) == QLatin1String("on"));
        kind.on->setAccessibleDescription(description);
        kind.at = new QTimeEdit(this);
        kind.at->setObjectName(atKey);
        kind.at->setDisplayFormat(timeFormat);
        kind.at->setTime(QTime::fromString(JournalSettings::value(current, atKey), timeFormat));
        kind.at->setAccessibleName(tr("Time of the reminder: %1").arg(QString(name).remove(QLatin1Char('&'))));
        kind.at->setEnabled(kind.on->isChecked());
        connect(kind.on, &QCheckBox::toggled, kind.at, &QWidget::setEnabled);
        row(kind.on, new QLabel(tr("from"), this), kind.at);
        auto* words = new QLabel(description, this);
        words->setWordWrap(true);
        words->setIndent(24);
        layout->addWidget(words);
        if (onKey == JournalSettings::remindCheckIn) {
            m_checkInDay = new QComboBox(this);
            m_checkInDay->setObjectName(JournalSettings::remindCheckInDay);
            // The day the reminders take when none is chosen (the training week's last).
            const Qt::DayOfWeek lastDay
                = ReminderSettings::fromSettings({{JournalSettings::weekStart, current.value(JournalSettings::weekStart)}})
                      .checkInDay;
            m_checkInDay->addItem(
                tr("the training week's last day (%1)").arg(QLocale().dayName(lastDay, QLocale::LongFormat)), QString());
            for (const QString& day : JournalSettings::find(JournalSettings::remindCheckInDay)->choices) {
                if (!day.isEmpty())
                    m_checkInDay->addItem(
                        QLocale().dayName(WeeklySeries::dayFromSetting(day), QLocale::LongFormat), day);
            }
            m_checkInDay->setCurrentIndex(
                std::max(0, m_checkInDay->findData(current.value(JournalSettings::remindCheckInDay))));
            m_checkInDay->setEnabled(kind.on->isChecked());
            connect(kind.on, &QCheckBox::toggled, m_checkInDay, &QWidget::setEnabled);
            auto* dayLabel = new QLabel(tr("Check-in da&y:"), this);
            dayLabel->setBuddy(m_checkInDay);
            dayLabel->setIndent(24);
            row(dayLabel, m_checkInDay, nullptr);
        }
        m_kinds.append(kind);
    }
    int firstWidth = 0;
    for (QWidget* first : std::as_const(firstColumn))
        firstWidth = std::max(firstWidth, first->sizeHint().width());
    for (QWidget* first : std::as_const(firstColumn))
        first->setMinimumWidth(firstWidth);

    m_atLogin = new QCheckBox(tr("Start reminders when I &log in"), this);
    m_atLogin->setObjectName(QStringLiteral("remindAtLogin"));
    m_atLogin->setChecked(ReminderAutostart::isOn());
    layout->addSpacing(8);
    layout->addWidget(m_atLogin);
    auto* loginWords = new QLabel(tr("Reminders are sent by a small background part of Backstride (“backstride "
                                     "remind --wait”) that opens no window and sleeps until a reminder can be due. "
                                     "This adds it to your desktop's programs started at login: %1")
                                      .arg(ReminderAutostart::path()),
        this);
    loginWords->setWordWrap(true);
    loginWords->setIndent(24);
    loginWords->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_atLogin->setAccessibleDescription(loginWords->text());
    layout->addWidget(loginWords);

    auto* serviceRow = new QHBoxLayout;
    m_service = new QLabel(tr("Asking the desktop's notification service…"), this);
    m_service->setObjectName(QStringLiteral("reminderService"));
    m_service->setWordWrap(true);
    m_service->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test = new QPushButton(tr("Send a &test reminder"), this);
    m_test->setObjectName(QStringLiteral("sendTestReminder"));
    connect(m_test, &QPushButton::clicked, this, [this] { runRemind(QStringLiteral("--test")); });
    serviceRow->addWidget(m_service, 1);
    serviceRow->addWidget(m_test, 0, Qt::AlignTop);
    layout->addSpacing(8);
    layout->addLayout(serviceRow);
    layout->addStretch(1);
    runRemind(QStringLiteral("--check"));
}

ReminderSettingsPage::~ReminderSettingsPage()
{
    // A question still running is stopped with the page; its answer must not reach the labels
    // destroyed before it.
    if (m_remind) {
        m_remind->disconnect(this);
        m_remind->kill();
        m_remind->waitForFinished(1000);
    }
}

void ReminderSettingsPage::runRemind(const QString& option)
{
    if (m_remind)
        m_remind->kill(); // its answer is no longer shown: the newer question decides
    m_remind = new QProcess(this);
    QProcess* process = m_remind;
    m_test->setEnabled(false);
    connect(process, &QProcess::finished, this,
        [this, process](int code, QProcess::ExitStatus status) { answered(process, status == QProcess::NormalExit && code == 0); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            answered(process, false);
    });
    process->start(program(), {QStringLiteral("remind"), option});
}

void ReminderSettingsPage::answered(QProcess* process, bool succeeded)
{
    process->deleteLater();
    if (process != m_remind)
        return; // a newer question decides
    m_remind = nullptr;
    m_test->setEnabled(true);
    if (succeeded) {
        m_service->setText(QString::fromUtf8(process->readAllStandardOutput()).trimmed());
    } else {
        const QString problem = QString::fromUtf8(process->readAllStandardError()).trimmed();
        m_service->setText(tr("Reminders cannot appear on this desktop now: %1. GNOME, KDE Plasma and Xfce each have a "
                              "notification service; on another desktop, start one (dunst or mako, for example), then "
                              "send a test reminder.")
                               .arg(problem.isEmpty() ? tr("the reminder part did not start") : problem));
        Announce::alert(m_service);
    }
    Q_EMIT serviceAnswered();
}

QString ReminderSettingsPage::serviceText() const
{
    return m_service->text();
}

QMap<QString, QString> ReminderSettingsPage::values() const
{
    QMap<QString, QString> values;
    for (const KindRow& kind : m_kinds) {
        const QString on = kind.on->isChecked() ? QStringLiteral("on") : QStringLiteral("off");
        values.insert(kind.onKey, on == defaultOf(kind.onKey) ? QString() : on);
        const QString at = kind.at->time().toString(timeFormat);
        values.insert(kind.atKey, at == defaultOf(kind.atKey) ? QString() : at);
    }
    values.insert(JournalSettings::remindCheckInDay, m_checkInDay->currentData().toString());
    return values;
}

void ReminderSettingsPage::restoreDefaults()
{
    for (const KindRow& kind : std::as_const(m_kinds)) {
        kind.on->setChecked(defaultOf(kind.onKey) == QLatin1String("on"));
        kind.at->setTime(QTime::fromString(defaultOf(kind.atKey), timeFormat));
    }
    m_checkInDay->setCurrentIndex(0);
}

Status ReminderSettingsPage::applyAutostart() const
{
    if (m_atLogin->isChecked() == ReminderAutostart::isOn())
        return {};
    if (!m_atLogin->isChecked())
        return ReminderAutostart::remove();
    const QString journal = QFileInfo(m_journal).absoluteFilePath();
    const bool isDefault = journal == QFileInfo(JournalFile::defaultPath()).absoluteFilePath();
    return ReminderAutostart::write(program(), isDefault ? QString() : journal);
}

} // namespace backstride
