#pragma once

#include "Result.h"

#include <QDialog>
#include <QMap>

class QAbstractSpinBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace backstride {

class JournalCommands;
class ReminderSettingsPage;

// The journal's settings, stored in the journal itself so they travel with it: units, the
// runner's name for reports, the first day of the week, every threshold the pattern engine uses,
// each with what it means and its default, where desk time comes from (ActivityWatch), and the
// gentle reminders.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(JournalCommands& commands, QWidget* parent = nullptr);

    // What the dialog would store: key -> value, "" for a setting back at its default.
    QMap<QString, QString> values() const;
    void restoreDefaults();
    void accept() override; // stores the values through the undo stack; stays open on an error

private:
    QWidget* deskTimeTab(const QMap<QString, QString>& current, QWidget* parent);
    QWidget* importTab(const QMap<QString, QString>& current, QWidget* parent);

    JournalCommands& m_commands;
    QCheckBox* m_deskTimeOn = nullptr;
    QCheckBox* m_syncOnStart = nullptr;
    QListWidget* m_syncFolders = nullptr;
    QComboBox* m_watches = nullptr;
    QLineEdit* m_deskTimePath = nullptr;
    QComboBox* m_units = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_weekStart = nullptr;
    QMap<QString, QAbstractSpinBox*> m_thresholds;
    ReminderSettingsPage* m_reminders = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace backstride
