#pragma once

#include <QList>

#include "core/models/RecordListModel.h"
#include "core/stores/ReceiverLoanStore.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

// What the check-in field's text matches: the seminar's registrations (to check one in); when it
// matches none of them, the people of the whole database (to register one here); in return mode
// the people holding a receiver (to take one back). The id of a row is the registration's, or the
// person's attendee id for the other two.
class CheckInMatchModel final : public RecordListModel
{
    Q_OBJECT

public:
    enum ColumnIndex { NameColumn, ReadingColumn, OrganisationColumn, StatusColumn, ColumnCount };

    enum class Content { Registrations, People, Holders };

    explicit CheckInMatchModel(QObject* parent = nullptr);

    // Reading a store is the caller's: the model shows what it is given and does not reload.
    void reload() override { }
    void showRegistrations(Result<RegistrationMatches> matches);
    void showPeople(Result<QList<Attendee>> people);
    void showHolders(Result<QList<LentReceiver>> holders);
    Content content() const { return m_content; }
    void clear();
    // How many match in all; more than rowCount() when the list was cut short.
    int total() const { return m_total; }
    // The check-in code of the registration, or of the holder's, in ROW.
    QString checkInCodeAt(int row) const { return m_rows.at(row).code; }

protected:
    int recordCount() const override { return int(m_rows.size()); }
    qint64 recordId(int row) const override { return m_rows.at(row).id; }
    QString columnTitle(int column) const override;
    QString cellText(int row, int column) const override;

private:
    struct Row
    {
        qint64 id = 0;
        Attendee person;
        // The registration's status; the receiver's number in return mode.
        std::optional<Registration::Status> status;
        QString serial;
        QString code;
    };

    void show(Content content, Result<QList<Row>> rows, int total);

    Content m_content = Content::Registrations;
    QList<Row> m_rows;
    int m_total = 0;
};

} // namespace sd
