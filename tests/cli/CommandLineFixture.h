#pragma once

// What the tests of cli/CommandLineTest.cpp, cli/CommandLineFilesAndDaysTest.cpp share (split from one file to keep each under 650 lines).
#include "JournalFile.h"
#include "JournalLock.h"
#include "ProgramRun.h"
#include "SqliteDatabase.h"
#include "TestJournal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace backstride::cli_test {

using test::readFile;
using test::writeFile;

using test::Outcome;
using test::runProgram;

inline Outcome backstride(const QStringList& arguments, const QMap<QString, QString>& environment = {})
{
    return runProgram(QStringLiteral(BACKSTRIDE_BINARY), arguments, environment);
}

const QMap<QString, QString> kNoDisplay = test::noDisplay();
const QMap<QString, QString> kGerman {{QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}};

class CommandLine : public ::testing::Test
{
protected:
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

} // namespace backstride::cli_test
