#include "TcxReader.h"

#include "XmlFields.h"
#include "XmlScanner.h"

#include <QCoreApplication>

#include <cmath>
#include <string>
#include <vector>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TcxReader)
};

QString sportFrom(std::string_view sport)
{
    const QString word = XmlFields::toString(sport);
    if (word.compare(u"Running", Qt::CaseInsensitive) == 0)
        return QStringLiteral("running");
    if (word.compare(u"Biking", Qt::CaseInsensitive) == 0)
        return QStringLiteral("cycling");
    return word.toLower();
}

QDateTime utcTime(std::string_view text)
{
    const std::optional<qint64> milliseconds = XmlFields::utcMilliseconds(text);
    return milliseconds ? QDateTime::fromMSecsSinceEpoch(*milliseconds, Qt::UTC) : QDateTime();
}

// Each <Activity> with its laps' totals (time, distance) and their time-weighted mean heart rate.
class TcxHandler final : public XmlHandler
{
public:
    explicit TcxHandler(XmlScanner& scanner, ParsedFile& parsed) : m_scanner(scanner), m_parsed(parsed) { }

    void startElement(std::string_view name, const XmlAttributes& attributes) override
    {
        if (m_path.empty()) {
            if (name != "TrainingCenterDatabase") {
                m_scanner.refuse(
                    Text::tr("not a TCX file: it starts with <%1>").arg(XmlFields::toString(name)));
                return;
            }
            isTcx = true;
        }
        m_path.emplace_back(name);
        m_text.clear();
        if (name == "Activity") {
            m_current = Activity {};
            m_current.sport = sportFrom(attributes.value("Sport"));
            m_inActivity = true;
            m_heartRateWeighted = 0;
            m_heartRateTime = 0;
        } else if (m_inActivity && name == "Lap") {
            m_lapTime = 0;
            const QDateTime lapStart = utcTime(attributes.value("StartTime"));
            if (!m_current.start.isValid() && lapStart.isValid())
                m_current.start = lapStart;
        }
    }

    void endElement(std::string_view name) override
    {
        if (m_inActivity && name == "Id" && parentIs("Activity")) {
            m_current.start = utcTime(m_text);
        } else if (m_inActivity && parentIs("Lap")
            && (name == "TotalTimeSeconds" || name == "DistanceMeters")) {
            const std::optional<double> value = XmlFields::number(m_text);
            if (!value || *value < 0) {
                m_scanner.refuse(Text::tr("line %1: <%2> is not a number")
                                     .arg(m_scanner.line())
                                     .arg(XmlFields::toString(name)));
                return;
            }
            if (name == "TotalTimeSeconds") {
                m_current.durationS += *value;
                m_lapTime = *value;
            } else {
                m_current.distanceM += *value;
            }
        } else if (m_inActivity && name == "Value" && parentIs("AverageHeartRateBpm") && m_path.size() >= 3
            && m_path[m_path.size() - 3] == "Lap") {
            const std::optional<double> rate = XmlFields::number(m_text);
            if (rate && *rate > 0 && *rate < 260) {
                m_heartRateWeighted += *rate * std::max(m_lapTime, 1.0);
                m_heartRateTime += std::max(m_lapTime, 1.0);
            }
        } else if (name == "Activity" && m_inActivity) {
            m_inActivity = false;
            if (m_heartRateTime > 0)
                m_current.avgHeartRate = int(std::lround(m_heartRateWeighted / m_heartRateTime));
            if (!m_current.start.isValid())
                m_parsed.rejected.append({m_current, Text::tr("an activity without a start time")});
            else
                m_parsed.activities.append(m_current);
        }
        if (!m_path.empty())
            m_path.pop_back();
        m_text.clear();
    }

    void characters(std::string_view text) override
    {
        if (m_inActivity)
            m_text.append(text);
    }

    bool isTcx = false;

private:
    // Whether the element being ended (the last of the path) sits directly in `parent`.
    bool parentIs(std::string_view parent) const
    {
        return m_path.size() >= 2 && m_path[m_path.size() - 2] == parent;
    }

    XmlScanner& m_scanner;
    ParsedFile& m_parsed;
    std::vector<std::string> m_path; // element names from the root
    std::string m_text; // the text of the element being read
    Activity m_current;
    bool m_inActivity = false;
    double m_heartRateWeighted = 0;
    double m_heartRateTime = 0;
    double m_lapTime = 0;
};

} // namespace

ParsedFile TcxReader::read(const QByteArray& bytes)
{
    ParsedFile parsed;
    parsed.format = QStringLiteral("tcx");
    XmlScanner scanner;
    TcxHandler tcx(scanner, parsed);
    const bool scanned = scanner.scan(bytes, tcx);
    if (!scanner.refusal().isEmpty()) {
        parsed.error = scanner.refusal();
        return parsed;
    }
    if (!scanned) {
        parsed.error = tcx.isTcx ? scanner.errorDescription() : Text::tr("not a TCX file (not XML)");
        return parsed;
    }
    if (!tcx.isTcx)
        parsed.error = Text::tr("not a TCX file: it is empty");
    else if (parsed.activities.isEmpty() && parsed.rejected.isEmpty())
        parsed.error = Text::tr("the file holds no activity");
    return parsed;
}

} // namespace backstride
