#pragma once

#include <QStringList>

namespace backstride {

// The headless subcommands of INTERFACES.md (import, export, generate). Each parses its own
// options, prints results on stdout and problems on stderr, and returns the exit status:
// 0 success, 1 bad input or a failed operation (nothing written), 2 bad usage.
namespace CommandLine {

enum ExitCode { Success = 0, Failure = 1, BadUsage = 2 };

bool isSubcommand(const QString& word);
// Whether the subcommand draws (export --pdf) and so needs a GUI application (offscreen).
bool needsGui(int argc, char** argv);
int run(const QStringList& arguments);

} // namespace CommandLine
} // namespace backstride
