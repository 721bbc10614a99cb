#include "core/records/ProgrammeItem.h"

#include <QLocale>

namespace sd {

QString ProgrammeItem::title(const QString& language) const
{
    if (language == QLatin1String("ja"))
        return titleJa.isEmpty() ? titleEn : titleJa;
    return titleEn.isEmpty() ? titleJa : titleEn;
}

QString ProgrammeItem::localTitle() const
{
    return title(QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en"));
}

QString ProgrammeItem::timeText() const
{
    const QString format = QStringLiteral("HH:mm");
    if (!startsAt.isValid())
        return endsAt.isValid() ? tr("–%1", "until a time").arg(endsAt.toString(format)) : QString();
    if (!endsAt.isValid())
        return startsAt.toString(format);
    return tr("%1–%2", "from a time to a time").arg(startsAt.toString(format), endsAt.toString(format));
}

QList<ProgrammeItem::Kind> ProgrammeItem::kinds()
{
    return {Kind::Session, Kind::Break, Kind::Text};
}

QString ProgrammeItem::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Session:
        return QStringLiteral("session");
    case Kind::Break:
        return QStringLiteral("break");
    case Kind::Text:
        return QStringLiteral("text");
    }
    Q_UNREACHABLE();
}

std::optional<ProgrammeItem::Kind> ProgrammeItem::kindFromKey(const QString& key)
{
    for (Kind kind : kinds()) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString ProgrammeItem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Session:
        return tr("Session");
    case Kind::Break:
        return tr("Break");
    case Kind::Text:
        return tr("Text");
    }
    Q_UNREACHABLE();
}

} // namespace sd
