#pragma once

#include "CommandLine.h"

#include <QStringList>

// The subcommands of INTERFACES.md, one file each (backup and restore share one). Each parses its
// own options and returns the exit status (CommandLine::ExitCode).
namespace backstride::cli {

int importCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int exportCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int generateCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int flagsCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int factorsCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int weeklyCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int outcomesCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int syncCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int settingsCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int exercisesCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int programmeCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int todayCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int remindCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int planCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int backupCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
int restoreCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf);

} // namespace backstride::cli
