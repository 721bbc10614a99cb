#include "core/print/BadgeStyle.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRawFont>

#include "core/records/Attendee.h"

namespace sd {

namespace {

QJsonObject readJson(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = BadgeStyle::tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = BadgeStyle::tr("%1 is not valid JSON at byte %2: %3")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(parseError.offset)
                    .arg(parseError.errorString());
        return {};
    }
    return document.object();
}

} // namespace

QStringList BadgeStyle::fontFamilies()
{
    return {fontFamily(), QStringLiteral("Noto Sans Thai"), QStringLiteral("Noto Sans Devanagari"),
            QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Sans Math")};
}

QString BadgeStyle::missingCharacters(const QString& text)
{
    // Only the fonts that are there: a family that is not installed would be replaced by another.
    static const QList<QRawFont> fonts = [] {
        QList<QRawFont> installed;
        for (const QString& family : fontFamilies()) {
            const QRawFont raw = QRawFont::fromFont(QFont(family));
            if (raw.isValid() && raw.familyName() == family)
                installed.append(raw);
        }
        return installed;
    }();
    QString missing;
    for (const char32_t character : text.toUcs4()) {
        const auto category = QChar::category(character);
        if (QChar::isSpace(character) || category == QChar::Other_Control || category == QChar::Other_Format)
            continue;
        const bool drawn = std::any_of(fonts.cbegin(), fonts.cend(),
                                       [character](const QRawFont& font) { return font.supportsCharacter(character); });
        const QString written = QString::fromUcs4(&character, 1);
        if (!drawn && !missing.contains(written))
            missing += written;
    }
    return missing;
}

QFont BadgeStyle::font(QFont::Weight weight)
{
    QFont font(fontFamily());
    font.setFamilies(fontFamilies());
    font.setWeight(weight);
    // Metrics independent of the device's hinting: the preview measures as the PDF does.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Without shaping, Noto Sans CJK keeps the digits its cmap names in Latin text too; shaped,
    // they become alternate glyphs that Qt's PDF writer cannot map back to text, and pdftotext
    // (and a reader's search) would lose every digit of a check-in code or a phone number.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

BadgeStyle BadgeStyle::standard()
{
    QString error;
    BadgeStyle style;
    const Status applied = style.apply(readJson(QStringLiteral(":/badge-categories.json"), error));
    Q_ASSERT_X(applied.ok() && error.isEmpty(), "BadgeStyle", "the built-in badge categories are broken");
    return style;
}

Result<BadgeStyle> BadgeStyle::withOverrides(const QJsonObject& json)
{
    BadgeStyle style = standard();
    if (Status applied = style.apply(json); !applied)
        return fail(applied.error());
    return style;
}

Result<BadgeStyle> BadgeStyle::fromFile(const QString& path)
{
    QString error;
    const QJsonObject json = readJson(path, error);
    if (!error.isEmpty())
        return fail(error);
    auto style = withOverrides(json);
    if (!style)
        return fail(tr("%1: %2").arg(QDir::toNativeSeparators(path), style.error()));
    return style;
}

Status BadgeStyle::apply(const QJsonObject& json)
{
    const QJsonObject categories = json[QLatin1String("categories")].toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        BadgeCategory category = this->category(it.key());
        if (object.contains(QLatin1String("word")))
            category.word = object[QLatin1String("word")].toString();
        if (object.contains(QLatin1String("colour"))) {
            const QString name = object[QLatin1String("colour")].toString();
            category.colour = QColor::fromString(name);
            if (!category.colour.isValid())
                return fail(
                    tr("The colour “%1” of the category “%2” is not a colour (use #rrggbb).").arg(name, it.key()));
        }
        m_categories.insert(it.key(), category);
    }
    return {};
}

BadgeCategory BadgeStyle::category(const QString& key) const
{
    const auto found = m_categories.constFind(key);
    if (found != m_categories.constEnd())
        return *found;
    const QColor fallback = m_categories.value(QStringLiteral("participant")).colour;
    return {Attendee::categoryName(key).toUpper(), fallback.isValid() ? fallback : QColor(0x1f, 0x5f, 0x99)};
}

} // namespace sd
