#pragma once

#include "cli/Command.h"

namespace sd {

// seminar-desk export-xlsx --db FILE --seminar ID [--preset venue|reception|full] [--columns a,b,...]
//   [--status registered,attended,...] [--header en|ja] -o OUT.xlsx
class ExportXlsxCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportXlsxCommand)

public:
    QString name() const override { return QStringLiteral("export-xlsx"); }
    QString summary() const override;
    bool needsGui() const override { return false; }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace sd
