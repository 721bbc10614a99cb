#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>
#include <QTime>

#include "core/records/ProgrammeItem.h"

namespace sd {

// A seminar's programme as the seminar's form edits it: a row an item, with its times, titles,
// language, kind and speakers ("Name (Affiliation); …") in cells typed into. An item whose times
// end before they start or overlap another's shows the problem in its row (tooltip and colour).
class ProgrammeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnIndex {
        StartsColumn,
        EndsColumn,
        TitleJaColumn,
        TitleEnColumn,
        LanguageColumn,
        KindColumn,
        SpeakersColumn,
        ColumnCount
    };

    explicit ProgrammeTableModel(QObject* parent = nullptr);

    void setItems(const QList<ProgrammeItem>& items);
    const QList<ProgrammeItem>& items() const { return m_items; }
    // Adds a session after ROW (-1: at the end) and gives its row. It starts where the nearest
    // timed item above ends, or at FIRST_START when there is none.
    int addItemAfter(int row, const QTime& firstStart);
    void removeItem(int row);
    // Moves the item at ROW one place up (-1) or down (+1); false when it cannot go further.
    bool moveItem(int row, int by);
    // The row's problem (see ProgrammeStore::problems); empty when it has none.
    QString problemAt(int row) const;

    // "13:30", "1330", "13.30", "１３：３０": the time a cell takes; empty text is no time.
    // Nothing when TEXT is no time of day.
    static std::optional<QTime> timeFromText(const QString& text);
    // The name shown for the language spoken: the language's, or "Mixed / not said" for none.
    static QString languageText(const QString& code);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant editText(const ProgrammeItem& item, int column) const;
    QVariant displayText(const ProgrammeItem& item, int column) const;
    // Checks the programme again and repaints every row whose problem came or went.
    void recheck();

    QList<ProgrammeItem> m_items;
    QList<QString> m_problems; // one a row; empty: none
};

} // namespace sd
