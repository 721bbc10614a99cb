// The language of a printed list or a file for people, chosen apart from the program's own (the
// reception list in Japanese from an English desk): the program's own translation, looked up for it.
#pragma once

#include <optional>

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace sd {

class OutputLanguage
{
public:
    enum class Code { Japanese, English };

    explicit OutputLanguage(Code code = Code::Japanese)
        : m_code(code)
    {
    }
    // "ja" or "en", as the command line says them.
    static std::optional<OutputLanguage> fromKey(const QString& key);
    // The language the program speaks now.
    static OutputLanguage ofProgram();

    bool isJapanese() const { return m_code == Code::Japanese; }
    QString key() const;
    QLocale locale() const;

    // SOURCE, an English text of CONTEXT marked with QT_TRANSLATE_NOOP, in this language.
    QString text(const char* context, const char* source) const;
    // The name of an attendee category (an Attendee category key).
    QString categoryName(const QString& key) const;
    // A seminar's date and times as this language writes them: "2027年2月12日（金）13:30～17:00",
    // "Friday 12 February 2027, 13:30–17:00".
    QString dateAndTimes(const QDateTime& start, const QDateTime& end) const;
    // A time of day with its date: "2027/02/12（金）13:05", "12 Feb 2027 13:05".
    QString dateTime(const QDateTime& time) const;

private:
    Code m_code;
};

} // namespace sd
