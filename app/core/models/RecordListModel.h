#pragma once

#include <QAbstractTableModel>

#include "core/Result.h"

namespace sd {

// A list of records read whole from a store, for the short lists of the desk (a seminar's booths
// and contacts, the venues): tens of rows, where PagedSqlModel serves hundreds of thousands.
// Headers and cells are made when shown, so that they follow a change of language.
// Qt::UserRole of any cell is the row's id, as in PagedSqlModel.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;
    // The row showing ID, or -1.
    int rowOf(qint64 id) const;
    // What the last reload could not read; empty when it read everything.
    QString lastError() const { return m_lastError; }
    // Reads the records again from the store.
    virtual void reload() = 0;
    // The program's language changed: the headers and cells follow.
    void retranslate();

Q_SIGNALS:
    // A reload could not read the records; the list is empty.
    void loadFailed(const QString& message);

protected:
    RecordListModel(int columns, QObject* parent);
    virtual int recordCount() const = 0;
    virtual qint64 recordId(int row) const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QString cellText(int row, int column) const = 0;
    // Puts what READ gave in place of RECORDS and resets the model; a failure empties the list and
    // keeps the message for lastError().
    template <typename Record> void replace(QList<Record>& records, Result<QList<Record>> read)
    {
        beginResetModel();
        m_lastError = read ? QString() : read.error();
        records = read ? std::move(read).value() : QList<Record>();
        endResetModel();
        if (!m_lastError.isEmpty())
            Q_EMIT loadFailed(m_lastError);
    }

private:
    int m_columns;
    QString m_lastError;
};

} // namespace sd
