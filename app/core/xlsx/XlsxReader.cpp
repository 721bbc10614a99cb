#include "core/xlsx/XlsxReader.h"

#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include "core/xlsx/XlsxArchive.h"

namespace sd {

namespace {

constexpr qint64 partLimit = qint64(256) << 20; // shared strings, styles and the workbook, unpacked
constexpr qint64 oldFileScanLimit = qint64(64) << 20;
const QByteArray zipSignature("PK\x03\x04", 4);
const QByteArray emptyZipSignature("PK\x05\x06", 4);
const QByteArray compoundFileSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// The last part of a relationship type: "officeDocument", "worksheet", "sharedStrings" ...
// (transitional and strict workbooks use different URIs with the same ending).
QStringView relationshipKind(QStringView type)
{
    return type.mid(type.lastIndexOf(QLatin1Char('/')) + 1);
}

// The part a relationship of SOURCE points to: TARGET relative to SOURCE's folder, or absolute.
QString partOf(const QString& source, QStringView target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1).toString());
    const QString folder = source.isEmpty() ? QString() : QFileInfo(source).path();
    return QDir::cleanPath(folder.isEmpty() || folder == QLatin1String(".")
                               ? target.toString()
                               : folder + QLatin1Char('/') + target.toString());
}

QString relationshipsOf(const QString& part)
{
    const QFileInfo info(part);
    const QString folder = info.path() == QLatin1String(".") ? QString() : info.path() + QLatin1Char('/');
    return folder + QStringLiteral("_rels/") + info.fileName() + QStringLiteral(".rels");
}

// Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" sequence as _x005F_x...).
void decodeEscapes(QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString decoded;
    qsizetype last = 0;
    QRegularExpressionMatchIterator matches = escape.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        decoded += QChar(char16_t(match.capturedView(1).toUShort(nullptr, 16)));
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    text = decoded;
}

// The built-in number formats that show a date or a time (Japanese Excel's among them).
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// Whether a custom number format shows a date or a time: a d, m, y, h or s (or a Japanese era: g,
// e) outside quoted text, escapes and colour or locale brackets, in its first section.
bool isDateFormatCode(const QString& code)
{
    static const QRegularExpression literal(QStringLiteral(R"("[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]|[Ee][+-])"));
    QString bare = code.section(QLatin1Char(';'), 0, 0);
    bare.remove(literal);
    bare.remove(QStringLiteral("general"), Qt::CaseInsensitive);
    static const QRegularExpression dateLetter(QStringLiteral("[dmyhsgeDMYHSGE]"));
    return bare.contains(dateLetter);
}

QString clockText(const QTime& time)
{
    return time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

// A date serial number as text: "2027-02-12", "2027-02-12 13:30", or "13:30" for a time alone.
QString dateText(double serial, bool date1904)
{
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 days = seconds / 86400;
    const QTime time = QTime(0, 0).addSecs(int(seconds % 86400));
    if (days == 0 && !date1904)
        return clockText(time);
    // 1900-based serials count the 29th of February 1900 that never was (as Lotus 1-2-3 did).
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : (days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30));
    const QString date = epoch.addDays(days).toString(Qt::ISODate);
    return time == QTime(0, 0) ? date : date + QLatin1Char(' ') + clockText(time);
}

QString numberText(double number)
{
    if (std::floor(number) == number && std::fabs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15); // the digits Excel keeps
}

// Column index from "B7" (1), or -1.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i)
        column = column * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
    return i == 0 ? -1 : column - 1;
}

qint64 rowOf(QStringView reference)
{
    qsizetype i = 0;
    while (i < reference.size() && reference[i].isLetter())
        ++i;
    return reference.mid(i).toLongLong();
}

// Rows handed from the thread that parses a sheet to the one that visits them, in batches; the
// parser waits while enough are waiting.
class RowHandoff
{
public:
    using Batch = std::vector<std::pair<qint64, QStringList>>;

    // From the parser: false once the visitor wants no more.
    bool put(qint64 row, const QStringList& cells)
    {
        m_filling.emplace_back(row, cells);
        if (m_filling.size() < batchRows)
            return true;
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < waitingBatches || m_cancelled; });
        m_batches.push_back(std::exchange(m_filling, {}));
        m_changed.notify_all();
        return !m_cancelled;
    }
    // From the parser, at its end.
    void close()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_filling.empty())
            m_batches.push_back(std::exchange(m_filling, {}));
        m_closed = true;
        m_changed.notify_all();
    }
    // From the visitor: the next batch, or false when there are no more.
    bool take(Batch& batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    // From the visitor: it stopped.
    void cancel()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

private:
    static constexpr std::size_t batchRows = 256;
    static constexpr std::size_t waitingBatches = 16;

    Batch m_filling; // the parser's own
    std::deque<Batch> m_batches;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace

// Turns a sheet's XML into rows as it streams in: Excel's sheets hold a million rows and more,
// so nothing waits for the whole part.
class XlsxReader::RowParser
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    RowParser(const XlsxReader& reader, const QString& sheet,
              const std::function<bool(qint64 row, const QStringList& cells)>& visit)
        : m_reader(reader)
        , m_sheet(sheet)
        , m_visit(visit)
    {
    }

    // Parses what has arrived; false when done (stopped, refused or at the end).
    bool parse(QByteArrayView chunk)
    {
        m_xml.addData(chunk.toByteArray());
        while (!m_done) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::Invalid) {
                if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                    return true; // the next chunk goes on from here
                refuse(tr("Sheet “%1” is damaged: %2 (line %3 of its XML).")
                           .arg(m_sheet, m_xml.errorString())
                           .arg(m_xml.lineNumber()),
                       m_row);
            } else if (token == QXmlStreamReader::StartElement) {
                start();
            } else if (token == QXmlStreamReader::EndElement) {
                end();
            } else if (token == QXmlStreamReader::Characters && m_capturing) {
                m_value += m_xml.text();
            } else if (token == QXmlStreamReader::EndDocument) {
                m_done = true;
            }
        }
        return false;
    }

    // After the last chunk: the result, and the row of a refusal.
    Status finish(qint64* errorRow)
    {
        if (!m_done && !m_stopped && m_error.isEmpty())
            refuse(tr("Sheet “%1” ends before its end: the workbook is damaged.").arg(m_sheet), m_row);
        if (m_error.isEmpty())
            return {};
        if (errorRow)
            *errorRow = m_errorRow;
        return fail(m_error);
    }

private:
    void refuse(const QString& message, qint64 row)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorRow = row;
        }
        m_done = true;
    }

    QString cellName() const { return XlsxReader::cellName(m_row, m_column); }

    void start()
    {
        const QStringView name = m_xml.name();
        if (name == u"c") {
            const QXmlStreamAttributes attributes = m_xml.attributes();
            const QStringView reference = attributes.value(QLatin1String("r"));
            m_column = reference.isEmpty() ? m_column + 1 : columnOf(reference);
            m_style = attributes.value(QLatin1String("s")).toInt();
            m_type = attributes.value(QLatin1String("t")).toString();
            m_value.clear();
            m_hasValue = false;
            m_hasFormula = false;
        } else if (name == u"row") {
            const QStringView number = m_xml.attributes().value(QLatin1String("r"));
            m_row = number.isEmpty() ? m_row + 1 : number.toLongLong();
            m_column = -1;
            m_cells.clear();
        } else if (name == u"v") {
            m_capturing = true;
        } else if (name == u"t") {
            m_capturing = !m_inPhonetic; // the reading Japanese Excel keeps beside a name is not the name
        } else if (name == u"rPh") {
            m_inPhonetic = true;
        } else if (name == u"f") {
            m_hasFormula = true;
        } else if (name == u"mergeCell") {
            checkMerge(m_xml.attributes().value(QLatin1String("ref")));
        }
    }

    void end()
    {
        const QStringView name = m_xml.name();
        if (name == u"c") {
            endCell();
        } else if (name == u"row") {
            endRow();
        } else if (name == u"v" || name == u"is") {
            m_capturing = false;
            m_hasValue = true;
        } else if (name == u"t") {
            m_capturing = false;
        } else if (name == u"rPh") {
            m_inPhonetic = false;
        }
    }

    void endCell()
    {
        // A formula's value is in <v>: an empty one is an empty text (t="str") or no value at all.
        if (m_hasFormula && (!m_hasValue || (m_value.isEmpty() && m_type != QLatin1String("str")))) {
            refuse(tr("Sheet “%1”, cell %2: the formula has no saved value. Open the workbook in Excel, "
                      "let it calculate, save it and import it again.")
                       .arg(m_sheet, cellName()),
                   m_row);
            return;
        }
        if (!m_hasValue || m_column < 0)
            return;
        QString text;
        if (m_type == QLatin1String("s")) {
            bool ok = false;
            const qsizetype index = m_value.toLongLong(&ok);
            if (!ok || index < 0 || index >= m_reader.m_sharedStrings.size()) {
                refuse(tr("Sheet “%1”, cell %2 refers to a text the workbook does not hold: the workbook is damaged.")
                           .arg(m_sheet, cellName()),
                       m_row);
                return;
            }
            text = m_reader.m_sharedStrings.at(index);
        } else if (m_type == QLatin1String("inlineStr") || m_type == QLatin1String("str")
                   || m_type == QLatin1String("e")) {
            text = m_value;
            decodeEscapes(text);
        } else if (m_type == QLatin1String("b")) {
            text = m_value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (m_type == QLatin1String("d")) {
            text = m_value.replace(QLatin1Char('T'), QLatin1Char(' ')).left(16);
        } else if (!m_value.isEmpty()) {
            bool ok = false;
            const double number = m_value.toDouble(&ok);
            if (!ok) {
                refuse(tr("Sheet “%1”, cell %2 holds “%3”, which is not a number: the workbook is damaged.")
                           .arg(m_sheet, cellName(), m_value.left(40)),
                       m_row);
                return;
            }
            text = m_reader.m_dateStyles.value(m_style) ? dateText(number, m_reader.m_date1904) : numberText(number);
        }
        if (text.size() > XlsxReader::cellCharacterLimit) {
            refuse(tr("Sheet “%1”, cell %2 holds %3 characters, more than the %4 an Excel cell can: shorten it "
                      "and save the workbook again.")
                       .arg(m_sheet, cellName())
                       .arg(text.size())
                       .arg(XlsxReader::cellCharacterLimit),
                   m_row);
            return;
        }
        if (text.isEmpty())
            return;
        if (m_cells.size() <= m_column)
            m_cells.resize(m_column + 1);
        m_cells[m_column] = text;
    }

    void endRow()
    {
        if (m_cells.isEmpty())
            return;
        if (m_firstRow == 0)
            m_firstRow = m_row;
        m_lastRow = m_row;
        m_lastColumn = qMax(m_lastColumn, int(m_cells.size()) - 1);
        if (!m_visit(m_row, m_cells)) {
            m_stopped = true;
            m_done = true;
        }
    }

    // Merged cells hold one value for several columns or rows: no row could be read right.
    // (Excel lists them after the cells.)
    void checkMerge(QStringView range)
    {
        const qsizetype colon = range.indexOf(QLatin1Char(':'));
        const QStringView first = range.left(colon);
        const QStringView last = colon < 0 ? first : range.mid(colon + 1);
        const bool inData = m_firstRow > 0 && rowOf(first) <= m_lastRow && rowOf(last) >= m_firstRow
            && columnOf(first) <= m_lastColumn;
        if (inData)
            refuse(tr("Sheet “%1”, cells %2 are merged. Unmerge them (Home ▸ Merge & Center) so that each "
                      "column has its own value, save the workbook and import it again.")
                       .arg(m_sheet, range.toString()),
                   qMax(rowOf(first), m_firstRow));
    }

    const XlsxReader& m_reader;
    const QString m_sheet;
    const std::function<bool(qint64, const QStringList&)>& m_visit;
    QXmlStreamReader m_xml;
    QStringList m_cells;
    QString m_value;
    QString m_type;
    qint64 m_row = 0;
    int m_column = -1;
    int m_style = 0;
    bool m_capturing = false;
    bool m_inPhonetic = false;
    bool m_hasValue = false;
    bool m_hasFormula = false;
    qint64 m_firstRow = 0; // the first row with a value: the header
    qint64 m_lastRow = 0;
    int m_lastColumn = -1;
    bool m_done = false;
    bool m_stopped = false;
    QString m_error;
    qint64 m_errorRow = 0;
};

XlsxReader::~XlsxReader() = default;

bool XlsxReader::isSpreadsheetFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(compoundFileSignature.size());
    return head.startsWith(zipSignature) || head.startsWith(emptyZipSignature) || head == compoundFileSignature;
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read “%1”: %2").arg(path, file.errorString()));
    const QString name = QFileInfo(path).fileName();
    if (file.read(compoundFileSignature.size()) == compoundFileSignature) {
        // An encrypted .xlsx is an old-style compound file holding the encrypted workbook; its
        // stream names are stored in UTF-16.
        const QByteArray bytes = file.read(oldFileScanLimit);
        const QByteArray encrypted = QByteArray::fromRawData(reinterpret_cast<const char*>(u"EncryptedPackage"), 32);
        if (bytes.contains(encrypted))
            return fail(tr("“%1” is protected with a password. Open it in Excel, remove the password (File ▸ Info ▸ "
                           "Protect Workbook ▸ Encrypt with Password), save it and import it again.")
                            .arg(name));
        return fail(tr("“%1” is in the old Excel 97–2003 format (.xls). Open it in Excel and save it as an Excel "
                       "workbook (.xlsx), then import that.")
                        .arg(name));
    }
    file.close();

    Result<std::unique_ptr<XlsxArchive>> archive = XlsxArchive::open(path);
    if (!archive)
        return fail(archive.error());
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    reader->m_path = path;
    reader->m_archive = std::move(*archive);
    if (Status read = reader->readWorkbook(); !read)
        return fail(tr("“%1”: %2").arg(name, read.error()));
    return reader;
}

Status XlsxReader::readWorkbook()
{
    const auto notWorkbook = [this] {
        return fail(tr("this zip archive is not an Excel workbook. Choose an .xlsx file or a CSV file."));
    };
    // The package's own relationships name the main part; a workbook's root element is <workbook>.
    Result<QByteArray> packageRelationships = m_archive->read(QStringLiteral("_rels/.rels"), partLimit);
    if (!packageRelationships)
        return notWorkbook();
    QString workbookPart;
    QXmlStreamReader xml(*packageRelationships);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship"
            && relationshipKind(xml.attributes().value(QLatin1String("Type"))) == u"officeDocument")
            workbookPart = partOf(QString(), xml.attributes().value(QLatin1String("Target")));
    }
    if (workbookPart.isEmpty())
        return notWorkbook();
    Result<QByteArray> workbook = m_archive->read(workbookPart, partLimit);
    if (!workbook)
        return notWorkbook();

    struct SheetEntry
    {
        QString name;
        QString relationship;
        bool visible;
    };
    QList<SheetEntry> entries;
    xml.clear();
    xml.addData(*workbook);
    bool rootSeen = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (!rootSeen) {
            if (xml.name() != u"workbook")
                return notWorkbook();
            rootSeen = true;
        } else if (xml.name() == u"workbookPr") {
            const QStringView date1904 = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = date1904 == u"1" || date1904 == u"true";
        } else if (xml.name() == u"sheet") {
            const QXmlStreamAttributes attributes = xml.attributes();
            QString relationship;
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.name() == u"id")
                    relationship = attribute.value().toString();
            }
            entries.append({attributes.value(QLatin1String("name")).toString(), relationship,
                            attributes.value(QLatin1String("state")).isEmpty()
                                || attributes.value(QLatin1String("state")) == u"visible"});
        }
    }
    if (xml.hasError() || !rootSeen)
        return fail(tr("its workbook part is damaged: %1.").arg(xml.errorString()));

    QHash<QString, QPair<QString, QString>> targets; // relationship id -> kind, part
    QString sharedStrings;
    QString styles;
    const QString relationships = relationshipsOf(workbookPart);
    if (Result<QByteArray> bytes = m_archive->read(relationships, partLimit)) {
        QXmlStreamReader rels(*bytes);
        while (!rels.atEnd()) {
            if (rels.readNext() != QXmlStreamReader::StartElement || rels.name() != u"Relationship")
                continue;
            const QXmlStreamAttributes attributes = rels.attributes();
            const QString kind = relationshipKind(attributes.value(QLatin1String("Type"))).toString();
            const QString part = partOf(workbookPart, attributes.value(QLatin1String("Target")));
            targets.insert(attributes.value(QLatin1String("Id")).toString(), {kind, part});
            if (kind == QLatin1String("sharedStrings"))
                sharedStrings = part;
            else if (kind == QLatin1String("styles"))
                styles = part;
        }
    }
    for (const SheetEntry& entry : entries) {
        const auto target = targets.value(entry.relationship);
        if (target.second.isEmpty())
            return fail(tr("the sheet “%1” is missing from the workbook: the workbook is damaged.").arg(entry.name));
        m_sheets.append({entry.name, target.second, target.first == QLatin1String("worksheet"), entry.visible});
    }
    if (!sharedStrings.isEmpty()) {
        if (Status read = readSharedStrings(sharedStrings); !read)
            return read;
    }
    if (!styles.isEmpty())
        return readStyles(styles);
    return {};
}

Status XlsxReader::readSharedStrings(const QString& part)
{
    Result<QByteArray> bytes = m_archive->read(part, partLimit);
    if (!bytes)
        return fail(bytes.error());
    QXmlStreamReader xml(*bytes);
    QString text;
    bool capturing = false;
    bool inPhonetic = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"si")
                text.clear();
            else if (xml.name() == u"rPh")
                inPhonetic = true;
            else if (xml.name() == u"t")
                capturing = !inPhonetic;
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"si") {
                decodeEscapes(text);
                m_sharedStrings.append(text);
            } else if (xml.name() == u"rPh") {
                inPhonetic = false;
            } else if (xml.name() == u"t") {
                capturing = false;
            }
            break;
        case QXmlStreamReader::Characters:
            if (capturing)
                text += xml.text();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return fail(tr("its shared texts are damaged: %1.").arg(xml.errorString()));
    return {};
}

Status XlsxReader::readStyles(const QString& part)
{
    Result<QByteArray> bytes = m_archive->read(part, partLimit);
    if (!bytes)
        return fail(bytes.error());
    QXmlStreamReader xml(*bytes);
    QHash<int, bool> customDates;
    bool inCellFormats = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellFormats = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            customDates.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                               isDateFormatCode(attributes.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == u"cellXfs") {
            inCellFormats = true;
        } else if (xml.name() == u"xf" && inCellFormats) {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            m_dateStyles.append(customDates.contains(id) ? customDates.value(id) : isBuiltInDateFormat(id));
        }
    }
    if (xml.hasError())
        return fail(tr("its number formats are damaged: %1.").arg(xml.errorString()));
    return {};
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet& sheet : m_sheets) {
        if (sheet.cells)
            names.append(sheet.name);
    }
    return names;
}

Result<QString> XlsxReader::sheet(const QString& name) const
{
    const QString file = QFileInfo(m_path).fileName();
    if (name.isEmpty()) {
        for (const Sheet& sheet : m_sheets) {
            if (sheet.cells && sheet.visible)
                return sheet.name;
        }
        if (!sheetNames().isEmpty())
            return sheetNames().first();
        return fail(tr("“%1” has no sheet with cells.").arg(file));
    }
    for (const Sheet& sheet : m_sheets) {
        if (sheet.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (!sheet.cells)
                return fail(tr("“%1” in “%2” is a chart, not a sheet of cells.").arg(sheet.name, file));
            return sheet.name;
        }
    }
    return fail(tr("“%1” has no sheet named “%2”; its sheets are: %3.")
                    .arg(file, name, sheetNames().join(QStringLiteral(", "))));
}

Status XlsxReader::visitRows(const QString& sheet, qint64* errorRow,
                             const std::function<bool(qint64 row, const QStringList& cells)>& visit) const
{
    QString part;
    for (const Sheet& entry : m_sheets) {
        if (entry.name == sheet)
            part = entry.part;
    }
    // The XML is parsed on a thread of its own while VISIT (an import's database work) runs here:
    // QXmlStreamReader costs more than storing the rows.
    RowHandoff handoff;
    Status streamed;
    Status parsed;
    qint64 parsedErrorRow = 0;
    std::thread parsing([&] {
        const std::function<bool(qint64, const QStringList&)> put = [&handoff](qint64 row, const QStringList& cells) {
            return handoff.put(row, cells);
        };
        RowParser parser(*this, sheet, put);
        streamed = m_archive->stream(part, [&parser](QByteArrayView chunk) { return parser.parse(chunk); });
        parsed = parser.finish(&parsedErrorRow);
        handoff.close();
    });
    RowHandoff::Batch batch;
    bool more = true;
    while (more && handoff.take(batch)) {
        for (const auto& [row, cells] : batch) {
            if (!visit(row, cells)) {
                more = false;
                handoff.cancel();
                break;
            }
        }
    }
    parsing.join();
    if (!parsed) {
        if (errorRow)
            *errorRow = parsedErrorRow;
        return parsed;
    }
    if (!streamed)
        return fail(tr("Sheet “%1”: %2.").arg(sheet, streamed.error()));
    return {};
}

QString XlsxReader::cellName(qint64 row, int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters + QString::number(row);
}

} // namespace sd
