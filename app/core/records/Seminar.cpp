#include "core/records/Seminar.h"

#include <QLocale>

#include "core/records/SearchText.h"
#include "core/records/ValueNames.h"

namespace sd {

namespace {

const ValueNames& languageNames()
{
    static const ValueNames names("Seminar",
                                  {
                                      {"ja", QT_TRANSLATE_NOOP("Seminar", "Japanese")},
                                      {"en", QT_TRANSLATE_NOOP("Seminar", "English")},
                                      {"zh", QT_TRANSLATE_NOOP("Seminar", "Chinese")},
                                      {"ko", QT_TRANSLATE_NOOP("Seminar", "Korean")},
                                      {"vi", QT_TRANSLATE_NOOP("Seminar", "Vietnamese")},
                                      {"id", QT_TRANSLATE_NOOP("Seminar", "Indonesian")},
                                      {"th", QT_TRANSLATE_NOOP("Seminar", "Thai")},
                                  });
    return names;
}

} // namespace

QString Seminar::title(const QString& language) const
{
    if (language == QLatin1String("ja"))
        return titleJa.isEmpty() ? titleEn : titleJa;
    return titleEn.isEmpty() ? titleJa : titleEn;
}

QString Seminar::localTitle() const
{
    return title(QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en"));
}

QString Seminar::badgeTitle() const
{
    return shortTitle.isEmpty() ? title() : shortTitle;
}

QString Seminar::floorLanguage() const
{
    return languages.value(0, QStringLiteral("ja"));
}

QList<Seminar::Status> Seminar::statuses()
{
    return {Status::Planned, Status::Open, Status::Closed, Status::Held, Status::Cancelled};
}

QString Seminar::statusKey(Status status)
{
    switch (status) {
    case Status::Planned:
        return QStringLiteral("planned");
    case Status::Open:
        return QStringLiteral("open");
    case Status::Closed:
        return QStringLiteral("closed");
    case Status::Held:
        return QStringLiteral("held");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    Q_UNREACHABLE();
}

std::optional<Seminar::Status> Seminar::statusFromKey(const QString& key)
{
    for (Status status : statuses()) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString Seminar::statusName(Status status)
{
    switch (status) {
    case Status::Planned:
        return tr("Planned");
    case Status::Open:
        return tr("Open for registration");
    case Status::Closed:
        return tr("Registration closed");
    case Status::Held:
        return tr("Held");
    case Status::Cancelled:
        return tr("Cancelled");
    }
    Q_UNREACHABLE();
}

QList<Seminar::ApplicationMethod> Seminar::applicationMethodList()
{
    return {ApplicationMethod::Web, ApplicationMethod::Email, ApplicationMethod::Fax};
}

QString Seminar::applicationMethodKey(ApplicationMethod method)
{
    switch (method) {
    case ApplicationMethod::Web:
        return QStringLiteral("web");
    case ApplicationMethod::Email:
        return QStringLiteral("email");
    case ApplicationMethod::Fax:
        return QStringLiteral("fax");
    }
    Q_UNREACHABLE();
}

std::optional<Seminar::ApplicationMethod> Seminar::applicationMethodFromKey(const QString& key)
{
    for (ApplicationMethod method : applicationMethodList()) {
        if (applicationMethodKey(method) == key)
            return method;
    }
    return std::nullopt;
}

QString Seminar::applicationMethodName(ApplicationMethod method)
{
    switch (method) {
    case ApplicationMethod::Web:
        return tr("Web form");
    case ApplicationMethod::Email:
        return tr("E-mail");
    case ApplicationMethod::Fax:
        return tr("FAX");
    }
    Q_UNREACHABLE();
}

QString Seminar::languageName(const QString& code)
{
    return languageNames().name(code);
}

QString Seminar::languageName(const QString& code, const QString& language)
{
    return languageNames().name(code, language);
}

QString Seminar::languageFromText(const QString& text)
{
    if (const std::optional<QString> code = languageNames().keyOf(text))
        return *code;
    // "Japanese (日本語)", "英語で": what a form's free answer starts with.
    const QString folded = SearchText::fold(text);
    if (folded.startsWith(QLatin1String("ja")) || folded.startsWith(QStringLiteral("日本")))
        return QStringLiteral("ja");
    if (folded.startsWith(QLatin1String("en")) || folded.startsWith(QStringLiteral("英")))
        return QStringLiteral("en");
    return text.trimmed();
}

} // namespace sd
