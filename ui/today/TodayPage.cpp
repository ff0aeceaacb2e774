#include "TodayPage.h"

#include "JournalRepository.h"
#include "WrappedLabel.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace backstride {

TodayPage::TodayPage(JournalRepository& repository, std::function<QDate()> today, QWidget* parent)
    : QWidget(parent), m_repository(repository), m_today(std::move(today))
{
    setObjectName(QStringLiteral("todayPage"));
    auto* layout = new QVBoxLayout(this);
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("todayDate"));
    QFont big = m_date->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_date->setFont(big);
    layout->addWidget(m_date);
    m_headline = new WrappedLabel(QString(), this);
    m_headline->setObjectName(QStringLiteral("todayHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    layout->addWidget(m_headline);
    m_empty = new QWidget(this);
    auto* emptyRow = new QHBoxLayout(m_empty);
    emptyRow->setContentsMargins(0, 0, 0, 0);
    auto* emptyText = new WrappedLabel(tr("Your journal is empty. Log a run or your back pain, or import your runs, and "
                                    "Today answers from what you log."),
        m_empty);
    emptyRow->addWidget(emptyText, 1);
    auto* firstSteps = new QPushButton(tr("&First steps…"), m_empty);
    firstSteps->setObjectName(QStringLiteral("todayFirstSteps"));
    connect(firstSteps, &QPushButton::clicked, this, &TodayPage::firstStepsRequested);
    emptyRow->addWidget(firstSteps, 0, Qt::AlignTop);
    m_empty->hide();
    layout->addWidget(m_empty);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_list = new QWidget(scroll);
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 6, 0, 0);
    m_listLayout->setSpacing(10);
    scroll->setWidget(m_list);
    layout->addWidget(scroll, 1);
    auto* footer = new WrappedLabel(tr("Advice from your own log and a physical therapist's guide for runners, not a "
                                 "diagnosis. The Insights panel shows the patterns behind it."),
        this);
    layout->addWidget(footer);
}

Status TodayPage::reload()
{
    const QDate day = m_today();
    Result<std::shared_ptr<const TodayJournal::TodayDay>> worked = TodayJournal::day(m_repository, day);
    if (!worked)
        return worked.takeError();
    m_answer = (*worked)->answer;
    const Result<bool> empty = m_repository.isEmpty();
    m_empty->setVisible(empty && *empty);
    m_date->setText(tr("Today, %1").arg(QLocale().toString(day, QLocale::LongFormat)));
    while (QLayoutItem* item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString headline = m_answer.items.isEmpty() ? tr("Nothing to do for your back today.")
                                                      : tr("Why this first: %1").arg(m_answer.items.first().reason);
    m_headline->setText(headline);
    int number = 0;
    for (const TodayItem& item : std::as_const(m_answer.items))
        m_listLayout->addWidget(row(item, ++number));
    m_listLayout->addStretch();
    // A warning sign or a professional first is said aloud as the page changes.
    if (!m_answer.items.isEmpty() && isVisible()
        && (m_answer.items.first().kind == TodayItem::Kind::SeekCare
            || m_answer.items.first().kind == TodayItem::Kind::SeeProfessional)) {
        QAccessibleEvent alert(m_headline, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    return {};
}

// One thing to do: a tick or its number, the text, its reason under it, and its button.
QWidget* TodayPage::row(const TodayItem& item, int number)
{
    using Kind = TodayItem::Kind;
    auto* box = new QWidget(m_list);
    box->setObjectName(QStringLiteral("todayItem"));
    auto* line = new QHBoxLayout(box);
    line->setContentsMargins(0, 0, 0, 0);
    auto* mark = new QLabel(item.done ? QStringLiteral("✓") : QString::number(number) + QLatin1Char('.'), box);
    mark->setAlignment(Qt::AlignTop | Qt::AlignRight);
    mark->setMinimumWidth(mark->fontMetrics().horizontalAdvance(QStringLiteral("00.")));
    mark->setAccessibleName(item.done ? tr("done") : tr("number %1").arg(number));
    line->addWidget(mark);
    auto* texts = new QVBoxLayout;
    auto* text = new WrappedLabel(item.done ? tr("%1 (done today)").arg(item.text) : item.text, box);
    text->setObjectName(QStringLiteral("todayItemText"));
    text->setTextFormat(Qt::PlainText);
    QFont strong = text->font();
    strong.setBold(number == 1 && !item.done);
    text->setFont(strong);
    texts->addWidget(text);
    auto* reason = new WrappedLabel(tr("Why: %1").arg(item.reason), box);
    reason->setObjectName(QStringLiteral("todayItemReason"));
    reason->setTextFormat(Qt::PlainText);
    QPalette muted = reason->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    reason->setPalette(muted);
    texts->addWidget(reason);
    line->addLayout(texts, 1);

    QString label;
    std::function<void()> act;
    switch (item.kind) {
    case Kind::SeekCare:
    case Kind::SeeProfessional:
        label = tr("I was seen…");
        act = [this] { Q_EMIT clearanceRequested(); };
        break;
    case Kind::Routine:
        label = item.done ? tr("Again") : tr("Start");
        act = [this, id = item.routine] { Q_EMIT routineRequested(id); };
        break;
    case Kind::Run:
    case Kind::PlanSession:
        if (!item.done) {
            label = item.kind == Kind::Run ? tr("Log the run…") : tr("Log the session…");
            act = [this] { Q_EMIT runRequested(); };
        }
        break;
    case Kind::Icing:
        label = tr("Start icing");
        act = [this] { Q_EMIT icingRequested(); };
        break;
    case Kind::CheckIn:
        label = tr("Check in…");
        act = [this] { Q_EMIT checkInRequested(); };
        break;
    case Kind::Rest:
    case Kind::Walk:
        break;
    }
    if (act) {
        auto* button = new QPushButton(label, box);
        button->setObjectName(QStringLiteral("todayItemButton"));
        button->setAccessibleName(tr("%1: %2").arg(label, item.text));
        connect(button, &QPushButton::clicked, this, act);
        line->addWidget(button, 0, Qt::AlignTop);
    }
    return box;
}

} // namespace backstride
