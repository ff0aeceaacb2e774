#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace backstride {

// The options of `backstride` without a subcommand (the window's), in one place for the two that
// read them: the window module, and main(), which answers --help and --version itself so that
// they load no GUI library.
class WindowOptions
{
public:
    WindowOptions();

    // Parses the arguments; returns the exit code when they end the program here: --help,
    // --version, or an unknown option (with the usage on stderr).
    std::optional<int> parse(const QStringList& arguments);
    // Whether the command line asks for --help or --version (before any Qt application exists).
    static bool asksForHelpOrVersion(int argc, char** argv);

    QCommandLineParser parser;
    const QCommandLineOption db;
    const QCommandLineOption demo;
    const QCommandLineOption screenshot;
    const QCommandLineOption exitAfterPaint;
    const QCommandLineOption open;
};

} // namespace backstride
