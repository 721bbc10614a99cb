// The tests' independent reader and maker of Excel workbooks: tests/support/xlsx_tool.py, run by
// Debian's Python (/usr/bin/python3, which has python3-openpyxl; a python3 earlier on the PATH
// may be another one).
#pragma once

#include <QJsonObject>
#include <QString>

namespace WorkbookTool {

// The workbook at PATH as openpyxl reads it (see xlsx_tool.py dump); fails the test if it cannot.
QJsonObject read(const QString& path);
// Writes the workbook KIND (a maker of xlsx_tool.py) to PATH; fails the test if it cannot.
void make(const QString& kind, const QString& path);
// Whether msoffcrypto takes PATH for a password-protected workbook.
bool isEncryptedWorkbook(const QString& path);

} // namespace WorkbookTool
