#pragma once

#include "PainEntry.h"

#include <QDate>
#include <QDialog>

namespace backstride {

class JournalCommands;

// The morning after a return-to-run session: "How is the back this morning?". One key (Enter, or
// 0) logs "no pain" as the morning's pain entry; "Some pain…" opens the pain form for the
// morning; "Not now" leaves it (the plan then counts the morning as settled only once the day is
// over).
class MorningDialog : public QDialog
{
    Q_OBJECT

public:
    // `session`: what yesterday's session was ("walk 2 min / run 3 min × 6: pain 2/10").
    MorningDialog(JournalCommands& commands, const QDate& today, const QString& session, QWidget* parent = nullptr);

    // This morning's pain entry as the question logs it, or as the pain form starts from.
    static PainEntry morningPain(const QDate& today, int intensity);

Q_SIGNALS:
    void somePainChosen(const QDate& today);

private:
    void logNoPain();

    JournalCommands& m_commands;
    QDate m_today;
};

} // namespace backstride
