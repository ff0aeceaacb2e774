#pragma once

#include "Activity.h"

#include <QByteArray>

namespace backstride {

// Reads a FIT activity file as the published FIT protocol describes it: the file header and both
// CRCs, definition and data messages in either byte order, compressed-timestamp headers, developer
// fields (skipped by their declared size), and chained files. Every session becomes an Activity
// with the sport the session names, so a multisport file yields its running legs as runs.
//
// Nothing in the file is trusted: every size and count is checked against the bytes that are
// there, and a damaged file is refused with the byte offset where it went wrong.
namespace FitDecoder {

ParsedFile decode(const QByteArray& bytes);
// For the fuzzer only: decoding with the CRCs unchecked lets it reach the message parser, which
// must be safe on its own (a CRC is a checksum, not a guard).
ParsedFile decodeWithoutChecksums(const QByteArray& bytes);

// The FIT CRC-16 (poly 0xA001, nibble table), as the header and file trailer use it.
quint16 crc16(const char* data, qsizetype size, quint16 crc = 0);

} // namespace FitDecoder
} // namespace backstride
