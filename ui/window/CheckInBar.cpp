#include "CheckInBar.h"

#include "CheckInStore.h"
#include "JournalRepository.h"
#include "WeeklySeries.h"

#include <QDate>
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
    connect(later, &QPushButton::clicked, this, [this] {
        m_declined = true;
        hide();
    });
}

void CheckInBar::refresh(
    JournalRepository& repository, const QDate& today, Qt::DayOfWeek weekStart, bool readOnly)
{
    bool due = !m_declined && !readOnly;
    if (due) {
        Result<QList<CheckIn>> thisWeek = CheckInStore(repository.database())
                                              .checkIns({WeeklySeries::weekStartOf(today, weekStart), today});
        Result<bool> empty = repository.isEmpty();
        due = thisWeek && thisWeek->isEmpty() && empty && !*empty;
    }
    setVisible(due);
}

} // namespace backstride
