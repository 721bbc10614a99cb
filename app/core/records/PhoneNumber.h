// How a telephone or fax number is shown to a reader.
#pragma once

#include <QString>

namespace sd {

// Numbers are stored as they were entered. Shown, a Japanese number (+81…, or 0… as typed in
// Japan) takes the domestic form in Japanese output (093-681-1563) and the international form in
// English output (+81-93-681-1563); another country's number takes its international form in both;
// text that is not a telephone number is shown as it was typed. The grouping comes from
// libphonenumber's tables (area codes, mobile and free-dial numbers).
class PhoneNumber
{
public:
    // LANGUAGE is the output's language: "ja" or "en".
    static QString display(const QString& stored, const QString& language);
};

} // namespace sd
