#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace sd {

// One seminar: bilingual titles and texts, when and where, and how it is interpreted.
struct Seminar
{
    Q_DECLARE_TR_FUNCTIONS(Seminar)

public:
    enum class Status { Planned, Open, Closed, Held, Cancelled };
    // How people apply: the flyer says so and shows where.
    enum class ApplicationMethod { Web, Email, Fax };

    qint64 id = 0;
    QString titleJa;
    QString titleEn;
    QString shortTitle; // what fits on a badge
    QString descriptionJa;
    QString descriptionEn;
    QDateTime startsAt;
    QDateTime endsAt;
    qint64 venueId = 0; // 0: no venue yet
    QString organiser;
    int capacity = 0; // 0: unlimited
    QStringList languages {QStringLiteral("ja"), QStringLiteral("en")}; // interpretation languages
    Status status = Status::Planned;
    int participationFee = 0; // in yen; 0: free of charge (無料)
    QTime receptionOpens; // when the reception desk opens on the day; invalid: not said
    QDate registrationDeadline; // invalid: none
    QString registrationUrl; // the web form
    QString registrationEmail;
    QList<ApplicationMethod> applicationMethods;
    // How long an interpreter's turn in the booth lasts (AIIC: 30 minutes).
    int turnMinutes = 30;
    qint64 version = 0; // counted up by every change (see VersionedUpdate); 0 before it is stored

    static constexpr int shortestTurnMinutes = 15;
    static constexpr int longestTurnMinutes = 40;

    // The title in LANGUAGE ("ja" or "en"), falling back to the other one.
    QString title(const QString& language = QStringLiteral("en")) const;
    // The title in the language the program speaks now (QLocale's default): what the desk shows.
    QString localTitle() const;
    QString badgeTitle() const;
    // The language spoken on the floor: the first of its languages (channel 0 of the receivers).
    QString floorLanguage() const;

    static QList<Status> statuses();
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    static QString statusName(Status status);
    static QList<ApplicationMethod> applicationMethodList();
    static QString applicationMethodKey(ApplicationMethod method);
    static std::optional<ApplicationMethod> applicationMethodFromKey(const QString& key);
    static QString applicationMethodName(ApplicationMethod method);
    // A language's name ("ja": Japanese, 日本語), in the program's language or in LANGUAGE.
    static QString languageName(const QString& code);
    static QString languageName(const QString& code, const QString& language);
    // The code TEXT names (ja, Japanese, 日本語, 英語 ...); TEXT as it is when it names none.
    static QString languageFromText(const QString& text);
};

} // namespace sd
