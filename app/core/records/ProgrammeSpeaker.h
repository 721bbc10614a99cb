#pragma once

#include <QList>
#include <QString>

namespace sd {

// Someone who speaks at a programme item, with where they come from. Either may be written in
// both languages, "山田 太郎 / Taro YAMADA", as titles are.
struct ProgrammeSpeaker
{
    QString name;
    QString affiliation;

    bool operator==(const ProgrammeSpeaker& other) const
    {
        return name == other.name && affiliation == other.affiliation;
    }

    // "Name (Affiliation); Name (Affiliation)": how the programme's table shows and takes them.
    static QString listText(const QList<ProgrammeSpeaker>& speakers);
    // The speakers TEXT lists in that form; full-width brackets and semicolons count too.
    static QList<ProgrammeSpeaker> listFromText(const QString& text);
};

} // namespace sd
