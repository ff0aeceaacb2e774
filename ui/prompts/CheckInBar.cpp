#include "CheckInBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace backstride {

CheckInBar::CheckInBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("checkInBar"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(
        new QLabel(
            tr("<b>Weekly check-in</b> — 30 seconds: how well can you do what your back makes hard?"), this),
        1);
    auto* now = new QPushButton(tr("Check &in now"), this);
    now->setObjectName(QStringLiteral("checkInNowButton"));
    auto* later = new QPushButton(tr("Not now"), this);
    later->setObjectName(QStringLiteral("checkInLaterButton"));
    layout->addWidget(now);
    layout->addWidget(later);
    hide();
    connect(now, &QPushButton::clicked, this, &CheckInBar::checkInRequested);
    connect(later, &QPushButton::clicked, this, &CheckInBar::declined);
}

} // namespace backstride
