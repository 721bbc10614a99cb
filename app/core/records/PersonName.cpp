#include "core/records/PersonName.h"

#include <QStringList>

#include "core/records/ReadingCollator.h"

namespace sd {

namespace {

QString joined(const QString& first, const QString& second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + QLatin1Char(' ') + second;
}

} // namespace

PersonName::PersonName(QString family, QString given, QString familyReading, QString givenReading, QString latin)
    : m_family(std::move(family))
    , m_given(std::move(given))
    , m_familyReading(std::move(familyReading))
    , m_givenReading(std::move(givenReading))
    , m_latin(std::move(latin))
{
}

bool PersonName::containsEastAsianScript(const QString& text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (uint codePoint : codePoints) {
        switch (QChar::script(codePoint)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            return true;
        default:
            break;
        }
    }
    return false;
}

bool PersonName::isEastAsian() const
{
    return containsEastAsianScript(m_family) || containsEastAsianScript(m_given);
}

QString PersonName::display() const
{
    return isEastAsian() ? joined(m_family, m_given) : joined(m_given, m_family);
}

QString PersonName::displayReading() const
{
    return joined(m_familyReading, m_givenReading);
}

QByteArray PersonName::sortKey() const
{
    // Family name first whatever the script: "Santos Maria" sorts under S, as in a register.
    return ReadingCollator::nameSortKey(m_familyReading.isEmpty() ? m_family : m_familyReading,
                                        m_givenReading.isEmpty() ? m_given : m_givenReading);
}

} // namespace sd
