#include "DeskTimePrompt.h"

#include "Clock.h"
#include "DeskTimeImporter.h"
#include "JournalCommands.h"
#include "JournalRepository.h"
#include "JournalSettings.h"

#include <QTimeZone>

namespace backstride {

DeskTimePrompt::DeskTimePrompt(JournalCommands& commands, const Clock& clock, QObject* parent)
    : Prompt(Background, parent)
    , m_commands(commands)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("deskTimePrompt"));
}

QString DeskTimePrompt::subject() const
{
    return QStringLiteral("desk time ") + m_clock.today().toString(Qt::ISODate);
}

std::optional<QMap<QString, QString>> DeskTimePrompt::settingsIfOn() const
{
    if (m_commands.isReadOnly())
        return std::nullopt;
    Result<QMap<QString, QString>> settings = m_commands.repository().settings();
    if (!settings || settings->value(JournalSettings::deskTimeOn) != QLatin1String("on"))
        return std::nullopt;
    return std::move(*settings);
}

void DeskTimePrompt::look()
{
    if (settingsIfOn())
        Q_EMIT wanted();
}

QWidget* DeskTimePrompt::present(QWidget*)
{
    read();
    Q_EMIT done();
    return nullptr;
}

void DeskTimePrompt::read()
{
    const std::optional<QMap<QString, QString>> settings = settingsIfOn();
    if (!settings)
        return;
    JournalRepository& repository = m_commands.repository();
    QString path = settings->value(JournalSettings::deskTimePath);
    if (path.isEmpty())
        path = DeskTimeImporter::defaultDatabase();
    if (path.isEmpty()) {
        Q_EMIT message(tr("Desk time: no ActivityWatch database on this computer (Settings › Desk time)."), 8000);
        return;
    }
    // Only the days since the last read: a year of ActivityWatch is 50 ms, a day of it nothing.
    DeskTimeImporter importer(repository, &m_clock);
    const Result<std::optional<QDate>> resume = importer.resumeDay();
    const Result<DeskTimeImport> imported
        = importer.import(path, false, QTimeZone::systemTimeZone(), resume ? *resume : std::nullopt);
    if (!imported) {
        Q_EMIT message(tr("Desk time not read: %1").arg(imported.error()), 12000);
        return;
    }
    int set = 0;
    int kept = 0;
    for (const DeskTimeOutcome& day : imported->days) {
        set += day.status == DeskTimeOutcome::Status::Ok ? 1 : 0;
        kept += day.status == DeskTimeOutcome::Status::Kept ? 1 : 0;
    }
    if (set > 0)
        m_commands.dayLogsWrittenOutside();
    Q_EMIT message(
        tr("Desk time from ActivityWatch: %1 days set, %2 kept as you logged them.").arg(set).arg(kept), 8000);
}

} // namespace backstride
