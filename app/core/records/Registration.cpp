#include "core/records/Registration.h"

#include <QSet>

#include "core/records/SearchText.h"
#include "core/records/ValueNames.h"
#include "core/settings/Translations.h"

namespace sd {

namespace {

const ValueNames& statusNames()
{
    static const ValueNames names("Registration",
                                  {
                                      {"registered", QT_TRANSLATE_NOOP("Registration", "Registered")},
                                      {"waitlisted", QT_TRANSLATE_NOOP("Registration", "Waitlisted")},
                                      {"cancelled", QT_TRANSLATE_NOOP("Registration", "Cancelled")},
                                      {"attended", QT_TRANSLATE_NOOP("Registration", "Attended")},
                                  });
    return names;
}

// The keys are what an English CSV file writes.
const ValueNames& receiverNames()
{
    static const ValueNames names("Registration",
                                  {
                                      {"yes", QT_TRANSLATE_NOOP("Registration", "Needed")},
                                      {"no", QT_TRANSLATE_NOOP("Registration", "Not needed")},
                                  });
    return names;
}

const char* const sourceContext = "Registration";
const char* const manualSource = QT_TRANSLATE_NOOP("Registration", "Entered by hand");
const char* const demoSource = QT_TRANSLATE_NOOP("Registration", "Demo");
const char* const webSource = QT_TRANSLATE_NOOP("Registration", "Web form");
const char* const importSource = QT_TRANSLATE_NOOP("Registration", "CSV import (%1)");
const QLatin1String importPrefix("import:");

} // namespace

QDateTime Registration::checkInTimeAt(const QDateTime& now) const
{
    if (status != Status::Attended)
        return {};
    return checkedInAt.isValid() ? checkedInAt : now;
}

QList<Registration::Status> Registration::statuses()
{
    return {Status::Registered, Status::Waitlisted, Status::Cancelled, Status::Attended};
}

QString Registration::statusKey(Status status)
{
    switch (status) {
    case Status::Registered:
        return QStringLiteral("registered");
    case Status::Waitlisted:
        return QStringLiteral("waitlisted");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Attended:
        return QStringLiteral("attended");
    }
    Q_UNREACHABLE();
}

std::optional<Registration::Status> Registration::statusFromKey(const QString& key)
{
    for (Status status : statuses()) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

std::optional<Registration::Status> Registration::statusFromText(const QString& text)
{
    const std::optional<QString> key = statusNames().keyOf(text);
    return key ? statusFromKey(*key) : std::nullopt;
}

QString Registration::statusName(Status status)
{
    return statusNames().name(statusKey(status));
}

QString Registration::statusName(Status status, const QString& language)
{
    return statusNames().name(statusKey(status), language);
}

QString Registration::receiverNeededName(bool needed)
{
    return receiverNames().name(QLatin1String(needed ? "yes" : "no"));
}

QString Registration::receiverNeededName(bool needed, const QString& language)
{
    return receiverNames().name(QLatin1String(needed ? "yes" : "no"), language);
}

std::optional<bool> Registration::receiverNeededFromText(const QString& text)
{
    if (const std::optional<QString> key = receiverNames().keyOf(text))
        return *key == QLatin1String("yes");
    // What registration forms write besides: a tick, a circle, 希望.
    static const QSet<QString> yes {QStringLiteral("y"),    QStringLiteral("true"),     QStringLiteral("1"),
                                    QStringLiteral("はい"), QStringLiteral("要"),       QStringLiteral("必要"),
                                    QStringLiteral("希望"), QStringLiteral("希望する"), QStringLiteral("有"),
                                    QStringLiteral("あり"), QStringLiteral("○"),        QStringLiteral("◯"),
                                    QStringLiteral("〇"),   QStringLiteral("x"),        QStringLiteral("✓")};
    static const QSet<QString> no {QStringLiteral("n"),      QStringLiteral("false"), QStringLiteral("0"),
                                   QStringLiteral("いいえ"), QStringLiteral("不要"),  QStringLiteral("希望しない"),
                                   QStringLiteral("無"),     QStringLiteral("なし"),  QStringLiteral("-")};
    const QString folded = SearchText::fold(text);
    if (yes.contains(folded))
        return true;
    if (no.contains(folded))
        return false;
    return std::nullopt;
}

QString Registration::sourceName(const QString& source)
{
    return sourceName(source, Translations::current());
}

QString Registration::sourceName(const QString& source, const QString& language)
{
    const auto word = [&language](const char* text) {
        return Translations::text(language, sourceContext, text);
    };
    if (source == QLatin1String("manual"))
        return word(manualSource);
    if (source == QLatin1String("demo"))
        return word(demoSource);
    if (source == QLatin1String("web"))
        return word(webSource);
    if (source.startsWith(importPrefix))
        return word(importSource).arg(source.mid(importPrefix.size()));
    return source;
}

} // namespace sd
