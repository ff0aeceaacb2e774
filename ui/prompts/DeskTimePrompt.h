#pragma once

#include "Prompt.h"

#include <QMap>

#include <optional>

namespace backstride {

class Clock;
class JournalCommands;

// Desk time from ActivityWatch, when the journal says so (Settings › Desk time): read into the
// day logs after the first paint, never before, and said in the status bar.
class DeskTimePrompt : public Prompt
{
    Q_OBJECT

public:
    DeskTimePrompt(JournalCommands& commands, const Clock& clock, QObject* parent = nullptr);

    QString subject() const override;
    void look() override;
    QWidget* present(QWidget* area) override;
    // Reads the days since the last read now; what it did goes to message().
    void read();

Q_SIGNALS:
    void message(const QString& text, int milliseconds);

private:
    // The journal's settings when desk time is to be read (Settings › Desk time on, not read-only).
    std::optional<QMap<QString, QString>> settingsIfOn() const;

    JournalCommands& m_commands;
    const Clock& m_clock;
};

} // namespace backstride
