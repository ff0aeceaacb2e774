#include "CommandLine.h"

#include "SubcommandSupport.h"
#include "Subcommands.h"

#include <QFileInfo>

namespace backstride {
namespace {

// Every subcommand, in the order --help lists them.
struct Subcommand
{
    const char* name;
    int (*run)(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
};

const Subcommand subcommandTable[] = {
    {"import", cli::importCommand},
    {"sync", cli::syncCommand},
    {"export", cli::exportCommand},
    {"flags", cli::flagsCommand},
    {"factors", cli::factorsCommand},
    {"weekly", cli::weeklyCommand},
    {"outcomes", cli::outcomesCommand},
    {"plan", cli::planCommand},
    {"exercises", cli::exercisesCommand},
    {"programme", cli::programmeCommand},
    {"today", cli::todayCommand},
    {"remind", cli::remindCommand},
    {"settings", cli::settingsCommand},
    {"generate", cli::generateCommand},
    {"backup", cli::backupCommand},
    {"restore", cli::restoreCommand},
};

const Subcommand* findSubcommand(const QString& word)
{
    for (const Subcommand& subcommand : subcommandTable) {
        if (word == QLatin1String(subcommand.name))
            return &subcommand;
    }
    return nullptr;
}

} // namespace

QStringList CommandLine::subcommands()
{
    QStringList names;
    for (const Subcommand& subcommand : subcommandTable)
        names.append(QLatin1String(subcommand.name));
    return names;
}

bool CommandLine::isSubcommand(const QString& word)
{
    return findSubcommand(word) != nullptr;
}

bool CommandLine::needsGui(int argc, char** argv)
{
    if (argc < 2 || qstrcmp(argv[1], "export") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList& arguments, PdfExporter exportPdf)
{
    const Subcommand* subcommand = findSubcommand(arguments.value(1));
    if (!subcommand)
        return cli::fail(QCoreApplication::translate("CommandLine", "backstride: unknown command “%1”")
                             .arg(arguments.value(1)));
    QStringList rest = arguments;
    rest.removeAt(0); // "backstride import --db x" parses as program "import" with its options
    return subcommand->run(rest, exportPdf);
}

QString CommandLine::binaryFolder()
{
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
}

} // namespace backstride
