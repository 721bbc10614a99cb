#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QList>

#include "core/Result.h"
#include "core/records/Attendee.h"

namespace sd {

class Database;
class SqlStatement;
class BulkStatement;

// A person whose data the desk has kept longer than the retention period (see PersonalDataErasure).
struct AttendeePastRetention
{
    Attendee attendee;
    QDateTime lastSeminarEndsAt; // invalid: registered for no seminar
    int registrations = 0;
};

// Attendees, with what lists need beside each: the reading's sort key and the folded search text.
// Deleting an attendee deletes their registrations too (erasure of personal data).
class AttendeeStore
{
    Q_DECLARE_TR_FUNCTIONS(AttendeeStore)

public:
    explicit AttendeeStore(const Database& database);
    ~AttendeeStore();
    Q_DISABLE_COPY_MOVE(AttendeeStore)

    // The attendee is stored normalised (see Attendee::normalised).
    Result<qint64> insert(const Attendee& attendee);
    // Refused, changing nothing, unless the stored record is still at ATTENDEE's version (the one
    // its editor read): someone else saved it meanwhile, or deleted it.
    Status update(const Attendee& attendee);
    Status remove(qint64 id);
    // Puts a deleted attendee back with their id (undoing a deletion); registrations are restored apart.
    Status restore(const Attendee& attendee);
    Result<Attendee> find(qint64 id) const;
    // Every attendee, in gojuon order of their readings.
    Result<QList<Attendee>> all() const;
    Result<int> count() const;
    // The attendees whose search text holds all (a search) or any (the people a new entry might
    // duplicate) of KEYS (SearchText::searchKeys), in gojuon order, at most LIMIT.
    enum class KeyMatch { All, Any };
    Result<QList<Attendee>> withSearchKeys(const QList<QByteArray>& keys, KeyMatch match, int limit) const;
    // The people, in gojuon order, whose last seminar ended before LAST_SEMINAR_BEFORE (the venue's
    // wall-clock time) or, registered for none, whose record last changed before it.
    Result<QList<AttendeePastRetention>> pastRetention(const QDateTime& lastSeminarBefore) const;
    // Visits every attendee one at a time (in no particular order); VISIT returns false to stop.
    Status visitAll(const std::function<bool(const Attendee&)>& visit) const;
    // Makes every stored sort key and search text again (see SortKeyRefresh).
    Status refreshKeys();

    static QString validationError(const Attendee& attendee);
    // What search-as-you-type matches for this attendee (see SearchText), who is normalised already.
    static QString searchTextOf(const Attendee& attendee);
    static QString columnList();
    // ROW is a SqlStatement or a BulkStatement.
    template <typename Row> static Attendee read(const Row& row, int firstColumn = 0);

private:
    const Database& m_database;
    BulkStatement* m_insert = nullptr; // prepared once, kept by the database: imports insert many
    mutable std::unique_ptr<SqlStatement> m_find; // prepared once: imports look up every duplicate
};

} // namespace sd
