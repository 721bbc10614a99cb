#include "core/csv/ExportPreset.h"

namespace sd {

QList<ExportPreset::Kind> ExportPreset::kinds()
{
    return {Kind::Venue, Kind::Reception, Kind::Full};
}

QString ExportPreset::key(Kind kind)
{
    switch (kind) {
    case Kind::Venue:
        return QStringLiteral("venue");
    case Kind::Reception:
        return QStringLiteral("reception");
    case Kind::Full:
        return QStringLiteral("full");
    }
    return {};
}

std::optional<ExportPreset::Kind> ExportPreset::fromKey(const QString& key)
{
    for (Kind kind : kinds()) {
        if (ExportPreset::key(kind) == key.trimmed().toLower())
            return kind;
    }
    return std::nullopt;
}

QString ExportPreset::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Venue:
        return tr("For the venue (no e-mail or phone)");
    case Kind::Reception:
        return tr("For the reception desk");
    case Kind::Full:
        return tr("Every field");
    }
    return {};
}

QList<CsvColumn::Field> ExportPreset::columns(Kind kind)
{
    using F = CsvColumn::Field;
    switch (kind) {
    case Kind::Venue:
        return {F::DisplayName, F::LatinName, F::Organisation, F::Category, F::ReceiverNeeded};
    case Kind::Reception:
        // Ticked by hand at the door: numbered rows, who needs a receiver, and an empty column to tick.
        return {F::RowNumber, F::FamilyName,     F::GivenName,   F::FamilyReading, F::GivenReading, F::Organisation,
                F::Category,  F::ReceiverNeeded, F::CheckInCode, F::Status,        F::CheckInMark};
    case Kind::Full:
        break;
    }
    QList<F> every;
    for (const CsvColumn& column : CsvColumn::all()) {
        // Every stored field once: not the joined name and reading, nor the row number and the empty
        // column of the reception list.
        if (column.field != F::DisplayName && column.field != F::DisplayReading && column.field != F::RowNumber
            && column.field != F::CheckInMark)
            every.append(column.field);
    }
    return every;
}

} // namespace sd
