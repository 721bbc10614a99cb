#pragma once

#include "cli/SeminarDayCommand.h"

namespace sd {

// seminar-desk booth-sheet --db FILE --seminar ID [--language ja|en|both] -o booths.pdf
class BoothSheetCommand : public SeminarDayCommand
{
    Q_DECLARE_TR_FUNCTIONS(BoothSheetCommand)

public:
    QString name() const override { return QStringLiteral("booth-sheet"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace sd
