#include "core/checkin/ReceiverDesk.h"

#include <memory>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "core/checkin/CodeReader.h"
#include "core/records/SearchText.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/CheckInLogStore.h"
#include "core/stores/ReceiverInventoryStore.h"
#include "core/stores/ReceiverStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

namespace {

using Action = CheckInLogEntry::Action;

Status log(const Database& database, const Desk& desk, const ReceiverLoan& loan, Action action, const QDateTime& at,
           std::optional<Action> undoes = std::nullopt)
{
    CheckInLogEntry entry = desk.logEntry(loan.seminarId, loan.attendeeId, action, at);
    entry.serial = loan.serial;
    entry.undoes = undoes;
    if (action == Action::ReceiverIssued)
        entry.deposit = ReceiverLoan::depositKey(loan.deposit);
    auto logged = CheckInLogStore(database).insert(entry);
    return logged ? Status() : Status(fail(logged.error()));
}

// Saves INVENTORY's values over the inventory still at VERSION, which then counts up: a step's redo
// and undo share VERSION (the one this desk's last save left), so that either is refused rather than
// saving over what another desk set since.
Status saveInventory(const Database& database, qint64 seminarId, ReceiverInventory inventory, qint64& version)
{
    inventory.version = version;
    if (Status counted = ReceiverInventoryStore(database).write(seminarId, inventory); !counted)
        return counted;
    if (Status numbered = ReceiverStore(database).replaceAll(seminarId, inventory.numbered); !numbered)
        return numbered;
    ++version;
    return {};
}

} // namespace

ReceiverDesk::ReceiverDesk(const Database& database, RecordEdits& edits, qint64 seminarId, Desk desk,
                           CheckInDesk::Now now)
    : m_database(database)
    , m_edits(edits)
    , m_seminarId(seminarId)
    , m_desk(std::move(desk))
    , m_now(std::move(now))
{
}

Result<ReceiverInventory> ReceiverDesk::inventory() const
{
    auto inventory = ReceiverInventoryStore(m_database).read(m_seminarId);
    if (!inventory)
        return fail(inventory.error());
    auto numbered = ReceiverStore(m_database).forSeminar(m_seminarId);
    if (!numbered)
        return fail(numbered.error());
    inventory->numbered = *numbered;
    return inventory;
}

Status ReceiverDesk::setInventory(const ReceiverInventory& inventory)
{
    if (inventory.count < inventory.numbered.size())
        return fail(tr("%n receiver(s) are numbered: the seminar has at least that many.", nullptr,
                       int(inventory.numbered.size())));
    auto before = this->inventory();
    if (!before)
        return fail(before.error());
    const Database& database = m_database;
    const qint64 seminarId = m_seminarId;
    const auto version = std::make_shared<qint64>(inventory.version);
    auto changed = m_edits.performIfChanged(
        [] { return tr("Set the Receivers"); },
        [&]() -> Result<bool> {
            auto counts = ReceiverLoanStore(database).counts(seminarId);
            if (!counts)
                return fail(counts.error());
            if (inventory.count < counts->outstanding())
                return fail(tr("%n receiver(s) are out now: the seminar has at least that many.", nullptr,
                               counts->outstanding()));
            Status saved = saveInventory(database, seminarId, inventory, *version);
            return saved ? Result<bool>(true) : Result<bool>(fail(saved.error()));
        },
        [&database, seminarId, inventory, version] { return saveInventory(database, seminarId, inventory, *version); },
        [&database, seminarId, old = *before, version] { return saveInventory(database, seminarId, old, *version); });
    return changed ? Status() : Status(fail(changed.error()));
}

Result<QList<Receiver>> ReceiverDesk::readReceiverList(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    static const QRegularExpression separators(QStringLiteral("[,\\t ]+"));
    QList<Receiver> receivers;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(separators, Qt::SkipEmptyParts);
        Receiver receiver;
        receiver.serial = fields.at(0);
        bool channelOk = fields.size() == 1;
        if (fields.size() == 2)
            receiver.channel = fields.at(1).toInt(&channelOk);
        if (!channelOk || receiver.channel < 0)
            return fail(tr("%1, line %2: write a receiver's number, then optionally its channel (a number), "
                           "such as “R-001,1”.")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(i + 1));
        receivers.append(receiver);
    }
    return receivers;
}

Result<ReceiverCounts> ReceiverDesk::counts() const
{
    auto counts = ReceiverLoanStore(m_database).counts(m_seminarId);
    if (!counts)
        return fail(counts.error());
    auto inventory = ReceiverInventoryStore(m_database).count(m_seminarId);
    if (!inventory)
        return fail(inventory.error());
    counts->inventory = *inventory;
    return counts;
}

Result<Registration> ReceiverDesk::registrationByCode(const QString& typed) const
{
    const std::optional<CodeReader::Reading> reading = CodeReader::read(typed);
    auto registration = reading ? RegistrationStore(m_database).findByCheckInCode(reading->code)
                                : Result<Registration>(fail(QString()));
    if (!registration || registration->seminarId != m_seminarId)
        return fail(tr("No one registered for this seminar has the check-in code “%1”.").arg(typed.trimmed()));
    return registration;
}

Result<LentReceiver> ReceiverDesk::issueByCode(const QString& typed, const QString& serial,
                                               ReceiverLoan::Deposit deposit)
{
    auto registration = registrationByCode(typed);
    if (!registration)
        return fail(registration.error());
    return issue(registration->id, serial, deposit);
}

Result<LentReceiver> ReceiverDesk::issue(qint64 registrationId, const QString& serial, ReceiverLoan::Deposit deposit)
{
    auto registration = RegistrationStore(m_database).find(registrationId);
    if (!registration)
        return fail(registration.error());
    auto holder = AttendeeStore(m_database).find(registration->attendeeId);
    if (!holder)
        return fail(holder.error());
    const QString name = holder->displayName();
    if (registration->seminarId != m_seminarId)
        return fail(tr("%1 is not registered for this seminar.").arg(name));
    if (registration->status != Registration::Status::Registered
        && registration->status != Registration::Status::Attended)
        return fail(tr("%1 is %2 for this seminar: check them in first.")
                        .arg(name, Registration::statusName(registration->status).toLower()));
    auto loan = std::make_shared<ReceiverLoan>();
    loan->seminarId = m_seminarId;
    loan->attendeeId = holder->id;
    loan->serial = serial.trimmed();
    loan->deposit = deposit;
    const Database& database = m_database;
    const auto first = [&]() -> Result<bool> {
        // Counted inside the write transaction: two desks cannot lend the last receiver twice.
        auto counts = this->counts();
        if (!counts)
            return fail(counts.error());
        if (counts->inventory == 0)
            return fail(tr("This seminar has no receivers yet: set how many it has first."));
        if (counts->available() <= 0)
            return fail(tr("All %n receiver(s) are out.", nullptr, counts->inventory));
        auto held = ReceiverLoanStore(database).outstandingFor(m_seminarId, holder->id);
        if (!held)
            return fail(held.error());
        if (*held)
            return fail(
                tr("%1 has a receiver already (since %2).").arg(name, CheckInAnswer::timeText((*held)->issuedAt)));
        if (!loan->serial.isEmpty()) {
            auto numbered = ReceiverStore(database).forSeminar(m_seminarId);
            if (!numbered)
                return fail(numbered.error());
            const bool known = std::any_of(numbered->cbegin(), numbered->cend(),
                                           [&](const Receiver& receiver) { return receiver.serial == loan->serial; });
            if (!numbered->isEmpty() && !known)
                return fail(tr("This seminar has no receiver numbered “%1”.").arg(loan->serial));
        }
        loan->issuedAt = m_now();
        auto id = ReceiverLoanStore(database).insert(*loan);
        if (!id)
            return fail(id.error());
        loan->id = *id;
        Status logged = log(database, m_desk, *loan, Action::ReceiverIssued, loan->issuedAt);
        return logged ? Result<bool>(true) : Result<bool>(fail(logged.error()));
    };
    const Desk desk = m_desk;
    const CheckInDesk::Now now = m_now;
    auto issued
        = m_edits.performIfChanged([name] { return tr("Issue a Receiver to “%1”").arg(name); }, first,
                                   [&database, desk, now, loan] {
                                       if (Status restored = ReceiverLoanStore(database).restore(*loan); !restored)
                                           return restored;
                                       return log(database, desk, *loan, Action::ReceiverIssued, now());
                                   },
                                   [&database, desk, now, loan] {
                                       if (Status removed = ReceiverLoanStore(database).remove(loan->id); !removed)
                                           return removed;
                                       return log(database, desk, *loan, Action::Undo, now(), Action::ReceiverIssued);
                                   });
    if (!issued)
        return fail(issued.error());
    return LentReceiver {*loan, *holder, registration->checkInCode};
}

Result<LentReceiver> ReceiverDesk::takeBackByCode(const QString& typed)
{
    auto registration = registrationByCode(typed);
    if (!registration)
        return fail(registration.error());
    return takeBackFrom(registration->attendeeId);
}

Result<LentReceiver> ReceiverDesk::takeBackBySerial(const QString& serial)
{
    const QString number = serial.trimmed();
    return takeBack([&] { return ReceiverLoanStore(m_database).outstandingBySerial(m_seminarId, number); },
                    tr("The receiver “%1” is not out.").arg(number));
}

Result<LentReceiver> ReceiverDesk::takeBackFrom(qint64 attendeeId)
{
    auto holder = AttendeeStore(m_database).find(attendeeId);
    if (!holder)
        return fail(holder.error());
    return takeBack([&] { return ReceiverLoanStore(m_database).outstandingFor(m_seminarId, attendeeId); },
                    tr("%1 has no receiver out.").arg(holder->displayName()));
}

Result<LentReceiver> ReceiverDesk::takeBack(const std::function<Result<std::optional<ReceiverLoan>>()>& findLoan,
                                            const QString& notOut)
{
    auto found = findLoan();
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(notOut);
    auto loan = std::make_shared<ReceiverLoan>(**found);
    auto holder = AttendeeStore(m_database).find(loan->attendeeId);
    if (!holder)
        return fail(holder.error());
    const QString name = holder->displayName();
    const Database& database = m_database;
    const Desk desk = m_desk;
    const CheckInDesk::Now now = m_now;
    const auto markReturned = [&database, desk, now, loan, name]() -> Status {
        const QDateTime at = now();
        auto marked = ReceiverLoanStore(database).markReturned(loan->id, at);
        if (!marked)
            return fail(marked.error());
        if (!*marked)
            return fail(tr("The receiver of %1 has been returned already.").arg(name));
        loan->returnedAt = at;
        return log(database, desk, *loan, Action::ReceiverReturned, at);
    };
    auto returned
        = m_edits.performIfChanged([name] { return tr("Take Back the Receiver of “%1”").arg(name); },
                                   [&]() -> Result<bool> {
                                       Status done = markReturned();
                                       return done ? Result<bool>(true) : Result<bool>(fail(done.error()));
                                   },
                                   markReturned,
                                   [&database, desk, now, loan] {
                                       if (Status out = ReceiverLoanStore(database).markOut(loan->id); !out)
                                           return out;
                                       return log(database, desk, *loan, Action::Undo, now(), Action::ReceiverReturned);
                                   });
    if (!returned)
        return fail(returned.error());
    auto registration = RegistrationStore(m_database).findFor(m_seminarId, holder->id);
    const QString code = registration && *registration ? (*registration)->checkInCode : QString();
    return LentReceiver {*loan, *holder, code};
}

Result<QList<LentReceiver>> ReceiverDesk::holdersMatching(const QString& typed) const
{
    auto out = outstanding();
    if (!out)
        return fail(out.error());
    // A few hundred receivers at most: their holders are matched here, as the attendee list
    // matches its search text, word by word.
    const QList<QByteArray> keys = SearchText::searchKeys(typed);
    QList<LentReceiver> holders;
    for (const LentReceiver& lent : *out) {
        const QByteArray text = AttendeeStore::searchTextOf(lent.holder).toUtf8();
        const bool matches = !keys.isEmpty()
            && std::all_of(keys.cbegin(), keys.cend(), [&](const QByteArray& key) { return text.contains(key); });
        if (matches)
            holders.append(lent);
    }
    return holders;
}

Result<QList<LentReceiver>> ReceiverDesk::outstanding() const
{
    return ReceiverLoanStore(m_database).outstanding(m_seminarId);
}

} // namespace sd
