#include "ScreenshotWriter.h"

#include "ExerciseFigure.h"
#include "ExerciseFigureWidget.h"
#include "ExerciseLibrary.h"
#include "CustomExerciseStore.h"
#include "ExercisesDoneEditor.h"
#include "ExercisesPage.h"

#include "BodyMapWidget.h"
#include "Clock.h"
#include "EntryEditor.h"
#include "FormFields.h"
#include "InsightsPanel.h"
#include "JournalPage.h"
#include "JournalWindowParts.h"
#include "JournalCommands.h"
#include "JournalRepository.h"
#include "MainWindow.h"
#include "MorningDialog.h"
#include "ReturnPlanJournal.h"
#include "ReminderSettingsPage.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "StartPlanDialog.h"
#include "TrendsView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>

namespace backstride {

QStringList ScreenshotWriter::screenNames()
{
    return {QStringLiteral("today"), QStringLiteral("clearance-form"), QStringLiteral("painkiller-form"), QStringLiteral("journal"), QStringLiteral("run-form"), QStringLiteral("run-form-pain"),
        QStringLiteral("pain-form"), QStringLiteral("sitting-form"), QStringLiteral("self-care-form"),
        QStringLiteral("check-in-form"), QStringLiteral("settings"), QStringLiteral("settings-thresholds"),
        QStringLiteral("settings-import"), QStringLiteral("settings-desk-time"), QStringLiteral("settings-reminders"),
        QStringLiteral("insights"), QStringLiteral("insights-cards"), QStringLiteral("trends-12-weeks"),
        QStringLiteral("trends-table"), QStringLiteral("trends-all"), QStringLiteral("relationships"),
        QStringLiteral("body-heat-map"), QStringLiteral("body-heat-map-halves"), QStringLiteral("pain-reach"),
        QStringLiteral("function"), QStringLiteral("return-plan"), QStringLiteral("plan-start-form"),
        QStringLiteral("plan-session-form"), QStringLiteral("exercises"), QStringLiteral("exercises-routine"),
        QStringLiteral("exercises-therapist"),
        QStringLiteral("routine-player"), QStringLiteral("custom-exercise-form"),
        QStringLiteral("morning-question"), QStringLiteral("report-dialog"),
        QStringLiteral("keyboard-shortcuts"), QStringLiteral("about")};
}

QWidget* ScreenshotWriter::showScreen(MainWindow& window, const QString& name)
{
    if (QDialog* open = window.editor()->openDialog())
        open->close();
    const QDate day = window.clock().today();
    if (name == QLatin1String("journal")) {
        window.parts().journalPage()->setPeriod(JournalPage::Period::Month);
        window.showPage(QStringLiteral("journal"));
        return &window;
    }
    if (name == QLatin1String("today")) {
        window.showPage(QStringLiteral("today"));
        return &window;
    }
    if (name == QLatin1String("clearance-form")) {
        // Seen by the physical therapist today, who cleared running, not yet saved.
        QDialog* form = window.parts().recordClearance();
        if (form) {
            if (auto* by = form->findChild<QLineEdit*>(QStringLiteral("clearanceBy")))
                by->setText(QCoreApplication::translate("ScreenshotWriter", "physical therapist"));
            if (auto* running = form->findChild<QCheckBox*>(QStringLiteral("clearanceRunning")))
                running->setChecked(true);
        }
        return form;
    }
    if (name == QLatin1String("painkiller-form")) {
        // Ibuprofen before the run, typed: its class chosen from the name, not yet saved.
        QDialog* form = window.editor()->newPainkiller(day);
        if (auto* what = form->findChild<QLineEdit*>(QStringLiteral("painkillerName")))
            what->setText(QStringLiteral("ibuprofen"));
        if (auto* dose = form->findChild<QLineEdit*>(QStringLiteral("painkillerDose")))
            dose->setText(QStringLiteral("400 mg"));
        return form;
    }
    if (name == QLatin1String("insights"))
        return window.parts().insightsPanel();
    if (name == QLatin1String("insights-cards")) {
        // Every card; the first folded one opened, to show both states.
        if (auto* toggle
            = window.parts().insightsPanel()->findChild<QToolButton*>(QStringLiteral("flagDetailsToggle")))
            toggle->setChecked(true);
        return window.parts().insightsPanel()->cardList();
    }
    if (name == QLatin1String("about"))
        return window.showAbout();
    if (name == QLatin1String("return-plan")) {
        window.showPage(QStringLiteral("plan"));
        return &window;
    }
    if (name == QLatin1String("routine-player")) {
        // The core routine's bird dog, 12 s into its first hold, the figure halfway out.
        RoutinePlayer* player = window.parts().playRoutine(QStringLiteral("core"), [] { return qint64(12'000); });
        if (player) {
            player->resize(720, 640);
            if (auto* figure = player->findChild<ExerciseFigureWidget*>())
                figure->setPhase(0.5);
        }
        return player;
    }
    if (name == QLatin1String("exercises-therapist")) {
        // The physical therapist's group: their first exercise, or the line saying there is none.
        window.showPage(QStringLiteral("exercises"));
        auto* page = window.findChild<ExercisesPage*>();
        if (page) {
            (void)page->reload();
            const Result<QList<CustomExercise>> custom
                = CustomExerciseStore(window.commands()->repository().database()).all();
            if (custom && !custom->isEmpty())
                page->showItem(custom->first().id);
        }
        return &window;
    }
    if (name == QLatin1String("exercises") || name == QLatin1String("exercises-routine")) {
        // The side plank at the runner's level, caught halfway up; then the core routine.
        window.showPage(QStringLiteral("exercises"));
        auto* page = window.findChild<ExercisesPage*>();
        if (page && name == QLatin1String("exercises")) {
            page->showItem(QStringLiteral("side-plank"));
            if (auto* figure = page->findChild<ExerciseFigureWidget*>())
                figure->setPhase(0.6);
        } else if (page) {
            page->showItem(QStringLiteral("core"));
        }
        return &window;
    }
    if (name == QLatin1String("custom-exercise-form")) {
        // An exercise from the runner's physical therapist, typed in and not yet saved.
        window.showPage(QStringLiteral("exercises"));
        auto* page = window.findChild<ExercisesPage*>();
        QDialog* dialog = page ? window.parts().editCustomExercise(page, {}) : nullptr;
        if (!dialog)
            return &window;
        auto type = [dialog](const char* field, const char* text) {
            if (auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field)))
                edit->setText(QCoreApplication::translate("ScreenshotWriter", text));
        };
        type("customNameEdit", QT_TRANSLATE_NOOP("ScreenshotWriter", "Wall sit"));
        type("customHoldEdit", "30");
        type("customNotesEdit", QT_TRANSLATE_NOOP("ScreenshotWriter", "A burn in the thighs is fine; stop if a knee hurts."));
        if (auto* steps = dialog->findChild<QPlainTextEdit*>(QStringLiteral("customStepsEdit")))
            steps->setPlainText(QCoreApplication::translate("ScreenshotWriter",
                "Stand with your back flat against a wall, feet a step forward.\nSlide down until your knees "
                "bend to a right angle.\nHold, breathing, then slide back up."));
        if (auto* sets = dialog->findChild<QSpinBox*>(QStringLiteral("customSetsSpin")))
            sets->setValue(3);
        if (auto* routine = dialog->findChild<QComboBox*>(QStringLiteral("customRoutineCombo")))
            routine->setCurrentIndex(routine->findData(QStringLiteral("core")));
        return dialog;
    }
    if (name == QLatin1String("plan-start-form")) {
        // While the journal holds a warning sign, the form is refused: the page says why instead.
        window.showPage(QStringLiteral("plan"));
        const Result<std::optional<ReturnPlanJournal::Obstacle>> obstacle
            = ReturnPlanJournal::obstacle(window.commands()->repository(), day);
        const Result<ReturnPlanStart> proposal = ReturnPlanJournal::proposal(window.commands()->repository(), day, 1);
        if (!obstacle || obstacle->has_value() || !proposal)
            return &window;
        auto* dialog = new StartPlanDialog(*window.commands(), *proposal, window.parts().journalPage()->unit(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    }
    if (name == QLatin1String("morning-question")) {
        if (QDialog* asked = window.editor()->morningQuestion(day))
            return asked;
        MorningWait wait;
        wait.planSession = QCoreApplication::translate("ScreenshotWriter", "walk 2 min / run 3 min × 6, pain 2/10");
        auto* dialog = new MorningDialog(*window.commands(), day, wait, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    }
    if (name == QLatin1String("report-dialog")) {
        QDialog* dialog = window.parts().openReportDialog();
        if (dialog)
            dialog->show();
        return dialog;
    }
    if (name.startsWith(QLatin1String("trends")) || name == QLatin1String("relationships")
        || name.startsWith(QLatin1String("body-heat-map")) || name == QLatin1String("pain-reach")
        || name == QLatin1String("function")) {
        window.showPage(QStringLiteral("trends"));
        TrendsView* trends = window.parts().trendsPage();
        if (!trends)
            return nullptr;
        trends->setRange(
            name == QLatin1String("trends-all") ? TrendsView::Range::All : TrendsView::Range::Weeks12);
        trends->showView(name == QLatin1String("relationships")   ? TrendsView::View::Relationships
                : name.startsWith(QLatin1String("body-heat-map")) ? TrendsView::View::BodyMap
                : name == QLatin1String("pain-reach")             ? TrendsView::View::Reach
                : name == QLatin1String("function")               ? TrendsView::View::Function
                                                                  : TrendsView::View::Weekly);
        if (auto* split = trends->widget()->findChild<QCheckBox*>(QStringLiteral("splitHeatMap")))
            split->setChecked(name.endsWith(QLatin1String("halves")));
        if (auto* table = trends->widget()->findChild<QCheckBox*>(QStringLiteral("showAsTable")))
            table->setChecked(name == QLatin1String("trends-table"));
        return &window;
    }
    if (name == QLatin1String("keyboard-shortcuts")) {
        auto* dialog = new ShortcutsDialog(window.menuBar(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    }
    if (name.startsWith(QLatin1String("settings"))) {
        auto* dialog = new SettingsDialog(*window.commands(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (name.endsWith(QLatin1String("thresholds")))
            dialog->findChild<QTabWidget*>()->setCurrentIndex(1);
        else if (name.endsWith(QLatin1String("import")))
            dialog->findChild<QTabWidget*>()->setCurrentIndex(2);
        else if (name.endsWith(QLatin1String("desk-time")))
            dialog->findChild<QTabWidget*>()->setCurrentIndex(3);
        else if (name.endsWith(QLatin1String("reminders")))
            dialog->findChild<QTabWidget*>()->setCurrentIndex(4);
        dialog->show();
        if (auto* reminders = dialog->findChild<ReminderSettingsPage*>(); reminders && reminders->isVisible() && reminders->asking()) {
            // As a runner sees it once the desktop's notification service answered (or did not).
            QEventLoop answered;
            QObject::connect(reminders, &ReminderSettingsPage::serviceAnswered, &answered, &QEventLoop::quit);
            QTimer::singleShot(10'000, &answered, &QEventLoop::quit);
            answered.exec();
        }
        return dialog;
    }
    QDialog* dialog = nullptr;
    if (name == QLatin1String("plan-session-form")) {
        dialog = window.editor()->newRun(day);
        dialog->findChild<QLineEdit*>(QStringLiteral("distanceEdit"))->setText(FormFields::numberText(4.6, 1));
    } else if (name.startsWith(QLatin1String("run-form"))) {
        dialog = window.editor()->newRun(day);
        dialog->findChild<QLineEdit*>(QStringLiteral("distanceEdit"))
            ->setText(FormFields::numberText(10.2, 1));
        dialog->findChild<QLineEdit*>(QStringLiteral("durationEdit"))->setText(QStringLiteral("58:40"));
        dialog->findChild<QLineEdit*>(QStringLiteral("startEdit"))->setText(QStringLiteral("18:30"));
        if (name.endsWith(QLatin1String("pain"))) {
            dialog->findChild<QGroupBox*>(QStringLiteral("painWithRunGroup"))->setChecked(true);
            dialog->findChild<QSpinBox*>(QStringLiteral("painIntensitySpin"))->setValue(3);
            dialog->findChild<QPushButton*>(QStringLiteral("painMoreButton"))->setChecked(true);
            for (const char* check : {"stiffCheck", "bending-forwardCheck"})
                dialog->findChild<QCheckBox*>(QLatin1String(check))->setChecked(true);
            dialog->findChild<BodyMapWidget*>(QStringLiteral("painSitesMap"))
                ->setSelectedSites({QStringLiteral("lower-back-right"), QStringLiteral("buttock-right")});
        }
    } else if (name == QLatin1String("pain-form")) {
        dialog = window.editor()->newPain(day);
        dialog->findChild<QSpinBox*>(QStringLiteral("intensitySpin"))->setValue(5);
        dialog->findChild<BodyMapWidget*>(QStringLiteral("bodyMap"))
            ->setSelectedSites({QStringLiteral("lower-back-left"), QStringLiteral("buttock-left"),
                QStringLiteral("thigh-back-left")});
        for (const char* check : {"achyCheck", "tinglingCheck", "sittingCheck", "bending-forwardCheck"}) {
            if (auto* box = dialog->findChild<QCheckBox*>(QLatin1String(check)))
                box->setChecked(true);
        }
        // The keyboard on the map, as after tabbing to it: the focused site is named under it.
        dialog->findChild<BodyMapWidget*>(QStringLiteral("bodyMap"))->setFocus(Qt::TabFocusReason);
    } else if (name == QLatin1String("sitting-form")) {
        dialog = window.editor()->newDayLog(day);
    } else if (name == QLatin1String("self-care-form")) {
        // Core work logged by hand, with two exercises picked from the library.
        dialog = window.editor()->newRoutine(day);
        if (auto* exercises = dialog->findChild<ExercisesDoneEditor*>()) {
            exercises->add(QStringLiteral("side-plank"));
            exercises->add(QStringLiteral("bird-dog"));
        }
        if (auto* minutes = dialog->findChild<QLineEdit*>(QStringLiteral("minutesEdit")))
            minutes->setText(QStringLiteral("15"));
    } else if (name == QLatin1String("check-in-form")) {
        dialog = window.editor()->checkIn(day);
        const char* examples[][2] = {{"activity0Edit", "run 10 km"},
            {"activity1Edit", "sit through a workday"}, {"activity2Edit", "put on socks"}};
        for (const auto& [field, text] : examples) {
            if (auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
                edit && edit->text().isEmpty())
                edit->setText(QString::fromLatin1(text));
        }
    }
    return dialog;
}

Result<QStringList> ScreenshotWriter::write(MainWindow& window, const QString& directory)
{
    if (!QDir().mkpath(directory))
        return Error {
            QCoreApplication::translate("ScreenshotWriter", "%1: cannot create the folder").arg(directory)};
    window.show();
    window.startPrompts(); // as after the first paint: the check-in bar and any other prompt
    QStringList written;
    for (const QString& screen : screenNames()) {
        QWidget* widget = showScreen(window, screen);
        if (!widget)
            return Error {QCoreApplication::translate("ScreenshotWriter", "%1: no such screen").arg(screen)};
        QCoreApplication::processEvents(); // let layouts and lazy views settle before grabbing
        const QString file = QDir(directory).filePath(screen + QLatin1String(".png"));
        const bool saved = widget->grab().save(file);
        if (auto* dialog = qobject_cast<QDialog*>(widget))
            dialog->close();
        if (!saved)
            return Error {
                QCoreApplication::translate("ScreenshotWriter", "%1: cannot write the image").arg(file)};
        written.append(file);
    }
    // Every exercise at every level, as drawn on the Exercises page and in the report.
    const QString sheet = QDir(directory).filePath(QStringLiteral("exercise-figures.png"));
    if (!ExerciseFigure::contactSheet(ExerciseLibrary::exercises(), window.palette(), 2).save(sheet))
        return Error {QCoreApplication::translate("ScreenshotWriter", "%1: cannot write the image").arg(sheet)};
    written.append(sheet);
    return written;
}

} // namespace backstride
