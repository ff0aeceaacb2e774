#include "Medication.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Painkillers)
};

constexpr int kMaxName = 80;
constexpr int kMaxDose = 60;
constexpr int kMaxNotes = 4000;

} // namespace

const QStringList& Painkillers::classes()
{
    static const QStringList all {QStringLiteral("nsaid"), QStringLiteral("paracetamol"), QStringLiteral("opioid"),
        QStringLiteral("muscle-relaxant"), QStringLiteral("neuropathic"), QStringLiteral("topical"),
        QStringLiteral("other")};
    return all;
}

QString Painkillers::classLabel(const QString& drugClass)
{
    if (drugClass == QLatin1String("nsaid"))
        return Text::tr("Anti-inflammatory (NSAID)");
    if (drugClass == QLatin1String("paracetamol"))
        return Text::tr("Paracetamol (acetaminophen)");
    if (drugClass == QLatin1String("opioid"))
        return Text::tr("Opioid");
    if (drugClass == QLatin1String("muscle-relaxant"))
        return Text::tr("Muscle relaxant");
    if (drugClass == QLatin1String("neuropathic"))
        return Text::tr("For nerve pain");
    if (drugClass == QLatin1String("topical"))
        return Text::tr("On the skin (gel, patch)");
    if (drugClass == QLatin1String("other"))
        return Text::tr("Other");
    return drugClass;
}

const QList<std::pair<QString, QString>>& Painkillers::suggestions()
{
    // Generic names as packs and prescriptions give them; a brand is typed as it is and may name
    // its class by hand.
    static const QList<std::pair<QString, QString>> known {
        {QStringLiteral("ibuprofen"), QStringLiteral("nsaid")},
        {QStringLiteral("naproxen"), QStringLiteral("nsaid")},
        {QStringLiteral("diclofenac"), QStringLiteral("nsaid")},
        {QStringLiteral("aspirin"), QStringLiteral("nsaid")},
        {QStringLiteral("acetylsalicylsäure"), QStringLiteral("nsaid")},
        {QStringLiteral("celecoxib"), QStringLiteral("nsaid")},
        {QStringLiteral("etoricoxib"), QStringLiteral("nsaid")},
        {QStringLiteral("paracetamol"), QStringLiteral("paracetamol")},
        {QStringLiteral("acetaminophen"), QStringLiteral("paracetamol")},
        {QStringLiteral("metamizol"), QStringLiteral("other")},
        {QStringLiteral("codeine"), QStringLiteral("opioid")},
        {QStringLiteral("codein"), QStringLiteral("opioid")},
        {QStringLiteral("tramadol"), QStringLiteral("opioid")},
        {QStringLiteral("tilidin"), QStringLiteral("opioid")},
        {QStringLiteral("oxycodone"), QStringLiteral("opioid")},
        {QStringLiteral("methocarbamol"), QStringLiteral("muscle-relaxant")},
        {QStringLiteral("cyclobenzaprine"), QStringLiteral("muscle-relaxant")},
        {QStringLiteral("tizanidine"), QStringLiteral("muscle-relaxant")},
        {QStringLiteral("diazepam"), QStringLiteral("muscle-relaxant")},
        {QStringLiteral("gabapentin"), QStringLiteral("neuropathic")},
        {QStringLiteral("pregabalin"), QStringLiteral("neuropathic")},
        {QStringLiteral("amitriptyline"), QStringLiteral("neuropathic")},
        {QStringLiteral("duloxetine"), QStringLiteral("neuropathic")},
        {QStringLiteral("diclofenac gel"), QStringLiteral("topical")},
        {QStringLiteral("ibuprofen gel"), QStringLiteral("topical")},
        {QStringLiteral("capsaicin cream"), QStringLiteral("topical")},
        {QStringLiteral("lidocaine patch"), QStringLiteral("topical")},
    };
    return known;
}

QString Painkillers::classOf(const QString& name)
{
    const QString typed = name.trimmed().toLower();
    if (typed.isEmpty())
        return {};
    // The longest known name the typed one begins with: "diclofenac gel 1 %" is topical,
    // "diclofenac 50 mg" an NSAID.
    QString found;
    qsizetype longest = 0;
    for (const auto& [known, drugClass] : suggestions()) {
        if ((typed == known || typed.startsWith(known + u' ')) && known.size() > longest) {
            found = drugClass;
            longest = known.size();
        }
    }
    return found;
}

FieldProblems Painkillers::problems(const Medication& medication)
{
    FieldProblems found;
    if (!medication.date.isValid())
        found.append({QStringLiteral("date"), Text::tr("must be a date (YYYY-MM-DD)")});
    if (!medication.time.isValid())
        found.append({QStringLiteral("time"), Text::tr("must be a time of day (HH:MM): when it was taken")});
    if (medication.name.trimmed().isEmpty())
        found.append({QStringLiteral("name"), Text::tr("must name the painkiller (ibuprofen, paracetamol, …)")});
    else if (medication.name.size() > kMaxName)
        found.append({QStringLiteral("name"), Text::tr("must be at most %1 characters").arg(kMaxName)});
    if (!classes().contains(medication.drugClass))
        found.append({QStringLiteral("class"),
            Text::tr("“%1” is not one of %2").arg(medication.drugClass, classes().join(QLatin1String(", ")))});
    if (medication.dose.size() > kMaxDose)
        found.append({QStringLiteral("dose"), Text::tr("must be at most %1 characters").arg(kMaxDose)});
    if (medication.notes.size() > kMaxNotes)
        found.append({QStringLiteral("notes"), Text::tr("must be at most %1 characters").arg(kMaxNotes)});
    return found;
}

int Painkillers::ActionWindows::of(const QString& drugClass) const
{
    return hours.value(drugClass, hours.value(QStringLiteral("other")));
}

std::optional<Medication> Painkillers::covering(
    const PainEntry& pain, const QList<Medication>& medications, const ActionWindows& windows)
{
    return covering(PainMoment {pain.date, pain.time}, medications, windows);
}

std::optional<Medication> Painkillers::covering(
    const PainMoment& pain, const QList<Medication>& medications, const ActionWindows& windows)
{
    // In minutes since the start of the Julian calendar: plain integers, no time zone to consult
    // (QDateTime's cost was most of a ten-year weekly series).
    auto minuteOf = [](const QDate& date, const QTime& time) {
        return date.toJulianDay() * 1440 + time.msecsSinceStartOfDay() / 60000;
    };
    int longest = 0;
    for (int hours : windows.hours)
        longest = std::max(longest, hours);
    const qint64 dayStart = minuteOf(pain.date, QTime(0, 0));
    // Without the hour, anything taken by the end of the day may cover it.
    const qint64 felt = pain.time ? minuteOf(pain.date, *pain.time) : dayStart + 1439;
    const qint64 earliest = (pain.time ? felt : dayStart) - qint64(longest) * 60;
    // Oldest first: the candidates are the intakes at or before the reading, back as far as the
    // longest window reaches; the latest that covers it is the one it was taken under.
    auto it = std::upper_bound(medications.cbegin(), medications.cend(), felt,
        [&minuteOf](qint64 moment, const Medication& medication) { return moment < minuteOf(medication.date, medication.time); });
    while (it != medications.cbegin()) {
        --it;
        const qint64 taken = minuteOf(it->date, it->time);
        if (taken < earliest)
            break;
        const qint64 wornOff = taken + qint64(windows.of(it->drugClass)) * 60;
        // The hour not known: any intake that day, or one whose window reached into it.
        const bool covers = pain.time ? felt <= wornOff : (it->date == pain.date || wornOff >= dayStart);
        if (covers)
            return *it;
    }
    return std::nullopt;
}

} // namespace backstride
