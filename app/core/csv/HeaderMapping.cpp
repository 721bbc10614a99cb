#include "core/csv/HeaderMapping.h"

#include <algorithm>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include "core/csv/KnownHeaders.h"

namespace sd {

namespace {

struct TargetKey
{
    HeaderMapping::Target target;
    const char* key;
};

// In the order the wizard offers them.
constexpr TargetKey targetKeys[] {
    {HeaderMapping::Target::Ignore, "ignore"},
    {HeaderMapping::Target::FullName, "full_name"},
    {HeaderMapping::Target::FamilyName, "family_name"},
    {HeaderMapping::Target::GivenName, "given_name"},
    {HeaderMapping::Target::FullReading, "full_reading"},
    {HeaderMapping::Target::FamilyReading, "family_reading"},
    {HeaderMapping::Target::GivenReading, "given_reading"},
    {HeaderMapping::Target::LatinName, "latin_name"},
    {HeaderMapping::Target::LatinFamilyName, "latin_family_name"},
    {HeaderMapping::Target::LatinGivenName, "latin_given_name"},
    {HeaderMapping::Target::BadgeName, "badge_name"},
    {HeaderMapping::Target::Organisation, "organisation"},
    {HeaderMapping::Target::Position, "position"},
    {HeaderMapping::Target::Country, "country"},
    {HeaderMapping::Target::Email, "email"},
    {HeaderMapping::Target::Phone, "phone"},
    {HeaderMapping::Target::PreferredLanguage, "preferred_language"},
    {HeaderMapping::Target::Category, "category"},
    {HeaderMapping::Target::Notes, "notes"},
    {HeaderMapping::Target::ReceiverNeeded, "receiver_needed"},
    {HeaderMapping::Target::Status, "status"},
};

} // namespace

QList<HeaderMapping::Target> HeaderMapping::targets()
{
    QList<Target> all;
    for (const TargetKey& entry : targetKeys)
        all.append(entry.target);
    return all;
}

QString HeaderMapping::key(Target target)
{
    for (const TargetKey& entry : targetKeys) {
        if (entry.target == target)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<HeaderMapping::Target> HeaderMapping::fromKey(const QString& key)
{
    for (const TargetKey& entry : targetKeys) {
        if (key == QLatin1String(entry.key))
            return entry.target;
    }
    return std::nullopt;
}

bool HeaderMapping::takesSeveralColumns(Target target)
{
    return target == Target::Ignore || target == Target::Notes;
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
    case Target::LatinFamilyName:
        return tr("Family name in Latin script");
    case Target::LatinGivenName:
        return tr("Given name in Latin script");
    case Target::BadgeName:
        return tr("Name on the badge");
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

HeaderMapping::Target HeaderMapping::recognise(const QString& header)
{
    return KnownHeaders::recognise(header);
}

QStringList HeaderMapping::columnKeys(const QStringList& header)
{
    const QSet<QString> inFile(header.cbegin(), header.cend());
    QSet<QString> used;
    QStringList keys;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString& text = header.at(i);
        // The key names the column as the file does, unless another column has that name already.
        const QString base = text.trimmed().isEmpty() ? QStringLiteral("column %1").arg(i + 1) : text;
        QString key = base;
        for (int n = 2; used.contains(key) || (key != text && inFile.contains(key)); ++n)
            key = QStringLiteral("%1 (%2)").arg(base.trimmed()).arg(n);
        used.insert(key);
        keys.append(key);
    }
    return keys;
}

QList<HeaderMapping::Target> HeaderMapping::targetsFor(const QStringList& header) const
{
    const QStringList keys = columnKeys(header);
    QList<Target> result;
    for (qsizetype i = 0; i < header.size(); ++i) {
        auto saved = m_saved.constFind(keys.at(i));
        if (saved == m_saved.cend())
            saved = m_saved.constFind(header.at(i));
        result.append(saved != m_saved.cend() ? *saved : recognise(header.at(i)));
    }
    if (KnownHeaders::isMicrosoftFormsExport(header)) {
        const auto askedFor = [&result](int respondentColumn, const QList<Target>& fields) {
            for (qsizetype i = 0; i < result.size(); ++i) {
                if (i != respondentColumn && fields.contains(result.at(i)))
                    return true;
            }
            return false;
        };
        const int email = KnownHeaders::microsoftFormsEmailColumn;
        const int name = KnownHeaders::microsoftFormsNameColumn;
        if (!m_saved.contains(keys.at(email)) && askedFor(email, {Target::Email}))
            result[email] = Target::Ignore;
        if (!m_saved.contains(keys.at(name))
            && askedFor(name, {Target::FullName, Target::FamilyName, Target::GivenName}))
            result[name] = Target::Ignore;
    }
    return result;
}

QList<HeaderMapping::Conflict> HeaderMapping::conflicts(const QList<Target>& targets)
{
    QList<Conflict> found;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (takesSeveralColumns(targets.at(i)))
            continue;
        auto same = std::find_if(found.begin(), found.end(),
                                 [&](const Conflict& conflict) { return conflict.target == targets.at(i); });
        if (same == found.end())
            found.append({targets.at(i), {int(i)}});
        else
            same->columns.append(int(i));
    }
    found.erase(std::remove_if(found.begin(), found.end(),
                               [](const Conflict& conflict) { return conflict.columns.size() < 2; }),
                found.end());
    return found;
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
