#include "core/csv/KnownHeaders.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>

#include "core/csv/CsvColumn.h"

namespace sd {

using T = HeaderMapping::Target;

namespace {

QStringList list(std::initializer_list<const char16_t*> texts)
{
    QStringList result;
    for (const char16_t* text : texts)
        result.append(QString::fromUtf16(text));
    return result;
}

// Every known header, normalised, and its field.
const QHash<QString, T>& fieldIndex()
{
    static const QHash<QString, T> index = [] {
        QHash<QString, T> table;
        const auto add = [&table](T target, const QString& header) {
            table.insert(KnownHeaders::normalised(header), target);
        };
        for (const KnownHeaders::Field& field : KnownHeaders::fields()) {
            for (const QString& header : field.headers)
                add(field.target, header);
        }
        // Our own export's headers, in both languages, read back.
        for (const CsvColumn& column : CsvColumn::all()) {
            if (const auto target = HeaderMapping::fromKey(column.key)) {
                add(*target, column.englishHeader);
                add(*target, column.japaneseHeader);
            }
        }
        add(T::FullName, CsvColumn::of(CsvColumn::Field::DisplayName).englishHeader);
        add(T::FullName, CsvColumn::of(CsvColumn::Field::DisplayName).japaneseHeader);
        add(T::FullReading, CsvColumn::of(CsvColumn::Field::DisplayReading).englishHeader);
        add(T::FullReading, CsvColumn::of(CsvColumn::Field::DisplayReading).japaneseHeader);
        return table;
    }();
    return index;
}

// The words, normalised, longest first: the longest word that fits is tried first (氏名 before 氏).
const QList<KnownHeaders::Word>& wordsByLength()
{
    static const QList<KnownHeaders::Word> sorted = [] {
        QList<KnownHeaders::Word> words = KnownHeaders::words();
        for (KnownHeaders::Word& word : words)
            word.text = KnownHeaders::normalised(word.text);
        std::stable_sort(words.begin(), words.end(), [](const KnownHeaders::Word& a, const KnownHeaders::Word& b) {
            return a.text.size() > b.text.size();
        });
        return words;
    }();
    return sorted;
}

// Splits TEXT into words (appended to WORDS); false when some of it is no word.
bool splitIntoWords(QStringView text, QList<const KnownHeaders::Word*>& words)
{
    if (text.isEmpty())
        return true;
    for (const KnownHeaders::Word& word : wordsByLength()) {
        if (!text.startsWith(word.text))
            continue;
        words.append(&word);
        if (splitIntoWords(text.mid(word.text.size()), words))
            return true;
        words.removeLast();
    }
    return false;
}

// A note that says its column is a second copy: （確認用）, (確認のため再入力), (again).
bool isConfirmation(const QString& normalisedNote)
{
    return std::any_of(wordsByLength().cbegin(), wordsByLength().cend(), [&](const KnownHeaders::Word& word) {
        return word.confirmation && normalisedNote.contains(word.text);
    });
}

} // namespace

const QList<KnownHeaders::Field>& KnownHeaders::fields()
{
    // Name fields are recognised from their words (see words()); only what words cannot say is here.
    static const QList<Field> table {
        {T::Organisation,
         list({u"所属",
               u"所属先",
               u"所属機関",
               u"所属団体",
               u"所属団体名",
               u"所属組織",
               u"会社名",
               u"会社",
               u"企業名",
               u"団体名",
               u"団体",
               u"勤務先",
               u"勤務先名",
               u"組織",
               u"組織名",
               u"会社・団体名",
               u"法人名",
               u"学校名",
               u"御社名",
               u"貴社名",
               u"Organization",
               u"Organisation",
               u"Organization name",
               u"Organisation name",
               u"Company",
               u"Company name",
               u"Affiliation",
               u"Institution",
               u"Employer",
               u"Société",
               u"Entreprise",
               u"Organisme"})},
        {T::Position,
         list({u"役職", u"役職名", u"肩書", u"肩書き", u"職位", u"職名", u"Position", u"Job title", u"Title", u"Role",
               u"Fonction", u"Poste"})},
        {T::Country,
         list({u"国", u"国名", u"国・地域", u"国/地域", u"国・地域名", u"国籍", u"Country", u"Country/Region",
               u"Nationality", u"Pays"})},
        {T::Email,
         list({u"メールアドレス", u"メール", u"Eメール", u"Eメールアドレス", u"電子メール", u"電子メールアドレス",
               u"Email", u"E-mail", u"Email address", u"E-mail address", u"Mail", u"Mail address", u"Courriel",
               u"Adresse e-mail"})},
        {T::Phone,
         list({u"電話番号", u"電話", u"連絡先電話番号", u"携帯電話", u"携帯電話番号", u"携帯番号", u"Phone",
               u"Phone number", u"Telephone", u"Tel", u"Mobile", u"Mobile phone", u"Cell phone", u"Work phone",
               u"Téléphone"})},
        {T::PreferredLanguage,
         list({u"言語", u"希望言語", u"使用言語", u"Language", u"Preferred language", u"Langue"})},
        {T::Category, list({u"区分", u"参加区分", u"Category", u"Catégorie"})},
        {T::Notes,
         list({u"備考", u"メモ", u"ご質問・ご要望", u"ご意見・ご要望", u"Notes", u"Note", u"Remarks", u"Comments",
               u"Comment", u"Remarques"})},
        {T::ReceiverNeeded,
         list({u"通訳", u"通訳レシーバー", u"通訳機", u"同時通訳", u"通訳レシーバー貸出", u"レシーバー",
               u"Interpretation", u"Receiver", u"Receiver needed", u"Interpretation receiver"})},
        {T::Status, list({u"状態", u"ステータス", u"Status"})},
        {T::BadgeName,
         list({u"名札", u"名札表示名", u"名札用氏名", u"名札の氏名", u"名札表記", u"名札記載名", u"Badge",
               u"Badge name", u"Name on badge", u"Name on the badge", u"Name for badge", u"Name badge",
               u"Nom sur le badge"})},
        // Recognised, and left out on purpose: when the form was sent, the form tool's own numbers.
        {T::Ignore,
         list({u"タイムスタンプ", u"Timestamp", u"ID", u"開始時刻", u"完了時刻", u"最終変更時刻", u"Start time",
               u"Completion time", u"Last modified time"})},
    };
    return table;
}

const QList<KnownHeaders::Word>& KnownHeaders::words()
{
    using P = Part;
    using S = Script;
    const auto word = [](const char16_t* text, Part part, Script script = S::AsWritten, bool alone = false) {
        return Word {QString::fromUtf16(text), part, script, alone, false};
    };
    const auto note = [](const char16_t* text) {
        return Word {QString::fromUtf16(text), P::None};
    };
    const auto confirmation = [](const char16_t* text) {
        return Word {QString::fromUtf16(text), P::None, S::AsWritten, false, true};
    };
    static const QList<Word> table {
        // The whole name, the family name, the given name.
        word(u"氏名", P::Full),
        word(u"名前", P::Full),
        word(u"姓名", P::Full),
        word(u"芳名", P::Full),
        word(u"参加者", P::Full),
        word(u"参加者名", P::Full),
        word(u"申込者", P::Full),
        word(u"申込者名", P::Full),
        word(u"Name", P::Full),
        word(u"Nom complet", P::Full),
        word(u"姓", P::Family),
        word(u"氏", P::Family),
        word(u"苗字", P::Family),
        word(u"名字", P::Family),
        word(u"Last", P::Family),
        word(u"Family", P::Family),
        word(u"Surname", P::Family),
        word(u"Nom", P::Family),
        word(u"Nom de famille", P::Family),
        word(u"名", P::Given),
        word(u"下の名前", P::Given),
        word(u"First", P::Given),
        word(u"Given", P::Given),
        word(u"Forename", P::Given),
        word(u"Prénom", P::Given),
        // A reading: the name in kana.
        word(u"セイ", P::Family, S::Reading, true),
        word(u"メイ", P::Given, S::Reading, true),
        word(u"フリガナ", P::None, S::Reading, true),
        word(u"ふりがな", P::None, S::Reading, true),
        word(u"よみがな", P::None, S::Reading, true),
        word(u"読みがな", P::None, S::Reading, true),
        word(u"読み仮名", P::None, S::Reading, true),
        word(u"よみ", P::None, S::Reading, true),
        word(u"読み", P::None, S::Reading, true),
        word(u"カナ", P::None, S::Reading, true),
        word(u"カタカナ", P::None, S::Reading, true),
        word(u"ひらがな", P::None, S::Reading, true),
        word(u"Reading", P::None, S::Reading, true),
        word(u"Kana", P::None, S::Reading, true),
        word(u"Furigana", P::None, S::Reading, true),
        word(u"Yomi", P::None, S::Reading, true),
        word(u"Katakana", P::None, S::Reading, true),
        // The name in Latin letters; 英語 or English alone is no name ("English: yes").
        word(u"ローマ字", P::None, S::Latin, true),
        word(u"ローマ字表記", P::None, S::Latin, true),
        word(u"英語表記", P::None, S::Latin, true),
        word(u"Romaji", P::None, S::Latin, true),
        word(u"英字", P::None, S::Latin),
        word(u"英語", P::None, S::Latin),
        word(u"英文", P::None, S::Latin),
        word(u"アルファベット", P::None, S::Latin),
        word(u"English", P::None, S::Latin),
        word(u"Latin", P::None, S::Latin),
        word(u"Latin script", P::None, S::Latin),
        word(u"Roman", P::None, S::Latin),
        word(u"Romanized", P::None, S::Latin),
        word(u"Romanised", P::None, S::Latin),
        word(u"Alphabet", P::None, S::Latin),
        // Words that change nothing.
        note(u"お"),
        note(u"ご"),
        note(u"御"),
        note(u"漢字"),
        note(u"必須"),
        note(u"任意"),
        note(u"全角"),
        note(u"半角"),
        note(u"表記"),
        note(u"日本語"),
        note(u"Your"),
        note(u"Full"),
        note(u"In"),
        note(u"Of"),
        note(u"The"),
        note(u"Ticket"),
        note(u"Attendee"),
        note(u"Participant"),
        note(u"Required"),
        note(u"Optional"),
        note(u"Japanese"),
        note(u"Kanji"),
        // A second copy typed to check the first.
        confirmation(u"確認"),
        confirmation(u"確認用"),
        confirmation(u"再入力"),
        confirmation(u"再確認"),
        confirmation(u"Confirm"),
        confirmation(u"Confirmation"),
        confirmation(u"Again"),
        confirmation(u"Retype"),
        confirmation(u"Re-enter"),
    };
    return table;
}

const QStringList& KnownHeaders::prefixes()
{
    static const QStringList table = [] {
        QStringList normalisedPrefixes;
        for (const QString& prefix :
             list({u"Ticket", u"Attendee", u"Participant", u"Your", u"参加者", u"申込者", u"お", u"ご", u"御"}))
            normalisedPrefixes.append(normalised(prefix));
        return normalisedPrefixes;
    }();
    return table;
}

QString KnownHeaders::normalised(const QString& header)
{
    const QString text = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x3041 && u <= 0x3096) // hiragana as katakana: ふりがな meets フリガナ
            c = QChar(char16_t(u + 0x60));
        else if (u >= 0xC0 && u <= 0x24F) // prénom meets prenom
            c = QString(c).normalized(QString::NormalizationForm_D).at(0);
        if (c.isLetterOrNumber() || c.unicode() == 0x30FC)
            folded.append(c);
    }
    return folded;
}

HeaderMapping::Target KnownHeaders::nameTarget(const QString& main, const QStringList& notes)
{
    QList<const Word*> words;
    if (!splitIntoWords(main, words))
        return T::Ignore;
    for (const QString& text : notes) {
        QList<const Word*> noteWords;
        if (splitIntoWords(text, noteWords))
            words.append(noteWords);
    }
    bool full = false;
    bool family = false;
    bool given = false;
    bool scriptAlone = false;
    Script script = Script::AsWritten;
    for (const Word* word : words) {
        full = full || word->part == Part::Full;
        family = family || word->part == Part::Family;
        given = given || word->part == Part::Given;
        if (word->script != Script::AsWritten) {
            if (script != Script::AsWritten && script != word->script)
                return T::Ignore; // a reading and a Latin name at once: say it with a mapping
            script = word->script;
            scriptAlone = scriptAlone || word->standsAlone;
        }
    }
    if (family && given)
        return T::Ignore;
    // The more specific part wins: お名前（姓） is the family name.
    const Part part = family ? Part::Family : given ? Part::Given : full ? Part::Full : Part::None;
    if (part == Part::None && !scriptAlone)
        return T::Ignore;
    // By part (none, full, family, given), then script (as written, reading, Latin).
    static const T targets[4][3] {
        {T::Ignore, T::FullReading, T::LatinName},
        {T::FullName, T::FullReading, T::LatinName},
        {T::FamilyName, T::FamilyReading, T::LatinFamilyName},
        {T::GivenName, T::GivenReading, T::LatinGivenName},
    };
    return targets[int(part)][int(script)];
}

HeaderMapping::Target KnownHeaders::fieldTarget(const QString& normalisedHeader)
{
    const QHash<QString, T>& index = fieldIndex();
    if (const auto found = index.constFind(normalisedHeader); found != index.cend())
        return *found;
    for (const QString& prefix : prefixes()) {
        if (normalisedHeader.size() > prefix.size() && normalisedHeader.startsWith(prefix)) {
            if (const auto found = index.constFind(normalisedHeader.mid(prefix.size())); found != index.cend())
                return *found;
        }
    }
    return T::Ignore;
}

HeaderMapping::Target KnownHeaders::recognise(const QString& header)
{
    const QString whole = normalised(header);
    if (const auto found = fieldIndex().constFind(whole); found != fieldIndex().cend())
        return *found;
    // Bracketed notes: 姓（カタカナ）, Name (English), E-mail [required], 【必須】.
    static const QRegularExpression bracketed(QStringLiteral("[(\\[（【［<〈]([^)\\]）】］>〉]*)[)\\]）】］>〉]"));
    QStringList notes;
    for (auto match = bracketed.globalMatch(header); match.hasNext();)
        notes.append(normalised(match.next().captured(1)));
    const QString main = normalised(QString(header).remove(bracketed));
    if (std::any_of(notes.cbegin(), notes.cend(), isConfirmation))
        return T::Ignore;
    if (const T name = nameTarget(main, notes); name != T::Ignore)
        return name;
    return fieldTarget(main);
}

bool KnownHeaders::isMicrosoftFormsExport(const QStringList& headers)
{
    if (headers.size() <= microsoftFormsNameColumn)
        return false;
    const auto is = [&headers](int column, std::initializer_list<const char16_t*> names) {
        const QString header = normalised(headers.at(column));
        return std::any_of(names.begin(), names.end(),
                           [&header](const char16_t* name) { return normalised(QString::fromUtf16(name)) == header; });
    };
    return is(0, {u"ID"}) && is(1, {u"開始時刻", u"Start time"}) && is(2, {u"完了時刻", u"Completion time"})
        && is(microsoftFormsEmailColumn, {u"メール", u"Email"}) && is(microsoftFormsNameColumn, {u"名前", u"Name"});
}

} // namespace sd
