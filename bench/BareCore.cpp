// The reference for bench/cli.sh: the least a Qt command-line program does — a QCoreApplication,
// its arguments parsed, one line printed — so that a headless backstride command is measured
// against what any Qt Core program costs to start and exit.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral("0"));
    QCommandLineParser parser;
    parser.addVersionOption();
    parser.process(app);
    QTextStream(stdout) << "bare" << Qt::endl;
    return 0;
}
