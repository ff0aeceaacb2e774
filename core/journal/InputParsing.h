#pragma once

#include <QLocale>
#include <QString>
#include <QTime>

#include <optional>

namespace backstride {

// Reading what a runner types into a form: numbers in their locale ("8,5" in German), durations
// as h:mm:ss, mm:ss or minutes, times of day as HH:MM. Each returns nothing for text it cannot
// read, so the form can say so next to the field.
namespace InputParsing {

std::optional<double> number(const QString& text, const QLocale& locale = QLocale());
std::optional<double> durationSeconds(const QString& text); // "1:02:03", "45:30", "45"
std::optional<QTime> timeOfDay(const QString& text); // "18:30", "6:05"
QString durationText(double seconds); // the form's own format, "45:30" or "1:02:03"

} // namespace InputParsing
} // namespace backstride
