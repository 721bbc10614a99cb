#include "cli/SeminarDayJson.h"

#include "core/data/StoredTime.h"

namespace sd {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

JsonRecord& addFigures(JsonRecord& record, const AttendanceSummary::Figures& figures)
{
    return record.add(QStringLiteral("registered"), figures.registered)
        .add(QStringLiteral("attended"), figures.attended)
        .add(QStringLiteral("walk_ins"), figures.walkIns)
        .add(QStringLiteral("no_shows"), figures.noShows)
        .add(QStringLiteral("attendance_rate"), figures.attendanceRate());
}

QVariantList figureList(const QString& key, const QList<AttendanceSummary::Figures>& list)
{
    QVariantList records;
    for (const AttendanceSummary::Figures& figures : list) {
        JsonRecord record;
        record.add(key, figures.label);
        records.append(QVariant::fromValue(addFigures(record, figures)));
    }
    return records;
}

} // namespace

JsonRecord SeminarDayJson::answer(const CheckInAnswer& answer)
{
    const Registration& registration = answer.registration;
    const bool registered = registration.id > 0;
    return JsonRecord()
        .add(QStringLiteral("outcome"), CheckInAnswer::outcomeKey(answer.outcome))
        .add(QStringLiteral("message"), answer.message())
        .add(QStringLiteral("registration_id"), idOrNull(registration.id))
        .add(QStringLiteral("attendee_id"), idOrNull(answer.attendee.id))
        .add(QStringLiteral("checkin_code"), textOrNull(registered ? registration.checkInCode : answer.code))
        .add(QStringLiteral("display_name"), textOrNull(answer.attendee.displayName()))
        .add(QStringLiteral("reading"), textOrNull(answer.attendee.name().displayReading()))
        .add(QStringLiteral("organisation"), textOrNull(answer.attendee.organisation))
        .add(QStringLiteral("category"), answer.attendee.id > 0 ? QVariant(answer.attendee.category) : QVariant())
        .add(QStringLiteral("status"), registered ? QVariant(Registration::statusKey(registration.status)) : QVariant())
        .add(QStringLiteral("checked_in_at"), storedInstant(answer.checkedInAt))
        .add(QStringLiteral("desk"), textOrNull(answer.desk))
        .add(QStringLiteral("prior"), textOrNull(CheckInLogEntry::priorKey(answer.prior)))
        .add(QStringLiteral("receiver_needed"), registered && registration.receiverNeeded)
        .add(QStringLiteral("other_seminar_id"), idOrNull(answer.otherSeminarId))
        .add(QStringLiteral("other_seminar_title"), textOrNull(answer.otherSeminarTitle));
}

JsonRecord SeminarDayJson::match(const RegisteredAttendee& row)
{
    return JsonRecord()
        .add(QStringLiteral("registration_id"), row.registration.id)
        .add(QStringLiteral("display_name"), row.attendee.displayName())
        .add(QStringLiteral("reading"), row.attendee.name().displayReading())
        .add(QStringLiteral("organisation"), row.attendee.organisation)
        .add(QStringLiteral("category"), row.attendee.category)
        .add(QStringLiteral("status"), Registration::statusKey(row.registration.status))
        .add(QStringLiteral("checkin_code"), row.registration.checkInCode);
}

JsonRecord SeminarDayJson::counts(const ArrivalCounts& counts)
{
    JsonRecord record;
    if (!counts.category.isEmpty())
        record.add(QStringLiteral("category"), counts.category);
    return record.add(QStringLiteral("expected"), counts.expected)
        .add(QStringLiteral("checked_in"), counts.checkedIn)
        .add(QStringLiteral("walk_ins"), counts.walkIns)
        .add(QStringLiteral("not_arrived"), counts.notArrived())
        .add(QStringLiteral("receivers_out"), counts.receiversOut);
}

JsonRecord SeminarDayJson::lentReceiver(const LentReceiver& lent)
{
    const ReceiverLoan& loan = lent.loan;
    return JsonRecord()
        .add(QStringLiteral("attendee_id"), lent.holder.id)
        .add(QStringLiteral("display_name"), lent.holder.displayName())
        .add(QStringLiteral("reading"), lent.holder.name().displayReading())
        .add(QStringLiteral("organisation"), lent.holder.organisation)
        .add(QStringLiteral("checkin_code"), textOrNull(lent.checkInCode))
        .add(QStringLiteral("serial"), textOrNull(loan.serial))
        .add(QStringLiteral("deposit"), ReceiverLoan::depositKey(loan.deposit))
        .add(QStringLiteral("issued_at"), storedInstant(loan.issuedAt))
        .add(QStringLiteral("returned_at"), storedInstant(loan.returnedAt));
}

JsonRecord SeminarDayJson::receivers(const ReceiverInventory& inventory, const ReceiverCounts& counts,
                                     const ReceiverForecast& forecast)
{
    QVariantList numbered;
    for (const Receiver& receiver : inventory.numbered) {
        numbered.append(QVariant::fromValue(
            JsonRecord()
                .add(QStringLiteral("serial"), receiver.serial)
                .add(QStringLiteral("channel"), receiver.channel > 0 ? QVariant(receiver.channel) : QVariant())));
    }
    return JsonRecord()
        .add(QStringLiteral("count"), inventory.count)
        .add(QStringLiteral("issued"), counts.issued)
        .add(QStringLiteral("returned"), counts.returned)
        .add(QStringLiteral("outstanding"), counts.outstanding())
        .add(QStringLiteral("available"), counts.available())
        .add(QStringLiteral("numbered"), numbered)
        .add(QStringLiteral("system_channels"),
             inventory.systemChannels > 0 ? QVariant(inventory.systemChannels) : QVariant())
        .add(QStringLiteral("margin_percent"), inventory.marginPercent)
        .add(QStringLiteral("forecast"), QVariant::fromValue(SeminarDayJson::forecast(forecast)));
}

JsonRecord SeminarDayJson::forecast(const ReceiverForecast& forecast)
{
    QVariantList channels;
    for (const ChannelForecast& channel : forecast.channels()) {
        channels.append(QVariant::fromValue(
            JsonRecord()
                .add(QStringLiteral("channel"), channel.hasBooth() ? QVariant(channel.channel) : QVariant())
                .add(QStringLiteral("language"), channel.language)
                .add(QStringLiteral("people"), channel.people)
                .add(QStringLiteral("needed"), channel.needed)
                .add(QStringLiteral("available"), channel.available ? QVariant(*channel.available) : QVariant())
                .add(QStringLiteral("short"), channel.shortBy())));
    }
    QVariantList beyond;
    for (const Booth& booth : forecast.boothsBeyondSystem())
        beyond.append(booth.channel);
    return JsonRecord()
        .add(QStringLiteral("people"), forecast.people())
        .add(QStringLiteral("margin_percent"), forecast.marginPercent())
        .add(QStringLiteral("needed"), forecast.needed())
        .add(QStringLiteral("inventory"), forecast.inventory())
        .add(QStringLiteral("short"), forecast.shortBy())
        .add(QStringLiteral("channels"), channels)
        .add(QStringLiteral("channels_beyond_system"), beyond)
        .add(QStringLiteral("warnings"), forecast.warnings());
}

JsonRecord SeminarDayJson::attendance(const AttendanceSummary& summary)
{
    JsonRecord record;
    record.add(QStringLiteral("seminar_id"), summary.seminar().id);
    return addFigures(record, summary.total())
        .add(QStringLiteral("by_category"), figureList(QStringLiteral("category"), summary.byCategory()))
        .add(QStringLiteral("by_organisation"), figureList(QStringLiteral("organisation"), summary.byOrganisation()));
}

} // namespace sd
