#include "core/print/FlyerContent.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include "core/records/BilingualText.h"
#include "core/records/PhoneNumber.h"
#include "core/stores/ContactStore.h"
#include "core/stores/ProgrammeStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/VenueStore.h"

namespace sd {

namespace {

const QJsonObject& flyerLabels()
{
    static const QJsonObject labels = [] {
        QFile file(QStringLiteral(":/flyer-labels.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        return QJsonDocument::fromJson(file.readAll()).object()[QLatin1String("labels")].toObject();
    }();
    return labels;
}

const QString bilingualSeparator = QStringLiteral(" / ");
const QString japanese = QStringLiteral("ja");

bool isJapanese(const QString& language)
{
    return language == japanese;
}

QString time(const QTime& time)
{
    return time.toString(QStringLiteral("H:mm"));
}

} // namespace

Result<FlyerContent> FlyerContent::load(const Database& database, qint64 seminarId)
{
    FlyerContent content;
    auto seminar = SeminarStore(database).find(seminarId);
    if (!seminar)
        return fail(seminar.error());
    content.seminar = *seminar;
    if (content.seminar.venueId > 0) {
        auto venue = VenueStore(database).find(content.seminar.venueId);
        if (!venue)
            return fail(venue.error());
        content.venue = *venue;
    }
    const std::pair<QList<Contact>*, Contact::Role> linked[] = {{&content.enquiries, Contact::Role::Enquiries},
                                                                {&content.coOrganisers, Contact::Role::CoOrganiser},
                                                                {&content.supporters, Contact::Role::Supporter}};
    for (const auto& [contacts, role] : linked) {
        auto found = ContactStore(database).forSeminar(seminarId, role);
        if (!found)
            return fail(found.error());
        *contacts = *found;
    }
    auto programme = ProgrammeStore(database).forSeminar(seminarId);
    if (!programme)
        return fail(programme.error());
    content.programme = *programme;
    return content;
}

std::optional<FlyerContent::Language> FlyerContent::languageFromKey(const QString& key)
{
    if (key == QLatin1String("ja"))
        return Language::Japanese;
    if (key == QLatin1String("en"))
        return Language::English;
    if (key == QLatin1String("both"))
        return Language::Both;
    return std::nullopt;
}

QString FlyerContent::languageName(Language language)
{
    switch (language) {
    case Language::Japanese:
        return tr("Japanese");
    case Language::English:
        return tr("English");
    case Language::Both:
        return tr("Japanese and English");
    }
    Q_UNREACHABLE();
}

QStringList FlyerContent::languages() const
{
    QStringList codes;
    if (showsJapanese())
        codes.append(japanese);
    if (showsEnglish())
        codes.append(QStringLiteral("en"));
    return codes;
}

QString FlyerContent::label(const QString& key, const QString& language)
{
    return flyerLabels()[key].toObject()[language].toString();
}

QString FlyerContent::label(const QString& key) const
{
    const QString ja = label(key, japanese);
    const QString en = label(key, QStringLiteral("en"));
    switch (language) {
    case Language::Japanese:
        return ja;
    case Language::English:
        return en;
    case Language::Both:
        return ja == en ? ja : ja + bilingualSeparator + en;
    }
    Q_UNREACHABLE();
}

QString FlyerContent::inLanguage(const QString& text, const QString& language)
{
    return BilingualText::inLanguage(text, language);
}

QString FlyerContent::inLanguage(const QString& text) const
{
    return language == Language::Both ? text : inLanguage(text, languages().constFirst());
}

QString FlyerContent::speakerLine(const ProgrammeSpeaker& speaker, const QString& language)
{
    const QString name = inLanguage(speaker.name, language);
    const QString affiliation = inLanguage(speaker.affiliation, language);
    if (affiliation.isEmpty())
        return name;
    return isJapanese(language) ? QStringLiteral("%1（%2）").arg(name, affiliation)
                                : QStringLiteral("%1 (%2)").arg(name, affiliation);
}

QString FlyerContent::withTypographicQuotes(const QString& text)
{
    QString quoted = text;
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        const QChar before = i > 0 ? quoted.at(i - 1) : QChar(QLatin1Char(' '));
        const bool opening = before.isSpace() || QStringLiteral("([{—–-/").contains(before);
        if (quoted.at(i) == QLatin1Char('"'))
            quoted[i] = opening ? QChar(0x201C) : QChar(0x201D);
        else if (quoted.at(i) == QLatin1Char('\''))
            quoted[i] = opening ? QChar(0x2018) : QChar(0x2019);
    }
    return quoted;
}

std::pair<QString, QString> FlyerContent::titleAndSubtitle(const QString& language) const
{
    const QString title = seminar.title(language).trimmed();
    // チーム北九州で築く持続可能な社会 〜これからの国際環境協力の方向性〜
    static const QRegularExpression betweenWaves(QStringLiteral("^(.+?)\\s*([〜～].+[〜～])$"));
    if (const QRegularExpressionMatch match = betweenWaves.match(title); match.hasMatch())
        return {match.captured(1), match.captured(2)};
    // Sustainable Society Built by Team Kitakyushu — Direction of Future ...
    static const QRegularExpression afterDash(QStringLiteral("^(.+?)\\s+[—–]\\s+(.+)$"));
    if (const QRegularExpressionMatch match = afterDash.match(title); match.hasMatch())
        return {match.captured(1), match.captured(2)};
    return {title, QString()};
}

QString FlyerContent::date(const QDate& date, const QString& language)
{
    if (isJapanese(language)) {
        const QLocale locale(QLocale::Japanese, QLocale::Japan);
        return QStringLiteral("%1年%2月%3日（%4）")
            .arg(date.year())
            .arg(date.month())
            .arg(date.day())
            .arg(locale.toString(date, QStringLiteral("ddd")));
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString FlyerContent::dateLine(const QString& language) const
{
    const QDateTime& start = seminar.startsAt;
    const QDateTime& end = seminar.endsAt;
    if (!start.isValid())
        return {};
    // Ranges with a wave dash in Japanese (～, U+FF5E as Japanese Windows writes it), an en dash in English.
    const QString range = isJapanese(language) ? QStringLiteral("～") : QStringLiteral("–");
    QString to = time(end.time());
    if (end.date() != start.date())
        to = isJapanese(language) ? date(end.date(), language) + to
                                  : QStringLiteral("%1, %2").arg(date(end.date(), language), to);
    QString line = isJapanese(language)
        ? QStringLiteral("%1%2%3%4").arg(date(start.date(), language), time(start.time()), range, to)
        : QStringLiteral("%1, %2%3%4").arg(date(start.date(), language), time(start.time()), range, to);
    if (seminar.receptionOpens.isValid())
        line += label(QStringLiteral("reception"), language).arg(time(seminar.receptionOpens));
    return line;
}

QString FlyerContent::capacityText(const QString& language) const
{
    if (seminar.capacity <= 0)
        return {};
    return label(QStringLiteral("capacityValue"), language).arg(seminar.capacity);
}

QString FlyerContent::feeText(const QString& language) const
{
    if (seminar.participationFee == 0)
        return label(QStringLiteral("free"), language);
    const QLocale locale = isJapanese(language) ? QLocale(QLocale::Japanese, QLocale::Japan)
                                                : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return label(QStringLiteral("feeAmount"), language).arg(locale.toString(seminar.participationFee));
}

QString FlyerContent::interpretationNotice(const QString& language) const
{
    const QStringList& spoken = seminar.languages;
    if (spoken.size() < 2)
        return {};
    if (spoken.size() == 2 && spoken.contains(japanese) && spoken.contains(QStringLiteral("en")))
        return label(QStringLiteral("interpretation"), language);
    QStringList names;
    for (const QString& code : spoken) {
        const QString name = label(QStringLiteral("language.") + code, language);
        names.append(name.isEmpty() ? code : name);
    }
    return label(QStringLiteral("interpretationOther"), language)
        .arg(names.join(label(QStringLiteral("languageSeparator"), language)));
}

QString FlyerContent::venueAddress(const QString& language) const
{
    if (isJapanese(language))
        return QStringLiteral("〒%1 %2").arg(venue.postalCode, venue.address).trimmed();
    const QString address = venue.addressEn.isEmpty() ? venue.address : venue.addressEn;
    return QStringLiteral("%1 %2, %3").arg(address, venue.postalCode, label(QStringLiteral("country"), language));
}

QString FlyerContent::contactName(const Contact& contact, const QString& language)
{
    if (!isJapanese(language) && !contact.latinName.isEmpty())
        return contact.latinName;
    return inLanguage(contact.name, language);
}

QString FlyerContent::contactAddress(const Contact& contact, const QString& language)
{
    if (isJapanese(language)) {
        const QString address = inLanguage(contact.address, language);
        if (address.isEmpty() || contact.postalCode.isEmpty())
            return address;
        return QStringLiteral("〒%1 %2").arg(contact.postalCode, address);
    }
    const QString address = contact.addressEn.isEmpty() ? inLanguage(contact.address, language) : contact.addressEn;
    if (address.isEmpty())
        return address;
    const QString country = label(QStringLiteral("country"), language);
    const QString withCode = QStringLiteral("%1 %2").arg(address, contact.postalCode).trimmed();
    return withCode.endsWith(country) ? withCode : QStringLiteral("%1, %2").arg(withCode, country);
}

QString FlyerContent::applicationFax(const QString& language) const
{
    for (const Contact& contact : enquiries) {
        if (!contact.fax.isEmpty())
            return PhoneNumber::display(contact.fax, language);
    }
    return {};
}

} // namespace sd
