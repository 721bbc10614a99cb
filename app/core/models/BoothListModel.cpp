#include "core/models/BoothListModel.h"

#include "core/stores/BoothStore.h"

namespace sd {

BoothListModel::BoothListModel(const Database& database, QObject* parent)
    : RecordListModel(ColumnCount, parent)
    , m_database(database)
{
}

void BoothListModel::setSeminar(qint64 seminarId)
{
    m_seminarId = seminarId;
    reload();
}

void BoothListModel::reload()
{
    replace(m_booths,
            m_seminarId > 0 ? BoothStore(m_database).staffedForSeminar(m_seminarId)
                            : Result<QList<StaffedBooth>>(QList<StaffedBooth>()));
}

QList<Booth> BoothListModel::booths() const
{
    QList<Booth> booths;
    for (const StaffedBooth& staffed : m_booths)
        booths.append(staffed.booth);
    return booths;
}

QString BoothListModel::columnTitle(int column) const
{
    switch (column) {
    case ChannelColumn:
        return tr("Channel");
    case NameColumn:
        return tr("Booth");
    case LanguagesColumn:
        return tr("Languages");
    case InterpretersColumn:
        return tr("Interpreters");
    }
    return {};
}

QString BoothListModel::cellText(int row, int column) const
{
    const StaffedBooth& staffed = m_booths.at(row);
    switch (column) {
    case ChannelColumn:
        return QString::number(staffed.booth.channel);
    case NameColumn:
        return staffed.booth.name;
    case LanguagesColumn:
        return staffed.booth.languagePair;
    case InterpretersColumn:
        return staffed.interpreterNames().join(tr(", "));
    }
    return {};
}

} // namespace sd
