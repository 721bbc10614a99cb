// The public CSV test suites, read by CsvReader and compared with their expected JSON as parsed
// rows: csv-spectrum (every file) and the W3C CSVW tests whose input is a plain CSV file with an
// expected JSON result (see tests/data/conformance/README.md for their sources and licences).
#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/csv/CsvReader.h"
#include "support/CatchQt.h"

using namespace sd;

namespace {

const QString conformance = QStringLiteral(SEMINAR_DESK_TEST_DATA "/conformance/");

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct Row
{
    qint64 line = 0;
    QJsonObject object;
};

// The rows of the CSV file at PATH as objects keyed by its header, as the suites' JSON has them.
QList<Row> parsedRows(const QString& path, bool keepEmptyValues)
{
    QByteArray bytes = contents(path);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, CsvEncoding::detect(bytes), QLatin1Char(','));
    QStringList header;
    Result<bool> read = reader.next(header);
    INFO(read.error().toStdString());
    REQUIRE(read);
    REQUIRE(*read);
    QList<Row> rows;
    QStringList fields;
    for (;;) {
        read = reader.next(fields);
        INFO(read.error().toStdString());
        REQUIRE(read);
        if (!*read)
            break;
        Row row {reader.recordLine(), {}};
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (keepEmptyValues || !fields.value(i).isEmpty())
                row.object.insert(header.at(i), fields.value(i));
        }
        rows.append(row);
    }
    return rows;
}

QJsonDocument json(const QString& path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(contents(path), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

} // namespace

TEST_CASE("CsvReader reads every csv-spectrum file as its expected JSON", "[csv][conformance]")
{
    // Upstream's expected JSON for location_coordinates.csv has another phone number than its CSV
    // (csv-spectrum 2.0.0): the CSV's is compared, and the mistake is checked to be still there.
    struct Mistake
    {
        QString file;
        QString key;
        QString inCsv;
        QString inJson;
    };
    const QList<Mistake> upstreamMistakes {{QStringLiteral("location_coordinates.csv"),
                                            QStringLiteral("Contact Phone Number"), QStringLiteral("2095257564"),
                                            QStringLiteral("1234567890")}};
    const QDir folder(conformance + QStringLiteral("csv-spectrum/csvs"));
    const QStringList files = folder.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 12);
    for (const QString& name : files) {
        CAPTURE(name);
        const QList<Row> rows = parsedRows(folder.filePath(name), true);
        const QJsonDocument expected = json(conformance + QStringLiteral("csv-spectrum/json/")
                                            + QString(name).replace(QStringLiteral(".csv"), QStringLiteral(".json")));
        // One file's expected result is its single row as an object, not an array.
        QJsonArray expectedRows = expected.isArray() ? expected.array() : QJsonArray {expected.object()};
        for (const Mistake& mistake : upstreamMistakes) {
            if (mistake.file != name)
                continue;
            QJsonObject row = expectedRows.first().toObject();
            REQUIRE(row[mistake.key].toString() == mistake.inJson);
            row[mistake.key] = mistake.inCsv;
            expectedRows[0] = row;
        }
        REQUIRE(rows.size() == expectedRows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            CHECK(rows.at(i).object == expectedRows.at(i).toObject());
    }
}

TEST_CASE("CsvReader reads the W3C CSVW tests of a plain CSV file as their expected JSON", "[csv][conformance]")
{
    // From the suite's manifests: CSV-to-JSON tests with a CSV file as input, no metadata, no options.
    const QList<std::pair<const char*, const char*>> tests {
        {"test001.csv", "test001.json"},   {"test002.csv", "test002.json"}, {"test003.csv", "test003.json"},
        {"test005.csv", "test005.json"},   {"test006.csv", "test006.json"}, {"test007.csv", "test007.json"},
        {"test008.csv", "test008.json"},   {"test009.csv", "test009.json"}, {"test010.csv", "test010.json"},
        {"countries.csv", "test028.json"},
    };
    for (const auto& [csv, result] : tests) {
        CAPTURE(csv);
        // CSVW leaves empty cells out of a row's description.
        const QList<Row> rows = parsedRows(conformance + QStringLiteral("csvw/") + QLatin1String(csv), false);
        const QJsonArray expected = json(conformance + QStringLiteral("csvw/") + QLatin1String(result))
                                        .object()[QStringLiteral("tables")]
                                        .toArray()
                                        .first()
                                        .toObject()[QStringLiteral("row")]
                                        .toArray();
        REQUIRE(!expected.isEmpty());
        REQUIRE(rows.size() == expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = expected.at(i).toObject();
            CHECK(rows.at(i).object == row[QStringLiteral("describes")].toArray().first().toObject());
            // "…/test001.csv#row=2": the line the row is on in the file.
            const QString url = row[QStringLiteral("url")].toString();
            CHECK(rows.at(i).line == url.mid(url.lastIndexOf(QLatin1Char('=')) + 1).toLongLong());
        }
    }
}
