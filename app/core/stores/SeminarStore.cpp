#include "core/stores/SeminarStore.h"

#include <QUrl>

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/data/StoredTime.h"
#include "core/records/EmailAddress.h"
#include "core/stores/VersionedUpdate.h"

namespace sd {

namespace {

// The stored fields in the order valuesOf() gives them and read() reads them, after "id".
const QStringList fields {
    QStringLiteral("title_ja"),          QStringLiteral("title_en"),           QStringLiteral("short_title"),
    QStringLiteral("description_ja"),    QStringLiteral("description_en"),     QStringLiteral("starts_at"),
    QStringLiteral("ends_at"),           QStringLiteral("venue_id"),           QStringLiteral("organiser"),
    QStringLiteral("capacity"),          QStringLiteral("languages"),          QStringLiteral("status"),
    QStringLiteral("participation_fee"), QStringLiteral("reception_opens"),    QStringLiteral("registration_deadline"),
    QStringLiteral("registration_url"),  QStringLiteral("registration_email"), QStringLiteral("application_methods"),
    QStringLiteral("turn_minutes")};

QString methodKeys(const QList<Seminar::ApplicationMethod>& methods)
{
    QStringList keys;
    for (Seminar::ApplicationMethod method : methods)
        keys.append(Seminar::applicationMethodKey(method));
    return keys.join(QLatin1Char(','));
}

QList<Seminar::ApplicationMethod> methodsFrom(const QString& keys)
{
    QList<Seminar::ApplicationMethod> methods;
    for (const QString& key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto method = Seminar::applicationMethodFromKey(key))
            methods.append(*method);
    }
    return methods;
}

QVariantList valuesOf(const Seminar& seminar)
{
    return {seminar.titleJa,
            seminar.titleEn,
            seminar.shortTitle,
            seminar.descriptionJa,
            seminar.descriptionEn,
            storedLocalTime(seminar.startsAt),
            storedLocalTime(seminar.endsAt),
            seminar.venueId > 0 ? QVariant(seminar.venueId) : QVariant(),
            seminar.organiser,
            seminar.capacity,
            seminar.languages.join(QLatin1Char(',')),
            Seminar::statusKey(seminar.status),
            seminar.participationFee,
            seminar.receptionOpens.isValid() ? seminar.receptionOpens.toString(QStringLiteral("HH:mm")) : QString(),
            seminar.registrationDeadline.isValid() ? QVariant(seminar.registrationDeadline.toString(Qt::ISODate))
                                                   : QVariant(),
            seminar.registrationUrl,
            seminar.registrationEmail,
            methodKeys(seminar.applicationMethods),
            seminar.turnMinutes};
}

} // namespace

SeminarStore::SeminarStore(const Database& database)
    : m_database(database)
{
}

QString SeminarStore::columnList()
{
    QStringList qualified {QStringLiteral("seminar.id")};
    for (const QString& field : fields)
        qualified.append(QStringLiteral("seminar.") + field);
    qualified.append(QStringLiteral("seminar.version"));
    return qualified.join(QStringLiteral(", "));
}

Seminar SeminarStore::read(const SqlStatement& row, int firstColumn)
{
    Seminar seminar;
    int column = firstColumn;
    seminar.id = row.value(column++).toLongLong();
    seminar.titleJa = row.value(column++).toString();
    seminar.titleEn = row.value(column++).toString();
    seminar.shortTitle = row.value(column++).toString();
    seminar.descriptionJa = row.value(column++).toString();
    seminar.descriptionEn = row.value(column++).toString();
    seminar.startsAt = timeFromStored(row.value(column++));
    seminar.endsAt = timeFromStored(row.value(column++));
    seminar.venueId = row.value(column++).toLongLong();
    seminar.organiser = row.value(column++).toString();
    seminar.capacity = row.value(column++).toInt();
    seminar.languages = row.value(column++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    seminar.status = Seminar::statusFromKey(row.value(column++).toString()).value_or(Seminar::Status::Planned);
    seminar.participationFee = row.value(column++).toInt();
    seminar.receptionOpens = QTime::fromString(row.value(column++).toString(), QStringLiteral("HH:mm"));
    seminar.registrationDeadline = QDate::fromString(row.value(column++).toString(), Qt::ISODate);
    seminar.registrationUrl = row.value(column++).toString();
    seminar.registrationEmail = row.value(column++).toString();
    seminar.applicationMethods = methodsFrom(row.value(column++).toString());
    seminar.turnMinutes = row.value(column++).toInt();
    seminar.version = row.value(column++).toLongLong();
    return seminar;
}

QString SeminarStore::validationError(const Seminar& seminar)
{
    if (seminar.titleJa.trimmed().isEmpty() && seminar.titleEn.trimmed().isEmpty())
        return tr("A seminar needs a title in Japanese or in English.");
    if (!seminar.startsAt.isValid() || !seminar.endsAt.isValid())
        return tr("A seminar needs a start and an end.");
    if (seminar.endsAt < seminar.startsAt)
        return tr("The seminar ends before it starts.");
    if (seminar.capacity < 0)
        return tr("The capacity cannot be negative.");
    if (seminar.participationFee < 0)
        return tr("The participation fee cannot be negative.");
    if (seminar.receptionOpens.isValid() && seminar.receptionOpens > seminar.startsAt.time())
        return tr("Reception opens after the seminar starts.");
    if (seminar.registrationDeadline.isValid() && seminar.registrationDeadline > seminar.startsAt.date())
        return tr("The registration deadline is after the seminar.");
    const QUrl url(seminar.registrationUrl, QUrl::StrictMode);
    if (!seminar.registrationUrl.isEmpty()
        && (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty()))
        return tr("“%1” is not a web address (https://…).").arg(seminar.registrationUrl);
    if (!seminar.registrationEmail.isEmpty() && !EmailAddress::isPlausible(seminar.registrationEmail))
        return tr("“%1” is not an e-mail address.").arg(seminar.registrationEmail);
    using Method = Seminar::ApplicationMethod;
    if (seminar.applicationMethods.contains(Method::Web) && seminar.registrationUrl.isEmpty())
        return tr("Applying on the web needs the address of the registration form.");
    if (seminar.applicationMethods.contains(Method::Email) && seminar.registrationEmail.isEmpty())
        return tr("Applying by e-mail needs the registration e-mail address.");
    if (seminar.turnMinutes < Seminar::shortestTurnMinutes || seminar.turnMinutes > Seminar::longestTurnMinutes)
        return tr("An interpreter's turn lasts from %1 to %2 minutes, not %3.")
            .arg(Seminar::shortestTurnMinutes)
            .arg(Seminar::longestTurnMinutes)
            .arg(seminar.turnMinutes);
    return {};
}

Result<qint64> SeminarStore::insert(const Seminar& seminar)
{
    if (const QString invalid = validationError(seminar); !invalid.isEmpty())
        return fail(invalid);
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO seminar (%1) VALUES (%2)")
                            .arg(fields.join(QStringLiteral(", ")), placeholderList(fields.size())),
                        valuesOf(seminar));
    if (!id)
        return fail(tr("Could not save the seminar “%1”: %2").arg(seminar.title(), id.error()));
    return id;
}

Status SeminarStore::update(const Seminar& seminar)
{
    if (const QString invalid = validationError(seminar); !invalid.isEmpty())
        return fail(invalid);
    VersionedUpdate update(m_database, QStringLiteral("seminar"),
                           fields.join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ?"));
    if (Status saved = update.exec(valuesOf(seminar), seminar.id, seminar.version, tr("The seminar no longer exists."));
        !saved)
        return fail(tr("Could not save the seminar “%1”: %2").arg(seminar.title(), saved.error()));
    return {};
}

Status SeminarStore::remove(qint64 id)
{
    Status removed = changeOneRow(m_database, QStringLiteral("DELETE FROM seminar WHERE id = ?"), {id},
                                  tr("The seminar no longer exists."));
    if (!removed)
        return fail(tr("Could not delete the seminar: %1").arg(removed.error()));
    return removed;
}

Status SeminarStore::restore(const Seminar& seminar)
{
    QVariantList values {seminar.id};
    values.append(valuesOf(seminar));
    values.append(qMax<qint64>(seminar.version, 1)); // back with the version it had
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO seminar (id, %1, version) VALUES (?, %2, ?)")
                            .arg(fields.join(QStringLiteral(", ")), placeholderList(fields.size())),
                        values);
    if (!id)
        return fail(tr("Could not restore the seminar “%1”: %2").arg(seminar.title(), id.error()));
    return {};
}

Result<Seminar> SeminarStore::find(qint64 id) const
{
    return selectOneRow<Seminar>(
        m_database, QStringLiteral("SELECT %1 FROM seminar WHERE id = ?").arg(columnList()), {id},
        [](const SqlStatement& row) { return read(row); }, tr("There is no seminar with the number %1.").arg(id));
}

Result<QList<Seminar>> SeminarStore::all(const QDateTime& now) const
{
    const QVariant stamp = storedLocalTime(now);
    return selectRows<Seminar>(m_database,
                               QStringLiteral("SELECT %1 FROM seminar ORDER BY ends_at < ?, "
                                              "CASE WHEN ends_at >= ? THEN starts_at END, starts_at DESC, id")
                                   .arg(columnList()),
                               {stamp, stamp}, [](const SqlStatement& row) { return read(row); });
}

} // namespace sd
