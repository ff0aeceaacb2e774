#pragma once

// What the report's pieces share: one translation context for all their texts (so lupdate and
// tr() agree whichever file a text is in) and one way of writing a date and a period.
#include "DateRange.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace backstride {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

namespace ReportDates {

QString day(const QDate& date); // "3 Nov 2026", in the runner's language
QString dayOfYear(const QDate& date); // "3 Nov"
QString period(const DateRange& range); // "3 Nov 2026 – 30 Nov 2026"

} // namespace ReportDates
} // namespace backstride
