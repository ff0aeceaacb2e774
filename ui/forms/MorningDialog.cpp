#include "MorningDialog.h"

#include "Announce.h"
#include "JournalCommands.h"
#include "MessageBox.h"
#include "WrappedLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTime>
#include <QVBoxLayout>

namespace backstride {

MorningDialog::MorningDialog(JournalCommands& commands, const QDate& today, const MorningWait& wait, QWidget* parent)
    : QDialog(parent), m_commands(commands), m_today(today)
{
    setObjectName(QStringLiteral("morningDialog"));
    setWindowTitle(wait.planSession && !wait.exercises.isEmpty() ? tr("Return-to-run plan and exercises: this morning")
            : wait.planSession                                   ? tr("Return-to-run plan: this morning")
                                                                 : tr("Exercise programme: this morning"));
    auto* layout = new QVBoxLayout(this);
    auto* question = new QLabel(tr("How is the back this morning?"), this);
    question->setObjectName(QStringLiteral("morningQuestion"));
    QFont big = question->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    question->setFont(big);
    layout->addWidget(question);
    QStringList waiting;
    if (wait.planSession)
        waiting.append(tr("Yesterday's session: %1. The plan counts it once it knows how the back is the morning after.")
                           .arg(*wait.planSession));
    if (!wait.exercises.isEmpty())
        waiting.append(tr("Yesterday's exercises: %1. Their levels move only once the programme knows how the back is "
                          "the morning after.")
                           .arg(wait.exercises.join(QLatin1String("; "))));
    auto* context = new WrappedLabel(waiting.join(QLatin1Char(' ')), this);
    context->setObjectName(QStringLiteral("morningContext"));
    layout->addWidget(context);
    auto* keys = new QLabel(tr("Enter or 0: no pain."), this);
    layout->addWidget(keys);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* none = buttons->addButton(tr("&No pain"), QDialogButtonBox::AcceptRole);
    none->setObjectName(QStringLiteral("morningNoPain"));
    none->setDefault(true);
    QPushButton* some = buttons->addButton(tr("&Some pain…"), QDialogButtonBox::ActionRole);
    some->setObjectName(QStringLiteral("morningSomePain"));
    QPushButton* later = buttons->addButton(tr("No&t now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("morningLater"));
    layout->addWidget(buttons);
    connect(none, &QPushButton::clicked, this, &MorningDialog::logNoPain);
    connect(some, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT somePainChosen(m_today);
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    auto* zero = new QShortcut(QKeySequence(Qt::Key_0), this);
    connect(zero, &QShortcut::activated, this, &MorningDialog::logNoPain);
    none->setFocus(Qt::OtherFocusReason);
    setAccessibleDescription(question->text() + QLatin1Char(' ') + context->text());
    resize(460, 180);
}

PainEntry MorningDialog::morningPain(const QDate& today, int intensity)
{
    PainEntry pain;
    pain.date = today;
    pain.time = QTime(QTime::currentTime().hour(), QTime::currentTime().minute());
    pain.intensity = intensity;
    pain.timing = {QStringLiteral("morning")};
    return pain;
}

void MorningDialog::logNoPain()
{
    if (Result<EntryId> added = m_commands.addPain(morningPain(m_today, 0)); !added) {
        MessageBox::warning(this, windowTitle(), added.error());
        return;
    }
    accept();
}

} // namespace backstride
