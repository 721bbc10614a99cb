#pragma once

#include "cli/Command.h"

namespace sd {

// seminar-desk copy-db FROM TO: copies a whole database, an SQLite file or one on a PostgreSQL
// server (postgresql://...), into a new file or an empty server database, and checks the copy.
class CopyDatabaseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CopyDatabaseCommand)

public:
    QString name() const override { return QStringLiteral("copy-db"); }
    QString summary() const override;
    bool needsGui() const override { return false; }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace sd
