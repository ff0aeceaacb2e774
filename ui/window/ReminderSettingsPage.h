#pragma once

#include "Result.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProcess;
class QPushButton;
class QTimeEdit;

namespace backstride {

// Settings › Reminders: each gentle reminder on or off with its time of day (journal settings
// `reminders.*`), whether the background part that sends them starts at login (the XDG autostart
// entry), and a test reminder. Sending goes through `backstride remind --check|--test`, so the
// window itself never talks to the notification service; when none answers, the page says so.
class ReminderSettingsPage : public QWidget
{
    Q_OBJECT

public:
    // `journal`: the window's journal, named in the autostart entry unless it is the default one.
    ReminderSettingsPage(const QMap<QString, QString>& current, const QString& journal, QWidget* parent = nullptr);
    ~ReminderSettingsPage() override;

    // The `reminders.*` settings as shown: key -> value, "" for one at its default.
    QMap<QString, QString> values() const;
    void restoreDefaults();
    // Writes or removes the autostart entry when "start at login" was changed.
    Status applyAutostart() const;
    // What the page says about the notification service (or the test reminder) now.
    QString serviceText() const;
    bool asking() const { return m_remind != nullptr; } // `remind --check` or `--test` runs
    // The program run as `remind --check|--test`: this one unless a test names another.
    static void setProgram(const QString& program);

Q_SIGNALS:
    void serviceAnswered(); // `remind --check` or `--test` finished and serviceText() says how

private:
    struct KindRow
    {
        QString onKey;
        QString atKey;
        QCheckBox* on = nullptr;
        QTimeEdit* at = nullptr;
    };
    void runRemind(const QString& option);
    void answered(QProcess* process, bool succeeded);

    QList<KindRow> m_kinds;
    QComboBox* m_checkInDay = nullptr;
    QCheckBox* m_atLogin = nullptr;
    QLabel* m_service = nullptr;
    QPushButton* m_test = nullptr;
    QProcess* m_remind = nullptr;
    QString m_journal;
};

} // namespace backstride
