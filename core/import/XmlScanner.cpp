#include "XmlScanner.h"

#include "LoadedLibrary.h"

#include <QCoreApplication>

#include <algorithm>
#include <expat.h>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(XmlScanner)
};

// Expat names an element of a namespace "URI<separator>local"; a space cannot be part of a name.
constexpr char kNamespaceSeparator = ' ';

std::string_view localName(const char* name)
{
    const std::string_view whole(name);
    const std::size_t separator = whole.rfind(kNamespaceSeparator);
    return separator == std::string_view::npos ? whole : whole.substr(separator + 1);
}

XmlHandler& handlerOf(void* userData)
{
    return *static_cast<XmlHandler*>(userData);
}

void XMLCALL onStart(void* userData, const XML_Char* name, const XML_Char** attributes)
{
    handlerOf(userData).startElement(localName(name), XmlAttributes(attributes));
}

void XMLCALL onEnd(void* userData, const XML_Char* name)
{
    handlerOf(userData).endElement(localName(name));
}

void XMLCALL onCharacters(void* userData, const XML_Char* text, int length)
{
    handlerOf(userData).characters(std::string_view(text, std::size_t(length)));
}

// Expat is loaded when the first XML file (GPX, TCX) is read, not by every Backstride process
// (bench/README.md). The functions keep expat's own types (expat.h).
struct Expat
{
    decltype(&XML_ParserCreateNS) parserCreateNS = nullptr;
    decltype(&XML_ParserFree) parserFree = nullptr;
    decltype(&XML_SetUserData) setUserData = nullptr;
    decltype(&XML_SetElementHandler) setElementHandler = nullptr;
    decltype(&XML_SetCharacterDataHandler) setCharacterDataHandler = nullptr;
    decltype(&XML_Parse) parse = nullptr;
    decltype(&XML_StopParser) stopParser = nullptr;
    decltype(&XML_GetCurrentLineNumber) lineNumber = nullptr;
    decltype(&XML_GetCurrentColumnNumber) columnNumber = nullptr;
    decltype(&XML_GetErrorCode) errorCode = nullptr;
    decltype(&XML_ErrorString) errorString = nullptr;
    QString missing; // why expat cannot be used, if it cannot
};

const Expat& expat()
{
    static const Expat loaded = [] {
        Expat xml;
        LoadedLibrary library(QStringLiteral("expat"), 1);
        library.resolve(xml.parserCreateNS, "XML_ParserCreateNS");
        library.resolve(xml.parserFree, "XML_ParserFree");
        library.resolve(xml.setUserData, "XML_SetUserData");
        library.resolve(xml.setElementHandler, "XML_SetElementHandler");
        library.resolve(xml.setCharacterDataHandler, "XML_SetCharacterDataHandler");
        library.resolve(xml.parse, "XML_Parse");
        library.resolve(xml.stopParser, "XML_StopParser");
        library.resolve(xml.lineNumber, "XML_GetCurrentLineNumber");
        library.resolve(xml.columnNumber, "XML_GetCurrentColumnNumber");
        library.resolve(xml.errorCode, "XML_GetErrorCode");
        library.resolve(xml.errorString, "XML_ErrorString");
        xml.missing = library.missing();
        return xml;
    }();
    return loaded;
}

} // namespace

std::string_view XmlAttributes::value(std::string_view name) const
{
    for (const char** pair = m_pairs; pair && *pair; pair += 2) {
        if (localName(pair[0]) == name)
            return pair[1];
    }
    return {};
}

XmlScanner::XmlScanner()
    : m_parser(expat().missing.isEmpty() ? expat().parserCreateNS(nullptr, kNamespaceSeparator) : nullptr)
{ }

XmlScanner::~XmlScanner()
{
    if (m_parser)
        expat().parserFree(m_parser);
}

bool XmlScanner::scan(const QByteArray& bytes, XmlHandler& handler)
{
    if (!m_parser)
        return false;
    m_refusal.clear();
    expat().setUserData(m_parser, &handler);
    expat().setElementHandler(m_parser, onStart, onEnd);
    expat().setCharacterDataHandler(m_parser, onCharacters);
    // Expat takes an int length: a document larger than that is fed in pieces.
    constexpr qsizetype kPiece = 64 * 1024 * 1024;
    qsizetype offset = 0;
    do {
        const qsizetype length = std::min(kPiece, bytes.size() - offset);
        const bool last = offset + length == bytes.size();
        if (expat().parse(m_parser, bytes.constData() + offset, int(length), last) != XML_STATUS_OK)
            return false;
        offset += length;
    } while (offset < bytes.size());
    return true;
}

void XmlScanner::refuse(const QString& why)
{
    m_refusal = why;
    expat().stopParser(m_parser, XML_FALSE);
}

qint64 XmlScanner::line() const
{
    return m_parser ? qint64(expat().lineNumber(m_parser)) : 0;
}

qint64 XmlScanner::column() const
{
    return m_parser ? qint64(expat().columnNumber(m_parser)) + 1 : 0;
}

QString XmlScanner::errorString() const
{
    if (!m_parser)
        return expat().missing.isEmpty() ? Text::tr("out of memory") : expat().missing;
    return QString::fromUtf8(expat().errorString(expat().errorCode(m_parser)));
}

QString XmlScanner::errorDescription() const
{
    if (!m_parser)
        return Text::tr("cannot read XML files: %1").arg(errorString());
    return Text::tr("not valid XML at line %1, column %2: %3").arg(line()).arg(column()).arg(errorString());
}

} // namespace backstride
