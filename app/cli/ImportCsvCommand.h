#pragma once

#include "cli/Command.h"

namespace sd {

// seminar-desk import-csv --db FILE --seminar ID IN [--mapping MAP.json] [--encoding auto|utf-8|shift_jis]
//   [--delimiter auto|comma|semicolon|tab] [--sheet NAME] [--dry-run] [--format table|json]
// IN is a CSV file or an Excel workbook, told apart by its content.
class ImportCsvCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCsvCommand)

public:
    QString name() const override { return QStringLiteral("import-csv"); }
    QString summary() const override;
    bool needsGui() const override { return false; }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace sd
