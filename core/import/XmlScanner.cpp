#include "XmlScanner.h"

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

} // namespace

std::string_view XmlAttributes::value(std::string_view name) const
{
    for (const char** pair = m_pairs; pair && *pair; pair += 2) {
        if (localName(pair[0]) == name)
            return pair[1];
    }
    return {};
}

XmlScanner::XmlScanner() : m_parser(XML_ParserCreateNS(nullptr, kNamespaceSeparator)) { }

XmlScanner::~XmlScanner()
{
    if (m_parser)
        XML_ParserFree(m_parser);
}

bool XmlScanner::scan(const QByteArray& bytes, XmlHandler& handler)
{
    if (!m_parser)
        return false;
    m_refusal.clear();
    XML_SetUserData(m_parser, &handler);
    XML_SetElementHandler(m_parser, onStart, onEnd);
    XML_SetCharacterDataHandler(m_parser, onCharacters);
    // Expat takes an int length: a document larger than that is fed in pieces.
    constexpr qsizetype kPiece = 64 * 1024 * 1024;
    qsizetype offset = 0;
    do {
        const qsizetype length = std::min(kPiece, bytes.size() - offset);
        const bool last = offset + length == bytes.size();
        if (XML_Parse(m_parser, bytes.constData() + offset, int(length), last) != XML_STATUS_OK)
            return false;
        offset += length;
    } while (offset < bytes.size());
    return true;
}

void XmlScanner::refuse(const QString& why)
{
    m_refusal = why;
    XML_StopParser(m_parser, XML_FALSE);
}

qint64 XmlScanner::line() const
{
    return qint64(XML_GetCurrentLineNumber(m_parser));
}

qint64 XmlScanner::column() const
{
    return qint64(XML_GetCurrentColumnNumber(m_parser)) + 1;
}

QString XmlScanner::errorString() const
{
    return QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_parser)));
}

QString XmlScanner::errorDescription() const
{
    return Text::tr("not valid XML at line %1, column %2: %3").arg(line()).arg(column()).arg(errorString());
}

} // namespace backstride
