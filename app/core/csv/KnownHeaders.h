// The column headers the import recognises, as tables: the headers of registration forms and of the
// tools people export from, and the words a name header is made of (which part of the name, in
// which script), so that 姓（カタカナ）, フリガナ（セイ）, Last name (romaji) and Ticket First Name all
// find their field.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/csv/HeaderMapping.h"

namespace sd {

class KnownHeaders
{
public:
    // One field and the headers that name it, as forms write them (normalised when compared).
    struct Field
    {
        HeaderMapping::Target target;
        QStringList headers;
    };
    // A word of a name header: which part of the name it names, in which script. A header is a name
    // header when its text is made of such words alone; its bracketed notes add their words, or are
    // dropped when they are not made of them (氏名（例：山田 太郎）).
    enum class Part { None, Full, Family, Given };
    enum class Script { AsWritten, Reading, Latin };
    struct Word
    {
        QString text;
        Part part = Part::None;
        Script script = Script::AsWritten;
        bool standsAlone = false; // a script word that names a field by itself: フリガナ, ローマ字
        bool confirmation = false; // メールアドレス（確認用）: a second copy of a field, not imported
    };

    // The field HEADER names; Ignore when it names none.
    static HeaderMapping::Target recognise(const QString& header);

    // The tables (the tests check every entry).
    static const QList<Field>& fields();
    static const QList<Word>& words();
    // Words before a header that do not change its field: "Ticket Company Name", "ご所属".
    static const QStringList& prefixes();

    // Whether HEADERS start as a Microsoft Forms export does: ID, start and completion time, then
    // the signed-in respondent's e-mail and name (“anonymous” for an anonymous form).
    static bool isMicrosoftFormsExport(const QStringList& headers);
    static constexpr int microsoftFormsEmailColumn = 3;
    static constexpr int microsoftFormsNameColumn = 4;

    // HEADER compared as a form means it: NFKC (full-width Latin and half-width katakana made
    // ordinary), case folded, hiragana as katakana, accents off Latin letters, and only letters,
    // digits and the long vowel mark kept.
    static QString normalised(const QString& header);

private:
    // The name field that the words of MAIN and NOTES make, or Ignore.
    static HeaderMapping::Target nameTarget(const QString& main, const QStringList& notes);
    // The field a non-name header names, with or without a prefix, or Ignore.
    static HeaderMapping::Target fieldTarget(const QString& normalisedHeader);
};

} // namespace sd
