#include "core/records/BilingualText.h"

#include "core/records/PersonName.h"

namespace sd {

std::optional<std::pair<QString, QString>> BilingualText::parts(const QString& text)
{
    static const QString separator = QStringLiteral(" / ");
    const int at = text.indexOf(separator);
    if (at < 0)
        return std::nullopt;
    const QString left = text.left(at).trimmed();
    const QString right = text.mid(at + separator.size()).trimmed();
    if (!PersonName::containsEastAsianScript(left) || PersonName::containsEastAsianScript(right))
        return std::nullopt;
    return std::pair {left, right};
}

QString BilingualText::inLanguage(const QString& text, const QString& language)
{
    const auto both = parts(text);
    if (!both)
        return text;
    return language == QLatin1String("ja") ? both->first : both->second;
}

} // namespace sd
