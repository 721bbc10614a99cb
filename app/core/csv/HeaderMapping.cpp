#include "core/csv/HeaderMapping.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include "core/csv/CsvColumn.h"

namespace sd {

QList<HeaderMapping::Target> HeaderMapping::targets()
{
    QList<Target> all;
    for (int t = int(Target::Ignore); t <= int(Target::Status); ++t)
        all.append(Target(t));
    return all;
}

QString HeaderMapping::key(Target target)
{
    static const char* const keys[]
        = {"ignore",        "full_name",          "family_name",  "given_name", "full_reading",    "family_reading",
           "given_reading", "latin_name",         "organisation", "position",   "country",         "email",
           "phone",         "preferred_language", "category",     "notes",      "receiver_needed", "status"};
    return QString::fromLatin1(keys[int(target)]);
}

std::optional<HeaderMapping::Target> HeaderMapping::fromKey(const QString& key)
{
    for (Target target : targets()) {
        if (HeaderMapping::key(target) == key)
            return target;
    }
    return std::nullopt;
}

QString HeaderMapping::displayName(Target target)
{
    switch (target) {
    case Target::Ignore:
        return tr("(do not import)");
    case Target::FullName:
        return tr("Full name (split at the first space)");
    case Target::FamilyName:
        return tr("Family name");
    case Target::GivenName:
        return tr("Given name");
    case Target::FullReading:
        return tr("Full reading (split at the first space)");
    case Target::FamilyReading:
        return tr("Family name reading");
    case Target::GivenReading:
        return tr("Given name reading");
    case Target::LatinName:
        return tr("Name in Latin script");
    case Target::Organisation:
        return tr("Organisation");
    case Target::Position:
        return tr("Position");
    case Target::Country:
        return tr("Country");
    case Target::Email:
        return tr("E-mail");
    case Target::Phone:
        return tr("Phone");
    case Target::PreferredLanguage:
        return tr("Preferred language");
    case Target::Category:
        return tr("Category");
    case Target::Notes:
        return tr("Notes");
    case Target::ReceiverNeeded:
        return tr("Interpretation receiver needed");
    case Target::Status:
        return tr("Registration status");
    }
    return {};
}

QString HeaderMapping::normalised(const QString& header)
{
    // NFKC makes full-width Latin and half-width katakana ordinary; hiragana becomes katakana so
    // that ふりがな and フリガナ meet; spaces, punctuation and symbols go.
    QString text = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x3041 && u <= 0x3096)
            c = QChar(char16_t(u + 0x60));
        if (c.isLetterOrNumber() || c.unicode() == 0x30FC)
            folded.append(c);
    }
    return folded;
}

HeaderMapping::Target HeaderMapping::recognise(const QString& header)
{
    static const QHash<QString, Target> known = [] {
        QHash<QString, Target> table;
        const auto add = [&table](Target target, const QStringList& headers) {
            for (const QString& h : headers)
                table.insert(normalised(h), target);
        };
        add(Target::FullName,
            {QStringLiteral("氏名"), QStringLiteral("名前"), QStringLiteral("お名前"), QStringLiteral("氏名(漢字)"),
             QStringLiteral("参加者名"), QStringLiteral("Name"), QStringLiteral("Full name"),
             QStringLiteral("Your name"), QStringLiteral("Participant name")});
        add(Target::FamilyName,
            {QStringLiteral("姓"), QStringLiteral("苗字"), QStringLiteral("名字"), QStringLiteral("姓(漢字)"),
             QStringLiteral("氏"), QStringLiteral("Last name"), QStringLiteral("Family name"),
             QStringLiteral("Surname"), QStringLiteral("Lastname")});
        add(Target::GivenName,
            {QStringLiteral("名"), QStringLiteral("名(漢字)"), QStringLiteral("下の名前"), QStringLiteral("First name"),
             QStringLiteral("Given name"), QStringLiteral("Firstname"), QStringLiteral("Forename")});
        add(Target::FullReading,
            {QStringLiteral("フリガナ"), QStringLiteral("ふりがな"), QStringLiteral("よみがな"), QStringLiteral("読み"),
             QStringLiteral("よみ"), QStringLiteral("氏名フリガナ"), QStringLiteral("氏名(フリガナ)"),
             QStringLiteral("お名前(フリガナ)"), QStringLiteral("カナ"), QStringLiteral("Reading"),
             QStringLiteral("Kana")});
        add(Target::FamilyReading,
            {QStringLiteral("セイ"), QStringLiteral("姓(フリガナ)"), QStringLiteral("姓フリガナ"),
             QStringLiteral("姓よみ"), QStringLiteral("Family name reading"), QStringLiteral("Last name kana")});
        add(Target::GivenReading,
            {QStringLiteral("メイ"), QStringLiteral("名(フリガナ)"), QStringLiteral("名フリガナ"),
             QStringLiteral("名よみ"), QStringLiteral("Given name reading"), QStringLiteral("First name kana")});
        add(Target::LatinName,
            {QStringLiteral("ローマ字"), QStringLiteral("氏名(ローマ字)"), QStringLiteral("ローマ字氏名"),
             QStringLiteral("英語表記"), QStringLiteral("Name in Latin script"), QStringLiteral("Name (English)"),
             QStringLiteral("Latin name"), QStringLiteral("Romanized name")});
        add(Target::Organisation,
            {QStringLiteral("所属"), QStringLiteral("所属先"), QStringLiteral("所属機関"), QStringLiteral("会社名"),
             QStringLiteral("会社"), QStringLiteral("団体名"), QStringLiteral("勤務先"), QStringLiteral("組織"),
             QStringLiteral("組織名"), QStringLiteral("Organization"), QStringLiteral("Organisation"),
             QStringLiteral("Company"), QStringLiteral("Affiliation"), QStringLiteral("Institution")});
        add(Target::Position,
            {QStringLiteral("役職"), QStringLiteral("肩書"), QStringLiteral("肩書き"), QStringLiteral("職位"),
             QStringLiteral("Position"), QStringLiteral("Job title"), QStringLiteral("Title"), QStringLiteral("Role")});
        add(Target::Country,
            {QStringLiteral("国"), QStringLiteral("国名"), QStringLiteral("国・地域"), QStringLiteral("国籍"),
             QStringLiteral("Country"), QStringLiteral("Country/Region")});
        add(Target::Email,
            {QStringLiteral("メールアドレス"), QStringLiteral("メール"), QStringLiteral("Eメール"),
             QStringLiteral("電子メール"), QStringLiteral("Email"), QStringLiteral("E-mail"),
             QStringLiteral("Email address"), QStringLiteral("Mail")});
        add(Target::Phone,
            {QStringLiteral("電話番号"), QStringLiteral("電話"), QStringLiteral("連絡先電話番号"),
             QStringLiteral("携帯電話"), QStringLiteral("Phone"), QStringLiteral("Telephone"), QStringLiteral("Tel"),
             QStringLiteral("Phone number")});
        add(Target::PreferredLanguage,
            {QStringLiteral("言語"), QStringLiteral("希望言語"), QStringLiteral("使用言語"), QStringLiteral("Language"),
             QStringLiteral("Preferred language")});
        add(Target::Category, {QStringLiteral("区分"), QStringLiteral("参加区分"), QStringLiteral("Category")});
        add(Target::Notes,
            {QStringLiteral("備考"), QStringLiteral("メモ"), QStringLiteral("ご質問・ご要望"), QStringLiteral("Notes"),
             QStringLiteral("Note"), QStringLiteral("Remarks"), QStringLiteral("Comments")});
        add(Target::ReceiverNeeded,
            {QStringLiteral("通訳"), QStringLiteral("通訳レシーバー"), QStringLiteral("通訳機"),
             QStringLiteral("同時通訳"), QStringLiteral("通訳レシーバー貸出"), QStringLiteral("Interpretation"),
             QStringLiteral("Receiver"), QStringLiteral("Receiver needed"), QStringLiteral("Interpretation receiver")});
        add(Target::Status, {QStringLiteral("状態"), QStringLiteral("Status")});
        // Our own export's headers, in both languages, read back.
        for (const CsvColumn& column : CsvColumn::all()) {
            if (const auto target = fromKey(column.key)) {
                add(*target, {column.englishHeader, column.japaneseHeader});
            }
        }
        add(Target::FullName, {CsvColumn::of(CsvColumn::Field::DisplayName).englishHeader});
        add(Target::FullReading, {CsvColumn::of(CsvColumn::Field::DisplayReading).japaneseHeader});
        return table;
    }();
    QString text = normalised(header);
    if (auto found = known.constFind(text); found != known.cend())
        return *found;
    // "氏名（必須）", "E-mail (required)": try again without what is in brackets.
    static const QRegularExpression bracketed(QStringLiteral("[(\\[（【［][^)\\]）】］]*[)\\]）】］]"));
    const QString bare = normalised(QString(header).remove(bracketed));
    if (auto found = known.constFind(bare); !bare.isEmpty() && found != known.cend())
        return *found;
    return Target::Ignore;
}

QList<HeaderMapping::Target> HeaderMapping::targetsFor(const QStringList& headers) const
{
    QList<Target> result;
    for (const QString& header : headers) {
        const auto saved = m_saved.constFind(header);
        result.append(saved != m_saved.cend() ? *saved : recognise(header));
    }
    return result;
}

Result<HeaderMapping> HeaderMapping::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read the mapping file “%1”: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(tr("The mapping file “%1” is not a JSON object {\"header\": \"field\"}: %2")
                        .arg(path, error.errorString()));
    }
    HeaderMapping mapping;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto target = fromKey(it.value().toString());
        if (!target) {
            QStringList keys;
            for (Target t : targets())
                keys.append(key(t));
            return fail(tr("The mapping file “%1” maps “%2” to “%3”, which is not one of: %4.")
                            .arg(path, it.key(), it.value().toString(), keys.join(QStringLiteral(", "))));
        }
        mapping.set(it.key(), *target);
    }
    return mapping;
}

Status HeaderMapping::save(const QString& path) const
{
    QJsonObject object;
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        object.insert(it.key(), key(it.value()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit())
        return fail(tr("Could not write the mapping file “%1”: %2").arg(path, file.errorString()));
    return {};
}

} // namespace sd
