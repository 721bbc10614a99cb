#pragma once

#include "cli/Command.h"

namespace sd {

// seminar-desk demo FILE|URL [--attendees N]
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    bool needsGui() const override { return false; }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

private:
    static int fillSharedDatabase(const QString& address, int attendees, QTextStream& out, QTextStream& err);
};

} // namespace sd
