#include "JsonPullReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonPullReader)
};

// Read in pieces of 1 MB: large enough that the device's calls cost nothing, small beside an entry's memory.
constexpr qint64 kChunkBytes = 1024 * 1024;

bool space(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The characters of true, false, null and numbers.
bool literalCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'E';
}

QString shown(int c)
{
    return c >= 0x20 && c < 0x7f ? QString(QChar(c)) : QStringLiteral("\\x%1").arg(c & 0xff, 2, 16, QChar(u'0'));
}

} // namespace

JsonPullReader::JsonPullReader(QIODevice& device, qsizetype maxValueBytes)
    : m_device(device), m_maxValueBytes(maxValueBytes), m_bufferStart(device.pos())
{
}

bool JsonPullReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    m_bufferStart += m_buffer.size();
    m_buffer = m_device.read(kChunkBytes);
    m_pos = 0;
    return !m_buffer.isEmpty();
}

int JsonPullReader::next()
{
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return -1;
        const char c = m_buffer.at(m_pos);
        if (!space(c))
            return static_cast<unsigned char>(c);
        ++m_pos;
    }
}

char JsonPullReader::peek()
{
    if (failed())
        return 0;
    const int c = next();
    return c < 0 ? 0 : char(c);
}

bool JsonPullReader::atEnd()
{
    return !failed() && next() < 0;
}

void JsonPullReader::expectEnd()
{
    if (!atEnd() && !failed())
        fail(offset(), Text::tr("something follows the end of the document"));
}

qint64 JsonPullReader::offset()
{
    next();
    return m_bufferStart + m_pos;
}

bool JsonPullReader::seek(qint64 offset)
{
    if (failed() || !m_device.seek(offset))
        return false;
    m_buffer.clear();
    m_pos = 0;
    m_bufferStart = offset;
    m_firstInContainer.clear();
    return true;
}

void JsonPullReader::fail(qint64 at, const QString& what)
{
    if (!failed())
        m_error = position(at) + QLatin1String(": ") + what;
}

QString JsonPullReader::position(qint64 offset)
{
    qint64 line = 1;
    qint64 column = 1;
    if (m_device.seek(0)) {
        qint64 at = 0;
        while (at < offset) {
            const QByteArray piece = m_device.read(std::min(kChunkBytes, offset - at));
            if (piece.isEmpty())
                break;
            for (const char c : piece) {
                if (c == '\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
            at += piece.size();
        }
    }
    m_buffer.clear(); // the device has moved: nothing more is read after a failure anyway
    return Text::tr("line %1, column %2").arg(line).arg(column);
}

bool JsonPullReader::enterObject()
{
    if (failed())
        return false;
    if (next() != '{') {
        fail(offset(), Text::tr("an object ({ … }) was expected here"));
        return false;
    }
    ++m_pos;
    m_firstInContainer.push_back(true);
    return true;
}

bool JsonPullReader::enterArray()
{
    if (failed())
        return false;
    if (next() != '[') {
        fail(offset(), Text::tr("a list ([ … ]) was expected here"));
        return false;
    }
    ++m_pos;
    m_firstInContainer.push_back(true);
    return true;
}

bool JsonPullReader::separator(char close)
{
    if (failed() || m_firstInContainer.empty())
        return false;
    const int c = next();
    if (c == close) {
        ++m_pos;
        m_firstInContainer.pop_back();
        return false;
    }
    if (!m_firstInContainer.back()) {
        if (c != ',') {
            fail(offset(),
                c < 0 ? Text::tr("the file ends before the closing “%1”").arg(QLatin1Char(close))
                      : Text::tr("“,” or “%1” was expected, not “%2”").arg(QLatin1Char(close)).arg(shown(c)));
            return false;
        }
        ++m_pos;
    }
    m_firstInContainer.back() = false;
    return true;
}

std::optional<QString> JsonPullReader::nextKey()
{
    if (!separator('}'))
        return std::nullopt;
    if (next() != '"') {
        fail(offset(), Text::tr("a name in double quotes was expected"));
        return std::nullopt;
    }
    const QJsonValue key = readValue();
    if (failed())
        return std::nullopt;
    if (next() != ':') {
        fail(offset(), Text::tr("“:” was expected after the name “%1”").arg(key.toString()));
        return std::nullopt;
    }
    ++m_pos;
    return key.toString();
}

bool JsonPullReader::nextElement()
{
    return separator(']');
}

QByteArray JsonPullReader::scanValue(Keep keep)
{
    if (failed())
        return {};
    const int first = next();
    const qint64 start = m_bufferStart + m_pos;
    if (first < 0) {
        fail(start, Text::tr("the file ends where a value was expected"));
        return {};
    }
    const bool literal = first != '{' && first != '[' && first != '"';
    if (literal && !literalCharacter(char(first))) {
        fail(start, Text::tr("“%1” cannot begin a value").arg(shown(first)));
        return {};
    }
    QByteArray value;
    qsizetype size = 0;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool done = false;
    while (!done) {
        if (!fill()) {
            if (literal)
                break; // a number or word that ends the file
            fail(start, Text::tr("the file ends inside the value that begins here"));
            return {};
        }
        const char* data = m_buffer.constData();
        const qsizetype end = m_buffer.size();
        qsizetype i = m_pos;
        for (; i < end; ++i) {
            const char c = data[i];
            if (literal) {
                if (!literalCharacter(c)) {
                    done = true;
                    break;
                }
            } else if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        ++i;
                        done = true;
                        break;
                    }
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    ++i;
                    done = true;
                    break;
                }
            }
        }
        size += i - m_pos;
        if (size > m_maxValueBytes) {
            fail(start, Text::tr("one value of more than %1 MB: more than an entry of this file can be")
                            .arg(m_maxValueBytes / (1024 * 1024)));
            return {};
        }
        if (keep == Keep::Yes)
            value.append(data + m_pos, i - m_pos);
        m_pos = i;
    }
    return value;
}

QJsonValue JsonPullReader::readValue()
{
    const qint64 start = offset();
    const QByteArray bytes = scanValue(Keep::Yes);
    if (failed())
        return {};
    QJsonParseError parseError;
    const bool container = bytes.startsWith('{') || bytes.startsWith('[');
    // QJsonDocument reads objects and arrays only: anything else is read as the one element of a list.
    const QJsonDocument document = QJsonDocument::fromJson(
        container ? bytes : QByteArray('[' + bytes + ']'), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(start + std::max(0, parseError.offset - (container ? 0 : 1)), parseError.errorString());
        return {};
    }
    if (document.isObject())
        return document.object();
    return container ? QJsonValue(document.array()) : document.array().at(0);
}

void JsonPullReader::skipValue()
{
    scanValue(Keep::No);
}

} // namespace backstride
