#pragma once

#include <functional>

#include <QDialog>
#include <QList>
#include <QWidget>

#include "core/Result.h"

class QTableView;

namespace sd {

class Database;
class RecordEdits;

// One tab of the desk: one kind of record, of the seminar picked or of the whole database, in a
// table, with Add, Edit and Delete. The desk knows its pages only through this interface, so a new
// page is a class of its own and a line in DeskWidget.
class DeskPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskPage)

public:
    // The tab's and the View menu's title, with its mnemonic, in the language of the moment.
    virtual QString title() const = 0;
    // Whether the page lists the records of the seminar picked, and so needs one to add.
    virtual bool followsSeminar() const = 0;
    // The seminar picked (0: none).
    virtual void setSeminar(qint64 seminarId) = 0;
    // The records changed: read them again, keeping the selection.
    virtual void reload() = 0;
    virtual void addRecord() = 0;
    // Edit and remove act on the record selected.
    virtual void editRecord() = 0;
    virtual void removeRecord() = 0;
    // Puts the keyboard in the page's search field; false when the page has none.
    virtual bool focusSearch() { return false; }
    // Whether the page's records are people, or stand for them (registrations): Edit ▸ Erase
    // Personal Data acts on the people selected there.
    virtual bool listsPeople() const { return false; }
    // The people (attendee ids) behind the records selected.
    virtual QList<qint64> selectedPeople() const { return {}; }
    // Erases the personal data of the people selected, with every registration of theirs, after
    // one confirmation; Edit ▸ Undo brings them back while the window stays open.
    void eraseSelectedPeople();

    // What an addition through RecordEdits gave: its id goes to ADDED, for the list to select it.
    static Status keepId(const Result<qint64>& id, qint64& added);

    // The record selected, by its id; 0: none.
    qint64 selectedId() const;
    QTableView* view() const { return m_view; }
    // Column widths, order and sort, kept between runs under the page's name.
    virtual void saveViewState() const;
    void restoreViewState();

Q_SIGNALS:
    // What Edit and Delete act on changed.
    void selectionChanged();
    // A short note for the status bar.
    void statusMessage(const QString& text);

protected:
    // STATE_KEY names the page in the settings.
    DeskPage(const Database& database, RecordEdits& edits, const QString& stateKey, QWidget* parent);
    const Database& database() const { return m_database; }
    RecordEdits& edits() const { return m_edits; }
    // How the table's columns get their widths: as the page sets them (and the user changes them),
    // or, for the short lists, wide enough for their headers and cells after each reload.
    enum class ColumnWidths { AsSet, FitContents };
    // Call once the form is set up: the page's table, which Return or a double click edits.
    void setView(QTableView* view, ColumnWidths widths = ColumnWidths::AsSet);
    // The language changed: the form, the model's headers and any names in lists follow.
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;
    void showError(const QString& title, const QString& message);
    // Reads the records again with RELOAD and selects again the record that was selected.
    void keepSelection(const std::function<void()>& reload);
    // Removes the selected record, shown in ROW, with REMOVE (through RecordEdits); the row after
    // it takes its place, so that Delete can be pressed again. DONE is said in the status bar
    // (empty: that Undo brings the record back).
    void removeSelected(const std::function<Status(qint64 id, int row)>& remove, const QString& done = {});
    // Opens the contact form on contact ID (a new contact when 0) over PARENT and saves through
    // RecordEdits; gives the id of a contact added, else 0.
    qint64 editContact(qint64 contactId, QWidget* parent);

    // Opens EDITOR (a RecordDialog with SHOW to fill it) over PARENT on record ID of STORE, or on a
    // new record when ID is 0; saving calls ADD or CHANGE. Gives the id of the record added, else 0.
    template <typename Editor, typename Store, typename Record, typename Add, typename Change>
    qint64 editInDialog(const Store& store, qint64 id, void (Editor::*show)(const Record&), Add add, Change change,
                        QWidget* parent);

private:
    const Database& m_database;
    RecordEdits& m_edits;
    QString m_stateKey;
    QTableView* m_view = nullptr;
    ColumnWidths m_widths = ColumnWidths::AsSet;
};

template <typename Editor, typename Store, typename Record, typename Add, typename Change>
qint64 DeskPage::editInDialog(const Store& store, qint64 id, void (Editor::*show)(const Record&), Add add,
                              Change change, QWidget* parent)
{
    Record record;
    if (id > 0) {
        auto found = store.find(id);
        if (!found) {
            showError(tr("Edit"), found.error());
            return 0;
        }
        record = *found;
    }
    qint64 added = 0;
    Editor editor(
        [&added, &add, &change](const Record& edited) -> Status {
            return edited.id > 0 ? change(edited) : keepId(add(edited), added);
        },
        parent);
    (editor.*show)(record);
    editor.setLoad([&store](const Record& mine) { return store.find(mine.id); });
    return editor.exec() == QDialog::Accepted ? added : 0;
}

} // namespace sd
