#include "core/records/RetentionPeriod.h"

#include <QRegularExpression>

namespace sd {

RetentionPeriod::RetentionPeriod(int months)
    : m_months(months)
{
    Q_ASSERT(months > 0 && months <= maximumMonths);
}

Result<RetentionPeriod> RetentionPeriod::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,4})([my])$"));
    const auto match = pattern.match(text.trimmed().toLower());
    const int count = match.captured(1).toInt();
    const int months = match.captured(2) == QLatin1String("y") ? count * 12 : count;
    if (!match.hasMatch() || months < 1 || months > maximumMonths) {
        return fail(tr("“%1” is not a period: write months as 12m or years as 2y (1 month to %2 years).")
                        .arg(text)
                        .arg(maximumMonths / 12));
    }
    return RetentionPeriod(months);
}

QDateTime RetentionPeriod::lastSeminarBefore(const QDateTime& now) const
{
    return now.toLocalTime().addMonths(-m_months);
}

QString RetentionPeriod::text() const
{
    return tr("%n month(s)", nullptr, m_months);
}

} // namespace sd
