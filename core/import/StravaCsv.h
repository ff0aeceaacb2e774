#pragma once

#include "Activity.h"

#include <QByteArray>
#include <QStringList>

namespace backstride {

// The activities.csv of a Strava bulk export: one activity per row. Its header repeats some
// names (the first "Distance" is in km, the second in metres; "Elapsed Time" twice), so columns
// are found by name and position. Dates ("Oct 5, 2014, 4:15:21 PM") carry no time zone and are
// taken as UTC, as Strava writes them. Some tools write one Distance column only, in metres:
// when every run of the file would be faster than anyone runs if it were kilometres, it is read
// as metres (a file whose rows disagree keeps kilometres, and its impossible rows are refused).
namespace StravaCsv {

ParsedFile read(const QByteArray& bytes);
// RFC 4180 rows: quoted fields, doubled quotes, commas and line breaks inside quotes.
QList<QStringList> parseRows(const QString& text);
// "Run", "Trail Run", "Virtual Run" -> running (with "trail"/"virtual_activity"); others lowercase.
QString sportFromType(const QString& type, QString* subSport = nullptr);

} // namespace StravaCsv
} // namespace backstride
