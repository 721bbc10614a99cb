// Which attendee field each column of an imported CSV file fills: recognised from the usual English
// and Japanese headers of registration forms and export tools (see KnownHeaders), or read from a
// saved mapping file.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace sd {

class HeaderMapping
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMapping)

public:
    enum class Target {
        Ignore,
        FullName, // "山田 太郎": split at the first space
        FamilyName,
        GivenName,
        FullReading,
        FamilyReading,
        GivenReading,
        LatinName,
        LatinFamilyName, // 姓（ローマ字）: joined with the given name into the Latin-script name
        LatinGivenName,
        BadgeName,
        Organisation,
        Position,
        Country,
        Email,
        Phone,
        PreferredLanguage,
        Category,
        Notes,
        ReceiverNeeded,
        Status,
    };

    static QList<Target> targets();
    static QString key(Target target); // "family_name"; "ignore"
    static std::optional<Target> fromKey(const QString& key);
    static QString displayName(Target target);
    // Whether two columns may fill TARGET: notes are joined; every other field takes one column.
    static bool takesSeveralColumns(Target target);

    // The target a header names, as far as the usual headers go (Ignore when unknown). Full-width
    // and half-width forms, upper and lower case, spaces and punctuation do not matter; a
    // bracketed qualifier decides between the name, its reading and its Latin-script form.
    static Target recognise(const QString& header);

    // A distinct key for each column of HEADER: the header text, "column 3" for an empty one (from
    // 1), "備考 (2)" for the second 備考. The keys name the columns in the dry run's rows and in
    // saved mappings.
    static QStringList columnKeys(const QStringList& header);

    // Saved choices: column key (or header text) -> target, used before recognise().
    void set(const QString& key, Target target) { m_saved.insert(key, target); }
    bool isEmpty() const { return m_saved.isEmpty(); }
    // The target of each column of HEADER. In a Microsoft Forms export the signed-in respondent's
    // e-mail and name fill their fields only when the form asks for none of its own.
    QList<Target> targetsFor(const QStringList& header) const;

    // Columns that would fill one field: never resolved silently.
    struct Conflict
    {
        Target target;
        QList<int> columns;
    };
    static QList<Conflict> conflicts(const QList<Target>& targets);

    // A mapping file is a JSON object {"header text": "family_name", ...}.
    static Result<HeaderMapping> load(const QString& path);
    Status save(const QString& path) const;

private:
    QHash<QString, Target> m_saved;
};

} // namespace sd
