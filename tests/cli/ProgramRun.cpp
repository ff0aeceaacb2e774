#include "ProgramRun.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace backstride::test {

Outcome runProgram(
    const QString& program, const QStringList& arguments, const QMap<QString, QString>& environment)
{
    QProcess process;
    QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isNull())
            processEnvironment.remove(it.key());
        else
            processEnvironment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(processEnvironment);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120'000);
    EXPECT_TRUE(finished) << program.toStdString() << " did not finish within two minutes";
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    return {finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QMap<QString, QString> noDisplay()
{
    return {{QStringLiteral("DISPLAY"), QString()}, {QStringLiteral("WAYLAND_DISPLAY"), QString()},
        {QStringLiteral("QT_QPA_PLATFORM"), QString()}};
}

} // namespace backstride::test
