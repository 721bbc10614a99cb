#pragma once

#include <QByteArray>
#include <QString>

namespace sd {

// Japanese collation (ICU's "ja", as QCollator uses it) turned into byte keys: stored beside a
// name, they let SQLite sort by reading in gojuon order with a plain index, and PostgreSQL too.
class ReadingCollator
{
public:
    static QByteArray sortKey(const QString& text);
    // The key of a person's name: the whole family part first, then the given part, so that one
    // family sorts together (ヤマサキ before ヤマザキ, whatever the given names).
    static QByteArray nameSortKey(const QString& family, const QString& given);
    // Changes when ICU's collation data changes, so stored keys can be rebuilt.
    static QString version();
};

} // namespace sd
