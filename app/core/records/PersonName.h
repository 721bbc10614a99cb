#pragma once

#include <QByteArray>
#include <QString>

namespace sd {

// A person's name as the office writes it: Japanese (and other East Asian) names family name
// first, others given name first; the reading (kana) is what lists sort by.
class PersonName
{
public:
    PersonName() = default;
    PersonName(QString family, QString given, QString familyReading = {}, QString givenReading = {},
               QString latin = {});

    const QString& family() const { return m_family; }
    const QString& given() const { return m_given; }
    const QString& latin() const { return m_latin; }

    bool isEastAsian() const;
    QString display() const;
    QString displayReading() const;
    // What the name sorts by, family part first: the reading where there is one, else the name
    // (a ReadingCollator key).
    QByteArray sortKey() const;

    static bool containsEastAsianScript(const QString& text);

private:
    QString m_family;
    QString m_given;
    QString m_familyReading;
    QString m_givenReading;
    QString m_latin;
};

} // namespace sd
