#pragma once

#include "AnalysisContext.h"
#include "Flag.h"

#include <optional>

namespace backstride {

// Each rule reads the context and returns its flag, with the evidence that made it fire, or
// nothing. Rules are plain functions grouped by theme: PainRules.cpp (what the pain itself says),
// ExtentRules.cpp (where the pain reaches, over weeks), FunctionRules.cpp (the weekly check-ins),
// LoadRules.cpp (mileage), SittingRules.cpp (desk days), SelfCareRules.cpp (habits while in pain) and
// CorrelationRules.cpp (patterns across weeks).
using Rule = std::optional<Flag> (*)(const AnalysisContext&);

namespace Rules {

std::optional<Flag> redFlagSymptoms(const AnalysisContext& context);
std::optional<Flag> radiatingPain(const AnalysisContext& context);
std::optional<Flag> nerveSymptoms(const AnalysisContext& context);
std::optional<Flag> severePain(const AnalysisContext& context);
std::optional<Flag> persistentPain(const AnalysisContext& context);
std::optional<Flag> likelyMuscular(const AnalysisContext& context);

std::optional<Flag> painPeripheralising(const AnalysisContext& context);
std::optional<Flag> painCentralising(const AnalysisContext& context);

std::optional<Flag> functionImproving(const AnalysisContext& context);

std::optional<Flag> returnPlanActive(const AnalysisContext& context);
std::optional<Flag> returnPlanStalled(const AnalysisContext& context);
std::optional<Flag> functionWorsening(const AnalysisContext& context);

std::optional<Flag> mileageRamp(const AnalysisContext& context);
std::optional<Flag> acuteChronicLoad(const AnalysisContext& context);
std::optional<Flag> runningThroughPain(const AnalysisContext& context);
std::optional<Flag> nextMorningWorse(const AnalysisContext& context);

std::optional<Flag> sittingBeforeRun(const AnalysisContext& context);
std::optional<Flag> noGluteWarmup(const AnalysisContext& context);

std::optional<Flag> noCoreWork(const AnalysisContext& context);
std::optional<Flag> tightnessNoStretching(const AnalysisContext& context);
std::optional<Flag> exerciseHurts(const AnalysisContext& context);
std::optional<Flag> regularPainkillers(const AnalysisContext& context);

std::optional<Flag> sittingPainCorrelation(const AnalysisContext& context);
std::optional<Flag> mileagePainCorrelation(const AnalysisContext& context);
std::optional<Flag> selfCareHelps(const AnalysisContext& context);

} // namespace Rules

// Words the rules share when they write evidence.
namespace EvidenceText {

QString day(const QDate& date); // "Mon 2 Mar"
// A date inside a sentence, the locale's way with its year: "23 Nov 2026" ("23. Nov. 2026").
QString dayInSentence(const QDate& date);
// A period inside a sentence: "14 Sep to 6 Dec 2026", with both years when they differ
// ("1 Dec 2025 to 3 Jun 2026").
QString periodInSentence(const QDate& from, const QDate& to);
QString pain(const PainEntry& entry); // "6/10, left buttock, back of left thigh"
QString run(const Run& run, DistanceUnit unit); // "run of 8.0 km"
QString hours(double hours); // "9.5 h"
QString number(double value, int decimals);

} // namespace EvidenceText
} // namespace backstride
