// One column a CSV export can hold: its key (for --columns), its headers and how to read it from a row.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/stores/RegistrationStore.h"

namespace sd {

struct CsvColumn
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumn)

public:
    enum class Field {
        RowNumber, // "No.": the row's number in the file
        AttendeeId,
        DisplayName,
        FamilyName,
        GivenName,
        DisplayReading,
        FamilyReading,
        GivenReading,
        LatinName,
        BadgeName,
        Organisation,
        Position,
        Country,
        Email,
        Phone,
        PreferredLanguage,
        Category,
        Notes,
        Status,
        CheckInCode,
        ReceiverNeeded,
        RegisteredAt,
        CheckedInAt,
        BadgePrintedAt,
        Source,
        CheckInMark, // "受付": empty, for ticking on the printed list at the door
    };
    enum class HeaderLanguage { English, Japanese };

    Field field;
    QString key; // "family_name": what --columns and saved settings name
    QString englishHeader; // the source text of the column's name (context CsvColumn)
    QString japaneseHeader; // its Japanese translation: the name the Japanese program shows

    QString header(HeaderLanguage language) const
    {
        return language == HeaderLanguage::Japanese ? japaneseHeader : englishHeader;
    }
    // "ja" or "en".
    static QString languageCode(HeaderLanguage language);
    // The column's text for ROW, the NUMBER-th row of the file, as the CSV file and the workbook hold
    // it. In English the values are written as stored (registered, participant, yes, ja), in Japanese
    // by their names (申込済み, 一般参加者, 要, 日本語, 日本): both read back (see CsvImporter). Phone
    // numbers take the language's form.
    QString value(const RegisteredAttendee& row, qint64 number, HeaderLanguage language) const;
    // Whether the column holds a time (registered, checked in, badge printed).
    bool holdsTime() const;
    // A time column's value for ROW at the offset of the zone where the seminar is held (the zone
    // the desk runs in): its date() and time() are the wall clock there. Invalid when not set.
    QDateTime localTime(const RegisteredAttendee& row) const;
    // The column's name in the program's language, for the export dialog: the header of the language.
    QString displayName() const;

    static const QList<CsvColumn>& all();
    static const CsvColumn* find(const QString& key);
    static const CsvColumn& of(Field field);
};

} // namespace sd
