#pragma once

#include <utility>

#include <QCoreApplication>
#include <QList>

#include "core/Result.h"
#include "core/records/Contact.h"

namespace sd {

class Database;

// A contact as linked to one seminar, e.g. the enquiries contact printed on its flyer.
struct SeminarContact
{
    Contact contact;
    Contact::Role role = Contact::Role::Enquiries;
};

// The shared contact book and the contacts' links to seminars.
class ContactStore
{
    Q_DECLARE_TR_FUNCTIONS(ContactStore)

public:
    explicit ContactStore(const Database& database);

    Result<qint64> insert(const Contact& contact);
    Status update(const Contact& contact);
    // Deletes the contact with its seminar links and interpreter shifts.
    Status remove(qint64 id);
    // Puts a deleted contact back with its id (undoing a deletion); links and shifts are restored apart.
    Status restore(const Contact& contact);
    Result<Contact> find(qint64 id) const;
    // The whole book in gojuon order of readings.
    Result<QList<Contact>> all() const;

    Status link(qint64 seminarId, qint64 contactId, Contact::Role role);
    Status unlink(qint64 seminarId, qint64 contactId, Contact::Role role);
    Result<QList<SeminarContact>> forSeminar(qint64 seminarId) const;
    Result<QList<Contact>> forSeminar(qint64 seminarId, Contact::Role role) const;
    // Everyone in the book, the seminar's interpreters first: whom a booth's shifts can go to.
    Result<QList<Contact>> interpreterChoices(qint64 seminarId) const;
    // The seminars CONTACT_ID is linked to, each with the role.
    Result<QList<std::pair<qint64, Contact::Role>>> linksOf(qint64 contactId) const;

    // Makes every stored sort key again (see SortKeyRefresh).
    Status refreshKeys();

    static QString validationError(const Contact& contact);

private:
    const Database& m_database;
};

} // namespace sd
