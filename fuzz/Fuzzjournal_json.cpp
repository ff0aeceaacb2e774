// libFuzzer: journal JSON import must refuse any malformed document with a message, never crash.
#include "JournalJson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const backstride::Result<backstride::JournalContent> parsed
        = backstride::JournalJson::parse(bytes, QStringLiteral("fuzz.json"));
    (void)parsed;
    return 0;
}
