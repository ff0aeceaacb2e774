#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace backstride {

// The journal's own settings (stored in its `setting` table so they travel with the journal):
// what each key means, its default and what values it accepts. The pattern engine's thresholds
// (`flags.*`, from AnalysisThresholds) are part of this table.
struct SettingDefinition
{
    enum class Type { Text, Choice, Number, Time }; // Time: "HH:MM", 24-hour

    QString key;
    Type type = Type::Text;
    QString defaultValue;
    QStringList choices; // Type::Choice
    double minimum = 0; // Type::Number
    double maximum = 0;
    QString description;
    bool wholeNumber = false; // Type::Number: days, counts and pain points
};

namespace JournalSettings {

const QList<SettingDefinition>& definitions();
const SettingDefinition* find(const QString& key);
// What is wrong with `value` for `key`, or nothing when it is acceptable.
std::optional<QString> problem(const QString& key, const QString& value);

inline const QString units = QStringLiteral("units");
inline const QString runnerName = QStringLiteral("runner_name");
// What the runner wants to ask the physical therapist, printed on the report's first page.
inline const QString therapistQuestions = QStringLiteral("therapist_questions");
inline const QString weekStart = QStringLiteral("week_start");
inline const QString keepDailyBackups = QStringLiteral("backup.keep_daily");
inline const QString keepWeeklyBackups = QStringLiteral("backup.keep_weekly");
// Desk time from ActivityWatch (ActivityWatch.h).
inline const QString deskTimeOn = QStringLiteral("desk_time.activitywatch"); // "on" | "off"
inline const QString deskTimePath = QStringLiteral("desk_time.path"); // empty: found by default
inline const QString deskTimeFactor = QStringLiteral("desk_time.away_factor");
inline const QString deskTimeMaxStretch = QStringLiteral("desk_time.max_stretch_hours");
// The icing timer's length in minutes.
inline const QString icingMinutes = QStringLiteral("icing.minutes");
// Sync (Sync.h): read new runs on start, and the watched folders, one per line.
inline const QString syncOnStart = QStringLiteral("sync.on_start"); // "on" | "off"
inline const QString syncFolders = QStringLiteral("sync.folders");
// Reminders (Reminders.h): each kind on or off, and the time of day it is due from.
inline const QString remindEveningLog = QStringLiteral("reminders.evening_log");
inline const QString remindEveningLogAt = QStringLiteral("reminders.evening_log_at");
inline const QString remindMorning = QStringLiteral("reminders.morning_question");
inline const QString remindMorningAt = QStringLiteral("reminders.morning_question_at");
inline const QString remindCheckIn = QStringLiteral("reminders.check_in");
inline const QString remindCheckInAt = QStringLiteral("reminders.check_in_at");
inline const QString remindCheckInDay = QStringLiteral("reminders.check_in_day"); // empty: the week's last day
inline const QString remindRoutine = QStringLiteral("reminders.routine");
inline const QString remindRoutineAt = QStringLiteral("reminders.routine_at");
// A setting's value as a number, its default when it is not set or not valid.
double real(const QMap<QString, QString>& settings, const QString& key);
// A setting's number, or its default when it is not set (or not a number).
int number(const QMap<QString, QString>& settings, const QString& key);
// A setting's value: as stored when it is valid, else its default.
QString value(const QMap<QString, QString>& settings, const QString& key);

} // namespace JournalSettings
} // namespace backstride
