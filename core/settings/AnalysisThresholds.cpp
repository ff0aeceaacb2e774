#include "AnalysisThresholds.h"

#include <QtGlobal>

#include <variant>

namespace backstride {
namespace {

using Member = std::variant<int AnalysisThresholds::*, double AnalysisThresholds::*>;

struct Row
{
    const char* name;
    Member member;
    double defaultValue;
    double minimum;
    double maximum;
    const char* description;
};

// The pattern engine's defaults. They follow the pattern-engine issue and DESIGN.md; the
// ramp and load numbers are the common coaching rules of thumb (10 % a week, a 7-day load no
// more than 1.5 times the recent weekly mean).
// clang-format off
const Row kRows[] = {
    {"lookback_days", &AnalysisThresholds::lookbackDays, 28, 7, 365,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days most flags look back over")},
    {"red_flag_days", &AnalysisThresholds::redFlagDays, 14, 1, 365,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days a warning-sign answer stays flagged")},
    {"recent_pain_days", &AnalysisThresholds::recentPainDays, 14, 1, 365,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days that count as recent pain for the self-care flags")},
    {"pain_level", &AnalysisThresholds::painLevel, 3, 1, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Pain (0-10) at or above which a day counts as a pain day")},
    {"severe_pain", &AnalysisThresholds::severePain, 7, 1, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Pain (0-10) at or above which pain is severe")},
    {"persistent_pain_days", &AnalysisThresholds::persistentPainDays, 3, 1, 7,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Pain days in each of the last two weeks that make pain persistent")},
    {"persistent_improvement", &AnalysisThresholds::persistentImprovement, 1, 0, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Drop in mean pain (points) that counts as getting better")},
    {"ramp_week_percent", &AnalysisThresholds::rampWeekPercent, 10, 1, 200,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Weekly distance increase (%) on the week before that is a ramp")},
    {"ramp_two_week_percent", &AnalysisThresholds::rampTwoWeekPercent, 30, 1, 300,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Weekly distance increase (%) on two weeks before that is a ramp")},
    {"ramp_min_base_km", &AnalysisThresholds::rampMinBaseKm, 10, 0, 500,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Smallest weekly distance (km) a ramp is measured from")},
    {"ramp_pain_follow_days", &AnalysisThresholds::rampPainFollowDays, 14, 1, 60,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days after a ramp week in which pain counts as following it")},
    {"chronic_weeks", &AnalysisThresholds::chronicWeeks, 3, 2, 8,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Weeks before the last 7 days that make the usual (chronic) load")},
    {"acute_chronic_ratio", &AnalysisThresholds::acuteChronicRatio, 1.5, 1, 5,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Last 7 days' distance over the usual weekly distance that is too much")},
    {"chronic_min_base_km", &AnalysisThresholds::chronicMinBaseKm, 10, 0, 500,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Smallest usual weekly distance (km) the load ratio is measured on")},
    {"long_sitting_hours", &AnalysisThresholds::longSittingHours, 6, 1, 24,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Sitting hours at or above which a day is a long desk day")},
    {"sitting_runs_with_pain", &AnalysisThresholds::sittingRunsWithPain, 2, 1, 50,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Runs after long desk days followed by pain that raise the flag")},
    {"sitting_pain_rate_factor", &AnalysisThresholds::sittingPainRateFactor, 2, 1, 20,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "How many times likelier pain after desk-day runs raises the flag")},
    {"glute_window_days", &AnalysisThresholds::gluteWindowDays, 14, 1, 90,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days looked at for runs without a glute warm-up")},
    {"glute_min_runs", &AnalysisThresholds::gluteMinRuns, 2, 1, 50,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Desk-day runs without a glute warm-up that raise the flag")},
    {"running_through_pain", &AnalysisThresholds::runningThroughPain, 5, 1, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Pain (0-10) on the day or the day before a run that means running through pain")},
    {"during_run_pain", &AnalysisThresholds::duringRunPain, 5, 0, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Pain during a run above this means running through pain")},
    {"no_core_days", &AnalysisThresholds::noCoreDays, 7, 1, 90,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days without core work, while in pain, that raise the flag")},
    // The factor engine (FactorEngine.h). A link is told to the runner only when it survives the
    // false-discovery rate of Benjamini & Hochberg (1995, J R Stat Soc B 57:289) at 10 % over every
    // factor tested that day, with permutation p-values from at least 2,000 shuffles (Phipson &
    // Smyth 2010, Stat Appl Genet Mol Biol 9:39: enough to resolve p = 0.001), and is at least a
    // "medium" correlation (Cohen 1988, Statistical Power Analysis, r = 0.3): smaller links,
    // even when real, are too weak to act on.
    {"correlation_min_rho", &AnalysisThresholds::correlationMinRho, 0.3, 0.1, 1,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Smallest Spearman correlation a link to pain is told at")},
    {"factor_max_q", &AnalysisThresholds::factorMaxQ, 0.10, 0.001, 0.5,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "False-discovery rate (q) at or below which a link to pain counts")},
    {"factor_permutations", &AnalysisThresholds::factorPermutations, 2000, 2000, 100000,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Shuffles behind each test of chance")},
    {"correlation_window_days", &AnalysisThresholds::correlationWindowDays, 84, 14, 3650,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days the links to pain are looked for in")},
    {"sitting_correlation_min_days", &AnalysisThresholds::sittingCorrelationMinDays, 14, 5, 3650,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days (with sitting hours, or with and without self-care) needed before a daily link is tested")},
    {"mileage_correlation_min_weeks", &AnalysisThresholds::mileageCorrelationMinWeeks, 6, 3, 520,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Whole weeks needed before the weekly-distance link is tested")},
    {"factor_min_runs", &AnalysisThresholds::factorMinRuns, 12, 5, 1000,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Runs needed before a link between a kind of run and pain is tested")},
    // Two groups are compared only with at least five in each: the smallest group in which a mean
    // means anything, the usual rule for expected counts (Cochran 1954, Biometrics 10:417).
    {"factor_min_group", &AnalysisThresholds::factorMinGroup, 5, 2, 100,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days or runs needed on each side (with and without) of a comparison")},
    // Effort 7 of 10 is "very hard" on Borg's CR-10 scale as used for session RPE (Foster et al.
    // 2001, J Strength Cond Res 15:109).
    {"hard_effort", &AnalysisThresholds::hardEffort, 7, 1, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Effort (1-10) at or above which a run is hard")},
    // The return-to-run plan (ReturnPlan.h). Pain during and after a session up to 3/10 is the
    // "safe" zone to advance in (University of Wisconsin return-to-run protocol, Heiderscheit);
    // above 5/10 is too much (pain-monitoring model, Thomeé 1997, Phys Ther 77:1690; Silbernagel
    // et al. 2007, Am J Sports Med 35:897). Each stage done well twice before the next (2023
    // military trial protocol, BMC Trials, doi 10.1186/s13063-023-07502-x); a setback means a few
    // days off and one stage back (Herring's interval running programme). Volume stages at 40, 55
    // and 80 % of the former weekly distance (Ohio State Wexner "Return to Running": hills and
    // speed from 50-60 %, normal training at 75-80 %).
    {"plan_good_pain", &AnalysisThresholds::planGoodPain, 3, 0, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Pain (0-10) during or after a return-to-run session at or below which it went well")},
    {"plan_ceiling_pain", &AnalysisThresholds::planCeilingPain, 5, 1, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Pain (0-10) above which a return-to-run session means a step back")},
    {"plan_good_in_a_row", &AnalysisThresholds::planGoodInARow, 2, 1, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Good sessions in a row that move the return-to-run plan up a stage")},
    {"plan_holds_to_refer", &AnalysisThresholds::planHoldsToRefer, 4, 2, 20,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Times a stage is held before a professional should look")},
    {"plan_rest_days", &AnalysisThresholds::planRestDays, 2, 1, 14,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Rest days advised after a step back")},
    {"plan_stage6_percent", &AnalysisThresholds::planStage6Percent, 40, 10, 100,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Weekly distance of the first volume stage (% of the former weekly distance)")},
    {"plan_stage7_percent", &AnalysisThresholds::planStage7Percent, 55, 10, 100,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Weekly distance of the second volume stage, hills and speed allowed (%)")},
    {"plan_stage8_percent", &AnalysisThresholds::planStage8Percent, 80, 10, 100,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Weekly distance of the last volume stage, then the plan is complete (%)")},
    // No plan while a warning sign or pain below the knee is this recent: the ASTEROID trial's
    // run-walk programme left out people whose leg pain was worse than their back pain and those
    // with cauda-equina signs (Neason et al. 2024, Br J Sports Med); a fortnight is the window the
    // other red-flag rules look back over.
    {"plan_clear_days", &AnalysisThresholds::planClearDays, 14, 1, 90,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days without a warning sign or pain below the knee before a return-to-run plan is offered")},
    // The exercise programme (core/programme). A flare is the running-through-pain level on any of
    // the last 3 days (the return-to-run plan's ceiling, Thomeé 1997); a fortnight without a pain
    // day is settled, as for the plan's clear days. A morning 2 points worse is the smallest change
    // in 0-10 pain that matters to patients (Ostelo et al. 2008, Spine 33:90). Strengthening two
    // or three times a week, as in the programmes that prevented new episodes (Steffens et al.
    // 2016, JAMA Intern Med 176:199; McGill's daily-to-thrice-weekly "big three", McGill 2007).
    {"programme_flare_days", &AnalysisThresholds::programmeFlareDays, 3, 1, 14,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days looked at for a flare (pain at the running-through-pain level)")},
    {"programme_recent_days", &AnalysisThresholds::programmeRecentDays, 14, 3, 60,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days without a pain day before the exercises move on to strengthening")},
    {"programme_worse_morning", &AnalysisThresholds::programmeWorseMorning, 2, 1, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "How many points worse the next morning steps an exercise back a level")},
    {"programme_core_per_week", &AnalysisThresholds::programmeCorePerWeek, 3, 1, 7,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Core sessions a week once the back has settled")},
    {"programme_settling_core_per_week", &AnalysisThresholds::programmeSettlingCorePerWeek, 2, 0, 7,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Core sessions a week, at level 1, while the back is settling")},
    // Where the pain reaches (PainExtent.h). The windows and the one-level change follow the pain
    // diagrams of the centralisation studies, compared a fortnight apart (Werneke & Hart 2001,
    // Spine 26:758; Donelson et al. 1990, Spine 15:211): a change of one level, e.g. from the
    // thigh to the buttock, is the smallest they grade.
    {"extent_window_days", &AnalysisThresholds::extentWindowDays, 14, 7, 56,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days in each of the two windows whose pain reach is compared")},
    {"extent_min_entries", &AnalysisThresholds::extentMinEntries, 3, 1, 30,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Pain entries on a side needed in each window to compare its reach")},
    {"extent_change_levels", &AnalysisThresholds::extentChangeLevels, 1, 0.5, 5,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Change in the mean reach (levels from low back 0 to foot 5) that counts as moving")},
    {"extent_new_distal_days", &AnalysisThresholds::extentNewDistalDays, 7, 1, 28,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Recent days in which pain newly below the knee is flagged")},
    {"extent_distal_clear_days", &AnalysisThresholds::extentDistalClearDays, 28, 7, 180,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days before those without pain below the knee that make it new")},
    // Function and pain change (weekly check-ins, the report's outcomes). Minimal detectable change
    // of the patient-specific functional scale: 2 points for the mean, 3 for one activity
    // (Stratford et al. 1995, Physiotherapy Canada 47:258); meaningful in chronic low back pain from
    // 1.4 (Maughan & Lewis 2010, Eur Spine J 19:1484). Pain: 2 points or 30 % (Ostelo et al. 2008,
    // Spine 33:90; Farrar et al. 2001, Pain 94:149).
    {"function_noise_mean", &AnalysisThresholds::functionNoiseMean, 2, 0.5, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Change in the mean function score that is more than measurement noise")},
    {"function_noise_activity", &AnalysisThresholds::functionNoiseActivity, 3, 0.5, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Change in one activity's rating that is more than measurement noise")},
    {"function_meaningful_mean", &AnalysisThresholds::functionMeaningfulMean, 1.4, 0.5, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Change in the mean function score that is meaningful to a runner")},
    {"pain_meaningful_points", &AnalysisThresholds::painMeaningfulPoints, 2, 0.5, 10,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Change in mean pain (points) that is meaningful")},
    {"pain_meaningful_percent", &AnalysisThresholds::painMeaningfulPercent, 30, 5, 100,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Change in mean pain (%) that is meaningful")},
    {"outcome_pain_days", &AnalysisThresholds::outcomePainDays, 14, 7, 56,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days at each end of a period whose mean pain is compared")},
    {"function_flag_days", &AnalysisThresholds::functionFlagDays, 28, 14, 180,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days of check-ins the function flags compare")},
    // Painkillers: a pain reading within a class's usual dosing interval after an intake counts as
    // taken under it. Intervals as adult dosing gives them (BNF 2024: ibuprofen and other oral
    // NSAIDs 3 times a day, 8 h; paracetamol and codeine every 4-6 h, 6 h; methocarbamol and
    // other muscle relaxants 3 times a day, 8 h; gabapentin and pregabalin twice a day, 12 h;
    // topical NSAID gels up to 4 times a day, 4 h as the issue set it). The 48 h bound is what
    // PainkillerUse::kReachDays relies on: no window reaches more than two days on.
    {"painkiller_hours_nsaid", &AnalysisThresholds::painkillerHoursNsaid, 8, 1, 48,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Hours after an anti-inflammatory (NSAID) that a pain reading counts as under it")},
    {"painkiller_hours_paracetamol", &AnalysisThresholds::painkillerHoursParacetamol, 6, 1, 48,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Hours after paracetamol that a pain reading counts as under it")},
    {"painkiller_hours_opioid", &AnalysisThresholds::painkillerHoursOpioid, 6, 1, 48,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Hours after an opioid that a pain reading counts as under it")},
    {"painkiller_hours_muscle_relaxant", &AnalysisThresholds::painkillerHoursMuscleRelaxant, 8, 1, 48,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Hours after a muscle relaxant that a pain reading counts as under it")},
    {"painkiller_hours_neuropathic", &AnalysisThresholds::painkillerHoursNeuropathic, 12, 1, 48,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Hours after a medicine for nerve pain that a pain reading counts as under it")},
    {"painkiller_hours_topical", &AnalysisThresholds::painkillerHoursTopical, 4, 1, 48,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Hours after a gel or patch that a pain reading counts as under it")},
    {"painkiller_hours_other", &AnalysisThresholds::painkillerHoursOther, 6, 1, 48,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Hours after any other painkiller that a pain reading counts as under it")},
    // Regular use worth telling a doctor or pharmacist about: NSAIDs at the lowest dose for the
    // shortest time (NICE NG59, 2016); medication overuse counts simple painkillers on 15 or more
    // days a month and opioids on 10 or more (ICHD-3, Cephalalgia 2018 38:1). 10 of 14 days is
    // stricter than both, as a prompt to ask, not a diagnosis.
    {"regular_painkiller_days", &AnalysisThresholds::regularPainkillerDays, 10, 2, 60,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Days with a painkiller that make its use regular")},
    {"regular_painkiller_window", &AnalysisThresholds::regularPainkillerWindow, 14, 7, 90,
     QT_TRANSLATE_NOOP("AnalysisThresholds", "Last days the regular-painkillers flag counts over")},
};
// clang-format on

QString keyOf(const Row& row)
{
    return QLatin1String("flags.") + QLatin1String(row.name);
}

void assign(AnalysisThresholds& thresholds, const Member& member, double value)
{
    if (const auto* whole = std::get_if<int AnalysisThresholds::*>(&member))
        thresholds.** whole = qRound(value);
    else
        thresholds.*std::get<double AnalysisThresholds::*>(member) = value;
}

} // namespace

AnalysisThresholds AnalysisThresholds::defaults()
{
    AnalysisThresholds thresholds;
    for (const Row& row : kRows)
        assign(thresholds, row.member, row.defaultValue);
    return thresholds;
}

AnalysisThresholds AnalysisThresholds::fromSettings(const QMap<QString, QString>& settings)
{
    AnalysisThresholds thresholds = defaults();
    for (const Row& row : kRows) {
        const auto found = settings.constFind(keyOf(row));
        if (found == settings.cend())
            continue;
        bool ok = false;
        const double value = found->toDouble(&ok);
        if (ok && value >= row.minimum && value <= row.maximum)
            assign(thresholds, row.member, value);
    }
    return thresholds;
}

const QList<AnalysisThresholds::Definition>& AnalysisThresholds::definitions()
{
    static const QList<Definition> all = [] {
        QList<Definition> list;
        for (const Row& row : kRows) {
            list.append({keyOf(row), row.defaultValue, row.minimum, row.maximum,
                std::holds_alternative<int AnalysisThresholds::*>(row.member), row.description});
        }
        return list;
    }();
    return all;
}

} // namespace backstride
