// What the lists of people share: how they read a name and its reading, their order, and their
// search over the stored search text; so that the Attendees and People pages find and sort alike.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include "core/data/SqlDialect.h"

namespace sd {

class AttendeeColumns
{
public:
    // What SELECT reads for the name (shown with shownName()) and for the reading.
    static QString nameExpression();
    static QString readingExpression();
    // Gojuon order of the readings, through the stored sort keys (and their index).
    static QString byReading();
    // The name read through nameExpression(), in the order its script writes it.
    static QString shownName(const QVariant& stored);
    // One condition on attendee.search_text for each word of TYPED, with its value: each word must
    // be found, however it was typed. With CODE_COLUMN (a registration's check-in code), a word
    // that can be a badge's code also finds the row whose code it is.
    static void addSearch(const SqlDialect& dialect, const QString& typed, QStringList& conditions,
                          QVariantList& values, const QString& codeColumn = {});
};

} // namespace sd
