#pragma once

#include "AnalysisThresholds.h"
#include "CheckIn.h"
#include "DateRange.h"
#include "PainEntry.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace backstride {

class JournalRepository;

// What changed over a period, the way a physical therapist measures it: the patient-specific
// function score (each activity against its own first rating, and the mean), the latest global
// rating of change, and pain at the start against the end. Each change is latest minus first and
// is marked where it passes the thresholds (AnalysisThresholds: function_* and pain_meaningful_*,
// with their sources).
struct Outcomes
{
    struct Point
    {
        QDate date;
        double value = 0;
    };
    struct Activity
    {
        QString name;
        Point first;
        Point latest;
        double change = 0;
        bool beyondNoise = false;
    };
    DateRange period;
    std::optional<Point> functionFirst;
    std::optional<Point> functionLatest;
    std::optional<double> functionChange; // with two check-ins or more
    bool functionBeyondNoise = false;
    bool functionMeaningful = false;
    QList<Activity> activities; // in the order they were first named
    std::optional<Point> globalChange; // the latest rating given
    int painDays = 0; // how many days at each end of the period the pain means cover
    AnalysisThresholds thresholds; // the ones the changes were marked by
    std::optional<double> painFirstWeeks; // mean of the pain entries in the period's first days
    std::optional<double> painLastWeeks;
    std::optional<double> painChange;
    bool painMeaningful = false;

    static Outcomes compute(const QList<CheckIn>& checkIns, const QList<PainEntry>& pain,
        const DateRange& period, const AnalysisThresholds& thresholds);
    static Result<Outcomes> load(JournalRepository& repository, const DateRange& period);
    // As `backstride outcomes --json` prints it (INTERFACES.md), nulls where there is too little data.
    QJsonObject toJson() const;
};

} // namespace backstride
