#include "ReminderAutostart.h"

#include "OwnerOnlyFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace backstride::ReminderAutostart {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reminders)
};

} // namespace

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/io.github.backstride.Backstride-reminders.desktop");
}

QString quoted(const QString& argument)
{
    // Field codes start with %; a literal one is doubled. An argument with a reserved character is
    // put in double quotes, inside which ", `, $ and \ are escaped with a backslash.
    QString text = argument;
    text.replace(QLatin1Char('%'), QLatin1String("%%"));
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (!std::any_of(text.cbegin(), text.cend(), [](QChar c) { return reserved.contains(c); }))
        return text;
    QString escaped;
    for (QChar c : std::as_const(text)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    // The entry's value is itself a string whose backslashes are escaped once more.
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString entry(const QString& program, const QString& journal)
{
    QStringList exec {quoted(program), QStringLiteral("remind"), QStringLiteral("--wait")};
    if (!journal.isEmpty())
        exec << QStringLiteral("--db") << quoted(journal);
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Backstride reminders\n"
                          "Comment=Gentle reminders of the back-pain journal, sent when an entry is missing\n"
                          "Exec=%1\n"
                          "Icon=backstride\n"
                          "NoDisplay=true\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(exec.join(QLatin1Char(' ')));
}

Status write(const QString& program, const QString& journal)
{
    const OwnerOnlyFiles ownerOnly;
    const QString file = path();
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error {Text::tr("Cannot create the folder of %1").arg(file)};
    QSaveFile saved(file);
    if (!saved.open(QIODevice::WriteOnly) || saved.write(entry(program, journal).toUtf8()) < 0 || !saved.commit())
        return Error {Text::tr("Cannot write %1: %2").arg(file, saved.errorString())};
    return {};
}

Status remove()
{
    QFile file(path());
    if (file.exists() && !file.remove())
        return Error {Text::tr("Cannot remove %1: %2").arg(file.fileName(), file.errorString())};
    return {};
}

bool isOn()
{
    return QFileInfo::exists(path());
}

} // namespace backstride::ReminderAutostart
