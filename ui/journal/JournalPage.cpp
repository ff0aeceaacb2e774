#include "JournalPage.h"

#include "ClearanceStore.h"
#include "MedicationStore.h"
#include "PainkillerUse.h"

#include "CheckInStore.h"
#include "CustomExerciseStore.h"
#include "Clock.h"
#include "DayEntriesModel.h"
#include "JournalDayFilter.h"
#include "JournalDayModel.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "WeeklySeries.h"
#include "WelcomePanel.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace backstride {

JournalPage::JournalPage(JournalRepository& repository, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_clock(clock)
    , m_anchor(clock.today())
    , m_selected(clock.today())
    , m_days(new JournalDayModel(this))
    , m_filter(new JournalDayFilter(this))
    , m_entries(new DayEntriesModel(this))
{
    setObjectName(QStringLiteral("journalPage"));
    m_filter->setSourceModel(m_days);

    auto* pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    pageLayout->addWidget(m_stack);
    m_content = new QWidget(m_stack);
    m_stack->addWidget(m_content);

    auto* layout = new QVBoxLayout(m_content);
    auto* bar = new QHBoxLayout;
    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->addItem(tr("Week"), int(Period::Week));
    m_periodCombo->addItem(tr("Month"), int(Period::Month));
    m_periodCombo->addItem(tr("Everything"), int(Period::All));
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(m_period)));
    auto* previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousButton"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous week or month (Ctrl+Page Up)"));
    auto* next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextButton"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next week or month (Ctrl+Page Down)"));
    auto* today = new QPushButton(tr("Today"), this);
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    QFont rangeFont = m_rangeLabel->font();
    rangeFont.setBold(true);
    m_rangeLabel->setFont(rangeFont);
    // "Go to a date" opens a calendar. (Built when first used: a date field costs a seventh of
    // the start-up instructions under callgrind, for a control most starts never touch.)
    m_jump = new QToolButton(this);
    m_jump->setObjectName(QStringLiteral("jumpButton"));
    m_jump->setText(tr("&Go to date…"));
    m_jump->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_jump->setPopupMode(QToolButton::InstantPopup);
    auto* jumpMenu = new QMenu(m_jump);
    m_jump->setMenu(jumpMenu);
    connect(jumpMenu, &QMenu::aboutToShow, this, [this, jumpMenu] {
        if (!jumpMenu->isEmpty())
            return;
        auto* calendar = new QCalendarWidget(jumpMenu);
        calendar->setObjectName(QStringLiteral("jumpCalendar"));
        calendar->setGridVisible(true);
        auto* action = new QWidgetAction(jumpMenu);
        action->setDefaultWidget(calendar);
        jumpMenu->addAction(action);
        connect(calendar, &QCalendarWidget::activated, this, [this, jumpMenu](const QDate& date) {
            jumpMenu->close();
            showDate(date);
        });
        connect(jumpMenu, &QMenu::aboutToShow, calendar,
            [this, calendar] { calendar->setSelectedDate(m_anchor); });
        calendar->setSelectedDate(m_anchor);
    });
    m_filterCombo = new QComboBox(this);
    m_filterCombo->setObjectName(QStringLiteral("filterCombo"));
    for (JournalDayFilter::Show show : {JournalDayFilter::Show::AllDays, JournalDayFilter::Show::DaysWithPain,
             JournalDayFilter::Show::DaysWithRuns, JournalDayFilter::Show::DaysWithWarningSigns,
             JournalDayFilter::Show::DaysWithoutSitting})
        m_filterCombo->addItem(JournalDayFilter::label(show), int(show));
    auto* showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_filterCombo);
    bar->addWidget(m_periodCombo);
    bar->addWidget(previous);
    bar->addWidget(m_rangeLabel);
    bar->addWidget(next);
    bar->addWidget(today);
    bar->addStretch();
    bar->addWidget(m_jump);
    bar->addSpacing(12);
    bar->addWidget(showLabel);
    bar->addWidget(m_filterCombo);
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("journalSummary"));
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("journalView"));
    m_table->setModel(m_filter);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);

    auto* dayPanel = new QWidget(splitter);
    auto* dayLayout = new QVBoxLayout(dayPanel);
    dayLayout->setContentsMargins(0, 4, 0, 0);
    m_dayTitle = new QLabel(dayPanel);
    m_dayTitle->setObjectName(QStringLiteral("dayTitle"));
    m_dayTitle->setTextFormat(Qt::PlainText);
    dayLayout->addWidget(m_dayTitle);
    m_entryList = new QListView(dayPanel);
    m_entryList->setObjectName(QStringLiteral("dayEntries"));
    m_entryList->setModel(m_entries);
    m_entryList->installEventFilter(this);
    dayLayout->addWidget(m_entryList);
    splitter->addWidget(m_table);
    splitter->addWidget(dayPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this,
        [this] { setPeriod(static_cast<Period>(m_periodCombo->currentData().toInt())); });
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this, [this] { showDate(m_clock.today()); });
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(static_cast<JournalDayFilter::Show>(m_filterCombo->currentData().toInt()));
        followFilter();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            const JournalDay* day = m_days->dayFromIndex(m_filter->mapToSource(current));
            if (day) {
                m_selected = day->date;
                updateDayPanel();
            }
        });
    // Enter or a double-click on a day opens its first entry (the day's list shows the others).
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_entries->rowCount() == 0)
            return;
        const QModelIndex first = m_entries->index(0);
        m_entryList->setCurrentIndex(first);
        if (const std::optional<EntryRef> entry = m_entries->entryFromIndex(first))
            Q_EMIT editRequested(*entry);
    });
    connect(m_entryList, &QListView::activated, this, [this](const QModelIndex& index) {
        if (const std::optional<EntryRef> entry = m_entries->entryFromIndex(index))
            Q_EMIT editRequested(*entry);
    });
}

bool JournalPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_entryList && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            if (const std::optional<EntryRef> entry = selectedEntry())
                Q_EMIT deleteRequested(*entry);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

DateRange JournalPage::visibleRange() const
{
    switch (m_period) {
    case Period::Week: {
        const QDate start = WeeklySeries::weekStartOf(m_anchor, m_weekStart);
        return {start, start.addDays(6)};
    }
    case Period::Month:
        return {QDate(m_anchor.year(), m_anchor.month(), 1),
            QDate(m_anchor.year(), m_anchor.month(), m_anchor.daysInMonth())};
    case Period::All:
        return {};
    }
    return {};
}

void JournalPage::fitColumns()
{
    // Each column as wide as its longest text, measured once: QTableView::resizeColumnsToContents
    // measured every cell through the style, 4 % of the window's start-up. Wide enough for a
    // typical day; the tooltip and the day panel hold the rest of a long one.
    const int widest[] = {160, 280, 200, 320}; // sitting: "6.5 h · from ActivityWatch" fits
    const QFontMetrics cells = m_table->fontMetrics();
    const QFontMetrics header = m_table->horizontalHeader()->fontMetrics();
    const int margin = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    const int headerMargin = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_table);
    for (int column = 0; column < JournalDayModel::ColumnCount - 1; ++column) {
        // The texts with the most characters, measured in pixels: of "Mon 11 May 2026" and
        // "Wed 30 Sep 2026" the second is wider, and a column fitted to the first cut it.
        QStringList longest;
        qsizetype most = 0;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QString text = m_filter->index(row, column).data().toString();
            if (text.size() > most) {
                most = text.size();
                longest = {text};
            } else if (text.size() == most && longest.size() < 64) {
                longest.append(text);
            }
        }
        int widestText = 0;
        for (const QString& text : std::as_const(longest))
            widestText = std::max(widestText, cells.horizontalAdvance(text));
        const QString title = m_filter->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(widestText + margin, header.horizontalAdvance(title) + headerMargin);
        m_table->setColumnWidth(column, std::min(width + 12, widest[column]));
    }
}

Status JournalPage::reload()
{
    Result<QMap<QString, QString>> settings = m_repository.settings();
    if (!settings)
        return settings.takeError();
    m_unit = Units::fromSetting(settings->value(JournalSettings::units));
    m_weekStart = WeeklySeries::dayFromSetting(settings->value(JournalSettings::weekStart));
    Result<bool> empty = m_repository.isEmpty();
    if (!empty)
        return empty.takeError();
    if (*empty && !m_welcome) { // built only for an empty journal: most starts never show it
        m_welcome = new WelcomePanel(m_stack);
        m_welcome->setActions(
            m_welcomeActions.value(0), m_welcomeActions.value(1), m_welcomeActions.value(2));
        m_stack->addWidget(m_welcome);
    }
    m_stack->setCurrentWidget(*empty ? static_cast<QWidget*>(m_welcome) : m_content);
    const DateRange range = visibleRange();
    Result<QList<JournalDay>> days = m_repository.journalDays(range);
    if (!days)
        return days.takeError();

    // In a week or a month every day has its row, so gaps show and any day can be filled in.
    QList<JournalDay> rows;
    if (range.from.isValid()) {
        QMap<QDate, JournalDay> byDate;
        for (JournalDay& day : *days)
            byDate.insert(day.date, std::move(day));
        // Days still to come have nothing to log yet.
        for (QDate date = std::min(range.to, m_clock.today()); date >= range.from; date = date.addDays(-1)) {
            JournalDay day = byDate.value(date);
            day.date = date;
            rows.append(std::move(day));
        }
    } else {
        rows = std::move(*days);
    }
    // The pain entries taken under a painkiller, marked in the pain column.
    QSet<EntryId> underPainkillers;
    if (!rows.isEmpty()) {
        const QDate first = std::min(rows.first().date, rows.last().date);
        const QDate last = std::max(rows.first().date, rows.last().date);
        Result<PainkillerUse::Intakes> intakes = PainkillerUse::load(m_repository, first, last);
        if (!intakes)
            return intakes.takeError();
        for (const JournalDay& day : std::as_const(rows)) {
            for (const PainEntry& pain : day.pain) {
                if (intakes->covering(pain))
                    underPainkillers.insert(pain.id);
            }
        }
    }
    m_days->setDays(std::move(rows), m_unit, std::move(underPainkillers));
    fitColumns();
    updateRangeLabel();
    followFilter();
    return {};
}

void JournalPage::followFilter()
{
    // The summary counts what the filter shows; a filter that matches nothing says so.
    int logged = 0;
    int runs = 0;
    int painDays = 0;
    double metres = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const JournalDay* day = m_days->dayFromIndex(m_filter->mapToSource(m_filter->index(row, 0)));
        if (!day || (!day->log && day->runs.isEmpty() && day->pain.isEmpty() && day->routines.isEmpty()))
            continue;
        ++logged;
        runs += int(day->runs.size());
        painDays += day->pain.isEmpty() ? 0 : 1;
        metres += day->distanceM();
    }
    const JournalDayFilter::Show show = m_filter->show();
    QString summary;
    if (show != JournalDayFilter::Show::AllDays && m_filter->rowCount() == 0)
        summary = JournalDayFilter::noneText(show);
    else if (logged == 0)
        summary = tr("Nothing logged in this period.");
    else
        summary = tr("%1 · %2, %3 · %4")
                      .arg(tr("%n days logged", nullptr, logged), tr("%n runs", nullptr, runs),
                          Units::distance(metres, m_unit), tr("%n days with pain", nullptr, painDays));
    if (show != JournalDayFilter::Show::AllDays && m_filter->rowCount() > 0)
        summary = tr("%1 only: %2").arg(JournalDayFilter::label(show), summary);
    m_summary->setText(summary);

    // The chosen day stays chosen while the filter shows it; otherwise the first day shown is.
    QModelIndex index = m_filter->mapFromSource(m_days->indexFromDate(m_selected));
    if (!index.isValid() && m_filter->rowCount() > 0) {
        index = m_filter->index(0, 0);
        if (const JournalDay* day = m_days->dayFromIndex(m_filter->mapToSource(index)))
            m_selected = day->date;
    }
    if (index.isValid())
        m_table->setCurrentIndex(index);
    updateDayPanel();
}

void JournalPage::updateRangeLabel()
{
    const QLocale locale;
    const DateRange range = visibleRange();
    switch (m_period) {
    case Period::Week:
        m_rangeLabel->setText(
            tr("Week of %1").arg(locale.toString(range.from, QStringLiteral("d MMM yyyy"))));
        break;
    case Period::Month:
        m_rangeLabel->setText(locale.toString(range.from, QStringLiteral("MMMM yyyy")));
        break;
    case Period::All:
        m_rangeLabel->setText(tr("Every day logged"));
        break;
    }
}

void JournalPage::updateDayPanel()
{
    if (m_filter->rowCount() == 0 && m_filter->show() != JournalDayFilter::Show::AllDays) {
        m_entries->setDay(JournalDay {}, m_unit, std::nullopt);
        m_dayTitle->setText(tr("No day shown: choose “All days” under Show to see every day."));
        return;
    }
    const JournalDay* day = m_days->dayFromIndex(m_days->indexFromDate(m_selected));
    JournalDay shown;
    shown.date = m_selected;
    Result<std::optional<CheckIn>> checkIn = CheckInStore(m_repository.database()).on(m_selected);
    // A session that did a physical therapist's exercise names it: only then are they read.
    ExerciseCatalog catalog;
    const bool therapists = day && std::any_of(day->routines.cbegin(), day->routines.cend(), [](const RoutineSession& r) {
        return std::any_of(r.exercises.cbegin(), r.exercises.cend(),
            [](const ExerciseDone& done) { return done.exercise.startsWith(QLatin1String("pt-")); });
    });
    if (therapists) {
        if (Result<QList<CustomExercise>> custom = CustomExerciseStore(m_repository.database()).all())
            catalog = ExerciseCatalog(*custom);
    }
    QList<Clearance> clearances;
    if (Result<QList<Clearance>> all = ClearanceStore(m_repository.database()).all()) {
        for (const Clearance& clearance : *all) {
            if (clearance.date == m_selected)
                clearances.append(clearance);
        }
    }
    // The day's painkillers, and those of the days before whose hours may reach into it.
    PainkillerUse::Intakes intakes;
    if (Result<PainkillerUse::Intakes> loaded = PainkillerUse::load(m_repository, m_selected, m_selected))
        intakes = std::move(*loaded);
    m_entries->setDay(
        day ? *day : shown, m_unit, checkIn ? *checkIn : std::nullopt, catalog, clearances, intakes.taken, intakes.windows);
    const int count = m_entries->rowCount();
    const QString entries = count == 0 ? tr("nothing logged")
        : count == 1                   ? tr("1 entry")
                                       : tr("%1 entries").arg(count);
    m_dayTitle->setText(tr("%1 — %2. Enter opens an entry, Delete removes it.")
                            .arg(QLocale().toString(m_selected, QLocale::LongFormat), entries));
}

void JournalPage::setPeriod(Period period)
{
    m_period = period;
    const int index = m_periodCombo->findData(int(period));
    if (index != m_periodCombo->currentIndex())
        m_periodCombo->setCurrentIndex(index);
    (void)reload();
}

void JournalPage::step(int direction)
{
    if (m_period == Period::All)
        return;
    m_anchor = m_period == Period::Week ? m_anchor.addDays(7 * direction) : m_anchor.addMonths(direction);
    const DateRange range = visibleRange();
    m_selected = direction < 0 ? range.to : range.from;
    (void)reload();
}

void JournalPage::showDate(const QDate& date)
{
    if (!date.isValid())
        return;
    m_anchor = date;
    m_selected = date;
    (void)reload();
    m_table->scrollTo(m_table->currentIndex());
}

bool JournalPage::showsWelcome() const
{
    return m_welcome && m_stack->currentWidget() == m_welcome;
}

void JournalPage::setWelcomeActions(QAction* newRun, QAction* newPain, QAction* importFiles)
{
    m_welcomeActions = {newRun, newPain, importFiles};
}

QDate JournalPage::selectedDate() const
{
    return m_selected;
}

std::optional<EntryRef> JournalPage::selectedEntry() const
{
    return m_entries->entryFromIndex(m_entryList->currentIndex());
}

} // namespace backstride
