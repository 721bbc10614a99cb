#include "core/stores/AttendeeStore.h"

#include <QStringBuilder>

#include "core/data/BulkStatement.h"
#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/data/StoredTime.h"
#include "core/records/EmailAddress.h"
#include "core/records/Hepburn.h"
#include "core/records/SearchText.h"
#include "core/stores/VersionedUpdate.h"

namespace sd {

namespace {

// Text as typed, in one form: "José" typed as e and a combining accent is stored as é (NFC), so
// that badges draw it, search finds it and duplicates match whichever way it was typed.
Attendee composed(Attendee attendee)
{
    for (QString* text : {&attendee.familyName, &attendee.givenName, &attendee.familyReading, &attendee.givenReading,
                          &attendee.latinName, &attendee.badgeName, &attendee.organisation, &attendee.position,
                          &attendee.country, &attendee.email, &attendee.phone, &attendee.notes})
        *text = text->normalized(QString::NormalizationForm_C);
    return attendee;
}

QVariantList valuesOf(const Attendee& typed)
{
    const Attendee attendee = composed(typed);
    return {attendee.familyName,
            attendee.givenName,
            attendee.familyReading,
            attendee.givenReading,
            attendee.latinName,
            attendee.badgeName,
            attendee.organisation,
            attendee.position,
            attendee.country,
            attendee.email,
            attendee.phone,
            attendee.preferredLanguage,
            attendee.category,
            attendee.notes,
            attendee.name().sortKey(),
            AttendeeStore::searchTextOf(attendee).toUtf8(),
            storedNow()};
}

} // namespace

AttendeeStore::AttendeeStore(const Database& database)
    : m_database(database)
{
}

AttendeeStore::~AttendeeStore() = default;

QString AttendeeStore::columnList()
{
    return QStringLiteral("attendee.id, attendee.family_name, attendee.given_name, attendee.family_reading, "
                          "attendee.given_reading, attendee.latin_name, attendee.badge_name, attendee.organisation, "
                          "attendee.position, attendee.country, attendee.email, attendee.phone, "
                          "attendee.preferred_language, attendee.category, attendee.notes, attendee.updated_at, "
                          "attendee.version");
}

template <typename Row> Attendee AttendeeStore::read(const Row& row, int firstColumn)
{
    Attendee attendee;
    int column = firstColumn;
    attendee.id = row.value(column++).toLongLong();
    attendee.familyName = row.value(column++).toString();
    attendee.givenName = row.value(column++).toString();
    attendee.familyReading = row.value(column++).toString();
    attendee.givenReading = row.value(column++).toString();
    attendee.latinName = row.value(column++).toString();
    attendee.badgeName = row.value(column++).toString();
    attendee.organisation = row.value(column++).toString();
    attendee.position = row.value(column++).toString();
    attendee.country = row.value(column++).toString();
    attendee.email = row.value(column++).toString();
    attendee.phone = row.value(column++).toString();
    attendee.preferredLanguage = row.value(column++).toString();
    attendee.category = row.value(column++).toString();
    attendee.notes = row.value(column++).toString();
    attendee.updatedAt = timeFromStored(row.value(column++));
    attendee.version = row.value(column++).toLongLong();
    return attendee;
}

template Attendee AttendeeStore::read(const SqlStatement&, int);
template Attendee AttendeeStore::read(const BulkStatement&, int);

QString AttendeeStore::searchTextOf(const Attendee& attendee)
{
    // Each name in its own order: a search matches its words one by one (see SearchText::
    // searchKeys), so "Taro Yamada" and "Yamada Taro" both find it without storing both orders.
    // A unit separator (never typed, not a space) keeps fields apart. Folded in one pass:
    // imports fold 100,000 of these.
    const QChar separator(0x1f);
    // QStringBuilder's % makes the whole text in one allocation.
    const QString parts = attendee.familyName % attendee.givenName % separator % attendee.familyReading
        % attendee.givenReading % separator % attendee.latinName % separator % attendee.organisation % separator
        % attendee.email;
    QString text = SearchText::fold(parts);
    // The reading in romaji too, so that "makoto" finds マコト; a spelling the Latin name already
    // holds (Makoto SATO) is not stored twice.
    const QString latin = SearchText::fold(attendee.latinName);
    for (const QString* reading : {&attendee.familyReading, &attendee.givenReading}) {
        for (const QString& spelling : Hepburn::spellings(*reading)) {
            if (!latin.contains(spelling))
                text += separator + spelling;
        }
    }
    return text;
}

QString AttendeeStore::validationError(const Attendee& attendee)
{
    if (attendee.familyName.trimmed().isEmpty() && attendee.givenName.trimmed().isEmpty())
        return tr("An attendee needs a family name or a given name.");
    if (const QString email = EmailAddress::normalised(attendee.email);
        !email.isEmpty() && !EmailAddress::isPlausible(email))
        return tr("“%1” is not an e-mail address.").arg(attendee.email);
    return {};
}

Result<qint64> AttendeeStore::insert(const Attendee& attendee)
{
    if (const QString invalid = validationError(attendee); !invalid.isEmpty())
        return fail(invalid);
    if (!m_insert) {
        m_insert = &m_database.insertStatement(
            QStringLiteral("INSERT INTO attendee (family_name, given_name, family_reading, given_reading, "
                           "latin_name, badge_name, organisation, position, country, email, phone, "
                           "preferred_language, category, notes, sort_key, search_text, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    Result<qint64> id = m_insert->insert(valuesOf(attendee.normalised()));
    if (!id)
        return fail(tr("Could not save the attendee “%1”: %2").arg(attendee.displayName(), id.error()));
    return id;
}

Status AttendeeStore::update(const Attendee& attendee)
{
    // Badges compare the version this counts up with the one they printed (see VersionedUpdate).
    if (const QString invalid = validationError(attendee); !invalid.isEmpty())
        return fail(invalid);
    VersionedUpdate update(m_database, QStringLiteral("attendee"),
                           QStringLiteral("family_name = ?, given_name = ?, family_reading = ?, given_reading = ?, "
                                          "latin_name = ?, badge_name = ?, organisation = ?, position = ?, "
                                          "country = ?, email = ?, phone = ?, preferred_language = ?, category = ?, "
                                          "notes = ?, sort_key = ?, search_text = ?, updated_at = ?"));
    if (Status saved = update.exec(valuesOf(attendee.normalised()), attendee.id, attendee.version,
                                   tr("The attendee no longer exists."));
        !saved)
        return fail(tr("Could not save the attendee “%1”: %2").arg(attendee.displayName(), saved.error()));
    return {};
}

Status AttendeeStore::remove(qint64 id)
{
    Status removed = changeOneRow(m_database, QStringLiteral("DELETE FROM attendee WHERE id = ?"), {id},
                                  tr("The attendee no longer exists."));
    if (!removed)
        return fail(tr("Could not delete the attendee: %1").arg(removed.error()));
    return removed;
}

Status AttendeeStore::restore(const Attendee& attendee)
{
    // Back with the version it had: a badge printed of it is still what it shows.
    QVariantList values {attendee.id};
    values.append(valuesOf(attendee.normalised()));
    values.append(qMax<qint64>(attendee.version, 1));
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO attendee (id, family_name, given_name, family_reading, "
                                       "given_reading, latin_name, badge_name, organisation, position, country, email, "
                                       "phone, preferred_language, category, notes, sort_key, search_text, "
                                       "updated_at, version) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        values);
    if (!id)
        return fail(tr("Could not restore the attendee “%1”: %2").arg(attendee.displayName(), id.error()));
    return {};
}

Result<Attendee> AttendeeStore::find(qint64 id) const
{
    if (!m_find) {
        m_find = std::make_unique<SqlStatement>(
            m_database, QStringLiteral("SELECT %1 FROM attendee WHERE id = ?").arg(columnList()));
    }
    if (Status ran = m_find->exec({id}); !ran)
        return fail(ran.error());
    if (!m_find->next())
        return fail(tr("There is no attendee with the number %1.").arg(id));
    Attendee attendee = read(*m_find);
    m_find->query().finish(); // no read left open on the file between calls
    return attendee;
}

Result<QList<Attendee>> AttendeeStore::all() const
{
    return selectRows<Attendee>(m_database,
                                QStringLiteral("SELECT %1 FROM attendee ORDER BY sort_key, id").arg(columnList()), {},
                                [](const SqlStatement& row) { return read(row); });
}

Result<QList<AttendeePastRetention>> AttendeeStore::pastRetention(const QDateTime& lastSeminarBefore) const
{
    // Seminar times are the venue's wall-clock time, record times UTC: each compared in its own form.
    static const int counted = int(columnList().count(QLatin1Char(',')) + 1);
    return selectRows<AttendeePastRetention>(
        m_database,
        QStringLiteral("SELECT %1, max(seminar.ends_at), count(registration.id) FROM attendee "
                       "LEFT JOIN registration ON registration.attendee_id = attendee.id "
                       "LEFT JOIN seminar ON seminar.id = registration.seminar_id "
                       "GROUP BY attendee.id "
                       "HAVING CASE WHEN max(seminar.ends_at) IS NULL THEN attendee.updated_at < ? "
                       "ELSE max(seminar.ends_at) < ? END "
                       "ORDER BY attendee.sort_key, attendee.id")
            .arg(columnList()),
        {storedInstant(lastSeminarBefore), storedLocalTime(lastSeminarBefore)}, [](const SqlStatement& row) {
            return AttendeePastRetention {read(row), timeFromStored(row.value(counted)),
                                          row.value(counted + 1).toInt()};
        });
}

Status AttendeeStore::refreshKeys()
{
    SqlStatement rows(m_database, QStringLiteral("SELECT %1 FROM attendee").arg(columnList()));
    if (Status ran = rows.exec(); !ran)
        return ran;
    SqlStatement update(m_database, QStringLiteral("UPDATE attendee SET sort_key = ?, search_text = ? WHERE id = ?"));
    while (rows.next()) {
        const Attendee attendee = read(rows);
        if (Status updated = update.exec({attendee.name().sortKey(), searchTextOf(attendee).toUtf8(), attendee.id});
            !updated)
            return updated;
    }
    return {};
}

Status AttendeeStore::visitAll(const std::function<bool(const Attendee&)>& visit) const
{
    const auto statement
        = BulkStatement::forLargeSelect(m_database, QStringLiteral("SELECT %1 FROM attendee").arg(columnList()));
    if (Status ran = statement->select(); !ran)
        return fail(tr("Could not read the attendees: %1").arg(ran.error()));
    while (statement->next()) {
        if (!visit(read(*statement)))
            return {};
    }
    if (!statement->errorText().isEmpty())
        return fail(tr("Could not read the attendees: %1").arg(statement->errorText()));
    return {};
}

Result<QList<Attendee>> AttendeeStore::withSearchKeys(const QList<QByteArray>& keys, KeyMatch match, int limit) const
{
    if (keys.isEmpty())
        return QList<Attendee>();
    QStringList conditions;
    QVariantList values;
    for (const QByteArray& key : keys) {
        conditions.append(m_database.dialect().containsBytes(QStringLiteral("search_text")));
        values.append(key);
    }
    values.append(limit);
    return selectRows<Attendee>(
        m_database,
        QStringLiteral("SELECT %1 FROM attendee WHERE %2 ORDER BY sort_key, id LIMIT ?")
            .arg(columnList(),
                 conditions.join(match == KeyMatch::All ? QStringLiteral(" AND ") : QStringLiteral(" OR "))),
        values, [](const SqlStatement& row) { return read(row); });
}

Result<int> AttendeeStore::count() const
{
    return selectOneRow<int>(
        m_database, QStringLiteral("SELECT count(*) FROM attendee"), {},
        [](const SqlStatement& row) { return row.value(0).toInt(); }, QString());
}

} // namespace sd
