// What a seminar's flyer says, read from the seminar, its venue and its enquiries contacts.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include "core/Result.h"
#include "core/records/Contact.h"
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
    QImage image; // optional
    Language language = Language::Both;

    static Result<FlyerContent> load(const Database& database, qint64 seminarId);
    // "ja", "en", "both" as the command line says them.
    static std::optional<Language> languageFromKey(const QString& key);
    static QString languageName(Language language);

    // The flyer's words for KEY ("date", "venue" ...) from resources/flyer-labels.json.
    QString label(const QString& key) const;
    // TEXT written "日本語 / English" reduced to the flyer's language; other text as it is.
    QString inLanguage(const QString& text) const;
    // The seminar's date as each of the flyer's languages writes it, then its time.
    QStringList dateLines() const;
    bool showsJapanese() const { return language != Language::English; }
    bool showsEnglish() const { return language != Language::Japanese; }
};

} // namespace sd
