#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sd {

// Someone the office deals with: organisers, venue staff, interpreters, partner cities, press.
struct Contact
{
    Q_DECLARE_TR_FUNCTIONS(Contact)

public:
    enum class Kind { Person, Organisation };
    // How a contact is linked to a seminar.
    enum class Role { Enquiries, Organiser, CoOrganiser, Supporter, Venue, Interpreter, Partner, Press };

    qint64 id = 0;
    Kind kind = Kind::Person;
    QString name;
    QString reading;
    QString latinName; // the name in Latin script, for English output ("Satomi HIGASHIDA")
    QString role; // their job, e.g. "Programme officer"
    QString organisation;
    QString address;
    QString addressEn; // the address as an English reader writes it, without the country
    QString postalCode;
    QString tel;
    QString fax;
    QString email;
    QString notes;
    qint64 version = 0; // counted up by every change (see VersionedUpdate); 0 before it is stored

    // As it is stored: the reading in full-width katakana, the e-mail address in ASCII.
    Contact normalised() const;
    // What the contact book sorts by: the reading (else the name), its first word first, as a
    // person's family reading comes first (see ReadingCollator::nameSortKey).
    QByteArray sortKey() const;

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString& key);
    static QList<Role> roles();
    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString& key);
    static QString roleName(Role role);
};

} // namespace sd
