#include "support/WorkbookTool.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QProcess>

namespace WorkbookTool {

namespace {

const QString python = QStringLiteral("/usr/bin/python3");
const QString script = QStringLiteral(SEMINAR_DESK_SOURCE_DIR "/tests/support/xlsx_tool.py");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList& arguments)
{
    QProcess process;
    process.start(python, QStringList {script} + arguments);
    Run result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

QJsonObject read(const QString& path)
{
    const Run dump = run({QStringLiteral("dump"), path});
    INFO(dump.err.toStdString());
    REQUIRE(dump.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(dump.out, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

void make(const QString& kind, const QString& path)
{
    const Run made = run({QStringLiteral("make"), kind, path});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
}

bool isEncryptedWorkbook(const QString& path)
{
    return run({QStringLiteral("check-encrypted"), path}).exitCode == 0;
}

} // namespace WorkbookTool
