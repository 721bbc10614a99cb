// How many interpretation receivers a seminar will need, channel by channel, from its
// registrations, and what its inventory and receiver system lack: the planning side of the
// receivers, which ReceiverDesk hands out on the day.
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/Result.h"
#include "core/checkin/ChannelForecast.h"
#include "core/records/Booth.h"
#include "core/records/ReceiverInventory.h"
#include "core/records/ReceiverWish.h"
#include "core/records/Seminar.h"

namespace sd {

class Database;
class ReceiverDesk;

class ReceiverForecast
{
    Q_DECLARE_TR_FUNCTIONS(ReceiverForecast)

public:
    // A registration needs a receiver when it says so. "Receiver needed" is a yes/no that starts
    // as no, so a no is also what a form that never asked leaves: a person whose preferred
    // language is not the floor language is counted as needing one all the same. They listen to
    // the booth that interprets into their language.
    ReceiverForecast(const Seminar& seminar, const QList<Booth>& booths, const QList<ReceiverWish>& wishes,
                     const ReceiverInventory& inventory);
    // The forecast from what the database holds for the desk's seminar.
    static Result<ReceiverForecast> ofSeminar(const ReceiverDesk& desk);
    // The forecast of the seminar's registrations and booths as they are now, against any
    // inventory: what an inventory being edited is compared with, read from the database once.
    using ForInventory = std::function<ReceiverForecast(const ReceiverInventory& inventory)>;
    static Result<ForInventory> forInventories(const Database& database, qint64 seminarId);
    // PEOPLE and MARGIN_PERCENT of them, rounded up.
    static int withMargin(int people, int marginPercent);

    // The booths' channels in order, then one line a language without a booth.
    const QList<ChannelForecast>& channels() const { return m_channels; }
    int marginPercent() const { return m_inventory.marginPercent; }
    // Those on a booth's channel, without and with the margin.
    int people() const;
    int needed() const;
    int inventory() const { return m_inventory.count; }
    int systemChannels() const { return m_inventory.systemChannels; }
    // How many receivers the inventory lacks in all; 0 when it has enough.
    int shortBy() const;
    // The booths on a channel the receivers do not offer (when their channels are stated).
    QList<Booth> boothsBeyondSystem() const;
    // Every shortage and check that failed, in words; empty when all is well.
    QStringList warnings() const;
    // The forecast in a sentence, and one a channel (for the window).
    QString summary() const;
    static QString channelText(const ChannelForecast& channel);

private:
    void addBoothChannels(const QList<Booth>& booths);
    void addWishes(const QString& floorLanguage, const QList<ReceiverWish>& wishes);
    void setAvailability();

    QList<Booth> m_booths;
    ReceiverInventory m_inventory;
    QList<ChannelForecast> m_channels;
};

} // namespace sd
