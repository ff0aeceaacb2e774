#include "XmlFields.h"

#include <QDate>
#include <QDateTime>

#include <charconv>
#include <cmath>

namespace backstride::XmlFields {

std::string_view trimmed(std::string_view text)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

// std::from_chars, not QString::toDouble: that was 40 % of reading a marathon GPX (callgrind).
std::optional<double> number(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

namespace {

// `count` digits at `at`, or -1.
int digits(std::string_view text, std::size_t at, std::size_t count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace

// The forms devices and services write are read directly: QDateTime's parser was a fifth of a
// GPX's reading.
std::optional<qint64> utcMilliseconds(std::string_view text)
{
    text = trimmed(text);
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    const bool shaped = text.size() >= 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T'
        && text[13] == ':' && text[16] == ':';
    const QDate date(year, month, day);
    if (shaped && date.isValid() && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0
        && second < 60) {
        std::size_t at = 19;
        int milliseconds = 0;
        if (text[at] == '.' && (milliseconds = digits(text, at + 1, 3)) >= 0)
            at += 4;
        std::optional<int> offsetMinutes;
        if (at + 1 == text.size() && text[at] == 'Z') {
            offsetMinutes = 0;
        } else if (at + 6 == text.size() && (text[at] == '+' || text[at] == '-') && text[at + 3] == ':') {
            const int offsetHours = digits(text, at + 1, 2);
            const int offsetRest = digits(text, at + 4, 2);
            if (offsetHours >= 0 && offsetHours < 24 && offsetRest >= 0 && offsetRest < 60)
                offsetMinutes = (offsetHours * 60 + offsetRest) * (text[at] == '-' ? -1 : 1);
        }
        if (offsetMinutes) {
            constexpr qint64 kUnixEpochJulianDay = 2440588;
            const qint64 seconds = (date.toJulianDay() - kUnixEpochJulianDay) * 86400 + hour * 3600
                + minute * 60 + second - qint64(*offsetMinutes) * 60;
            return seconds * 1000 + milliseconds;
        }
    }
    const QDateTime parsed
        = QDateTime::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

QString toString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace backstride::XmlFields
