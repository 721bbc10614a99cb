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
    };
    enum class HeaderLanguage { English, Japanese };

    Field field;
    QString key; // "family_name": what --columns and saved settings name
    QString englishHeader;
    QString japaneseHeader; // the header a Japanese registration form would have

    QString header(HeaderLanguage language) const
    {
        return language == HeaderLanguage::Japanese ? japaneseHeader : englishHeader;
    }
    // The column's text for ROW, as the CSV file and the workbook hold it. Keys (category, status)
    // are written as stored: they read back. Yes and no follow the header's LANGUAGE (要 / 不要).
    QString value(const RegisteredAttendee& row, HeaderLanguage language) const;
    // Whether the column holds a time (registered, checked in, badge printed).
    bool holdsTime() const;
    // A time column's value for ROW at the offset of the zone where the seminar is held (the zone
    // the desk runs in): its date() and time() are the wall clock there. Invalid when not set.
    QDateTime localTime(const RegisteredAttendee& row) const;
    // The column's name in the user's language, for the export dialog.
    QString displayName() const;

    static const QList<CsvColumn>& all();
    static const CsvColumn* find(const QString& key);
    static const CsvColumn& of(Field field);
};

} // namespace sd
