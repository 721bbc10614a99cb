// What a seminar's flyer says, read from the seminar, its venue and its contacts, in the words of
// the flyer's language (never the program's).
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include "core/Result.h"
#include "core/records/Contact.h"
#include "core/records/ProgrammeItem.h"
#include "core/records/Seminar.h"
#include "core/records/Venue.h"

namespace sd {

class Database;

struct FlyerContent
{
    Q_DECLARE_TR_FUNCTIONS(FlyerContent)

public:
    enum class Language { Japanese, English, Both };

    Seminar seminar;
    Venue venue; // id 0: no venue yet
    QList<Contact> enquiries;
    QList<Contact> coOrganisers; // 共催
    QList<Contact> supporters; // 後援
    QList<ProgrammeItem> programme;
    QImage image; // optional: a map or a photograph, fitted into its box
    Language language = Language::Both;
    bool faxForm = false; // a form to fill in and send by FAX, at the foot of the last page

    static Result<FlyerContent> load(const Database& database, qint64 seminarId);
    // "ja", "en", "both" as the command line says them.
    static std::optional<Language> languageFromKey(const QString& key);
    static QString languageName(Language language);

    // The flyer's languages in the order it prints them: "ja", "en".
    QStringList languages() const;
    bool showsJapanese() const { return language != Language::English; }
    bool showsEnglish() const { return language != Language::Japanese; }

    // The flyer's words for KEY in LANGUAGE ("ja" or "en"), from resources/flyer-labels.json.
    static QString label(const QString& key, const QString& language);
    // The same in the flyer's languages: "日時 / Date" on a bilingual flyer.
    QString label(const QString& key) const;
    // TEXT written "日本語 / English" reduced to LANGUAGE; other text as it is.
    static QString inLanguage(const QString& text, const QString& language);
    // The same for the flyer: as it is on a bilingual flyer.
    QString inLanguage(const QString& text) const;
    // A speaker as LANGUAGE's reader expects: "山田 太郎（北九州市立大学）", "Taro YAMADA (University of
    // Kitakyushu)".
    static QString speakerLine(const ProgrammeSpeaker& speaker, const QString& language);
    // Straight quotes made typographic for English text: "a" → “a”, it's → it’s.
    static QString withTypographicQuotes(const QString& text);

    // The title in LANGUAGE and its subtitle, written after it between 〜 〜 or after " — "
    // (the subtitle without those marks).
    std::pair<QString, QString> titleAndSubtitle(const QString& language) const;
    // "2027年2月12日（金）13:30～17:00（受付 13:00）", "Friday 12 February 2027, 13:30–17:00
    // (reception opens 13:00)".
    QString dateLine(const QString& language) const;
    // "2027年2月5日（金）", "Friday 5 February 2027".
    static QString date(const QDate& date, const QString& language);
    QString capacityText(const QString& language) const; // empty: no limit
    QString feeText(const QString& language) const;
    // 日英同時通訳あり, or empty when the seminar is not interpreted.
    QString interpretationNotice(const QString& language) const;
    QString venueAddress(const QString& language) const;
    // A contact's name and address as LANGUAGE's reader expects them: the Latin-script name and an
    // address ending in "Japan" in English.
    static QString contactName(const Contact& contact, const QString& language);
    static QString contactAddress(const Contact& contact, const QString& language);
    // The FAX number applications go to: the first enquiries contact's, as LANGUAGE writes it.
    QString applicationFax(const QString& language) const;
};

} // namespace sd
