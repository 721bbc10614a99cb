#include "core/stores/ContactStore.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/records/EmailAddress.h"
#include "core/stores/VersionedUpdate.h"

namespace sd {

namespace {

// The stored fields in the order valuesOf() gives them; "id" comes before them when read.
const QStringList fields {QStringLiteral("kind"),        QStringLiteral("name"),         QStringLiteral("reading"),
                          QStringLiteral("role"),        QStringLiteral("organisation"), QStringLiteral("address"),
                          QStringLiteral("postal_code"), QStringLiteral("tel"),          QStringLiteral("fax"),
                          QStringLiteral("email"),       QStringLiteral("notes"),        QStringLiteral("latin_name"),
                          QStringLiteral("address_en"),  QStringLiteral("sort_key")};

// What is read back: the id and every field but the sort key, each with its table's name.
const QString columns = [] {
    QStringList read {QStringLiteral("contact.id")};
    for (const QString& field : fields.mid(0, fields.size() - 1))
        read.append(QStringLiteral("contact.") + field);
    read.append(QStringLiteral("contact.version"));
    return read.join(QStringLiteral(", "));
}();

// The row of CONTACT, who is normalised already.
QVariantList valuesOf(const Contact& contact)
{
    return {Contact::kindKey(contact.kind),
            contact.name,
            contact.reading,
            contact.role,
            contact.organisation,
            contact.address,
            contact.postalCode,
            contact.tel,
            contact.fax,
            contact.email,
            contact.notes,
            contact.latinName,
            contact.addressEn,
            contact.sortKey()};
}

Contact readContact(const SqlStatement& row)
{
    Contact contact;
    contact.id = row.value(0).toLongLong();
    contact.kind = Contact::kindFromKey(row.value(1).toString());
    contact.name = row.value(2).toString();
    contact.reading = row.value(3).toString();
    contact.role = row.value(4).toString();
    contact.organisation = row.value(5).toString();
    contact.address = row.value(6).toString();
    contact.postalCode = row.value(7).toString();
    contact.tel = row.value(8).toString();
    contact.fax = row.value(9).toString();
    contact.email = row.value(10).toString();
    contact.notes = row.value(11).toString();
    contact.latinName = row.value(12).toString();
    contact.addressEn = row.value(13).toString();
    contact.version = row.value(14).toLongLong();
    return contact;
}

} // namespace

ContactStore::ContactStore(const Database& database)
    : m_database(database)
{
}

QString ContactStore::validationError(const Contact& contact)
{
    if (contact.name.trimmed().isEmpty())
        return tr("A contact needs a name.");
    if (const QString email = EmailAddress::normalised(contact.email);
        !email.isEmpty() && !EmailAddress::isPlausible(email))
        return tr("“%1” is not an e-mail address.").arg(contact.email);
    return {};
}

Result<qint64> ContactStore::insert(const Contact& contact)
{
    if (const QString invalid = validationError(contact); !invalid.isEmpty())
        return fail(invalid);
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO contact (%1) VALUES (%2)")
                            .arg(fields.join(QStringLiteral(", ")), placeholderList(fields.size())),
                        valuesOf(contact.normalised()));
    if (!id)
        return fail(tr("Could not save the contact “%1”: %2").arg(contact.name, id.error()));
    return id;
}

Status ContactStore::update(const Contact& contact)
{
    if (const QString invalid = validationError(contact); !invalid.isEmpty())
        return fail(invalid);
    VersionedUpdate update(m_database, QStringLiteral("contact"),
                           fields.join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ?"));
    if (Status saved
        = update.exec(valuesOf(contact.normalised()), contact.id, contact.version, tr("The contact no longer exists."));
        !saved)
        return fail(tr("Could not save the contact “%1”: %2").arg(contact.name, saved.error()));
    return {};
}

Status ContactStore::remove(qint64 id)
{
    Status removed = changeOneRow(m_database, QStringLiteral("DELETE FROM contact WHERE id = ?"), {id},
                                  tr("The contact no longer exists."));
    if (!removed)
        return fail(tr("Could not delete the contact: %1").arg(removed.error()));
    return removed;
}

Status ContactStore::restore(const Contact& contact)
{
    QVariantList values {contact.id};
    values.append(valuesOf(contact.normalised()));
    values.append(qMax<qint64>(contact.version, 1)); // back with the version it had
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO contact (id, %1, version) VALUES (?, %2, ?)")
                            .arg(fields.join(QStringLiteral(", ")), placeholderList(fields.size())),
                        values);
    if (!id)
        return fail(tr("Could not restore the contact “%1”: %2").arg(contact.name, id.error()));
    return {};
}

Result<Contact> ContactStore::find(qint64 id) const
{
    return selectOneRow<Contact>(m_database, QStringLiteral("SELECT %1 FROM contact WHERE id = ?").arg(columns), {id},
                                 readContact, tr("There is no contact with the number %1.").arg(id));
}

Result<QList<Contact>> ContactStore::all() const
{
    return selectRows<Contact>(m_database, QStringLiteral("SELECT %1 FROM contact ORDER BY sort_key, id").arg(columns),
                               {}, readContact);
}

Status ContactStore::refreshKeys()
{
    SqlStatement rows(m_database, QStringLiteral("SELECT %1 FROM contact").arg(columns));
    if (Status ran = rows.exec(); !ran)
        return ran;
    SqlStatement update(m_database, QStringLiteral("UPDATE contact SET sort_key = ? WHERE id = ?"));
    while (rows.next()) {
        const Contact contact = readContact(rows);
        if (Status updated = update.exec({contact.sortKey(), contact.id}); !updated)
            return updated;
    }
    return {};
}

Status ContactStore::link(qint64 seminarId, qint64 contactId, Contact::Role role)
{
    SqlStatement statement(m_database,
                           QStringLiteral("INSERT INTO seminar_contact (seminar_id, contact_id, role) VALUES (?, ?, ?) "
                                          "ON CONFLICT DO NOTHING"));
    if (Status ran = statement.exec({seminarId, contactId, Contact::roleKey(role)}); !ran)
        return fail(tr("Could not link the contact to the seminar: %1").arg(ran.error()));
    return {};
}

Status ContactStore::unlink(qint64 seminarId, qint64 contactId, Contact::Role role)
{
    return changeOneRow(
        m_database, QStringLiteral("DELETE FROM seminar_contact WHERE seminar_id = ? AND contact_id = ? AND role = ?"),
        {seminarId, contactId, Contact::roleKey(role)}, tr("The contact is no longer linked to the seminar."));
}

Result<QList<SeminarContact>> ContactStore::forSeminar(qint64 seminarId) const
{
    return selectRows<SeminarContact>(
        m_database,
        QStringLiteral("SELECT %1, seminar_contact.role FROM seminar_contact JOIN contact ON contact.id = "
                       "seminar_contact.contact_id WHERE seminar_contact.seminar_id = ? "
                       "ORDER BY seminar_contact.role, contact.sort_key, contact.id")
            .arg(columns),
        {seminarId}, [](const SqlStatement& row) {
            const int roleColumn = columns.count(QLatin1Char(',')) + 1;
            return SeminarContact {
                readContact(row),
                Contact::roleFromKey(row.value(roleColumn).toString()).value_or(Contact::Role::Partner)};
        });
}

Result<QList<Contact>> ContactStore::forSeminar(qint64 seminarId, Contact::Role role) const
{
    return selectRows<Contact>(m_database,
                               QStringLiteral("SELECT %1 FROM seminar_contact JOIN contact ON contact.id = "
                                              "seminar_contact.contact_id WHERE seminar_contact.seminar_id = ? AND "
                                              "seminar_contact.role = ? ORDER BY contact.sort_key, contact.id")
                                   .arg(columns),
                               {seminarId, Contact::roleKey(role)}, readContact);
}

Result<QList<Contact>> ContactStore::interpreterChoices(qint64 seminarId) const
{
    return selectRows<Contact>(
        m_database,
        QStringLiteral("SELECT %1 FROM contact LEFT JOIN seminar_contact ON seminar_contact.contact_id = contact.id "
                       "AND seminar_contact.seminar_id = ? AND seminar_contact.role = ? "
                       "ORDER BY seminar_contact.contact_id IS NULL, contact.sort_key, contact.id")
            .arg(columns),
        {seminarId, Contact::roleKey(Contact::Role::Interpreter)}, readContact);
}

Result<QList<std::pair<qint64, Contact::Role>>> ContactStore::linksOf(qint64 contactId) const
{
    return selectRows<std::pair<qint64, Contact::Role>>(
        m_database,
        QStringLiteral("SELECT seminar_id, role FROM seminar_contact WHERE contact_id = ? ORDER BY seminar_id, role"),
        {contactId}, [](const SqlStatement& row) {
            return std::pair<qint64, Contact::Role> {
                row.value(0).toLongLong(),
                Contact::roleFromKey(row.value(1).toString()).value_or(Contact::Role::Partner)};
        });
}

} // namespace sd
