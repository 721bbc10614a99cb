#pragma once

#include "cli/Command.h"

namespace sd {

// seminar-desk export-csv --db FILE --seminar ID [--preset venue|reception|full] [--columns a,b,...]
//   [--status registered,attended,...] [--encoding utf-8-bom|utf-8|shift_jis]
//   [--delimiter comma|semicolon|tab] [--header en|ja] [--no-formula-guard] -o OUT
class ExportCsvCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCsvCommand)

public:
    QString name() const override { return QStringLiteral("export-csv"); }
    QString summary() const override;
    bool needsGui() const override { return false; }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace sd
