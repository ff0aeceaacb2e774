#pragma once

#include "DateRange.h"
#include "JournalContent.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace backstride {

class JournalRepository;

// The journal JSON format of INTERFACES.md ("format": "backstride-journal", "version": 1): the
// lossless backup and exchange format. Export is deterministic: the same journal gives the same bytes.
namespace JournalJson {

inline const QString formatName = QStringLiteral("backstride-journal");
constexpr int formatVersion = 1;

// A journal JSON file read in two passes, so that memory holds one batch of entries, never the
// whole file (a file of 2 million entries is read in the memory of a few thousand): check() reads
// every entry once and reports every problem; read() then hands the entries over in batches.
class Document
{
public:
    // `device` must be open, seekable, and outlive the document. `sourceName` prefixes errors.
    Document(QIODevice& device, const QString& sourceName);
    ~Document();
    // Opens the file at `path` and checks it.
    static Result<std::unique_ptr<Document>> openChecked(const QString& path);

    const QString& sourceName() const;
    // Reads and checks the whole document. Every problem found is reported, each naming its
    // place ("runs[3].distance_m: must be greater than 0"), prefixed with the source's name.
    Status check();
    // After a successful check(): the settings and entries in batches of at most `batchSize`
    // entries, in this order whatever the file's: settings, days, runs, pain (whose run numbers
    // name runs of earlier batches), routines, check-ins, the plan. Stops at the first error
    // `take` returns and returns it.
    using Take = std::function<Status(const JournalContent& batch, const ContentPosition& first)>;
    Status read(const Take& take, int batchSize = 2000);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// A whole document at once (small files, tests): check() and read() into one batch.
Result<JournalContent> parse(const QByteArray& bytes, const QString& sourceName);

Result<QByteArray> serialize(JournalRepository& repository, const DateRange& range = {});

// Whether import treats `path` as a journal file to merge (a .json file, not a folder) rather
// than as activities.
bool isJournalFile(const QString& path);

} // namespace JournalJson
} // namespace backstride
