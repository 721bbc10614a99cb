#include "core/stores/VersionConflict.h"

#include "core/csv/CsvColumn.h"
#include "core/records/Booth.h"
#include "core/records/Contact.h"
#include "core/records/DateTimeText.h"
#include "core/records/Seminar.h"
#include "core/records/Venue.h"
#include "core/settings/Translations.h"

namespace sd {

namespace {

// A person's fields as the exports name and write them (CsvColumn), in the program's language.
const QList<CsvColumn::Field> attendeeFields {
    CsvColumn::Field::FamilyName,   CsvColumn::Field::GivenName, CsvColumn::Field::FamilyReading,
    CsvColumn::Field::GivenReading, CsvColumn::Field::LatinName, CsvColumn::Field::BadgeName,
    CsvColumn::Field::Organisation, CsvColumn::Field::Position,  CsvColumn::Field::Country,
    CsvColumn::Field::Email,        CsvColumn::Field::Phone,     CsvColumn::Field::PreferredLanguage,
    CsvColumn::Field::Category,     CsvColumn::Field::Notes};
// What the attendee form edits of the registration.
const QList<CsvColumn::Field> registrationFields {CsvColumn::Field::Status, CsvColumn::Field::ReceiverNeeded};

// COLUMN's value in ROW as the program shows it: the exports' text, with the names of what they
// write as keys in English (registered, participant, ja) as the editors name them.
QString shownValue(const CsvColumn& column, const RegisteredAttendee& row)
{
    const QString language = Translations::current();
    switch (column.field) {
    case CsvColumn::Field::Status:
        return Registration::statusName(row.registration.status, language);
    case CsvColumn::Field::Category:
        return Attendee::categoryName(row.attendee.category, language);
    case CsvColumn::Field::PreferredLanguage:
        return Seminar::languageName(row.attendee.preferredLanguage, language);
    case CsvColumn::Field::ReceiverNeeded:
        return Registration::receiverNeededName(row.registration.receiverNeeded, language);
    default:
        return column.value(row, 0,
                            language == QLatin1String("ja") ? CsvColumn::HeaderLanguage::Japanese
                                                            : CsvColumn::HeaderLanguage::English);
    }
}

QString languageNames(const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes)
        names.append(Seminar::languageName(code));
    return names.join(QStringLiteral(", "));
}

QString methodNames(const QList<Seminar::ApplicationMethod>& methods)
{
    QStringList names;
    for (Seminar::ApplicationMethod method : methods)
        names.append(Seminar::applicationMethodName(method));
    return names.join(QStringLiteral(", "));
}

QString programmeLines(const QList<ProgrammeItem>& programme)
{
    QStringList lines;
    for (const ProgrammeItem& item : programme)
        lines.append(QStringLiteral("%1 %2").arg(item.timeText(), item.localTitle()).trimmed());
    return lines.join(QLatin1Char('\n'));
}

QString shiftLines(const QList<InterpreterShift>& shifts)
{
    QStringList lines;
    for (const InterpreterShift& shift : shifts)
        lines.append(
            VersionConflict::tr("%1 to %2, contact %3")
                .arg(DateTimeText::dateTime(shift.startsAt), shift.endsAt.time().toString(QStringLiteral("HH:mm")))
                .arg(shift.contactId));
    return lines.join(QLatin1Char('\n'));
}

QString receiverLines(const QList<Receiver>& receivers)
{
    QStringList lines;
    for (const Receiver& receiver : receivers)
        lines.append(receiver.channel > 0
                         ? VersionConflict::tr("%1, channel %2").arg(receiver.serial).arg(receiver.channel)
                         : receiver.serial);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void VersionConflict::add(const QString& label, const QString& mine, const QString& theirs)
{
    m_fields.append({label, mine, theirs});
}

int VersionConflict::differences() const
{
    return int(std::count_if(m_fields.cbegin(), m_fields.cend(), [](const Field& field) { return field.differs(); }));
}

QString VersionConflict::theirHeading() const
{
    if (!m_theirSavedAt.isValid())
        return tr("Theirs (version %1)").arg(m_theirVersion);
    return tr("Theirs (saved %1, version %2)")
        .arg(DateTimeText::dateTime(m_theirSavedAt.toLocalTime()))
        .arg(m_theirVersion);
}

VersionConflict VersionConflict::of(const RegisteredAttendee& mine, const RegisteredAttendee& theirs)
{
    VersionConflict conflict;
    QList<CsvColumn::Field> shown = attendeeFields;
    if (theirs.registration.id > 0)
        shown.append(registrationFields);
    for (CsvColumn::Field field : shown) {
        const CsvColumn& column = CsvColumn::of(field);
        conflict.add(column.displayName(), shownValue(column, mine), shownValue(column, theirs));
    }
    // The person's version, unless only the registration moved.
    const bool personMoved = mine.attendee.version != theirs.attendee.version;
    conflict.m_moved = personMoved || mine.registration.version != theirs.registration.version;
    conflict.m_theirVersion = personMoved ? theirs.attendee.version : theirs.registration.version;
    conflict.m_theirSavedAt = personMoved ? theirs.attendee.updatedAt : theirs.registration.updatedAt;
    return conflict;
}

VersionConflict VersionConflict::of(const Attendee& mine, const Attendee& theirs)
{
    return of(RegisteredAttendee {Registration(), mine}, RegisteredAttendee {Registration(), theirs});
}

VersionConflict VersionConflict::of(const Seminar& mine, const Seminar& theirs)
{
    VersionConflict conflict;
    const auto add = [&](const QString& label, const auto& text) {
        conflict.add(label, text(mine), text(theirs));
    };
    add(tr("Title (Japanese)"), [](const Seminar& s) { return s.titleJa; });
    add(tr("Title (English)"), [](const Seminar& s) { return s.titleEn; });
    add(tr("Title on badges"), [](const Seminar& s) { return s.shortTitle; });
    add(tr("Starts"), [](const Seminar& s) { return DateTimeText::dateTime(s.startsAt); });
    add(tr("Ends"), [](const Seminar& s) { return DateTimeText::dateTime(s.endsAt); });
    add(tr("Venue number"), [](const Seminar& s) { return s.venueId > 0 ? QString::number(s.venueId) : QString(); });
    add(tr("Organiser"), [](const Seminar& s) { return s.organiser; });
    add(tr("Capacity"), [](const Seminar& s) { return QString::number(s.capacity); });
    add(tr("Interpretation"), [](const Seminar& s) { return languageNames(s.languages); });
    add(tr("Turn length (minutes)"), [](const Seminar& s) { return QString::number(s.turnMinutes); });
    add(tr("Status"), [](const Seminar& s) { return Seminar::statusName(s.status); });
    add(tr("Participation fee (yen)"), [](const Seminar& s) { return QString::number(s.participationFee); });
    add(tr("Reception opens"), [](const Seminar& s) { return s.receptionOpens.toString(QStringLiteral("HH:mm")); });
    add(tr("Registration deadline"), [](const Seminar& s) { return DateTimeText::date(s.registrationDeadline); });
    add(tr("How to apply"), [](const Seminar& s) { return methodNames(s.applicationMethods); });
    add(tr("Registration form URL"), [](const Seminar& s) { return s.registrationUrl; });
    add(tr("Registration e-mail"), [](const Seminar& s) { return s.registrationEmail; });
    add(tr("Description (Japanese)"), [](const Seminar& s) { return s.descriptionJa; });
    add(tr("Description (English)"), [](const Seminar& s) { return s.descriptionEn; });
    conflict.m_theirVersion = theirs.version;
    conflict.m_moved = mine.version != theirs.version;
    return conflict;
}

VersionConflict VersionConflict::of(const Venue& mine, const Venue& theirs)
{
    VersionConflict conflict;
    const auto add = [&](const QString& label, const auto& text) {
        conflict.add(label, text(mine), text(theirs));
    };
    add(tr("Name (Japanese)"), [](const Venue& v) { return v.name; });
    add(tr("Name (English)"), [](const Venue& v) { return v.nameEn; });
    add(tr("Postal code"), [](const Venue& v) { return v.postalCode; });
    add(tr("Address (Japanese)"), [](const Venue& v) { return v.address; });
    add(tr("Address (English)"), [](const Venue& v) { return v.addressEn; });
    add(tr("Access"), [](const Venue& v) { return v.accessNotes; });
    conflict.m_theirVersion = theirs.version;
    conflict.m_moved = mine.version != theirs.version;
    return conflict;
}

VersionConflict VersionConflict::of(const Booth& mine, const Booth& theirs)
{
    VersionConflict conflict;
    const auto add = [&](const QString& label, const auto& text) {
        conflict.add(label, text(mine), text(theirs));
    };
    add(tr("Name"), [](const Booth& b) { return b.name; });
    add(tr("Languages"), [](const Booth& b) { return b.languagePair; });
    add(tr("Receiver channel"), [](const Booth& b) { return QString::number(b.channel); });
    add(tr("Notes"), [](const Booth& b) { return b.notes; });
    conflict.m_theirVersion = theirs.version;
    conflict.m_moved = mine.version != theirs.version;
    return conflict;
}

VersionConflict VersionConflict::of(const Contact& mine, const Contact& theirs)
{
    VersionConflict conflict;
    const auto add = [&](const QString& label, const auto& text) {
        conflict.add(label, text(mine), text(theirs));
    };
    add(tr("Kind"), [](const Contact& c) {
        return c.kind == Contact::Kind::Organisation ? tr("Organisation", "a contact's kind")
                                                     : tr("Person", "a contact's kind");
    });
    add(tr("Name"), [](const Contact& c) { return c.name; });
    add(tr("Reading"), [](const Contact& c) { return c.reading; });
    add(tr("Name in Latin script"), [](const Contact& c) { return c.latinName; });
    add(tr("Job title"), [](const Contact& c) { return c.role; });
    add(tr("Organisation"), [](const Contact& c) { return c.organisation; });
    add(tr("Postal code"), [](const Contact& c) { return c.postalCode; });
    add(tr("Address"), [](const Contact& c) { return c.address; });
    add(tr("Address in English"), [](const Contact& c) { return c.addressEn; });
    add(tr("Telephone"), [](const Contact& c) { return c.tel; });
    add(tr("Fax"), [](const Contact& c) { return c.fax; });
    add(tr("E-mail"), [](const Contact& c) { return c.email; });
    add(tr("Notes"), [](const Contact& c) { return c.notes; });
    conflict.m_theirVersion = theirs.version;
    conflict.m_moved = mine.version != theirs.version;
    return conflict;
}

VersionConflict VersionConflict::of(const SeminarWithProgramme& mine, const SeminarWithProgramme& theirs)
{
    VersionConflict conflict = of(mine.seminar, theirs.seminar);
    conflict.add(tr("Programme"), programmeLines(mine.programme), programmeLines(theirs.programme));
    return conflict;
}

VersionConflict VersionConflict::of(const BoothWithShifts& mine, const BoothWithShifts& theirs)
{
    VersionConflict conflict = of(mine.booth, theirs.booth);
    conflict.add(tr("Interpreters' shifts"), shiftLines(mine.shifts), shiftLines(theirs.shifts));
    return conflict;
}

VersionConflict VersionConflict::of(const ReceiverInventory& mine, const ReceiverInventory& theirs)
{
    VersionConflict conflict;
    const auto add = [&](const QString& label, const auto& text) {
        conflict.add(label, text(mine), text(theirs));
    };
    add(tr("Receivers"), [](const ReceiverInventory& i) { return QString::number(i.count); });
    add(tr("Channels of the receivers"), [](const ReceiverInventory& i) {
        return i.systemChannels > 0 ? QString::number(i.systemChannels) : tr("not stated");
    });
    add(tr("Margin of the forecast"), [](const ReceiverInventory& i) { return tr("%1 %").arg(i.marginPercent); });
    add(tr("Numbered receivers"), [](const ReceiverInventory& i) { return receiverLines(i.numbered); });
    conflict.m_theirVersion = theirs.version;
    conflict.m_moved = mine.version != theirs.version;
    return conflict;
}

} // namespace sd
