// libFuzzer: the FIT decoder must refuse any damaged file cleanly — no crash, no hang, no
// sanitizer report — whatever the bytes.
#include "FitDecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const backstride::ParsedFile parsed = backstride::FitDecoder::decode(bytes);
    // Mutated bytes almost never carry a valid CRC: decode them unchecked too, to reach the messages.
    const backstride::ParsedFile unchecked = backstride::FitDecoder::decodeWithoutChecksums(bytes);
    (void)parsed;
    (void)unchecked;
    return 0;
}
