#include "WelcomePanel.h"

#include "WrappedLabel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace backstride {

WelcomePanel::WelcomePanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QWidget(this);
    column->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(column);
    auto* title = new QLabel(tr("Your journal is empty"), column);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* intro = new WrappedLabel(
        tr("After a run, log the run and how your back feels. A few weeks of entries are enough for "
           "Backstride to point out what goes with your pain. Start with one of these:"),
        column);
    intro->setObjectName(QStringLiteral("welcomeText"));
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_buttons = new QVBoxLayout;
    layout->addLayout(m_buttons);
    auto* demo
        = new WrappedLabel(tr("Just looking? Start it as backstride --demo to explore a generated year of "
                              "entries, kept apart from your own journal."),
            column);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    demo->setTextFormat(Qt::PlainText);
    layout->addSpacing(8);
    layout->addWidget(demo);
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(column, 3);
    centred->addStretch(1);
    outer->addLayout(centred);
    outer->addStretch(2);
}

void WelcomePanel::setActions(QAction* newRun, QAction* newPain, QAction* importFiles)
{
    const struct
    {
        QAction* action;
        QString text;
        const char* name;
    } steps[] = {
        {newRun, tr("Log a run"), "welcomeRunButton"},
        {newPain, tr("Log pain"), "welcomePainButton"},
        {importFiles, tr("Import files from a watch or a Strava export…"), "welcomeImportButton"},
    };
    for (const auto& step : steps) {
        const QString shortcut = step.action->shortcut().toString(QKeySequence::NativeText);
        auto* button
            = new QPushButton(shortcut.isEmpty() ? step.text : tr("%1 (%2)").arg(step.text, shortcut), this);
        button->setObjectName(QLatin1String(step.name));
        button->setAccessibleDescription(step.action->text().remove(u'&'));
        connect(button, &QPushButton::clicked, step.action, &QAction::trigger);
        connect(step.action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
        button->setEnabled(step.action->isEnabled());
        m_buttons->addWidget(button);
    }
}

} // namespace backstride
