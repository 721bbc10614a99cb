#pragma once

#include "cli/SeminarDayCommand.h"

namespace sd {

// seminar-desk reception-list --seminar ID [--desks N] [--language ja|en] -o list.pdf
class ReceptionListCommand : public SeminarDayCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionListCommand)

public:
    QString name() const override { return QStringLiteral("reception-list"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace sd
