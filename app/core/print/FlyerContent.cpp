#include "core/print/FlyerContent.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "core/records/PersonName.h"
#include "core/stores/ContactStore.h"
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
    auto enquiries = ContactStore(database).forSeminar(seminarId, Contact::Role::Enquiries);
    if (!enquiries)
        return fail(enquiries.error());
    content.enquiries = *enquiries;
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

QString FlyerContent::label(const QString& key) const
{
    const QJsonObject words = flyerLabels()[key].toObject();
    const QString ja = words[QLatin1String("ja")].toString();
    const QString en = words[QLatin1String("en")].toString();
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

QString FlyerContent::inLanguage(const QString& text) const
{
    const int separator = text.indexOf(bilingualSeparator);
    if (language == Language::Both || separator < 0)
        return text;
    const QString japanese = text.left(separator).trimmed();
    const QString english = text.mid(separator + bilingualSeparator.size()).trimmed();
    // Only a Japanese left part and a non-Japanese right part are two versions of one text.
    if (!PersonName::containsEastAsianScript(japanese) || PersonName::containsEastAsianScript(english))
        return text;
    return language == Language::Japanese ? japanese : english;
}

QStringList FlyerContent::dateLines() const
{
    const QDateTime& start = seminar.startsAt;
    const QDateTime& end = seminar.endsAt;
    if (!start.isValid())
        return {};
    QStringList lines;
    if (showsJapanese()) {
        const QLocale japanese(QLocale::Japanese, QLocale::Japan);
        lines.append(QStringLiteral("%1（%2）")
                         .arg(japanese.toString(start.date(), QStringLiteral("yyyy年M月d日")),
                              japanese.toString(start.date(), QStringLiteral("ddd"))));
    }
    if (showsEnglish()) {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        lines.append(english.toString(start.date(), QStringLiteral("dddd d MMMM yyyy")));
    }
    const QString from = start.time().toString(QStringLiteral("H:mm"));
    lines.append(end.isValid() && end.date() == start.date()
                     ? QStringLiteral("%1–%2").arg(from, end.time().toString(QStringLiteral("H:mm")))
                     : from);
    return lines;
}

} // namespace sd
