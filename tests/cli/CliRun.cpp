#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QProcess>

CliRun CliRun::run(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(SEMINAR_DESK_EXECUTABLE));
    process.setArguments(arguments);
    process.start();
    REQUIRE(process.waitForFinished(120000));
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonArray CliRun::jsonArray() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isArray());
    return document.array();
}
