#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

class QIODevice;

namespace backstride {

// Reads a JSON document from a device a piece at a time: its objects and arrays one key or one
// element at a time, and whatever value is wanted whole as a QJsonValue of its own. Memory holds
// one such value and a read buffer, never the file, so an export of millions of entries is read in
// the memory one entry takes (QJsonDocument holds the whole tree: about 1.5 KB an entry).
//
// Usage: enterObject(); while (auto key = nextKey()) { … readValue() or skipValue() or enter… };
// enterArray(); while (nextElement()) { … }. Once failed(), every call returns nothing and
// error() says what and where.
class JsonPullReader
{
public:
    // A value read whole (one entry) larger than this is refused: no journal entry or event comes
    // near it, and it bounds the memory a hostile file can ask for.
    static constexpr qsizetype defaultMaxValueBytes = 16 * 1024 * 1024;

    explicit JsonPullReader(QIODevice& device, qsizetype maxValueBytes = defaultMaxValueBytes);

    // The next value is an object / array: steps inside it. False (and failed()) otherwise.
    bool enterObject();
    bool enterArray();
    // Inside an object: the next key (its ':' consumed), or nothing at the object's end.
    std::optional<QString> nextKey();
    // Inside an array: whether another element follows; false at the array's end.
    bool nextElement();
    // The next value whole, or skipped without keeping it.
    QJsonValue readValue();
    void skipValue();
    // The first character of the next value ('{', '[', '"', 't', 'f', 'n', '-' or a digit); 0 at
    // the end of the input.
    char peek();
    // Whether only white space is left.
    bool atEnd();
    // Fails unless only white space is left (after the document's one top-level value).
    void expectEnd();

    // The byte offset of the next token, and a jump back to one (the input must be seekable); the
    // reader then stands outside any object or array.
    qint64 offset();
    bool seek(qint64 offset);

    bool failed() const { return !m_error.isEmpty(); }
    // "line 3, column 7: …"
    const QString& error() const { return m_error; }
    // "line L, column C" of a byte offset (reads the input from its start again).
    QString position(qint64 offset);

private:
    enum class Keep { Yes, No };
    bool fill();
    int next(); // the next byte after white space, not consumed; -1 at the end
    QByteArray scanValue(Keep keep);
    bool separator(char close); // between members/elements: ',' or `close`; true if another follows
    void fail(qint64 at, const QString& what);

    QIODevice& m_device;
    qsizetype m_maxValueBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferStart = 0;
    std::vector<bool> m_firstInContainer; // one per open object or array
    QString m_error;
};

} // namespace backstride
