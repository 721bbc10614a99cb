#include "core/data/MigrationStep.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/records/Reading.h"

namespace sd {

Status MigrationStep::apply(const Database& database, int version)
{
    switch (version) {
    case 6:
        return readingsInKatakana(database);
    default:
        return {};
    }
}

Status MigrationStep::readingsInKatakana(const Database& database)
{
    // TABLE's rows whose reading COLUMNS change, with the new readings; only those are written.
    const auto convert = [&database](const QString& table, const QStringList& columns) -> Status {
        SqlStatement rows(database,
                          QStringLiteral("SELECT id, %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
        if (Status ran = rows.exec(); !ran)
            return ran;
        QStringList assignments;
        for (const QString& column : columns)
            assignments.append(column + QStringLiteral(" = ?"));
        SqlStatement update(
            database,
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))));
        while (rows.next()) {
            QVariantList values;
            bool changed = false;
            for (int column = 1; column <= columns.size(); ++column) {
                const QString stored = rows.value(column).toString();
                const QString katakana = Reading::katakana(stored);
                changed = changed || katakana != stored;
                values.append(katakana);
            }
            if (!changed)
                continue;
            values.append(rows.value(0));
            if (Status updated = update.exec(values); !updated)
                return updated;
        }
        return {};
    };
    if (Status converted
        = convert(QStringLiteral("attendee"), {QStringLiteral("family_reading"), QStringLiteral("given_reading")});
        !converted)
        return converted;
    return convert(QStringLiteral("contact"), {QStringLiteral("reading")});
}

} // namespace sd
