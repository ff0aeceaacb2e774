#pragma once

#include "DateRange.h"
#include "Result.h"
#include "TherapistReport.h"

#include <QStringList>

namespace backstride {

// The headless subcommands of INTERFACES.md (import, export, generate). Each parses its own
// options, prints results on stdout and problems on stderr, and returns the exit status:
// 0 success, 1 bad input or a failed operation (nothing written), 2 bad usage.
namespace CommandLine {

enum ExitCode { Success = 0, Failure = 1, BadUsage = 2 };

// The subcommands' names, in the order --help lists them.
QStringList subcommands();
bool isSubcommand(const QString& word);
// Whether the subcommand draws (export --pdf) and so needs a GUI application (offscreen): the
// window module runs it, with a PdfExporter.
bool needsGui(int argc, char** argv);
// Writes the therapist's report as a PDF. Drawing needs QtGui, so the window module supplies it.
using PdfExporter = Status (*)(JournalRepository& repository, const DateRange& period, const QDate& today,
    const QString& path, const TherapistReport::Sections& sections);
int run(const QStringList& arguments, PdfExporter exportPdf = nullptr);
// The folder of the running binary (/proc/self/exe's): the modules sit in a private folder beside
// it, in the build tree as once installed, and `backstride` itself is there.
QString binaryFolder();

} // namespace CommandLine
} // namespace backstride
