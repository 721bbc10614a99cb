#include "core/records/Contact.h"

#include "core/records/EmailAddress.h"
#include "core/records/Reading.h"
#include "core/records/ReadingCollator.h"

namespace sd {

Contact Contact::normalised() const
{
    Contact contact = *this;
    contact.reading = Reading::katakana(reading);
    contact.email = EmailAddress::normalised(email);
    return contact;
}

QByteArray Contact::sortKey() const
{
    const QString text = (reading.isEmpty() ? name : reading).trimmed();
    qsizetype split = text.indexOf(QLatin1Char(' '));
    if (const qsizetype wide = text.indexOf(QChar(0x3000)); wide >= 0 && (split < 0 || wide < split))
        split = wide;
    if (split < 0)
        return ReadingCollator::nameSortKey(text, QString());
    return ReadingCollator::nameSortKey(text.left(split), text.mid(split + 1).trimmed());
}

QString Contact::kindKey(Kind kind)
{
    return kind == Kind::Organisation ? QStringLiteral("organisation") : QStringLiteral("person");
}

Contact::Kind Contact::kindFromKey(const QString& key)
{
    return key == QLatin1String("organisation") ? Kind::Organisation : Kind::Person;
}

QList<Contact::Role> Contact::roles()
{
    return {Role::Enquiries, Role::Organiser,   Role::CoOrganiser, Role::Supporter,
            Role::Venue,     Role::Interpreter, Role::Partner,     Role::Press};
}

QString Contact::roleKey(Role role)
{
    switch (role) {
    case Role::Enquiries:
        return QStringLiteral("enquiries");
    case Role::Organiser:
        return QStringLiteral("organiser");
    case Role::CoOrganiser:
        return QStringLiteral("co_organiser");
    case Role::Supporter:
        return QStringLiteral("supporter");
    case Role::Venue:
        return QStringLiteral("venue");
    case Role::Interpreter:
        return QStringLiteral("interpreter");
    case Role::Partner:
        return QStringLiteral("partner");
    case Role::Press:
        return QStringLiteral("press");
    }
    Q_UNREACHABLE();
}

std::optional<Contact::Role> Contact::roleFromKey(const QString& key)
{
    for (Role role : roles()) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString Contact::roleName(Role role)
{
    switch (role) {
    case Role::Enquiries:
        return tr("Enquiries");
    case Role::Organiser:
        return tr("Organiser");
    case Role::CoOrganiser:
        return tr("Co-organiser");
    case Role::Supporter:
        return tr("Supporter");
    case Role::Venue:
        return tr("Venue");
    case Role::Interpreter:
        return tr("Interpreter");
    case Role::Partner:
        return tr("Partner");
    case Role::Press:
        return tr("Press");
    }
    Q_UNREACHABLE();
}

} // namespace sd
