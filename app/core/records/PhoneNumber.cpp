#include "core/records/PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

namespace sd {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

constexpr int japan = 81;
const QString japanPrefix = QStringLiteral("+81-");

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Whether TEXT is digits in three hyphenated groups, the last of four: 093-681-1563, 90-1234-5678.
bool isGroupedNumber(QStringView text)
{
    int groups = 1;
    int lastGroup = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('-')) {
            if (lastGroup == 0)
                return false;
            ++groups;
            lastGroup = 0;
        } else if (isDigit(text[i])) {
            ++lastGroup;
        } else {
            return false;
        }
    }
    return groups == 3 && lastGroup == 4;
}

// A Japanese number already written in one of the two forms is only turned round: exports of
// many thousand rows need no parsing for the numbers people usually type.
QString turnedRound(const QString& text, bool japanese)
{
    const bool domestic = text.size() > 1 && text.front() == QLatin1Char('0') && text.at(1) != QLatin1Char('0')
        && isGroupedNumber(QStringView(text).mid(1));
    const bool international = text.startsWith(japanPrefix) && text.size() > japanPrefix.size()
        && text.at(japanPrefix.size()) != QLatin1Char('0')
        && isGroupedNumber(QStringView(text).mid(japanPrefix.size()));
    if (domestic)
        return japanese ? text : japanPrefix + text.mid(1);
    if (international)
        return japanese ? QLatin1Char('0') + text.mid(japanPrefix.size()) : text;
    return {};
}

} // namespace

QString PhoneNumber::display(const QString& stored, const QString& language)
{
    const QString text = stored.trimmed();
    if (text.isEmpty())
        return text;
    const bool japanese = language == QLatin1String("ja");
    if (const QString quick = turnedRound(text, japanese); !quick.isEmpty())
        return quick;

    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    // Without a country code a number is read as dialled in Japan, where the office is.
    if (util.Parse(text.toStdString(), "JP", &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util.IsValidNumber(number))
        return text;
    std::string formatted;
    if (japanese && number.country_code() == japan) {
        util.Format(number, PhoneNumberUtil::NATIONAL, &formatted);
        return QString::fromStdString(formatted);
    }
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    QString international = QString::fromStdString(formatted);
    // "+81 93-681-1563": the office writes the country code joined by a hyphen like the rest.
    if (number.country_code() == japan)
        international.replace(QStringLiteral("+81 "), japanPrefix);
    return international;
}

} // namespace sd
