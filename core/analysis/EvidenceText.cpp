#include "Rules.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace backstride {

QString EvidenceText::day(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

QString EvidenceText::dayInSentence(const QDate& date)
{
    return QLocale().toString(
        date, QCoreApplication::translate("EvidenceText", "d MMM yyyy", "the format of a date in a sentence"));
}

QString EvidenceText::periodInSentence(const QDate& from, const QDate& to)
{
    const QString start = from.year() == to.year()
        ? QLocale().toString(from, QCoreApplication::translate("EvidenceText", "d MMM", "a date in a sentence, its year said after it"))
        : dayInSentence(from);
    return QCoreApplication::translate("EvidenceText", "%1 to %2").arg(start, dayInSentence(to));
}

QString EvidenceText::pain(const PainEntry& entry)
{
    QString text = QCoreApplication::translate("EvidenceText", "pain %1/10").arg(entry.intensity);
    if (!entry.sites.isEmpty())
        text += QLatin1String(", ")
            + Vocabulary::labels(VocabularyKind::Site, entry.sites).join(QLatin1String(", "));
    return text;
}

QString EvidenceText::run(const Run& run, DistanceUnit unit)
{
    return QCoreApplication::translate("EvidenceText", "run of %1").arg(Units::distance(run.distanceM, unit));
}

QString EvidenceText::hours(double hours)
{
    return QCoreApplication::translate("EvidenceText", "%1 h").arg(number(hours, 1));
}

QString EvidenceText::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace backstride
