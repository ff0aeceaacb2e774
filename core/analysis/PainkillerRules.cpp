// Painkillers in the pattern engine: regular use over the last days.
#include "FlagCatalog.h"
#include "Rules.h"

#include <QCoreApplication>
#include <QSet>

namespace backstride {
namespace {

struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(PainkillerRules)
};

} // namespace

std::optional<Flag> Rules::regularPainkillers(const AnalysisContext& context)
{
    const AnalysisThresholds& t = context.thresholds;
    const DateRange window = context.lastDays(t.regularPainkillerWindow);
    QSet<QDate> days;
    QMap<QString, QSet<QDate>> daysByName; // as typed, lower case
    QMap<QString, QString> nameShown;
    bool opioid = false;
    for (const Medication& medication : context.medications) {
        if (!window.contains(medication.date))
            continue;
        days.insert(medication.date);
        const QString key = medication.name.trimmed().toLower();
        daysByName[key].insert(medication.date);
        nameShown.insert(key, medication.name.trimmed());
        opioid = opioid || medication.drugClass == QLatin1String("opioid");
    }
    if (days.size() < t.regularPainkillerDays)
        return std::nullopt;
    const bool warningSign = std::any_of(context.pain.cbegin(), context.pain.cend(),
        [&window](const PainEntry& entry) { return window.contains(entry.date) && !entry.redFlags.isEmpty(); });
    Flag flag = FlagCatalog::make(QStringLiteral("regular-painkillers"),
        opioid || warningSign ? QStringLiteral("professional") : QString());
    QStringList names;
    for (auto it = daysByName.cbegin(); it != daysByName.cend(); ++it)
        names.append(RuleText::tr("%1 on %n day(s)", nullptr, int(it.value().size())).arg(nameShown.value(it.key())));
    flag.evidence.append({context.asOf,
        RuleText::tr("a painkiller on %1 of the last %2 days: %3")
            .arg(days.size())
            .arg(t.regularPainkillerWindow)
            .arg(names.join(QLatin1String(", ")))});
    if (opioid)
        flag.evidence.append({context.asOf, RuleText::tr("an opioid among them")});
    return flag;
}

} // namespace backstride
