// Which attendee field each column of an imported CSV file fills: recognised from the usual English
// and Japanese headers of registration forms, or read from a saved mapping file.
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

    // The target a header names, as far as the usual headers go (Ignore when unknown). Full-width
    // and half-width forms, upper and lower case, spaces and punctuation do not matter.
    static Target recognise(const QString& header);

    // Saved choices: header text -> target, used before recognise().
    void set(const QString& header, Target target) { m_saved.insert(header, target); }
    bool isEmpty() const { return m_saved.isEmpty(); }
    // The target of each of HEADERS.
    QList<Target> targetsFor(const QStringList& headers) const;

    // A mapping file is a JSON object {"header text": "family_name", ...}.
    static Result<HeaderMapping> load(const QString& path);
    Status save(const QString& path) const;

private:
    static QString normalised(const QString& header);

    QHash<QString, Target> m_saved;
};

} // namespace sd
