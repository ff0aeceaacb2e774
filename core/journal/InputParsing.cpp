#include "InputParsing.h"

#include "Units.h"

#include <QRegularExpression>
#include <QStringList>

namespace backstride {

std::optional<double> InputParsing::number(const QString& text, const QLocale& locale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    // A separator is a decimal point or nothing: "1.234" typed in German is 1.234 km, not 1234.
    QLocale strict = locale;
    strict.setNumberOptions(locale.numberOptions() | QLocale::RejectGroupSeparator);
    bool ok = false;
    double value = strict.toDouble(trimmed, &ok);
    if (!ok) { // a runner in a comma locale may still type a point, and the other way round
        QLocale point = QLocale::c();
        point.setNumberOptions(QLocale::RejectGroupSeparator);
        value = point.toDouble(trimmed, &ok);
    }
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<double> InputParsing::durationSeconds(const QString& text)
{
    // "45" is minutes, "45:30" minutes and seconds, "1:02:03" hours, minutes and seconds.
    const QStringList parts = text.trimmed().split(u':');
    if (parts.isEmpty() || parts.size() > 3)
        return std::nullopt;
    QList<int> numbers;
    for (const QString& part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || part.isEmpty() || part.size() > 4)
            return std::nullopt;
        numbers.append(value);
    }
    for (qsizetype i = 1; i < numbers.size(); ++i) {
        if (numbers.at(i) >= 60 || parts.at(i).size() != 2)
            return std::nullopt; // minutes and seconds after a colon are two digits below 60
    }
    switch (numbers.size()) {
    case 1:
        return numbers.at(0) * 60.0;
    case 2:
        return numbers.at(0) * 60.0 + numbers.at(1);
    default:
        return numbers.at(0) * 3600.0 + numbers.at(1) * 60.0 + numbers.at(2);
    }
}

std::optional<QTime> InputParsing::timeOfDay(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2})[:.](\\d{2})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

QString InputParsing::durationText(double seconds)
{
    return Units::duration(seconds);
}

} // namespace backstride
