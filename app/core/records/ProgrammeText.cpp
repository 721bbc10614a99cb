#include "core/records/ProgrammeText.h"

#include <QRegularExpression>

#include "core/records/BilingualText.h"
#include "core/records/PersonName.h"

namespace sd {

namespace {

// "13:30", "１３：３０" (full-width, as Japanese input often gives it); invalid when it is no time.
QTime timeOf(const QString& text)
{
    return QTime::fromString(text.normalized(QString::NormalizationForm_KC), QStringLiteral("H:mm"));
}

void setTitle(ProgrammeItem& item, const QString& title)
{
    if (const auto both = BilingualText::parts(title)) {
        item.titleJa = both->first;
        item.titleEn = both->second;
    } else if (PersonName::containsEastAsianScript(title)) {
        item.titleJa = title;
    } else {
        item.titleEn = title;
    }
}

} // namespace

QList<ProgrammeItem> ProgrammeText::items(const QString& text)
{
    static const QString time = QStringLiteral("([0-9０-９]{1,2}[:：][0-9０-９]{2})");
    static const QRegularExpression timed(QStringLiteral("^%1(?:\\s*[-–—~～〜]\\s*%1)?(?:\\s+(.*))?$").arg(time));
    static const QRegularExpression breakWords(QStringLiteral("休憩|昼食|\\bbreak\\b|\\blunch\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    QList<ProgrammeItem> items;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        ProgrammeItem item;
        item.kind = ProgrammeItem::Kind::Text;
        setTitle(item, trimmed);
        if (const QRegularExpressionMatch match = timed.match(trimmed); match.hasMatch()) {
            const QTime starts = timeOf(match.captured(1));
            const QTime ends = match.captured(2).isEmpty() ? QTime() : timeOf(match.captured(2));
            const bool endsAfter = match.captured(2).isEmpty() || (ends.isValid() && ends > starts);
            // "25:00 …" or "14:00–13:00 …" cannot be read as times: the line stays as it is.
            if (starts.isValid() && endsAfter) {
                const QString title = match.captured(3).trimmed();
                item.titleJa.clear();
                item.titleEn.clear();
                setTitle(item, title);
                item.startsAt = starts;
                item.endsAt = ends;
                item.kind = title.contains(breakWords) ? ProgrammeItem::Kind::Break : ProgrammeItem::Kind::Session;
            }
        }
        items.append(item);
    }
    return items;
}

} // namespace sd
