// libFuzzer: the TcxReader must refuse any malformed input cleanly — no crash, no hang, no
// sanitizer report — whatever the bytes.
#include "TcxReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const backstride::ParsedFile parsed = backstride::TcxReader::read(bytes);
    (void)parsed;
    return 0;
}
