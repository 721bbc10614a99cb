// The column sets the office exports most: for the venue, for the reception desk, and everything.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/csv/CsvColumn.h"

namespace sd {

class ExportPreset
{
    Q_DECLARE_TR_FUNCTIONS(ExportPreset)

public:
    enum class Kind { Venue, Reception, Full };

    static QList<Kind> kinds();
    static QString key(Kind kind); // "venue", "reception", "full"
    static std::optional<Kind> fromKey(const QString& key);
    static QString displayName(Kind kind);
    // The venue gets no e-mail or phone: no more personal data than it needs.
    static QList<CsvColumn::Field> columns(Kind kind);
};

} // namespace sd
