#include "core/data/MigrationStep.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/records/ProgrammeText.h"
#include "core/records/Reading.h"

namespace sd {

Status MigrationStep::apply(const Database& database, int version)
{
    switch (version) {
    case 6:
        return readingsInKatakana(database);
    case 10:
        return programmeItems(database);
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

Status MigrationStep::programmeItems(const Database& database)
{
    // Written with SQL of its own, not through the store: this is the table as version 10 has it.
    QList<std::pair<qint64, QString>> programmes;
    {
        // Read to the end and closed before the column is dropped: a statement still open locks it.
        SqlStatement seminars(database, QStringLiteral("SELECT id, programme FROM seminar WHERE programme <> ''"));
        if (Status ran = seminars.exec(); !ran)
            return ran;
        while (seminars.next())
            programmes.append({seminars.value(0).toLongLong(), seminars.value(1).toString()});
    }
    SqlStatement insert(
        database,
        QStringLiteral("INSERT INTO programme_item (seminar_id, position, starts_at, ends_at, title_ja, "
                       "title_en, kind) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const auto time = [](const QTime& time) {
        return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
    };
    for (const auto& [seminarId, text] : programmes) {
        const QList<ProgrammeItem> items = ProgrammeText::items(text);
        for (int position = 1; position <= items.size(); ++position) {
            const ProgrammeItem& item = items.at(position - 1);
            if (Status inserted = insert.exec({seminarId, position, time(item.startsAt), time(item.endsAt),
                                               item.titleJa, item.titleEn, ProgrammeItem::kindKey(item.kind)});
                !inserted)
                return inserted;
        }
    }
    return runStatement(database, QStringLiteral("ALTER TABLE seminar DROP COLUMN programme"));
}

} // namespace sd
