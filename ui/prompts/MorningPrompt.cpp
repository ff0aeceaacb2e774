#include "MorningPrompt.h"

#include "Clock.h"
#include "EntryEditor.h"
#include "JournalCommands.h"

#include <QDialog>

namespace backstride {

MorningPrompt::MorningPrompt(JournalCommands& commands, const Clock& clock, EntryEditor& editor, QObject* parent)
    : Prompt(Question, parent)
    , m_commands(commands)
    , m_clock(clock)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("morningPrompt"));
}

QString MorningPrompt::subject() const
{
    return QStringLiteral("morning ") + m_clock.today().toString(Qt::ISODate);
}

void MorningPrompt::look()
{
    if (!m_commands.isReadOnly())
        Q_EMIT wanted(); // whether there is a question today is decided when it is its turn
}

QWidget* MorningPrompt::present(QWidget*)
{
    QDialog* dialog = m_editor.morningQuestion(m_clock.today());
    if (!dialog)
        Q_EMIT done();
    else
        connect(dialog, &QDialog::finished, this, &Prompt::done);
    return nullptr;
}

} // namespace backstride
