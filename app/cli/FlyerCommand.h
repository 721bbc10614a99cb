#pragma once

#include "cli/Command.h"

namespace sd {

// seminar-desk flyer --db FILE --seminar ID [--language ja|en|both] [--image FILE] -o FILE
class FlyerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FlyerCommand)

public:
    QString name() const override { return QStringLiteral("flyer"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace sd
