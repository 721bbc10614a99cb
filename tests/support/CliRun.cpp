#include "support/CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

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

QString CliRun::writeRegistrationsCsv(const QTemporaryDir& folder, const QString& name, int rows)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray text = "Family name,Given name,Email\r\n";
    for (int i = 1; i <= rows; ++i)
        text += "Imported" + QByteArray::number(i) + ",Person,person" + QByteArray::number(i) + "@example.org\r\n";
    REQUIRE(file.write(text) == text.size());
    return path;
}

QJsonArray CliRun::jsonArray() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isArray());
    return document.array();
}

QString CliRun::createDemo(const QTemporaryDir& folder, int attendees)
{
    const QString path = folder.filePath(QStringLiteral("demo.sqlite"));
    const CliRun demo = run({QStringLiteral("demo"), path, QStringLiteral("--attendees"), QString::number(attendees)});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    return path;
}
