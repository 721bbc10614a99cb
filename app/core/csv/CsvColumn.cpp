#include "core/csv/CsvColumn.h"

#include <QHash>
#include <QTimeZone>

#include "core/records/Country.h"
#include "core/records/PhoneNumber.h"
#include "core/records/Seminar.h"
#include "core/settings/Translations.h"

namespace sd {

namespace {

// The local zone's offset from UTC at TIME. Exports ask three times a row and QTimeZone answers
// slowly, so answers are kept per quarter hour of UTC: no zone changes its offset inside one.
int localOffset(const QDateTime& time)
{
    static const QTimeZone localZone = QTimeZone::systemTimeZone();
    thread_local QHash<qint64, int> offsets;
    const qint64 quarter = time.toSecsSinceEpoch() / 900;
    auto known = offsets.constFind(quarter);
    if (known == offsets.cend())
        known = offsets.insert(quarter, localZone.offsetFromUtc(time));
    return *known;
}

// TIME (an instant) at the local zone's offset: its date() and time() are the wall clock there.
QDateTime wallClock(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    // A fixed offset: toTimeZone() costs several times more per row.
    return time.toOffsetFromUtc(localOffset(time));
}

QString timeText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    // "2027-02-12 13:30", written by hand: QDateTime::toString goes through the locale machinery.
    const QDate date = time.date();
    const QTime clock = time.time();
    char16_t text[16];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u' ';
    put(11, clock.hour(), 2);
    text[13] = u':';
    put(14, clock.minute(), 2);
    return QString(reinterpret_cast<const QChar*>(text), 16);
}

// The English name of each column: the source text of its translation, the one place of its words.
const char* headerSource(CsvColumn::Field field)
{
    using F = CsvColumn::Field;
    switch (field) {
    case F::RowNumber:
        return QT_TRANSLATE_NOOP("CsvColumn", "No.");
    case F::AttendeeId:
        return QT_TRANSLATE_NOOP("CsvColumn", "Attendee ID");
    case F::DisplayName:
        return QT_TRANSLATE_NOOP("CsvColumn", "Name");
    case F::FamilyName:
        return QT_TRANSLATE_NOOP("CsvColumn", "Family name");
    case F::GivenName:
        return QT_TRANSLATE_NOOP("CsvColumn", "Given name");
    case F::DisplayReading:
        return QT_TRANSLATE_NOOP("CsvColumn", "Reading");
    case F::FamilyReading:
        return QT_TRANSLATE_NOOP("CsvColumn", "Family name reading");
    case F::GivenReading:
        return QT_TRANSLATE_NOOP("CsvColumn", "Given name reading");
    case F::LatinName:
        return QT_TRANSLATE_NOOP("CsvColumn", "Name in Latin script");
    case F::BadgeName:
        return QT_TRANSLATE_NOOP("CsvColumn", "Name on the badge");
    case F::Organisation:
        return QT_TRANSLATE_NOOP("CsvColumn", "Organisation");
    case F::Position:
        return QT_TRANSLATE_NOOP("CsvColumn", "Position");
    case F::Country:
        return QT_TRANSLATE_NOOP("CsvColumn", "Country");
    case F::Email:
        return QT_TRANSLATE_NOOP("CsvColumn", "E-mail");
    case F::Phone:
        return QT_TRANSLATE_NOOP("CsvColumn", "Phone");
    case F::PreferredLanguage:
        return QT_TRANSLATE_NOOP("CsvColumn", "Preferred language");
    case F::Category:
        return QT_TRANSLATE_NOOP("CsvColumn", "Category");
    case F::Notes:
        return QT_TRANSLATE_NOOP("CsvColumn", "Notes");
    case F::Status:
        return QT_TRANSLATE_NOOP("CsvColumn", "Status");
    case F::CheckInCode:
        return QT_TRANSLATE_NOOP("CsvColumn", "Check-in code");
    case F::ReceiverNeeded:
        return QT_TRANSLATE_NOOP("CsvColumn", "Receiver needed");
    case F::RegisteredAt:
        return QT_TRANSLATE_NOOP("CsvColumn", "Registered at");
    case F::CheckedInAt:
        return QT_TRANSLATE_NOOP("CsvColumn", "Checked in at");
    case F::BadgePrintedAt:
        return QT_TRANSLATE_NOOP("CsvColumn", "Badge printed at");
    case F::Source:
        return QT_TRANSLATE_NOOP("CsvColumn", "Source");
    case F::CheckInMark:
        return QT_TRANSLATE_NOOP("CsvColumn", "Check-in");
    }
    Q_UNREACHABLE();
}

} // namespace

const QList<CsvColumn>& CsvColumn::all()
{
    // The headers are the column names the program shows, in both languages whatever language the
    // program speaks: the export's header language is chosen apart (and the import reads both).
    using F = Field;
    static const QList<CsvColumn> columns = [] {
        const QList<std::pair<Field, const char*>> keys {
            {F::RowNumber, "row_number"},
            {F::AttendeeId, "attendee_id"},
            {F::DisplayName, "name"},
            {F::FamilyName, "family_name"},
            {F::GivenName, "given_name"},
            {F::DisplayReading, "reading"},
            {F::FamilyReading, "family_reading"},
            {F::GivenReading, "given_reading"},
            {F::LatinName, "latin_name"},
            {F::BadgeName, "badge_name"},
            {F::Organisation, "organisation"},
            {F::Position, "position"},
            {F::Country, "country"},
            {F::Email, "email"},
            {F::Phone, "phone"},
            {F::PreferredLanguage, "preferred_language"},
            {F::Category, "category"},
            {F::Notes, "notes"},
            {F::Status, "status"},
            {F::CheckInCode, "checkin_code"},
            {F::ReceiverNeeded, "receiver_needed"},
            {F::RegisteredAt, "registered_at"},
            {F::CheckedInAt, "checked_in_at"},
            {F::BadgePrintedAt, "badge_printed_at"},
            {F::Source, "source"},
            {F::CheckInMark, "checkin_mark"},
        };
        QList<CsvColumn> list;
        for (const auto& [field, key] : keys) {
            const char* name = headerSource(field);
            list.append({field, QLatin1String(key), QString::fromUtf8(name),
                         Translations::text(QStringLiteral("ja"), "CsvColumn", name)});
        }
        return list;
    }();
    return columns;
}

const CsvColumn* CsvColumn::find(const QString& key)
{
    for (const CsvColumn& column : all()) {
        if (column.key == key)
            return &column;
    }
    return nullptr;
}

const CsvColumn& CsvColumn::of(Field field)
{
    return all().at(int(field));
}

QString CsvColumn::languageCode(HeaderLanguage language)
{
    return language == HeaderLanguage::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString CsvColumn::value(const RegisteredAttendee& row, qint64 number, HeaderLanguage language) const
{
    const Attendee& a = row.attendee;
    const Registration& r = row.registration;
    const bool japanese = language == HeaderLanguage::Japanese;
    const QString code = languageCode(language);
    switch (field) {
    case Field::RowNumber:
        return QString::number(number);
    case Field::AttendeeId:
        return QString::number(a.id);
    case Field::DisplayName:
        return a.displayName();
    case Field::FamilyName:
        return a.familyName;
    case Field::GivenName:
        return a.givenName;
    case Field::DisplayReading:
        return a.name().displayReading();
    case Field::FamilyReading:
        return a.familyReading;
    case Field::GivenReading:
        return a.givenReading;
    case Field::LatinName:
        return a.latinName;
    case Field::BadgeName:
        return a.badgeName;
    case Field::Organisation:
        return a.organisation;
    case Field::Position:
        return a.position;
    case Field::Country:
        return japanese ? Country::name(a.country, code) : a.country;
    case Field::Email:
        return a.email;
    case Field::Phone:
        return PhoneNumber::display(a.phone, code);
    case Field::PreferredLanguage:
        return japanese ? Seminar::languageName(a.preferredLanguage, code) : a.preferredLanguage;
    case Field::Category:
        return japanese ? Attendee::categoryName(a.category, code) : a.category;
    case Field::Notes:
        return a.notes;
    case Field::Status:
        return japanese ? Registration::statusName(r.status, code) : Registration::statusKey(r.status);
    case Field::CheckInCode:
        return r.checkInCode;
    case Field::ReceiverNeeded:
        if (japanese)
            return Registration::receiverNeededName(r.receiverNeeded, code);
        return r.receiverNeeded ? QStringLiteral("yes") : QStringLiteral("no");
    case Field::RegisteredAt:
    case Field::CheckedInAt:
    case Field::BadgePrintedAt:
        return timeText(localTime(row));
    case Field::Source:
        return japanese ? Registration::sourceName(r.source, code) : r.source;
    case Field::CheckInMark:
        return {};
    }
    return {};
}

bool CsvColumn::holdsTime() const
{
    return field == Field::RegisteredAt || field == Field::CheckedInAt || field == Field::BadgePrintedAt;
}

QDateTime CsvColumn::localTime(const RegisteredAttendee& row) const
{
    switch (field) {
    case Field::RegisteredAt:
        return wallClock(row.registration.registeredAt);
    case Field::CheckedInAt:
        return wallClock(row.registration.checkedInAt);
    case Field::BadgePrintedAt:
        return wallClock(row.registration.badgePrintedAt);
    default:
        return {};
    }
}

QString CsvColumn::displayName() const
{
    return tr(headerSource(field));
}

} // namespace sd
