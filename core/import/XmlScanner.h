#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

struct XML_ParserStruct;

namespace backstride {

// The attributes of one start tag, looked up by local name (a namespace prefix is ignored).
class XmlAttributes
{
public:
    explicit XmlAttributes(const char** pairs) : m_pairs(pairs) { }
    // The value, or an empty view when the tag has no such attribute.
    std::string_view value(std::string_view localName) const;

private:
    const char** m_pairs; // name, value, name, value, ..., nullptr (expat's layout)
};

// What a reader hears while a document is scanned. Names are local names (no namespace), texts
// UTF-8; an element's text may come in several pieces.
class XmlHandler
{
public:
    virtual ~XmlHandler() = default;
    virtual void startElement(std::string_view name, const XmlAttributes& attributes) = 0;
    virtual void endElement(std::string_view name) = 0;
    virtual void characters(std::string_view text) = 0;
};

// A streaming, namespace-aware XML parser for the activity formats, on expat: on a marathon's GPX
// track it is several times faster than QXmlStreamReader (bench/README.md). Expat expands no
// external entities and guards against entity-expansion attacks.
class XmlScanner
{
public:
    XmlScanner();
    ~XmlScanner();
    XmlScanner(const XmlScanner&) = delete;
    XmlScanner& operator=(const XmlScanner&) = delete;

    // Scans the whole document. False when it is not well-formed XML (errorString(), line() and
    // column() say where) or when a handler refused it.
    bool scan(const QByteArray& bytes, XmlHandler& handler);
    // From inside a handler: stop at once, because the file is refused for this reason.
    void refuse(const QString& why);
    // Why a handler refused the file; empty when none did.
    const QString& refusal() const { return m_refusal; }
    // The line and column (1-based) being scanned, or where the error is.
    qint64 line() const;
    qint64 column() const;
    QString errorString() const;
    // "not valid XML at line 4, column 26: mismatched tag": where and what, for the runner.
    QString errorDescription() const;

private:
    XML_ParserStruct* m_parser = nullptr;
    QString m_refusal;
};

} // namespace backstride
