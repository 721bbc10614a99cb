#pragma once

#include "cli/Command.h"

namespace sd {

// seminar-desk demo FILE [--attendees N]
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    bool needsGui() const override { return false; }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace sd
