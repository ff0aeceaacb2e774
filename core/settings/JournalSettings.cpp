#include "JournalSettings.h"

#include "AnalysisThresholds.h"

#include <QCoreApplication>
#include <QTime>

#include <cmath>
#include <tuple>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JournalSettings)
};

QList<SettingDefinition> makeDefinitions()
{
    using Type = SettingDefinition::Type;
    QList<SettingDefinition> definitions = {
        {JournalSettings::units, Type::Choice, QStringLiteral("km"),
            {QStringLiteral("km"), QStringLiteral("mi")}, 0, 0,
            Text::tr("Distance unit shown in the journal, charts and reports")},
        {JournalSettings::runnerName, Type::Text, QString(), {}, 0, 0,
            Text::tr("Runner's name, printed on reports")},
        {JournalSettings::therapistQuestions, Type::Text, QString(), {}, 0, 0,
            Text::tr("Questions for the physical therapist, printed on the report's first page")},
        {JournalSettings::weekStart, Type::Choice, QStringLiteral("monday"),
            {QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"),
                QStringLiteral("sunday")},
            0, 0, Text::tr("First day of the training week")},
        {JournalSettings::syncOnStart, Type::Choice, QStringLiteral("on"), {QStringLiteral("on"), QStringLiteral("off")},
            0, 0, Text::tr("Look for new runs on a connected watch and in the watched folders when the journal opens")},
        {JournalSettings::syncFolders, Type::Text, QString(), {}, 0, 0,
            Text::tr("Folders where activity files arrive (one per line), read for new runs")},
        {JournalSettings::deskTimeOn, Type::Choice, QStringLiteral("off"), {QStringLiteral("off"), QStringLiteral("on")},
            0, 0, Text::tr("Read desk time from ActivityWatch when the journal opens")},
        {JournalSettings::deskTimePath, Type::Text, QString(), {}, 0, 0,
            Text::tr("ActivityWatch database or export to read (empty: the server's own database, found by itself)")},
        // 1 adds nothing: the runner says how much sitting away from the computer (commute,
        // meetings) comes on top, as a share of desk time.
        {JournalSettings::deskTimeFactor, Type::Number, QStringLiteral("1"), {}, 1, 3,
            Text::tr("Sitting hours per hour at the computer (1: desk time only; 1.2: a fifth more for commute and "
                     "meetings)")},
        // The AFK watcher marks the person away after 3 minutes without input; a stretch of hours
        // without one break is a suspended machine, not a person at a desk.
        {JournalSettings::deskTimeMaxStretch, Type::Number, QStringLiteral("4"), {}, 1, 24,
            Text::tr("Longest stretch at the computer without a break that counts in full (hours)")},
        // The article: ice for 20 minutes, a few times a day. The evidence for cold in low back
        // pain is thin (French 2006, Cochrane review): it eases soreness; longer adds nothing.
        {JournalSettings::icingMinutes, Type::Number, QStringLiteral("20"), {}, 5, 30,
            Text::tr("Minutes the icing timer runs"), true},
    };
    // Reminders: what a tired runner skips, asked at an hour that suits it (issue 33).
    const QStringList onOff {QStringLiteral("on"), QStringLiteral("off")};
    for (const auto& [key, at, on, hour, description] : {
             std::tuple {JournalSettings::remindEveningLog, JournalSettings::remindEveningLogAt, "on", "20:30",
                 Text::tr("Remind in the evening when nothing was logged today, or a run has no pain entry after it")},
             std::tuple {JournalSettings::remindMorning, JournalSettings::remindMorningAt, "on", "08:00",
                 Text::tr("Remind in the morning when yesterday's return-to-run session or exercises wait on this morning's answer")},
             std::tuple {JournalSettings::remindCheckIn, JournalSettings::remindCheckInAt, "on", "19:00",
                 Text::tr("Remind on the check-in day when the weekly check-in is not done")},
             std::tuple {JournalSettings::remindRoutine, JournalSettings::remindRoutineAt, "off", "18:00",
                 Text::tr("Remind when a routine the exercise programme has for today is not done")}}) {
        definitions.append({key, Type::Choice, QString::fromLatin1(on), onOff, 0, 0, description});
        definitions.append({at, Type::Time, QString::fromLatin1(hour), {}, 0, 0,
            Text::tr("Time of day for: %1").arg(description)});
    }
    definitions.append({JournalSettings::remindCheckInDay, Type::Choice, QString(),
        {QString(), QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
            QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday")},
        0, 0, Text::tr("Day of the weekly check-in reminder (empty: the last day of the training week)")});
    for (const auto& [key, keep, description] :
        {std::tuple {JournalSettings::keepDailyBackups, 7, Text::tr("Daily backups kept")},
            std::tuple {JournalSettings::keepWeeklyBackups, 4, Text::tr("Weekly backups kept")}}) {
        SettingDefinition definition;
        definition.key = key;
        definition.type = Type::Number;
        definition.defaultValue = QString::number(keep);
        definition.minimum = 1;
        definition.maximum = 365;
        definition.description = description;
        definition.wholeNumber = true;
        definitions.append(definition);
    }
    for (const AnalysisThresholds::Definition& threshold : AnalysisThresholds::definitions()) {
        SettingDefinition definition;
        definition.key = threshold.key;
        definition.type = Type::Number;
        definition.defaultValue = QString::number(threshold.defaultValue);
        definition.minimum = threshold.minimum;
        definition.maximum = threshold.maximum;
        definition.description = QCoreApplication::translate("AnalysisThresholds", threshold.description);
        definition.wholeNumber = threshold.whole;
        definitions.append(definition);
    }
    return definitions;
}

} // namespace

const QList<SettingDefinition>& JournalSettings::definitions()
{
    static const QList<SettingDefinition> all = makeDefinitions();
    return all;
}

int JournalSettings::number(const QMap<QString, QString>& settings, const QString& key)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    if (ok && !problem(key, settings.value(key)))
        return value;
    const SettingDefinition* definition = find(key);
    return definition ? definition->defaultValue.toInt() : 0;
}

double JournalSettings::real(const QMap<QString, QString>& settings, const QString& key)
{
    bool ok = false;
    const double value = settings.value(key).toDouble(&ok);
    if (ok && !problem(key, settings.value(key)))
        return value;
    const SettingDefinition* definition = find(key);
    return definition ? definition->defaultValue.toDouble() : 0;
}

QString JournalSettings::value(const QMap<QString, QString>& settings, const QString& key)
{
    const auto stored = settings.constFind(key);
    if (stored != settings.cend() && !problem(key, *stored))
        return *stored;
    const SettingDefinition* definition = find(key);
    return definition ? definition->defaultValue : QString();
}

const SettingDefinition* JournalSettings::find(const QString& key)
{
    for (const SettingDefinition& definition : definitions()) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

std::optional<QString> JournalSettings::problem(const QString& key, const QString& value)
{
    const SettingDefinition* definition = find(key);
    if (!definition)
        return Text::tr("is not a Backstride setting");
    switch (definition->type) {
    case SettingDefinition::Type::Text:
        // A list of folders may be long; any other text is a name or one path.
        if (value.size() > (key == JournalSettings::syncFolders ? 8000 : 200))
            return key == JournalSettings::syncFolders ? Text::tr("is longer than 8000 characters")
                                                      : Text::tr("is longer than 200 characters");
        return std::nullopt;
    case SettingDefinition::Type::Choice:
        if (!definition->choices.contains(value))
            return Text::tr("“%1” is not one of: %2")
                .arg(value, definition->choices.join(QLatin1String(", ")));
        return std::nullopt;
    case SettingDefinition::Type::Time:
        if (value.size() != 5 || !QTime::fromString(value, QStringLiteral("HH:mm")).isValid())
            return Text::tr("“%1” is not a time of day as HH:MM (24-hour, e.g. 20:30)").arg(value);
        return std::nullopt;
    case SettingDefinition::Type::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || number < definition->minimum || number > definition->maximum)
            return Text::tr("must be a number from %1 to %2")
                .arg(definition->minimum)
                .arg(definition->maximum);
        if (definition->wholeNumber && number != std::trunc(number))
            return Text::tr("must be a whole number");
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace backstride
