#include "TrendsPage.h"

#include "Rules.h"

#include "BodyMapWidget.h"
#include "ChartSaving.h"
#include "Clock.h"
#include "FormFields.h"
#include "FunctionChart.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "PainReachChart.h"
#include "RelationshipCharts.h"
#include "Rules.h"
#include "Vocabulary.h"
#include "WeeklyTrendChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace backstride {

TrendsPage::TrendsPage(JournalRepository& repository, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_repository(repository), m_clock(clock)
{
    setObjectName(QStringLiteral("trendsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* rangeLabel = new QLabel(tr("&Range:"), this);
    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    rangeLabel->setBuddy(m_rangeCombo);
    m_rangeCombo->addItem(tr("Last 4 weeks"), int(Range::Weeks4));
    m_rangeCombo->addItem(tr("Last 12 weeks"), int(Range::Weeks12));
    m_rangeCombo->addItem(tr("Last 26 weeks"), int(Range::Weeks26));
    m_rangeCombo->addItem(tr("Last 52 weeks"), int(Range::Weeks52));
    m_rangeCombo->addItem(tr("Everything"), int(Range::All));
    m_rangeCombo->addItem(tr("Custom dates"), int(Range::Custom));
    m_rangeCombo->setCurrentIndex(1);
    m_from = new QDateEdit(clock.today().addDays(-83), this);
    m_to = new QDateEdit(clock.today(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(FormFields::dateFormat());
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    bar->addWidget(rangeLabel);
    bar->addWidget(m_rangeCombo);
    bar->addWidget(new QLabel(tr("from"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    // Every chart's text alternative: the plotted numbers as a table, for a screen reader or
    // anyone who wants the figures (Alt+T).
    m_showTable = new QCheckBox(tr("Show as &table"), this);
    m_showTable->setObjectName(QStringLiteral("showAsTable"));
    bar->addSpacing(12);
    bar->addWidget(m_showTable);
    bar->addSpacing(12);
    bar->addStretch();
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("trendSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("trendViews"));
    m_weekly = new WeeklyTrendChart(m_views);
    m_views->addTab(m_weekly, tr("&Weekly trend"));
    m_relationships = new RelationshipCharts(m_views);
    m_views->addTab(m_relationships, tr("&Relationships"));
    auto* heat = new QWidget(m_views);
    auto* heatLayout = new QVBoxLayout(heat);
    m_heatCaption = new QLabel(heat);
    m_heatCaption->setObjectName(QStringLiteral("heatCaption"));
    m_heatCaption->setWordWrap(true);
    heatLayout->addWidget(m_heatCaption);
    // Split in two, the maps show where the pain was in the first half of the range and where in
    // the second: which way it moved.
    m_splitHeat = new QCheckBox(tr("Compare the &first and second half of the range"), heat);
    m_splitHeat->setObjectName(QStringLiteral("splitHeatMap"));
    heatLayout->addWidget(m_splitHeat);
    auto* maps = new QGridLayout;
    for (QLabel** title : {&m_heatTitle, &m_laterHeatTitle}) {
        *title = new QLabel(heat);
        QFont bold = (*title)->font();
        bold.setBold(true);
        (*title)->setFont(bold);
        (*title)->setAlignment(Qt::AlignCenter);
        (*title)->setObjectName(title == &m_heatTitle ? QStringLiteral("heatTitle") : QStringLiteral("laterHeatTitle"));
        (*title)->hide();
    }
    m_heatMap = new BodyMapWidget(heat);
    m_heatMap->setObjectName(QStringLiteral("heatMap"));
    m_heatMap->setMode(BodyMapWidget::Mode::HeatMap);
    m_laterHeatMap = new BodyMapWidget(heat);
    m_laterHeatMap->setObjectName(QStringLiteral("laterHeatMap"));
    m_laterHeatMap->setMode(BodyMapWidget::Mode::HeatMap);
    m_laterHeatMap->hide();
    maps->addWidget(m_heatTitle, 0, 0);
    maps->addWidget(m_laterHeatTitle, 0, 1);
    maps->addWidget(m_heatMap, 1, 0);
    maps->addWidget(m_laterHeatMap, 1, 1);
    maps->setRowStretch(1, 1);
    heatLayout->addLayout(maps, 1);
    ChartSaving::addSaveActions(m_heatMap, this, QStringLiteral("pain-body-map"));
    ChartSaving::addSaveActions(m_laterHeatMap, this, QStringLiteral("pain-body-map-later"));
    connect(m_splitHeat, &QCheckBox::toggled, this, [this] { updateHeatMap(); });
    m_views->addTab(heat, tr("&Body map"));
    m_reach = new PainReachChart(m_views);
    m_views->addTab(m_reach, tr("Pain's r&each"));
    m_function = new FunctionChart(m_views);
    m_views->addTab(m_function, tr("&Function"));
    layout->addWidget(m_views, 1);

    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this,
        [this] { setRange(static_cast<Range>(m_rangeCombo->currentData().toInt())); });
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_range == Range::Custom)
                (void)reload();
        });
    }
    connect(m_weekly, &WeeklyTrendChart::weekActivated, this, &TrendsPage::weekActivated);
    connect(m_views, &QTabWidget::currentChanged, this, &TrendsPage::updateView);
    connect(m_showTable, &QCheckBox::toggled, this, [this](bool table) {
        m_weekly->setShowTable(table);
        m_relationships->setShowTable(table);
        m_reach->setShowTable(table);
        m_function->setShowTable(table);
    });
}

void TrendsPage::setRange(Range range)
{
    m_range = range;
    const int index = m_rangeCombo->findData(int(range));
    if (index != m_rangeCombo->currentIndex()) {
        QSignalBlocker block(m_rangeCombo);
        m_rangeCombo->setCurrentIndex(index);
    }
    m_from->setEnabled(range == Range::Custom);
    m_to->setEnabled(range == Range::Custom);
    (void)reload();
}

void TrendsPage::showView(View view)
{
    m_views->setCurrentIndex(static_cast<int>(view));
}

void TrendsPage::setWeekActivated(std::function<void(const QDate& weekStart)> activated)
{
    connect(this, &TrendsPage::weekActivated, this, std::move(activated));
}

void TrendsPage::setCustomRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    setRange(Range::Custom);
}

DateRange TrendsPage::currentRange() const
{
    const Result<std::optional<QString>> setting = m_repository.setting(JournalSettings::weekStart);
    const Qt::DayOfWeek weekStart
        = WeeklySeries::dayFromSetting(setting ? setting->value_or(QString()) : QString());
    const QDate today = m_clock.today();
    switch (m_range) {
    case Range::Weeks4:
        return TrendData::lastWeeks(today, 4, weekStart);
    case Range::Weeks12:
        return TrendData::lastWeeks(today, 12, weekStart);
    case Range::Weeks26:
        return TrendData::lastWeeks(today, 26, weekStart);
    case Range::Weeks52:
        return TrendData::lastWeeks(today, 52, weekStart);
    case Range::All: {
        const Result<DateRange> span = m_repository.span();
        if (span && span->from.isValid())
            return DateRange {span->from, std::max(span->to, today)};
        return TrendData::lastWeeks(today, 12, weekStart);
    }
    case Range::Custom:
        return DateRange {std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date())};
    }
    return {};
}

Status TrendsPage::reload()
{
    Result<TrendData> data = TrendData::load(m_repository, currentRange(), m_clock.today());
    if (!data)
        return data.takeError();
    m_data = std::move(*data);
    // Only the view on screen is drawn now; the others when the runner turns to them.
    m_stale = {true, true, true, true, true};
    updateView(m_views->currentIndex());
    // The fields show the period the header names, whatever chose it.
    if (m_range != Range::Custom) {
        for (auto [edit, date] : {std::pair {m_from, m_data.range.from}, std::pair {m_to, m_data.range.to}}) {
            const QSignalBlocker quiet(edit);
            edit->setDate(date);
        }
    }
    double metres = 0;
    int runs = 0;
    for (const WeekTotals& week : m_data.weeks.weeks()) {
        metres += week.distanceM;
        runs += week.runs;
    }
    m_summary->setText(
        tr("%1 weeks, %2 · %3 in %4 runs · %5 pain entries · %6 weeks flagged (shaded; hover a "
           "week for why)")
            .arg(m_data.weeks.weeks().size())
            .arg(EvidenceText::periodInSentence(m_data.range.from, m_data.range.to),
                Units::distance(metres, m_data.unit))
            .arg(runs)
            .arg(m_data.painEntries)
            .arg(m_data.markedWeeks.size()));
    return {};
}

void TrendsPage::updateView(int index)
{
    if (index < 0 || index >= int(m_stale.size()) || !m_stale[index])
        return;
    m_stale[index] = false;
    switch (index) {
    case 0:
        m_weekly->setData(m_data);
        break;
    case 1:
        m_relationships->setData(m_data);
        break;
    case 2:
        updateHeatMap();
        break;
    case 3:
        m_reach->setData(m_data);
        break;
    default:
        m_function->setData(m_data);
    }
}

void TrendsPage::updateHeatMap()
{
    const bool split = m_splitHeat->isChecked();
    // One scale for both halves, so the same darkness means the same count on either map.
    int most = 0;
    for (const QMap<QString, int>* counts :
        {&m_data.siteEntries, &m_data.siteEntriesFirstHalf, &m_data.siteEntriesSecondHalf}) {
        if (split == (counts != &m_data.siteEntries)) {
            for (int count : *counts)
                most = std::max(most, count);
        }
    }
    auto show = [this, most](BodyMapWidget* map, const QMap<QString, int>& counts, const QString& name) {
        QMap<QString, double> share;
        QMap<QString, QString> tips;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            share.insert(it.key(), most > 0 ? double(it.value()) / most : 0);
            const QString site = Vocabulary::label(VocabularyKind::Site, it.key());
            tips.insert(it.key(),
                &counts == &m_data.siteEntries ? tr("%1: %2 pain entries on %3 days")
                                                     .arg(site)
                                                     .arg(it.value())
                                                     .arg(m_data.siteDays.value(it.key()))
                                               : tr("%1: %2 pain entries").arg(site).arg(it.value()));
        }
        map->setHeat(share, tips);
        map->setAccessibleName(name);
    };
    if (split) {
        show(m_heatMap, m_data.siteEntriesFirstHalf, tr("Where it hurt, first half"));
        show(m_laterHeatMap, m_data.siteEntriesSecondHalf, tr("Where it hurt, second half"));
    } else {
        show(m_heatMap, m_data.siteEntries, tr("Where it hurt"));
    }
    m_laterHeatMap->setVisible(split);
    m_heatTitle->setVisible(split);
    m_laterHeatTitle->setVisible(split);

    auto mostOften = [](const QMap<QString, int>& counts) {
        QList<std::pair<int, QString>> ranked;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            ranked.append({it.value(), it.key()});
        std::stable_sort(
            ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        QStringList top;
        for (const auto& [count, site] : ranked.mid(0, 4))
            top.append(tr("%1 (%2)").arg(Vocabulary::label(VocabularyKind::Site, site)).arg(count));
        return top.join(QLatin1String(", "));
    };
    auto period = [](const DateRange& range) { return EvidenceText::periodInSentence(range.from, range.to); };
    m_heatTitle->setText(tr("First half: %1").arg(period(m_data.firstHalf)));
    m_laterHeatTitle->setText(tr("Second half: %1").arg(period(m_data.secondHalf)));
    if (m_data.painEntries == 0)
        m_heatCaption->setText(tr("No pain logged in this range."));
    else if (split)
        m_heatCaption->setText(
            tr("Where it hurt, the darker the more often (one scale for both). First half, %1: %2. Second "
               "half, %3: %4.")
                .arg(period(m_data.firstHalf),
                    m_data.siteEntriesFirstHalf.isEmpty() ? tr("no pain logged")
                                                          : mostOften(m_data.siteEntriesFirstHalf),
                    period(m_data.secondHalf),
                    m_data.siteEntriesSecondHalf.isEmpty() ? tr("no pain logged")
                                                           : mostOften(m_data.siteEntriesSecondHalf)));
    else
        m_heatCaption->setText(
            tr("<b>Where it hurt</b>, from %1 pain entries: the darker, the more often. Most "
               "often: %2.")
                .arg(m_data.painEntries)
                .arg(mostOften(m_data.siteEntries)));
}

} // namespace backstride
