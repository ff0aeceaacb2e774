#include "CheckInPrompt.h"

#include "TodayAnswer.h"

#include "CheckInBar.h"
#include "Clock.h"
#include "EntryEditor.h"
#include "JournalCommands.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "WeeklySeries.h"

#include <QDialog>

namespace backstride {

CheckInPrompt::CheckInPrompt(JournalCommands& commands, const Clock& clock, EntryEditor& editor, QObject* parent)
    : Prompt(Offer, parent)
    , m_commands(commands)
    , m_clock(clock)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("checkInPrompt"));
}

QString CheckInPrompt::subject() const
{
    return QStringLiteral("check-in ") + m_week.toString(Qt::ISODate);
}

void CheckInPrompt::look()
{
    JournalRepository& repository = m_commands.repository();
    const QDate today = m_clock.today();
    const Result<QMap<QString, QString>> settings = repository.settings();
    const QDate week = settings
        ? WeeklySeries::weekStartOf(today, WeeklySeries::dayFromSetting(settings->value(JournalSettings::weekStart)))
        : QDate();
    // The same rule as Today's list (TodayJournal::checkInDue), never on a read-only journal.
    const Result<bool> due = m_commands.isReadOnly() || !settings ? Result<bool>(false) : TodayJournal::checkInDue(repository, today);
    if (!due || !*due) {
        if (m_week.isValid())
            Q_EMIT withdrawn();
        m_week = QDate();
        return;
    }
    m_week = week;
    Q_EMIT wanted();
}

QWidget* CheckInPrompt::present(QWidget* area)
{
    if (!m_bar) {
        m_bar = new CheckInBar(area);
        connect(m_bar, &CheckInBar::checkInRequested, this, [this] { m_editor.checkIn(m_clock.today()); });
        connect(m_bar, &CheckInBar::declined, this, &Prompt::done);
    }
    return m_bar;
}

} // namespace backstride
