#pragma once

#include "cli/Command.h"

namespace sd {

// seminar-desk sheets [--format table|json]
class SheetsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SheetsCommand)

public:
    QString name() const override { return QStringLiteral("sheets"); }
    QString summary() const override;
    bool needsGui() const override { return false; }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace sd
