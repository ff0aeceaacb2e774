#include "ReportPainkillers.h"

#include "ReportGlance.h"
#include "ReportText.h"

#include <QSet>

namespace backstride::ReportPainkillers {

using namespace ReportPages;
using ReportDates::day;

namespace {

// "ibuprofen on 9 days, paracetamol on 3 days", by name as typed (case aside), most days first.
QString byName(const TherapistReport& report)
{
    QMap<QString, QSet<QDate>> days;
    QMap<QString, QString> shown;
    for (const Medication& medication : report.medications) {
        const QString key = medication.name.trimmed().toLower();
        days[key].insert(medication.date);
        shown.insert(key, medication.name.trimmed());
    }
    QList<std::pair<QString, int>> counted;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        counted.append({shown.value(it.key()), int(it.value().size())});
    std::stable_sort(counted.begin(), counted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList parts;
    for (const auto& [name, count] : counted)
        parts.append(ReportText::tr("%1 on %n day(s)", nullptr, count).arg(name));
    return parts.join(QLatin1String(", "));
}

QString underPainkillers(const TherapistReport& report)
{
    const int readings = int(report.pain.size());
    const int under = int(report.painUnderPainkillers.size());
    if (readings == 0)
        return ReportText::tr("no pain was logged");
    return ReportText::tr("%1 of %n pain reading(s) taken under one", nullptr, readings).arg(under);
}

int daysWithAny(const TherapistReport& report)
{
    QSet<QDate> days;
    for (const Medication& medication : report.medications)
        days.insert(medication.date);
    return int(days.size());
}

} // namespace

QString summary(const TherapistReport& report)
{
    if (report.medications.isEmpty())
        return ReportText::tr("No painkiller logged in this period.");
    const int days = int(report.knownFrom.daysTo(report.period.to)) + 1;
    return ReportText::tr("A painkiller on %1 of %2 days (%3); %4.")
        .arg(daysWithAny(report))
        .arg(days)
        .arg(byName(report), underPainkillers(report));
}

void section(Pages& pages, const TherapistReport& report)
{
    const QFont body = font(9);
    pages.heading(ReportText::tr("Painkillers"), ReportGlance::kPainkillers);
    pages.text(summary(report), body);
    if (report.medications.isEmpty())
        return;
    pages.text(ReportText::tr("A pain reading within a painkiller's usual hours after it was taken (an anti-inflammatory "
                              "8, paracetamol 6) is marked in the pain log: it may read milder than the pain was."),
        font(8, false, true));
    const QMap<QDate, QMap<QString, int>> weeks = report.painkillerDaysByWeek();
    QStringList classes;
    for (const QString& drugClass : Painkillers::classes()) {
        for (const QMap<QString, int>& week : weeks) {
            if (week.contains(drugClass) && !classes.contains(drugClass))
                classes.append(drugClass);
        }
    }
    QList<Column> columns {{ReportText::tr("Week of"), 0.2}};
    for (const QString& drugClass : std::as_const(classes))
        columns.append({Painkillers::classLabel(drugClass), 0.8 / classes.size(), Qt::AlignRight});
    QList<QStringList> rows;
    for (auto week = weeks.cbegin(); week != weeks.cend(); ++week) {
        QStringList row {day(week.key())};
        for (const QString& drugClass : std::as_const(classes))
            row.append(ReportText::tr("%n day(s)", nullptr, week.value().value(drugClass)));
        rows.append(row);
    }
    pages.text(ReportText::tr("Days with each kind, week by week:"), body);
    pages.table(columns, rows);
}

} // namespace backstride::ReportPainkillers
