#pragma once

#include "cli/Command.h"

namespace sd {

// seminar-desk badges --db FILE --seminar ID [--sheet NAME] [--only unprinted|changed] [--skip K]
//                     [--registrations 1,5,9] [--categories FILE] [--offset X,Y] [--calibration] -o FILE
class BadgesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BadgesCommand)

public:
    QString name() const override { return QStringLiteral("badges"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace sd
