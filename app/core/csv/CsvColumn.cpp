#include "core/csv/CsvColumn.h"

#include <QHash>
#include <QTimeZone>

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

} // namespace

const QList<CsvColumn>& CsvColumn::all()
{
    // The headers are data, not interface text: the export's header language is chosen apart from
    // the program's, so both stay fixed here (and the import recognises both).
    using F = Field;
    static const QList<CsvColumn> columns {
        {F::AttendeeId, QStringLiteral("attendee_id"), QStringLiteral("Attendee ID"), QStringLiteral("参加者ID")},
        {F::DisplayName, QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("氏名")},
        {F::FamilyName, QStringLiteral("family_name"), QStringLiteral("Family name"), QStringLiteral("姓")},
        {F::GivenName, QStringLiteral("given_name"), QStringLiteral("Given name"), QStringLiteral("名")},
        {F::DisplayReading, QStringLiteral("reading"), QStringLiteral("Reading"), QStringLiteral("フリガナ")},
        {F::FamilyReading, QStringLiteral("family_reading"), QStringLiteral("Family name reading"),
         QStringLiteral("セイ")},
        {F::GivenReading, QStringLiteral("given_reading"), QStringLiteral("Given name reading"),
         QStringLiteral("メイ")},
        {F::LatinName, QStringLiteral("latin_name"), QStringLiteral("Name in Latin script"),
         QStringLiteral("ローマ字氏名")},
        {F::BadgeName, QStringLiteral("badge_name"), QStringLiteral("Name on the badge"), QStringLiteral("名札表示名")},
        {F::Organisation, QStringLiteral("organisation"), QStringLiteral("Organisation"), QStringLiteral("所属")},
        {F::Position, QStringLiteral("position"), QStringLiteral("Position"), QStringLiteral("役職")},
        {F::Country, QStringLiteral("country"), QStringLiteral("Country"), QStringLiteral("国・地域")},
        {F::Email, QStringLiteral("email"), QStringLiteral("E-mail"), QStringLiteral("メールアドレス")},
        {F::Phone, QStringLiteral("phone"), QStringLiteral("Phone"), QStringLiteral("電話番号")},
        {F::PreferredLanguage, QStringLiteral("preferred_language"), QStringLiteral("Preferred language"),
         QStringLiteral("希望言語")},
        {F::Category, QStringLiteral("category"), QStringLiteral("Category"), QStringLiteral("区分")},
        {F::Notes, QStringLiteral("notes"), QStringLiteral("Notes"), QStringLiteral("備考")},
        {F::Status, QStringLiteral("status"), QStringLiteral("Status"), QStringLiteral("状態")},
        {F::CheckInCode, QStringLiteral("checkin_code"), QStringLiteral("Check-in code"), QStringLiteral("受付コード")},
        {F::ReceiverNeeded, QStringLiteral("receiver_needed"), QStringLiteral("Receiver needed"),
         QStringLiteral("通訳レシーバー")},
        {F::RegisteredAt, QStringLiteral("registered_at"), QStringLiteral("Registered at"), QStringLiteral("登録日時")},
        {F::CheckedInAt, QStringLiteral("checked_in_at"), QStringLiteral("Checked in at"), QStringLiteral("受付日時")},
        {F::BadgePrintedAt, QStringLiteral("badge_printed_at"), QStringLiteral("Badge printed at"),
         QStringLiteral("名札印刷日時")},
        {F::Source, QStringLiteral("source"), QStringLiteral("Source"), QStringLiteral("登録元")},
    };
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

QString CsvColumn::value(const RegisteredAttendee& row, HeaderLanguage language) const
{
    const Attendee& a = row.attendee;
    const Registration& r = row.registration;
    switch (field) {
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
        return a.country;
    case Field::Email:
        return a.email;
    case Field::Phone:
        return a.phone;
    case Field::PreferredLanguage:
        return a.preferredLanguage;
    case Field::Category:
        return a.category;
    case Field::Notes:
        return a.notes;
    case Field::Status:
        return Registration::statusKey(r.status);
    case Field::CheckInCode:
        return r.checkInCode;
    case Field::ReceiverNeeded:
        if (language == HeaderLanguage::Japanese)
            return r.receiverNeeded ? QStringLiteral("要") : QStringLiteral("不要");
        return r.receiverNeeded ? QStringLiteral("yes") : QStringLiteral("no");
    case Field::RegisteredAt:
    case Field::CheckedInAt:
    case Field::BadgePrintedAt:
        return timeText(localTime(row));
    case Field::Source:
        return r.source;
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
    switch (field) {
    case Field::AttendeeId:
        return tr("Attendee number");
    case Field::DisplayName:
        return tr("Name");
    case Field::FamilyName:
        return tr("Family name");
    case Field::GivenName:
        return tr("Given name");
    case Field::DisplayReading:
        return tr("Reading");
    case Field::FamilyReading:
        return tr("Family name reading");
    case Field::GivenReading:
        return tr("Given name reading");
    case Field::LatinName:
        return tr("Name in Latin script");
    case Field::BadgeName:
        return tr("Name on the badge");
    case Field::Organisation:
        return tr("Organisation");
    case Field::Position:
        return tr("Position");
    case Field::Country:
        return tr("Country");
    case Field::Email:
        return tr("E-mail");
    case Field::Phone:
        return tr("Phone");
    case Field::PreferredLanguage:
        return tr("Preferred language");
    case Field::Category:
        return tr("Category");
    case Field::Notes:
        return tr("Notes");
    case Field::Status:
        return tr("Status");
    case Field::CheckInCode:
        return tr("Check-in code");
    case Field::ReceiverNeeded:
        return tr("Receiver needed");
    case Field::RegisteredAt:
        return tr("Registered at");
    case Field::CheckedInAt:
        return tr("Checked in at");
    case Field::BadgePrintedAt:
        return tr("Badge printed at");
    case Field::Source:
        return tr("Source");
    }
    return {};
}

} // namespace sd
