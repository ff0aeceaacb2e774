#include "Outcomes.h"

#include "CheckInStore.h"
#include "JournalRepository.h"

#include <QJsonArray>

#include <cmath>

namespace backstride {
namespace {

// Two decimals for people to read, as the weekly series rounds.
double rounded(double value)
{
    return std::round(value * 100) / 100;
}

QJsonValue point(const std::optional<Outcomes::Point>& point)
{
    if (!point)
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("date"), point->date.toString(Qt::ISODate)},
        {QStringLiteral("value"), rounded(point->value)}};
}

QJsonValue optional(const std::optional<double>& value)
{
    return value ? QJsonValue(rounded(*value)) : QJsonValue(QJsonValue::Null);
}

std::optional<double> meanPain(const QList<PainEntry>& pain, const DateRange& days)
{
    int sum = 0;
    int count = 0;
    for (const PainEntry& entry : pain) {
        if (days.contains(entry.date)) {
            sum += entry.intensity;
            ++count;
        }
    }
    return count > 0 ? std::optional<double>(double(sum) / count) : std::nullopt;
}

} // namespace

Outcomes Outcomes::compute(const QList<CheckIn>& checkIns, const QList<PainEntry>& pain,
    const DateRange& period, const AnalysisThresholds& t)
{
    Outcomes outcomes;
    outcomes.period = period;
    QList<const CheckIn*> rated;
    for (const CheckIn& checkIn : checkIns) {
        if (period.contains(checkIn.date) && checkIn.meanScore())
            rated.append(&checkIn);
    }
    if (!rated.isEmpty()) {
        outcomes.functionFirst = Point {rated.first()->date, *rated.first()->meanScore()};
        outcomes.functionLatest = Point {rated.last()->date, *rated.last()->meanScore()};
    }
    if (rated.size() >= 2) {
        const double change = outcomes.functionLatest->value - outcomes.functionFirst->value;
        outcomes.functionChange = change;
        // A hair of rounding must not move a change of exactly 2.0 below the line.
        outcomes.functionBeyondNoise = std::abs(change) >= t.functionNoiseMean - 1e-9;
        outcomes.functionMeaningful = std::abs(change) >= t.functionMeaningfulMean - 1e-9;
    }
    // Each activity against its own first rating: one retired or added midway is still compared.
    for (const CheckIn* checkIn : std::as_const(rated)) {
        for (const ActivityRating& rating : checkIn->activities) {
            auto found = std::find_if(
                outcomes.activities.begin(), outcomes.activities.end(), [&rating](const Activity& activity) {
                    return activity.name.compare(rating.name, Qt::CaseInsensitive) == 0;
                });
            const Point here {checkIn->date, double(rating.score)};
            if (found == outcomes.activities.end())
                outcomes.activities.append(Activity {rating.name, here, here, 0, false});
            else
                found->latest = here;
        }
    }
    for (Activity& activity : outcomes.activities) {
        activity.change = activity.latest.value - activity.first.value;
        activity.beyondNoise = std::abs(activity.change) >= t.functionNoiseActivity - 1e-9;
    }
    for (auto it = checkIns.crbegin(); it != checkIns.crend(); ++it) {
        if (period.contains(it->date) && it->globalChange) {
            outcomes.globalChange = Point {it->date, double(*it->globalChange)};
            break;
        }
    }
    outcomes.painDays = t.outcomePainDays;
    outcomes.thresholds = t;
    const DateRange firstDays {period.from, period.from.addDays(t.outcomePainDays - 1)};
    const DateRange lastDays {period.to.addDays(1 - t.outcomePainDays), period.to};
    outcomes.painFirstWeeks = meanPain(pain, firstDays);
    outcomes.painLastWeeks = meanPain(pain, lastDays);
    if (outcomes.painFirstWeeks && outcomes.painLastWeeks && period.days() > t.outcomePainDays) {
        const double change = *outcomes.painLastWeeks - *outcomes.painFirstWeeks;
        outcomes.painChange = change;
        outcomes.painMeaningful = std::abs(change) >= t.painMeaningfulPoints - 1e-9
            || (*outcomes.painFirstWeeks > 0
                && std::abs(change) / *outcomes.painFirstWeeks >= t.painMeaningfulPercent / 100 - 1e-9);
    }
    return outcomes;
}

Result<Outcomes> Outcomes::load(JournalRepository& repository, const DateRange& period)
{
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return settings.takeError();
    Result<QList<CheckIn>> checkIns = CheckInStore(repository.database()).checkIns(period);
    if (!checkIns)
        return checkIns.takeError();
    Result<QList<PainEntry>> pain = repository.painEntries(period);
    if (!pain)
        return pain.takeError();
    return compute(*checkIns, *pain, period, AnalysisThresholds::fromSettings(*settings));
}

QJsonObject Outcomes::toJson() const
{
    QJsonArray activityArray;
    for (const Activity& activity : activities) {
        activityArray.append(QJsonObject {{QStringLiteral("name"), activity.name},
            {QStringLiteral("first"), rounded(activity.first.value)},
            {QStringLiteral("first_date"), activity.first.date.toString(Qt::ISODate)},
            {QStringLiteral("latest"), rounded(activity.latest.value)},
            {QStringLiteral("latest_date"), activity.latest.date.toString(Qt::ISODate)},
            {QStringLiteral("change"), rounded(activity.change)},
            {QStringLiteral("beyond_noise"), activity.beyondNoise}});
    }
    auto mean = [](const std::optional<Point>& p) -> QJsonValue {
        if (!p)
            return QJsonValue::Null;
        return QJsonObject {{QStringLiteral("date"), p->date.toString(Qt::ISODate)},
            {QStringLiteral("mean"), rounded(p->value)}};
    };
    const bool compared = functionChange.has_value();
    QJsonObject function {{QStringLiteral("first"), mean(functionFirst)},
        {QStringLiteral("latest"), mean(functionLatest)},
        {QStringLiteral("change"), optional(functionChange)},
        {QStringLiteral("beyond_noise"),
            compared ? QJsonValue(functionBeyondNoise) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("meaningful"),
            compared ? QJsonValue(functionMeaningful) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("activities"), activityArray}};
    QJsonObject painObject {{QStringLiteral("first_weeks_mean"), optional(painFirstWeeks)},
        {QStringLiteral("last_weeks_mean"), optional(painLastWeeks)},
        {QStringLiteral("change"), optional(painChange)},
        {QStringLiteral("meaningful"),
            painChange ? QJsonValue(painMeaningful) : QJsonValue(QJsonValue::Null)}};
    return QJsonObject {{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), period.to.toString(Qt::ISODate)}, {QStringLiteral("function"), function},
        {QStringLiteral("global_change"), point(globalChange)}, {QStringLiteral("pain"), painObject}};
}

} // namespace backstride
