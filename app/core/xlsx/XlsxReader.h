// Reads the cells of an Excel workbook (.xlsx) as text, row by row, for the import: the zip through
// XlsxArchive (minizip), every part's XML with QXmlStreamReader. Text as written (shared and inline
// strings, Japanese readings left out), numbers as Excel shows them unformatted, dates by their
// number format, booleans as TRUE / FALSE, formulas by the value Excel saved with them.
#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace sd {

class XlsxArchive;

class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    ~XlsxReader();
    Q_DISABLE_COPY_MOVE(XlsxReader)

    // Whether PATH starts as a workbook or another spreadsheet file does (a zip archive, or an
    // old binary Office file): such files are read here, never as CSV, whatever their name.
    static bool isSpreadsheetFile(const QString& path);
    // Opens the workbook at PATH: its sheets, shared strings and number formats. An encrypted
    // workbook, an .xls file and a zip archive that is not a workbook are refused, saying what to do.
    static Result<std::unique_ptr<XlsxReader>> open(const QString& path);

    // The names of the sheets that hold cells, in the workbook's order (charts left out).
    QStringList sheetNames() const;
    // NAME as the workbook spells it, or the first visible sheet when NAME is empty; an unknown
    // name fails, listing the sheets there are.
    Result<QString> sheet(const QString& name) const;
    // Visits each row of SHEET that holds a value: its number (from 1) and its cells' text by
    // column, A first, empty where a cell is empty. VISIT gives false to stop. A refusal names the
    // sheet and the cell; ERROR_ROW, when given, gets its row.
    Status visitRows(const QString& sheet, qint64* errorRow,
                     const std::function<bool(qint64 row, const QStringList& cells)>& visit) const;

    // "B7" for row 7, column 1.
    static QString cellName(qint64 row, int column);
    // Excel's own limit on one cell; a longer cell was not written by Excel, and no field of the
    // desk needs more.
    static constexpr int cellCharacterLimit = 32767;

private:
    struct Sheet
    {
        QString name;
        QString part; // "xl/worksheets/sheet1.xml"
        bool cells = true; // false for a chart sheet
        bool visible = true;
    };
    class RowParser;

    XlsxReader() = default;
    Status readWorkbook();
    Status readSharedStrings(const QString& part);
    Status readStyles(const QString& part);

    QString m_path;
    std::unique_ptr<XlsxArchive> m_archive;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles; // by cell format (the s attribute): whether its numbers are dates
    bool m_date1904 = false;
};

} // namespace sd
