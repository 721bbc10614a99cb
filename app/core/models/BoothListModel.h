#pragma once

#include <QList>

#include "core/models/RecordListModel.h"
#include "core/records/StaffedBooth.h"

namespace sd {

class Database;

// A seminar's interpretation booths in channel order, each with its interpreters.
class BoothListModel final : public RecordListModel
{
    Q_OBJECT

public:
    enum ColumnIndex { ChannelColumn, NameColumn, LanguagesColumn, InterpretersColumn, ColumnCount };

    explicit BoothListModel(const Database& database, QObject* parent = nullptr);

    void setSeminar(qint64 seminarId);
    void reload() override;
    // The booths as listed, for the channel checks of the booth form.
    QList<Booth> booths() const;

protected:
    int recordCount() const override { return int(m_booths.size()); }
    qint64 recordId(int row) const override { return m_booths.at(row).booth.id; }
    QString columnTitle(int column) const override;
    QString cellText(int row, int column) const override;

private:
    const Database& m_database;
    qint64 m_seminarId = 0;
    QList<StaffedBooth> m_booths;
};

} // namespace sd
