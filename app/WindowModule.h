#pragma once

// The window module (libbackstride-window.so) holds everything that needs Qt's GUI libraries: the
// journal window and the drawn report. `backstride` loads it only when one of these is wanted, so
// a headless command starts with Qt Core alone. The entry points are looked up by these names.
extern "C" {

// The journal window, or its screenshots, `--help` and `--version` (WindowCommand::run).
int backstride_window(int argc, char** argv);
// A subcommand that draws (`export --pdf`): CommandLine::run inside an offscreen GUI application.
int backstride_drawing_command(int argc, char** argv);

} // extern "C"

namespace backstride::WindowModule {

inline constexpr char windowEntry[] = "backstride_window";
inline constexpr char drawingCommandEntry[] = "backstride_drawing_command";

} // namespace backstride::WindowModule
