#include "core/records/Seminar.h"

#include <QLocale>

namespace sd {

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

QString Seminar::languageName(const QString& code)
{
    if (code == QLatin1String("ja"))
        return tr("Japanese");
    if (code == QLatin1String("en"))
        return tr("English");
    if (code == QLatin1String("zh"))
        return tr("Chinese");
    if (code == QLatin1String("ko"))
        return tr("Korean");
    if (code == QLatin1String("vi"))
        return tr("Vietnamese");
    if (code == QLatin1String("id"))
        return tr("Indonesian");
    if (code == QLatin1String("th"))
        return tr("Thai");
    return code;
}

QString Seminar::interpretationLine(const QStringList& languages)
{
    QStringList names;
    for (const QString& code : languages)
        names.append(languageName(code));
    return tr("Simultaneous interpretation: %1").arg(names.join(QStringLiteral(" ⇔ ")));
}

} // namespace sd
