#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace backstride::test {

// What a finished program left: its exit status (-1 when it crashed or hung) and its output.
struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `program` to its end; `environment` adds to (or overrides) the test's own environment,
// and a null value removes the variable.
Outcome runProgram(
    const QString& program, const QStringList& arguments, const QMap<QString, QString>& environment = {});

// As over ssh or in CI: no display, and no platform chosen.
QMap<QString, QString> noDisplay();

} // namespace backstride::test
