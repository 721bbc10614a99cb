#include "core/stores/BoothStore.h"

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/data/StoredTime.h"
#include "core/data/Transaction.h"
#include "core/stores/VersionedUpdate.h"

namespace sd {

namespace {

const QString boothColumns = QStringLiteral("booth.id, booth.seminar_id, booth.name, booth.language_pair, "
                                            "booth.channel, booth.notes, booth.version");
const QString shiftColumns = QStringLiteral("interpreter_shift.id, interpreter_shift.booth_id, "
                                            "interpreter_shift.contact_id, interpreter_shift.starts_at, "
                                            "interpreter_shift.ends_at");
constexpr int boothColumnCount = 7;

QVariantList valuesOf(const Booth& booth)
{
    return {booth.seminarId, booth.name, booth.languagePair, booth.channel, booth.notes};
}

QVariantList valuesOf(const InterpreterShift& shift)
{
    return {shift.boothId, shift.contactId, storedLocalTime(shift.startsAt), storedLocalTime(shift.endsAt)};
}

Booth readBooth(const SqlStatement& row)
{
    Booth booth;
    booth.id = row.value(0).toLongLong();
    booth.seminarId = row.value(1).toLongLong();
    booth.name = row.value(2).toString();
    booth.languagePair = row.value(3).toString();
    booth.channel = row.value(4).toInt();
    booth.notes = row.value(5).toString();
    booth.version = row.value(6).toLongLong();
    return booth;
}

InterpreterShift readShiftAt(const SqlStatement& row, int firstColumn)
{
    InterpreterShift shift;
    shift.id = row.value(firstColumn).toLongLong();
    shift.boothId = row.value(firstColumn + 1).toLongLong();
    shift.contactId = row.value(firstColumn + 2).toLongLong();
    shift.startsAt = timeFromStored(row.value(firstColumn + 3));
    shift.endsAt = timeFromStored(row.value(firstColumn + 4));
    return shift;
}

InterpreterShift readShift(const SqlStatement& row)
{
    return readShiftAt(row, 0);
}

} // namespace

BoothStore::BoothStore(const Database& database)
    : m_database(database)
{
}

QString BoothStore::validationError(const Booth& booth)
{
    if (booth.name.trimmed().isEmpty())
        return tr("A booth needs a name.");
    if (booth.channel < 1)
        return tr("The receiver channel must be 1 or more.");
    return {};
}

QString BoothStore::validationError(const Booth& booth, const QList<Booth>& booths)
{
    if (QString invalid = validationError(booth); !invalid.isEmpty())
        return invalid;
    return channelError(booth, booths);
}

QString BoothStore::channelError(const Booth& booth, const QList<Booth>& booths)
{
    for (const Booth& other : booths) {
        if (other.id != booth.id && other.seminarId == booth.seminarId && other.channel == booth.channel)
            return tr("Receiver channel %1 is already used by the booth “%2”.").arg(booth.channel).arg(other.name);
    }
    return {};
}

QString BoothStore::validationError(const InterpreterShift& shift)
{
    if (shift.contactId <= 0)
        return tr("A shift needs an interpreter.");
    if (!shift.startsAt.isValid() || !shift.endsAt.isValid())
        return tr("A shift needs a start and an end.");
    if (shift.endsAt <= shift.startsAt)
        return tr("A shift must end after it starts.");
    return {};
}

QString BoothStore::describe(const SqlStatement& statement, const Booth& booth, const QString& error) const
{
    if (statement.failedOn(SqlDialect::Constraint::Unique, QStringLiteral("booth"),
                           {QStringLiteral("seminar_id"), QStringLiteral("channel")}))
        return tr("Receiver channel %1 is already used by another booth of this seminar.").arg(booth.channel);
    return tr("Could not save the booth “%1”: %2").arg(booth.name, error);
}

Result<qint64> BoothStore::insert(const Booth& booth)
{
    if (const QString invalid = validationError(booth); !invalid.isEmpty())
        return fail(invalid);
    SqlStatement statement(m_database,
                           QStringLiteral("INSERT INTO booth (seminar_id, name, language_pair, channel, notes) "
                                          "VALUES (?, ?, ?, ?, ?)"));
    if (Status ran = statement.exec(valuesOf(booth)); !ran)
        return fail(describe(statement, booth, ran.error()));
    return statement.lastInsertId();
}

Status BoothStore::update(const Booth& booth)
{
    if (const QString invalid = validationError(booth); !invalid.isEmpty())
        return fail(invalid);
    VersionedUpdate update(m_database, QStringLiteral("booth"),
                           QStringLiteral("seminar_id = ?, name = ?, language_pair = ?, channel = ?, notes = ?"));
    if (Status saved = update.exec(valuesOf(booth), booth.id, booth.version, tr("The booth no longer exists.")); !saved)
        return fail(describe(update.statement(), booth, saved.error()));
    return {};
}

Status BoothStore::remove(qint64 id)
{
    Status removed = changeOneRow(m_database, QStringLiteral("DELETE FROM booth WHERE id = ?"), {id},
                                  tr("The booth no longer exists."));
    if (!removed)
        return fail(tr("Could not delete the booth: %1").arg(removed.error()));
    return removed;
}

Status BoothStore::restore(const Booth& booth)
{
    QVariantList values {booth.id};
    values.append(valuesOf(booth));
    values.append(qMax<qint64>(booth.version, 1)); // back with the version it had
    SqlStatement statement(m_database,
                           QStringLiteral("INSERT INTO booth (id, seminar_id, name, language_pair, channel, notes, "
                                          "version) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (Status ran = statement.exec(values); !ran)
        return fail(describe(statement, booth, ran.error()));
    return {};
}

Status BoothStore::restoreShift(const InterpreterShift& shift)
{
    QVariantList values {shift.id};
    values.append(valuesOf(shift));
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO interpreter_shift (id, booth_id, contact_id, starts_at, ends_at) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        values);
    if (!id)
        return fail(tr("Could not restore the interpreter's shift: %1").arg(id.error()));
    return {};
}

Result<Booth> BoothStore::find(qint64 id) const
{
    return selectOneRow<Booth>(m_database, QStringLiteral("SELECT %1 FROM booth WHERE id = ?").arg(boothColumns), {id},
                               readBooth, tr("There is no booth with the number %1.").arg(id));
}

Result<QList<Booth>> BoothStore::forSeminar(qint64 seminarId) const
{
    return selectRows<Booth>(
        m_database, QStringLiteral("SELECT %1 FROM booth WHERE seminar_id = ? ORDER BY channel, id").arg(boothColumns),
        {seminarId}, readBooth);
}

Result<QList<StaffedBooth>> BoothStore::staffedForSeminar(qint64 seminarId) const
{
    // A booth without shifts comes once, with NULLs where its shift would be.
    SqlStatement statement(m_database,
                           QStringLiteral("SELECT %1, %2, contact.name FROM booth "
                                          "LEFT JOIN interpreter_shift ON interpreter_shift.booth_id = booth.id "
                                          "LEFT JOIN contact ON contact.id = interpreter_shift.contact_id "
                                          "WHERE booth.seminar_id = ? "
                                          "ORDER BY booth.channel, booth.id, interpreter_shift.starts_at, "
                                          "interpreter_shift.id")
                               .arg(boothColumns, shiftColumns));
    if (Status ran = statement.exec({seminarId}); !ran)
        return fail(tr("Could not read the booths: %1").arg(ran.error()));
    constexpr int shiftColumn = boothColumnCount;
    constexpr int nameColumn = shiftColumn + 5;
    QList<StaffedBooth> booths;
    while (statement.next()) {
        if (booths.isEmpty() || booths.last().booth.id != statement.value(0).toLongLong())
            booths.append({readBooth(statement), {}});
        if (!statement.value(shiftColumn).isNull())
            booths.last().shifts.append({readShiftAt(statement, shiftColumn), statement.value(nameColumn).toString()});
    }
    return booths;
}

Result<qint64> BoothStore::insertShift(const InterpreterShift& shift)
{
    if (const QString invalid = validationError(shift); !invalid.isEmpty())
        return fail(invalid);
    auto id = insertRow(m_database,
                        QStringLiteral("INSERT INTO interpreter_shift (booth_id, contact_id, starts_at, ends_at) "
                                       "VALUES (?, ?, ?, ?)"),
                        valuesOf(shift));
    if (!id)
        return fail(tr("Could not save the interpreter's shift: %1").arg(id.error()));
    return id;
}

Status BoothStore::updateShift(const InterpreterShift& shift)
{
    if (const QString invalid = validationError(shift); !invalid.isEmpty())
        return fail(invalid);
    QVariantList values = valuesOf(shift);
    values.append(shift.id);
    Status changed = changeOneRow(m_database,
                                  QStringLiteral("UPDATE interpreter_shift SET booth_id = ?, contact_id = ?, "
                                                 "starts_at = ?, ends_at = ? WHERE id = ?"),
                                  values, tr("The shift no longer exists."));
    if (!changed)
        return fail(tr("Could not save the interpreter's shift: %1").arg(changed.error()));
    return changed;
}

Status BoothStore::removeShift(qint64 id)
{
    return changeOneRow(m_database, QStringLiteral("DELETE FROM interpreter_shift WHERE id = ?"), {id},
                        tr("The shift no longer exists."));
}

Result<QList<InterpreterShift>> BoothStore::shifts(qint64 boothId) const
{
    return selectRows<InterpreterShift>(
        m_database,
        QStringLiteral("SELECT %1 FROM interpreter_shift WHERE booth_id = ? ORDER BY starts_at, id").arg(shiftColumns),
        {boothId}, readShift);
}

Result<QList<InterpreterShift>> BoothStore::shiftsOfInterpreter(qint64 contactId) const
{
    return selectRows<InterpreterShift>(
        m_database,
        QStringLiteral("SELECT %1 FROM interpreter_shift WHERE contact_id = ? ORDER BY starts_at, id")
            .arg(shiftColumns),
        {contactId}, readShift);
}

Status BoothStore::replaceShifts(qint64 boothId, const QList<InterpreterShift>& shifts)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return fail(transaction.errorText());
    SqlStatement clear(m_database, QStringLiteral("DELETE FROM interpreter_shift WHERE booth_id = ?"));
    if (Status cleared = clear.exec({boothId}); !cleared)
        return cleared;
    for (InterpreterShift shift : shifts) {
        shift.boothId = boothId;
        if (auto inserted = insertShift(shift); !inserted)
            return fail(inserted.error());
    }
    return transaction.commit();
}

} // namespace sd
