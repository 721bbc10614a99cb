#pragma once

#include "cli/Command.h"

namespace sd {

// seminar-desk erase [--db FILE] --older-than 12m [--dry-run] [--format table|json]
class EraseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EraseCommand)

public:
    QString name() const override { return QStringLiteral("erase"); }
    QString summary() const override;
    bool needsGui() const override { return false; }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace sd
