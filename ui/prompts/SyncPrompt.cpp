#include "SyncPrompt.h"

#include "EntryEditor.h"
#include "JournalCommands.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "Sync.h"
#include <QDialog>
#include "SyncBar.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <algorithm>

namespace backstride {

SyncPrompt::SyncPrompt(JournalCommands& commands, EntryEditor& editor, QObject* parent)
    : Prompt(Offer, parent)
    , m_commands(commands)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("syncPrompt"));
}

QString SyncPrompt::subject() const
{
    return QStringLiteral("new runs ") + m_newFiles.join(u'|');
}

void SyncPrompt::look()
{
    if (!m_soon)
        startWatching();
}

void SyncPrompt::startWatching()
{
    if (m_commands.isReadOnly())
        return;
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(1500); // a copy of many files settles before it is looked at
    connect(m_soon, &QTimer::timeout, this, &SyncPrompt::checkNow);
    m_folderWatcher = new QFileSystemWatcher(this);
    connect(m_folderWatcher, &QFileSystemWatcher::directoryChanged, m_soon, qOverload<>(&QTimer::start));
    m_volumePoll = new QTimer(this);
    m_volumePoll->setInterval(5000);
    connect(m_volumePoll, &QTimer::timeout, this, [this] {
        QStringList roots;
        for (const SyncSource& watch : Sync::watches())
            roots.append(watch.root);
        if (roots != m_watchRoots) {
            m_watchRoots = roots;
            m_soon->start(); // a watch plugged in (or out)
        }
    });
    m_volumePoll->start();
    for (const SyncSource& watch : Sync::watches())
        m_watchRoots.append(watch.root);
    const Result<QMap<QString, QString>> settings = m_commands.repository().settings();
    if (settings && settings->value(JournalSettings::syncOnStart) != QLatin1String("off"))
        checkNow();
    else if (settings)
        watchFolders(Sync::watchedFolders(*settings));
}

void SyncPrompt::watchFolders(const QStringList& folders)
{
    if (!m_folderWatcher)
        return;
    if (!m_folderWatcher->directories().isEmpty())
        m_folderWatcher->removePaths(m_folderWatcher->directories());
    // Each folder and the folders in it (a watcher sees only its own folder's entries).
    QStringList paths;
    for (const QString& folder : folders) {
        if (!QFileInfo(folder).isDir())
            continue;
        paths.append(folder);
        QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && paths.size() < 256)
            paths.append(it.next());
    }
    if (!paths.isEmpty())
        m_folderWatcher->addPaths(paths);
}

void SyncPrompt::checkNow()
{
    if (m_commands.isReadOnly())
        return;
    JournalRepository& repository = m_commands.repository();
    const Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return;
    watchFolders(Sync::watchedFolders(*settings));
    Sync sync(repository);
    const Result<SyncScan> scan = sync.scan(Sync::sources(*settings));
    const auto nothingNew = [this] {
        m_offered.clear();
        Q_EMIT withdrawn();
    };
    if (!scan || scan->fresh.isEmpty())
        return nothingNew();
    // What would be imported (nothing is written); files with no new run in them are only
    // remembered, so that they are not read again.
    const Result<QList<SyncOutcome>> dry = sync.run(*scan, true);
    if (!dry)
        return;
    QStringList files;
    QStringList sources;
    int runs = 0;
    for (const SyncOutcome& outcome : *dry) {
        if (outcome.outcome.status != ImportOutcome::Status::Ok)
            continue;
        ++runs;
        if (!files.contains(outcome.outcome.file))
            files.append(outcome.outcome.file);
        if (!sources.contains(outcome.source))
            sources.append(outcome.source);
    }
    if (files.isEmpty()) {
        (void)sync.run(*scan, false);
        return nothingNew();
    }
    m_newFiles.clear();
    for (const SyncFile& file : scan->fresh)
        m_newFiles.append(file.path);
    const QString where = sources.join(QLatin1String(", "));
    const bool watch = std::any_of(scan->sources.cbegin(), scan->sources.cend(),
        [&where](const SyncSource& source) { return source.kind == SyncSource::Kind::Watch && source.name == where; });
    m_text = runs == 1
        ? (watch ? tr("1 new run on the %1").arg(where) : tr("1 new run in %1").arg(where))
        : (watch ? tr("%1 new runs on the %2").arg(runs).arg(where) : tr("%1 new runs in %2").arg(runs).arg(where));
    m_offered = files;
    if (m_bar && m_bar->isVisible())
        m_bar->offer(m_text, m_offered); // on screen already: says the new count itself
    Q_EMIT wanted();
}

QWidget* SyncPrompt::present(QWidget* area)
{
    if (!m_bar) {
        m_bar = new SyncBar(area);
        connect(m_bar, &SyncBar::importRequested, this, &SyncPrompt::importNewRuns);
        connect(m_bar, &SyncBar::declined, this, &Prompt::done);
    }
    m_bar->offer(m_text, m_offered);
    return m_bar;
}

void SyncPrompt::importNewRuns()
{
    JournalRepository& repository = m_commands.repository();
    const Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return;
    Sync sync(repository);
    const Result<SyncScan> scan = sync.scan(Sync::sources(*settings));
    if (!scan)
        return;
    QStringList paths;
    for (const SyncFile& file : scan->fresh)
        paths.append(file.path);
    // The usual import: one undo step, with its summary in the status bar.
    const Result<QList<ImportOutcome>> outcomes = m_commands.importActivities(paths);
    if (!outcomes) {
        Q_EMIT message(tr("Not imported: %1").arg(outcomes.error()), 12000);
        return;
    }
    int imported = 0;
    QList<EntryId> runs;
    for (const ImportOutcome& outcome : *outcomes) {
        if (outcome.status == ImportOutcome::Status::Ok) {
            ++imported;
            runs.append(outcome.runId);
        }
    }
    const Result<QStringList> readAgain = sync.remember(*scan, *outcomes);
    m_offered.clear();
    Q_EMIT done();
    if (readAgain && !readAgain->isEmpty())
        Q_EMIT message(tr("Imported %n new runs.", nullptr, imported) + QLatin1Char(' ')
                + tr("%n files disappeared or changed while they were read (was the watch disconnected?); "
                     "they are read again next time.", nullptr, int(readAgain->size())),
            15000);
    else
        Q_EMIT message(tr("Imported %n new runs.", nullptr, imported), 8000);
    // The evening's log is then a number: how the back felt after the newest run, unless it is
    // there already.
    std::optional<Run> newest;
    for (EntryId id : std::as_const(runs)) {
        const Result<std::optional<Run>> run = repository.run(id);
        if (run && run->has_value() && (!newest || (*run)->date > newest->date))
            newest = **run;
    }
    if (!newest)
        return;
    const Result<QList<PainEntry>> pain = repository.painEntries({newest->date, newest->date});
    if (pain && pain->isEmpty())
        m_editor.painAfterRun(*newest);
}

} // namespace backstride
