#include "SettingsDialog.h"

#include "FileDialogs.h"
#include "ReminderSettingsPage.h"
#include "SeenFiles.h"
#include "Sync.h"

#include "DeskTimeImporter.h"
#include "JournalCommands.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "SqliteDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace backstride {
namespace {

QString weekdayLabel(const QString& word)
{
    static const QStringList words = {QStringLiteral("monday"), QStringLiteral("tuesday"),
        QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
        QStringLiteral("saturday"), QStringLiteral("sunday")};
    return QLocale().dayName(int(words.indexOf(word)) + 1, QLocale::LongFormat);
}

} // namespace

SettingsDialog::SettingsDialog(JournalCommands& commands, QWidget* parent)
    : QDialog(parent), m_commands(commands)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Journal settings"));
    const Result<QMap<QString, QString>> stored = commands.repository().settings();
    const QMap<QString, QString> current = stored ? *stored : QMap<QString, QString>();

    auto* layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    auto* general = new QWidget(tabs);
    auto* form = new QFormLayout(general);
    m_units = new QComboBox(general);
    m_units->setObjectName(QStringLiteral("unitsCombo"));
    m_units->addItem(tr("Kilometres"), QStringLiteral("km"));
    m_units->addItem(tr("Miles"), QStringLiteral("mi"));
    m_units->setCurrentIndex(current.value(JournalSettings::units) == QLatin1String("mi") ? 1 : 0);
    form->addRow(tr("&Distances in:"), m_units);
    m_name = new QLineEdit(current.value(JournalSettings::runnerName), general);
    m_name->setObjectName(QStringLiteral("runnerNameEdit"));
    m_name->setPlaceholderText(tr("printed on the report for your physical therapist"));
    form->addRow(tr("Your &name:"), m_name);
    m_weekStart = new QComboBox(general);
    m_weekStart->setObjectName(QStringLiteral("weekStartCombo"));
    for (const QString& day : JournalSettings::find(JournalSettings::weekStart)->choices)
        m_weekStart->addItem(weekdayLabel(day), day);
    const int weekIndex
        = m_weekStart->findData(current.value(JournalSettings::weekStart, QStringLiteral("monday")));
    m_weekStart->setCurrentIndex(std::max(0, weekIndex));
    form->addRow(tr("&Weeks start on:"), m_weekStart);

    auto* scroll = new QScrollArea(tabs);
    scroll->setWidgetResizable(true);
    auto* thresholds = new QWidget(scroll);
    auto* thresholdForm = new QFormLayout(thresholds);
    auto* intro = new QLabel(tr("The numbers behind each flag. The defaults follow common physical-therapy "
                                "guidance; change them only with your therapist's advice."),
        thresholds);
    intro->setWordWrap(true);
    thresholdForm->addRow(intro);
    for (const SettingDefinition& definition : JournalSettings::definitions()) {
        if (definition.type != SettingDefinition::Type::Number || definition.key.startsWith(QLatin1String("desk_time.")))
            continue;
        // How many backups are kept, and how long the icing timer runs, are not pattern
        // thresholds: they go with the general settings.
        const bool housekeeping
            = definition.key.startsWith(QLatin1String("backup.")) || definition.key.startsWith(QLatin1String("icing."));
        QWidget* page = housekeeping ? general : thresholds;
        const double value = current.contains(definition.key) ? current.value(definition.key).toDouble()
                                                              : definition.defaultValue.toDouble();
        QAbstractSpinBox* box = nullptr;
        if (definition.wholeNumber) {
            auto* spin = new QSpinBox(page);
            spin->setRange(int(definition.minimum), int(definition.maximum));
            spin->setValue(int(std::lround(value)));
            box = spin;
        } else {
            auto* spin = new QDoubleSpinBox(page);
            spin->setDecimals(2);
            spin->setRange(definition.minimum, definition.maximum);
            spin->setValue(value);
            box = spin;
        }
        box->setObjectName(definition.key);
        box->setToolTip(tr("Default: %1").arg(QLocale().toString(definition.defaultValue.toDouble())));
        auto* caption = new QLabel(definition.description + QLatin1Char(':'), page);
        caption->setWordWrap(true);
        // One width for every caption: a wrapped label left to its own size hint wraps short
        // texts too and is then cut off by a row sized for one line.
        caption->setFixedWidth(caption->fontMetrics().averageCharWidth() * 36);
        caption->setBuddy(box);
        (housekeeping ? form : thresholdForm)->addRow(caption, box);
        m_thresholds.insert(definition.key, box);
    }
    scroll->setWidget(thresholds);
    tabs->addTab(general, tr("&General"));
    tabs->addTab(scroll, tr("&Pattern thresholds"));
    tabs->addTab(importTab(current, tabs), tr("I&mport"));
    tabs->addTab(deskTimeTab(current, tabs), tr("Des&k time"));
    // In a scroll area, as the thresholds: wrapped texts keep their lines in a long language.
    auto* remindersScroll = new QScrollArea(tabs);
    remindersScroll->setWidgetResizable(true);
    m_reminders = new ReminderSettingsPage(current, commands.repository().database().path(), remindersScroll);
    remindersScroll->setWidget(m_reminders);
    // The service's answer may take more lines than "Asking…": the scroll area measures again (it
    // does so on its own only when resized).
    connect(m_reminders, &ReminderSettingsPage::serviceAnswered, remindersScroll,
        [remindersScroll] { remindersScroll->setWidgetResizable(true); });
    tabs->addTab(remindersScroll, tr("Remi&nders"));

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &SettingsDialog::restoreDefaults);
    layout->addWidget(buttons);
    resize(660, 640);
}

QWidget* SettingsDialog::importTab(const QMap<QString, QString>& current, QWidget* parent)
{
    auto* tab = new QWidget(parent);
    auto* form = new QFormLayout(tab);
    auto* intro = new QLabel(tr("New runs can arrive by themselves: from a Garmin watch plugged in over USB, and from "
                                "folders where your activity files land (a Syncthing share, a download folder). "
                                "Backstride looks when the journal opens and whenever one of them changes, and "
                                "asks before it imports anything."),
        tab);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_syncOnStart = new QCheckBox(tr("&Look for new runs when the journal opens"), tab);
    m_syncOnStart->setObjectName(QStringLiteral("syncOnStart"));
    m_syncOnStart->setChecked(current.value(JournalSettings::syncOnStart) != QLatin1String("off"));
    form->addRow(m_syncOnStart);
    m_syncFolders = new QListWidget(tab);
    m_syncFolders->setObjectName(QStringLiteral("syncFolders"));
    m_syncFolders->setAccessibleName(tr("Watched folders"));
    m_syncFolders->addItems(Sync::watchedFolders(current));
    auto* foldersLabel = new QLabel(tr("&Watched folders:"), tab);
    foldersLabel->setBuddy(m_syncFolders);
    form->addRow(foldersLabel, m_syncFolders);
    auto* buttons = new QWidget(tab);
    auto* row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    auto* add = new QPushButton(tr("&Add folder…"), buttons);
    add->setObjectName(QStringLiteral("addSyncFolder"));
    auto* remove = new QPushButton(tr("&Remove"), buttons);
    remove->setObjectName(QStringLiteral("removeSyncFolder"));
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    form->addRow(QString(), buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("A folder where activity files arrive"),
            FileDialogs::startFolder(QStandardPaths::HomeLocation));
        if (!folder.isEmpty() && m_syncFolders->findItems(folder, Qt::MatchExactly).isEmpty())
            m_syncFolders->addItem(folder);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_syncFolders->currentItem(); });
    // Watches met before: forgetting one makes Backstride read its files again if it returns.
    m_watches = new QComboBox(tab);
    m_watches->setObjectName(QStringLiteral("knownWatches"));
    const Result<QHash<QString, SeenFile>> seen = SeenFiles(m_commands.repository().database()).all();
    QStringList sources;
    if (seen) {
        for (const SeenFile& file : *seen) {
            if (!sources.contains(file.source) && !file.source.isEmpty())
                sources.append(file.source);
        }
    }
    std::sort(sources.begin(), sources.end());
    m_watches->addItems(sources);
    auto* forget = new QPushButton(tr("&Forget"), tab);
    forget->setObjectName(QStringLiteral("forgetWatch"));
    forget->setEnabled(!sources.isEmpty());
    connect(forget, &QPushButton::clicked, this, [this, forget] {
        const QString source = m_watches->currentText();
        const Result<int> forgotten = SeenFiles(m_commands.repository().database()).forgetSource(source);
        if (forgotten) {
            m_watches->removeItem(m_watches->currentIndex());
            forget->setEnabled(m_watches->count() > 0);
            m_error->setText(tr("%1 forgotten: its %2 files will be looked at again.").arg(source).arg(*forgotten));
            m_error->show();
        }
    });
    auto* forgetRow = new QWidget(tab);
    auto* forgetLayout = new QHBoxLayout(forgetRow);
    forgetLayout->setContentsMargins(0, 0, 0, 0);
    forgetLayout->addWidget(m_watches, 1);
    forgetLayout->addWidget(forget);
    auto* watchesLabel = new QLabel(tr("Watches and folders &seen:"), tab);
    watchesLabel->setBuddy(m_watches);
    form->addRow(watchesLabel, forgetRow);
    return tab;
}

QWidget* SettingsDialog::deskTimeTab(const QMap<QString, QString>& current, QWidget* parent)
{
    auto* tab = new QWidget(parent);
    auto* form = new QFormLayout(tab);
    auto* intro = new QLabel(tr("Backstride can fill in each day's sitting hours from ActivityWatch, the open-source "
                                "time tracker, if you use it: its AFK watcher knows when you were at the computer. "
                                "Backstride only reads ActivityWatch's file on this computer; a number you type "
                                "yourself is never replaced."),
        tab);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_deskTimeOn = new QCheckBox(tr("&Read desk time from ActivityWatch when the journal opens"), tab);
    m_deskTimeOn->setObjectName(QStringLiteral("deskTimeOn"));
    m_deskTimeOn->setChecked(current.value(JournalSettings::deskTimeOn) == QLatin1String("on"));
    form->addRow(m_deskTimeOn);
    auto* pathRow = new QWidget(tab);
    auto* pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    m_deskTimePath = new QLineEdit(current.value(JournalSettings::deskTimePath), pathRow);
    m_deskTimePath->setObjectName(QStringLiteral("deskTimePath"));
    const QString found = DeskTimeImporter::defaultDatabase();
    m_deskTimePath->setPlaceholderText(found.isEmpty() ? tr("no ActivityWatch database found on this computer")
                                                       : tr("found: %1").arg(found));
    auto* browse = new QPushButton(tr("&Browse…"), pathRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("ActivityWatch database or export"),
            FileDialogs::startFolder({FileDialogs::folderOf(m_deskTimePath->text()),
                FileDialogs::folderOf(DeskTimeImporter::defaultDatabase())}),
            tr("ActivityWatch data (*.db *.json);;All files (*)"));
        if (!chosen.isEmpty())
            m_deskTimePath->setText(chosen);
    });
    pathLayout->addWidget(m_deskTimePath, 1);
    pathLayout->addWidget(browse);
    auto* pathLabel = new QLabel(tr("&File:"), tab);
    pathLabel->setBuddy(m_deskTimePath);
    form->addRow(pathLabel, pathRow);
    for (const QString& key : {JournalSettings::deskTimeFactor, JournalSettings::deskTimeMaxStretch}) {
        const SettingDefinition* definition = JournalSettings::find(key);
        auto* spin = new QDoubleSpinBox(tab);
        spin->setObjectName(key);
        spin->setDecimals(key == JournalSettings::deskTimeFactor ? 2 : 1);
        spin->setSingleStep(key == JournalSettings::deskTimeFactor ? 0.05 : 0.5);
        spin->setRange(definition->minimum, definition->maximum);
        spin->setValue(JournalSettings::real(current, key));
        auto* caption = new QLabel(definition->description + QLatin1Char(':'), tab);
        caption->setWordWrap(true);
        caption->setFixedWidth(caption->fontMetrics().averageCharWidth() * 36);
        caption->setBuddy(spin);
        form->addRow(caption, spin);
        m_thresholds.insert(key, spin);
    }
    return tab;
}

void SettingsDialog::restoreDefaults()
{
    m_units->setCurrentIndex(0);
    m_weekStart->setCurrentIndex(0);
    m_deskTimeOn->setChecked(false);
    m_syncOnStart->setChecked(true);
    m_deskTimePath->clear();
    m_reminders->restoreDefaults();
    for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it) {
        const double value = JournalSettings::find(it.key())->defaultValue.toDouble();
        if (auto* spin = qobject_cast<QSpinBox*>(it.value()))
            spin->setValue(int(std::lround(value)));
        else if (auto* decimal = qobject_cast<QDoubleSpinBox*>(it.value()))
            decimal->setValue(value);
    }
}

QMap<QString, QString> SettingsDialog::values() const
{
    QMap<QString, QString> values;
    values.insert(JournalSettings::units, m_units->currentData().toString());
    values.insert(JournalSettings::runnerName, m_name->text().trimmed());
    values.insert(JournalSettings::weekStart, m_weekStart->currentData().toString());
    values.insert(JournalSettings::syncOnStart, m_syncOnStart->isChecked() ? QString() : QStringLiteral("off"));
    QStringList folders;
    for (int i = 0; i < m_syncFolders->count(); ++i)
        folders.append(m_syncFolders->item(i)->text());
    values.insert(JournalSettings::syncFolders, folders.join(u'\n'));
    values.insert(JournalSettings::deskTimeOn, m_deskTimeOn->isChecked() ? QStringLiteral("on") : QString());
    values.insert(JournalSettings::deskTimePath, m_deskTimePath->text().trimmed());
    values.insert(m_reminders->values());
    for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it) {
        double value = 0;
        if (const auto* spin = qobject_cast<const QSpinBox*>(it.value()))
            value = spin->value();
        else if (const auto* decimal = qobject_cast<const QDoubleSpinBox*>(it.value()))
            value = decimal->value();
        const double defaultValue = JournalSettings::find(it.key())->defaultValue.toDouble();
        // A threshold at its default is not stored, so a later change of the default applies.
        values.insert(it.key(), std::abs(value - defaultValue) < 1e-9 ? QString() : QString::number(value));
    }
    return values;
}

void SettingsDialog::accept()
{
    if (Status saved = m_commands.changeSettings(values()); !saved) {
        m_error->setText(tr("Not saved: %1").arg(saved.error()));
        m_error->show();
        return;
    }
    if (Status login = m_reminders->applyAutostart(); !login) {
        m_error->setText(tr("Saved, but reminders at login could not be set: %1").arg(login.error()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace backstride
