#include "PatternEngine.h"

#include "FlagCatalog.h"
#include "Rules.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace backstride {

// The summary texts, in one translation context (lupdate and tr() agree on it).
struct EngineText
{
    Q_DECLARE_TR_FUNCTIONS(PatternEngine)
};
namespace {

// In catalog order; the engine sorts the result by severity.
constexpr Rule kRules[] = {
    &Rules::redFlagSymptoms,
    &Rules::radiatingPain,
    &Rules::nerveSymptoms,
    &Rules::severePain,
    &Rules::persistentPain,
    &Rules::returnPlanStalled,
    &Rules::painPeripheralising,
    &Rules::mileageRamp,
    &Rules::acuteChronicLoad,
    &Rules::sittingBeforeRun,
    &Rules::noGluteWarmup,
    &Rules::runningThroughPain,
    &Rules::nextMorningWorse,
    &Rules::likelyMuscular,
    &Rules::noCoreWork,
    &Rules::tightnessNoStretching,
    &Rules::exerciseHurts,
    &Rules::regularPainkillers,
    &Rules::sittingPainCorrelation,
    &Rules::mileagePainCorrelation,
    &Rules::selfCareHelps,
    &Rules::painCentralising,
    &Rules::functionWorsening,
    &Rules::functionImproving,
    &Rules::returnPlanActive,
};

// Greedy word wrap with a hanging indent.
QString wrapped(const QString& text, int width, const QString& indent)
{
    QStringList lines;
    QString line = indent;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (line.size() > indent.size() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line = indent;
        }
        if (line.size() > indent.size())
            line += u' ';
        line += word;
    }
    lines.append(line);
    return lines.join(u'\n');
}

} // namespace

QList<Flag> PatternEngine::evaluate(const AnalysisContext& context)
{
    QList<Flag> flags;
    for (Rule rule : kRules) {
        if (std::optional<Flag> flag = rule(context))
            flags.append(std::move(*flag));
    }
    std::stable_sort(
        flags.begin(), flags.end(), [](const Flag& a, const Flag& b) { return a.severity < b.severity; });
    return flags;
}

Result<QList<Flag>> PatternEngine::evaluate(JournalRepository& repository, const QDate& asOf)
{
    Result<AnalysisContext> context = AnalysisContext::load(repository, asOf);
    if (!context)
        return context.takeError();
    return evaluate(*context);
}

QJsonObject PatternEngine::toJson(const QDate& asOf, const QList<Flag>& flags)
{
    QJsonArray list;
    for (const Flag& flag : flags) {
        QJsonArray evidence;
        for (const Evidence& item : flag.evidence)
            evidence.append(QJsonObject {{QStringLiteral("date"), item.date.toString(Qt::ISODate)},
                {QStringLiteral("detail"), item.detail}});
        list.append(QJsonObject {{QStringLiteral("id"), flag.id},
            {QStringLiteral("severity"), Severities::id(flag.severity)},
            {QStringLiteral("title"), flag.title}, {QStringLiteral("explanation"), flag.explanation},
            {QStringLiteral("advice"), flag.advice}, {QStringLiteral("evidence"), evidence}});
    }
    return QJsonObject {
        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}, {QStringLiteral("flags"), list}};
}

QString PatternEngine::toText(const QDate& asOf, const QList<Flag>& flags, int width)
{

    QStringList out;
    if (flags.isEmpty()) {
        out.append(EngineText::tr("Nothing flagged as of %1.").arg(asOf.toString(Qt::ISODate)));
        return out.join(u'\n') + u'\n';
    }
    const QString day = asOf.toString(Qt::ISODate);
    out.append(flags.size() == 1 ? EngineText::tr("1 flag as of %1").arg(day)
                                 : EngineText::tr("%1 flags as of %2").arg(flags.size()).arg(day));
    for (const Flag& flag : flags) {
        out.append(QString());
        out.append(QStringLiteral("[%1] %2  (%3)")
                       .arg(Severities::label(flag.severity).toUpper(), flag.title, flag.id));
        out.append(wrapped(flag.explanation, width, QStringLiteral("    ")));
        out.append(wrapped(EngineText::tr("What to do: ") + flag.advice, width, QStringLiteral("    ")));
        out.append(QStringLiteral("    ") + EngineText::tr("Evidence:"));
        for (const Evidence& item : flag.evidence)
            out.append(wrapped(item.date.toString(Qt::ISODate) + QLatin1String("  ") + item.detail, width,
                QStringLiteral("      ")));
    }
    return out.join(u'\n') + u'\n';
}

} // namespace backstride
