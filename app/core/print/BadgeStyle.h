// How badges look beyond their text: the font, and each category's band (words and colour).
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace sd {

struct BadgeCategory
{
    QString word;
    QColor colour;
};

class BadgeStyle
{
    Q_DECLARE_TR_FUNCTIONS(BadgeStyle)

public:
    // The CJK font chosen explicitly, so that Japanese never falls back to boxes.
    static QString fontFamily() { return QStringLiteral("Noto Sans CJK JP"); }
    // The fonts that print, in the order they are tried for a character: Noto Sans CJK JP, then
    // Noto fonts for the scripts attendees write beyond it (Thai, Devanagari, Arabic) and for the
    // mathematical signs JIS X 0208 has and Noto Sans CJK lacks (≒). All are embedded in PDFs.
    static QStringList fontFamilies();
    static QFont font(QFont::Weight weight = QFont::Normal);
    // The characters of TEXT, each once, that no installed font of fontFamilies() has a glyph
    // for: they would print as empty boxes or in a font the PDF does not promise.
    static QString missingCharacters(const QString& text);

    // The built-in words and colours (resources/badge-categories.json).
    static BadgeStyle standard();
    // STANDARD with the categories of JSON ({"categories": {"speaker": {"word": ..., "colour": ...}}})
    // laid over it.
    static Result<BadgeStyle> withOverrides(const QJsonObject& json);
    static Result<BadgeStyle> fromFile(const QString& path);

    // The band for category KEY; unknown keys get the participant colour and the category's name.
    BadgeCategory category(const QString& key) const;
    void setCategory(const QString& key, const BadgeCategory& category) { m_categories.insert(key, category); }

private:
    Status apply(const QJsonObject& json);

    QHash<QString, BadgeCategory> m_categories;
};

} // namespace sd
