#pragma once

#include <QString>

#include <optional>
#include <string_view>

// The texts of the XML activity formats (GPX, TCX), read without Qt's locale and date machinery:
// on a long track they are read tens of thousands of times.
namespace backstride::XmlFields {

// Without leading and trailing XML white space.
std::string_view trimmed(std::string_view text);
// A plain decimal number ("45.01234", "-7.2", "+1614.678", "1e3"); nothing for anything else.
std::optional<double> number(std::string_view text);
// An ISO 8601 date and time as milliseconds since the epoch, UTC: "2012-12-02T15:04:05Z", with
// optional milliseconds and a "+01:00" offset instead of the Z, directly; other forms (no zone,
// which is local time, or other fractions) as QDateTime reads them. Nothing when it is no time.
std::optional<qint64> utcMilliseconds(std::string_view text);
// The text as a QString.
QString toString(std::string_view text);

} // namespace backstride::XmlFields
