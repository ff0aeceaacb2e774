#pragma once

#include <QWidget>

class QAction;
class QVBoxLayout;

namespace backstride {

// What an empty journal shows in place of its days: the first steps (log a run, log pain, import
// files from a watch or a Strava export, or look around in the demo journal), each a button for
// the window's own action, so its shortcut is the one the menus show. Gone once anything is logged.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget* parent = nullptr);

    // The window's actions for the first steps, in the order shown.
    void setActions(QAction* newRun, QAction* newPain, QAction* importFiles);

private:
    QVBoxLayout* m_buttons = nullptr;
};

} // namespace backstride
