#pragma once

#include "cli/SeminarDayCommand.h"

namespace sd {

// seminar-desk attendance --seminar ID [--format table|json|csv] [--language ja|en] [-o FILE.pdf]
class AttendanceCommand : public SeminarDayCommand
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceCommand)

public:
    QString name() const override { return QStringLiteral("attendance"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace sd
