#include "core/stores/ProgrammeStore.h"

#include <QHash>

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/data/Transaction.h"

namespace sd {

namespace {

QVariant storedTime(const QTime& time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QTime timeFrom(const QVariant& stored)
{
    return stored.isNull() ? QTime() : QTime::fromString(stored.toString(), QStringLiteral("HH:mm"));
}

// "3 “Keynote”": an item as a message names it, by its number in the programme and its title.
QString named(const QList<ProgrammeItem>& items, int index)
{
    const QString title = items.at(index).localTitle();
    return title.isEmpty()
        ? QString::number(index + 1)
        : ProgrammeStore::tr("%1 “%2”", "a programme item by its number and title").arg(index + 1).arg(title);
}

// The end of an item for overlaps: an item without an end takes no time.
QTime endOf(const ProgrammeItem& item)
{
    return item.endsAt.isValid() ? item.endsAt : item.startsAt;
}

} // namespace

ProgrammeStore::ProgrammeStore(const Database& database)
    : m_database(database)
{
}

Result<QList<ProgrammeItem>> ProgrammeStore::forSeminar(qint64 seminarId) const
{
    auto items = selectRows<ProgrammeItem>(
        m_database,
        QStringLiteral("SELECT id, seminar_id, starts_at, ends_at, title_ja, title_en, language, kind "
                       "FROM programme_item WHERE seminar_id = ? ORDER BY position"),
        {seminarId}, [](const SqlStatement& row) {
            ProgrammeItem item;
            item.id = row.value(0).toLongLong();
            item.seminarId = row.value(1).toLongLong();
            item.startsAt = timeFrom(row.value(2));
            item.endsAt = timeFrom(row.value(3));
            item.titleJa = row.value(4).toString();
            item.titleEn = row.value(5).toString();
            item.language = row.value(6).toString();
            item.kind = ProgrammeItem::kindFromKey(row.value(7).toString()).value_or(ProgrammeItem::Kind::Text);
            return item;
        });
    if (!items)
        return fail(items.error());
    QHash<qint64, int> indexOfItem;
    for (int index = 0; index < items->size(); ++index)
        indexOfItem.insert(items->at(index).id, index);
    SqlStatement speakers(m_database,
                          QStringLiteral("SELECT programme_speaker.item_id, programme_speaker.name, "
                                         "programme_speaker.affiliation FROM programme_speaker JOIN programme_item "
                                         "ON programme_item.id = programme_speaker.item_id WHERE "
                                         "programme_item.seminar_id = ? ORDER BY programme_speaker.item_id, "
                                         "programme_speaker.position"));
    if (Status ran = speakers.exec({seminarId}); !ran)
        return fail(ran.error());
    while (speakers.next()) {
        (*items)[indexOfItem.value(speakers.value(0).toLongLong())].speakers.append(
            {speakers.value(1).toString(), speakers.value(2).toString()});
    }
    return items;
}

Status ProgrammeStore::replace(qint64 seminarId, const QList<ProgrammeItem>& items)
{
    if (const QString invalid = validationError(items); !invalid.isEmpty())
        return fail(invalid);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return fail(transaction.errorText());
    // The speakers go with their items (ON DELETE CASCADE).
    SqlStatement clear(m_database, QStringLiteral("DELETE FROM programme_item WHERE seminar_id = ?"));
    if (Status cleared = clear.exec({seminarId}); !cleared)
        return fail(tr("Could not save the programme: %1").arg(cleared.error()));
    for (int index = 0; index < items.size(); ++index) {
        const ProgrammeItem& item = items.at(index);
        // An item kept from before keeps its id; a new one is given the next (PostgreSQL refuses an
        // explicit NULL id where SQLite would number the row).
        QStringList columns {QStringLiteral("seminar_id"), QStringLiteral("position"), QStringLiteral("starts_at"),
                             QStringLiteral("ends_at"),    QStringLiteral("title_ja"), QStringLiteral("title_en"),
                             QStringLiteral("language"),   QStringLiteral("kind")};
        QVariantList values {
            seminarId,    index + 1,     storedTime(item.startsAt),        storedTime(item.endsAt), item.titleJa,
            item.titleEn, item.language, ProgrammeItem::kindKey(item.kind)};
        if (item.id > 0) {
            columns.prepend(QStringLiteral("id"));
            values.prepend(item.id);
        }
        auto itemId = insertRow(m_database,
                                QStringLiteral("INSERT INTO programme_item (%1) VALUES (%2)")
                                    .arg(columns.join(QStringLiteral(", ")), placeholderList(columns.size())),
                                values);
        if (!itemId)
            return fail(tr("Could not save the programme item %1: %2").arg(named(items, index), itemId.error()));
        for (int position = 0; position < item.speakers.size(); ++position) {
            const ProgrammeSpeaker& speaker = item.speakers.at(position);
            auto speakerId = insertRow(m_database,
                                       QStringLiteral("INSERT INTO programme_speaker (item_id, position, name, "
                                                      "affiliation) VALUES (?, ?, ?, ?)"),
                                       {*itemId, position + 1, speaker.name, speaker.affiliation});
            if (!speakerId)
                return fail(tr("Could not save the programme item %1: %2").arg(named(items, index), speakerId.error()));
        }
    }
    return transaction.commit();
}

QList<ProgrammeStore::Problem> ProgrammeStore::problems(const QList<ProgrammeItem>& items)
{
    QList<Problem> found;
    for (int index = 0; index < items.size(); ++index) {
        const ProgrammeItem& item = items.at(index);
        if (item.endsAt.isValid() && (!item.startsAt.isValid() || item.endsAt <= item.startsAt)) {
            found.append({index,
                          item.startsAt.isValid()
                              ? tr("Programme item %1 ends at %2, not after it starts at %3.")
                                    .arg(named(items, index), item.endsAt.toString(QStringLiteral("HH:mm")),
                                         item.startsAt.toString(QStringLiteral("HH:mm")))
                              : tr("Programme item %1 has an end but no start.").arg(named(items, index))});
            continue;
        }
        if (!item.startsAt.isValid())
            continue;
        for (int other = 0; other < items.size(); ++other) {
            const ProgrammeItem& another = items.at(other);
            if (other == index || !another.startsAt.isValid()
                || (another.endsAt.isValid() && another.endsAt <= another.startsAt))
                continue;
            const bool together = another.startsAt == item.startsAt;
            const bool overlaps = another.startsAt < endOf(item) && item.startsAt < endOf(another);
            if (together || overlaps) {
                found.append({index,
                              tr("Programme item %1 (%2) overlaps item %3 (%4).")
                                  .arg(named(items, index), item.timeText(), named(items, other), another.timeText())});
                break;
            }
        }
    }
    return found;
}

QString ProgrammeStore::validationError(const QList<ProgrammeItem>& items)
{
    const QList<Problem> found = problems(items);
    return found.isEmpty() ? QString() : found.constFirst().message;
}

} // namespace sd
