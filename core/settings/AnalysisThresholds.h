#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace backstride {

// Every number the pattern engine compares against. The defaults live in one table
// (AnalysisThresholds.cpp); each can be overridden per journal through its setting key
// (`flags.<name>`), so a physical therapist's advice can tune the rules without a new build.
struct AnalysisThresholds
{
    int lookbackDays = 0; // the window most flags look at
    int redFlagDays = 0;
    int recentPainDays = 0; // "recent pain" for the self-care and muscular rules
    int painLevel = 0; // pain at or above this counts as real pain for ramps and persistence
    int severePain = 0;
    int persistentPainDays = 0; // days with pain per week
    double persistentImprovement = 0; // pain points the later week must have dropped by
    double rampWeekPercent = 0;
    double rampTwoWeekPercent = 0;
    double rampMinBaseKm = 0;
    int rampPainFollowDays = 0;
    int chronicWeeks = 0;
    double acuteChronicRatio = 0;
    double chronicMinBaseKm = 0;
    double longSittingHours = 0;
    int sittingRunsWithPain = 0;
    double sittingPainRateFactor = 0;
    int gluteWindowDays = 0;
    int gluteMinRuns = 0;
    int runningThroughPain = 0;
    int duringRunPain = 0;
    int noCoreDays = 0;
    double correlationMinRho = 0;
    int correlationWindowDays = 0;
    int sittingCorrelationMinDays = 0;
    int mileageCorrelationMinWeeks = 0;
    double factorMaxQ = 0; // the factor engine (FactorEngine.h)
    int factorPermutations = 0;
    int factorMinRuns = 0;
    int factorMinGroup = 0;
    int hardEffort = 0;
    int planGoodPain = 0; // the return-to-run plan (ReturnPlan.h)
    int planCeilingPain = 0;
    int planGoodInARow = 0;
    int planHoldsToRefer = 0;
    int planRestDays = 0;
    double planStage6Percent = 0;
    double planStage7Percent = 0;
    double planStage8Percent = 0;
    int planClearDays = 0;
    int programmeFlareDays = 0; // the exercise programme (core/programme)
    int programmeRecentDays = 0;
    int programmeWorseMorning = 0;
    int programmeCorePerWeek = 0;
    int programmeSettlingCorePerWeek = 0;
    int extentWindowDays = 0; // where the pain reaches: each of the two windows compared
    int extentMinEntries = 0;
    double extentChangeLevels = 0;
    int extentNewDistalDays = 0;
    int extentDistalClearDays = 0;
    double functionNoiseMean = 0; // weekly check-ins and outcomes
    double functionNoiseActivity = 0;
    double functionMeaningfulMean = 0;
    double painMeaningfulPoints = 0;
    double painMeaningfulPercent = 0;
    int outcomePainDays = 0;
    int functionFlagDays = 0;
    int painkillerHoursNsaid = 0; // painkillers (core/journal/Medication.h): each class's action window
    int painkillerHoursParacetamol = 0;
    int painkillerHoursOpioid = 0;
    int painkillerHoursMuscleRelaxant = 0;
    int painkillerHoursNeuropathic = 0;
    int painkillerHoursTopical = 0;
    int painkillerHoursOther = 0;
    int regularPainkillerDays = 0; // the regular-painkillers flag: days with any intake …
    int regularPainkillerWindow = 0; // … of these last days

    static AnalysisThresholds defaults();
    // Defaults with every valid `flags.*` setting applied (invalid ones are ignored: the settings
    // import and the settings dialog refuse them before they are stored).
    static AnalysisThresholds fromSettings(const QMap<QString, QString>& settings);

    struct Definition
    {
        QString key; // setting key, "flags.lookback_days"
        double defaultValue;
        double minimum;
        double maximum;
        bool whole; // an integer count of days, entries or points
        const char* description; // untranslated; QT_TRANSLATE_NOOP("AnalysisThresholds", ...)
    };
    static const QList<Definition>& definitions();
};

} // namespace backstride
