#pragma once

#include <optional>
#include <utility>

#include <QString>

namespace sd {

// A text written in both languages, "日本語 / English": how the office writes a title, a name or an
// organisation in one field when both editions need it.
class BilingualText
{
public:
    // The Japanese and the English part of TEXT; nothing when TEXT is not written so (only a
    // Japanese left part and a non-Japanese right part are two versions of one text).
    static std::optional<std::pair<QString, QString>> parts(const QString& text);
    // TEXT reduced to LANGUAGE ("ja" or "en"); other text as it is.
    static QString inLanguage(const QString& text, const QString& language);
};

} // namespace sd
