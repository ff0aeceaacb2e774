#pragma once

namespace backstride {

// `backstride [--db PATH] [--demo] [--screenshot DIR]`: opens the journal window (or renders its
// screens to PNG files and exits). Returns the process exit status.
namespace WindowCommand {

int run(int& argc, char** argv);

} // namespace WindowCommand
} // namespace backstride
