#include "OpenForm.h"

#include "Clock.h"
#include "EntryEditor.h"
#include "JournalWindowParts.h"
#include "MainWindow.h"
#include "RoutinePlayer.h"

#include <QDialog>

namespace backstride {

QWidget* openForm(MainWindow& window, const QString& target)
{
    EntryEditor& editor = *window.editor();
    const QDate today = window.clock().today();
    if (target == QLatin1String("pain"))
        return editor.newPain(today);
    if (target == QLatin1String("run"))
        return editor.newRun(today);
    if (target == QLatin1String("checkin"))
        return editor.checkIn(today);
    if (target == QLatin1String("morning")) {
        if (QDialog* question = editor.morningQuestion(today))
            return question;
        // No session waits on this morning: the morning's pain all the same.
        return editor.newPain(today);
    }
    if (target.startsWith(QLatin1String("routine:")))
        return window.parts().playRoutine(target.mid(8));
    return nullptr;
}

} // namespace backstride
