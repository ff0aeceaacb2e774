#pragma once

#include "MorningWait.h"
#include "PainEntry.h"

#include <QDate>
#include <QDialog>

namespace backstride {

class JournalCommands;

// The morning after a return-to-run session or exercises whose level waits on it: "How is the
// back this morning?". One key (Enter, or 0) logs "no pain" as the morning's pain entry; "Some pain…" opens the pain form for the
// morning; "Not now" leaves it (the plan then counts the morning as settled only once the day is
// over).
class MorningDialog : public QDialog
{
    Q_OBJECT

public:
    // `wait`: yesterday's session and exercises that wait on the answer.
    MorningDialog(JournalCommands& commands, const QDate& today, const MorningWait& wait, QWidget* parent = nullptr);

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
