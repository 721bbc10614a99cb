#include "core/checkin/ReceiverForecast.h"

#include <algorithm>

#include "core/checkin/ReceiverDesk.h"
#include "core/stores/BoothStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"

namespace sd {

ReceiverForecast::ReceiverForecast(const Seminar& seminar, const QList<Booth>& booths,
                                   const QList<ReceiverWish>& wishes, const ReceiverInventory& inventory)
    : m_booths(booths)
    , m_inventory(inventory)
{
    std::sort(m_booths.begin(), m_booths.end(), [](const Booth& a, const Booth& b) { return a.channel < b.channel; });
    addBoothChannels(m_booths);
    addWishes(seminar.floorLanguage(), wishes);
    for (ChannelForecast& channel : m_channels)
        channel.needed = withMargin(channel.people, m_inventory.marginPercent);
    setAvailability();
}

Result<ReceiverForecast::ForInventory> ReceiverForecast::forInventories(const Database& database, qint64 seminarId)
{
    auto seminar = SeminarStore(database).find(seminarId);
    if (!seminar)
        return fail(seminar.error());
    auto booths = BoothStore(database).forSeminar(seminarId);
    if (!booths)
        return fail(booths.error());
    auto wishes = RegistrationStore(database).receiverWishes(seminarId);
    if (!wishes)
        return fail(wishes.error());
    return ForInventory([seminar = *seminar, booths = *booths, wishes = *wishes](const ReceiverInventory& inventory) {
        return ReceiverForecast(seminar, booths, wishes, inventory);
    });
}

Result<ReceiverForecast> ReceiverForecast::ofSeminar(const ReceiverDesk& desk)
{
    auto forecast = forInventories(desk.database(), desk.seminarId());
    if (!forecast)
        return fail(forecast.error());
    auto inventory = desk.inventory();
    if (!inventory)
        return fail(inventory.error());
    return (*forecast)(*inventory);
}

int ReceiverForecast::withMargin(int people, int marginPercent)
{
    return people + (people * marginPercent + 99) / 100;
}

void ReceiverForecast::addBoothChannels(const QList<Booth>& booths)
{
    for (const Booth& booth : booths) {
        ChannelForecast channel;
        channel.channel = booth.channel;
        channel.language = booth.targetLanguage();
        m_channels.append(channel);
    }
}

void ReceiverForecast::addWishes(const QString& floorLanguage, const QList<ReceiverWish>& wishes)
{
    for (const ReceiverWish& wish : wishes) {
        // A person who did not say which language they prefer listens to the floor.
        const QString language = wish.language.isEmpty() ? floorLanguage : wish.language;
        if (!wish.receiverNeeded && language == floorLanguage)
            continue;
        // The first booth into the language (the lowest channel); a line of its own when there is none.
        auto heard = std::find_if(m_channels.begin(), m_channels.end(),
                                  [&language](const ChannelForecast& each) { return each.language == language; });
        if (heard == m_channels.end()) {
            ChannelForecast unserved;
            unserved.language = language;
            m_channels.append(unserved);
            heard = m_channels.end() - 1;
        }
        heard->people += wish.people;
    }
}

void ReceiverForecast::setAvailability()
{
    int fixed = 0;
    for (const Receiver& receiver : m_inventory.numbered)
        fixed += receiver.channel > 0 ? 1 : 0;
    if (fixed == 0)
        return;
    // Receivers whose channel is not fixed (without a number, or numbered without a channel) can be
    // set to any channel.
    const int free = std::max(0, m_inventory.count - fixed);
    for (ChannelForecast& channel : m_channels) {
        if (!channel.hasBooth())
            continue;
        const auto onChannel
            = std::count_if(m_inventory.numbered.cbegin(), m_inventory.numbered.cend(),
                            [&channel](const Receiver& each) { return each.channel == channel.channel; });
        channel.available = int(onChannel) + free;
    }
}

int ReceiverForecast::people() const
{
    int sum = 0;
    for (const ChannelForecast& channel : m_channels)
        sum += channel.hasBooth() ? channel.people : 0;
    return sum;
}

int ReceiverForecast::needed() const
{
    int sum = 0;
    for (const ChannelForecast& channel : m_channels)
        sum += channel.hasBooth() ? channel.needed : 0;
    return sum;
}

int ReceiverForecast::shortBy() const
{
    return std::max(0, needed() - m_inventory.count);
}

QList<Booth> ReceiverForecast::boothsBeyondSystem() const
{
    QList<Booth> beyond;
    if (m_inventory.systemChannels == 0)
        return beyond;
    for (const Booth& booth : m_booths) {
        if (booth.channel > m_inventory.systemChannels)
            beyond.append(booth);
    }
    return beyond;
}

QStringList ReceiverForecast::warnings() const
{
    QStringList warnings;
    if (const int lacking = shortBy(); lacking > 0)
        warnings.append(tr("%n receiver(s) short: the registrations call for %1 with the margin, and the seminar "
                           "has %2.",
                           nullptr, lacking)
                            .arg(needed())
                            .arg(m_inventory.count));
    for (const ChannelForecast& channel : m_channels) {
        if (channel.shortBy() > 0)
            warnings.append(tr("Channel %1 (%2): %n receiver(s) short; %3 needed, %4 set to it or free to be set.",
                               nullptr, channel.shortBy())
                                .arg(channel.channel)
                                .arg(Seminar::languageName(channel.language))
                                .arg(channel.needed)
                                .arg(channel.available.value_or(0)));
        if (!channel.hasBooth())
            warnings.append(tr("%n person(s) prefer %1, which no booth interprets into: no channel counts them.",
                               nullptr, channel.people)
                                .arg(Seminar::languageName(channel.language)));
    }
    for (const Booth& booth : boothsBeyondSystem())
        warnings.append(tr("Booth “%1” is on channel %2, but the receivers have %n channel(s).", nullptr,
                           m_inventory.systemChannels)
                            .arg(booth.name)
                            .arg(booth.channel));
    return warnings;
}

QString ReceiverForecast::summary() const
{
    return tr("Forecast: %n receiver(s) needed, %1 for the registrations and a margin of %2 %; the seminar has %3.",
              nullptr, needed())
        .arg(people())
        .arg(m_inventory.marginPercent)
        .arg(m_inventory.count);
}

QString ReceiverForecast::channelText(const ChannelForecast& channel)
{
    const QString language = Seminar::languageName(channel.language);
    if (!channel.hasBooth())
        return tr("No booth into %1: %n person(s)", nullptr, channel.people).arg(language);
    if (channel.available)
        return tr("Channel %1 (%2): needed by %3, %4 with the margin; %5 receivers for it")
            .arg(channel.channel)
            .arg(language)
            .arg(channel.people)
            .arg(channel.needed)
            .arg(*channel.available);
    return tr("Channel %1 (%2): needed by %3, %4 with the margin")
        .arg(channel.channel)
        .arg(language)
        .arg(channel.people)
        .arg(channel.needed);
}

} // namespace sd
