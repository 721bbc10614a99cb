#include "gui/desk/DeskPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include "core/data/Database.h"
#include "core/models/PagedSqlModel.h"
#include "core/models/RecordListModel.h"
#include "core/settings/AppSettings.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/PersonalDataErasure.h"
#include "core/stores/RecordEdits.h"
#include "gui/ContactEditor.h"
#include "gui/MessageBox.h"
#include "gui/desk/TableViews.h"

namespace sd {

DeskPage::DeskPage(const Database& database, RecordEdits& edits, const QString& stateKey, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_edits(edits)
    , m_stateKey(stateKey)
{
    setObjectName(stateKey);
}

void DeskPage::setView(QTableView* view, ColumnWidths widths)
{
    Q_ASSERT(view->model());
    m_view = view;
    m_widths = widths;
    TableViews::setUp(view);
    // A list that cannot be read says so, whichever kind of model it is.
    const auto failed = [this](const QString& message) {
        showError(tr("Read the List"), message);
    };
    if (auto* paged = qobject_cast<PagedSqlModel*>(view->model()))
        connect(paged, &PagedSqlModel::loadFailed, this, failed);
    else if (auto* list = qobject_cast<RecordListModel*>(view->model()))
        connect(list, &RecordListModel::loadFailed, this, failed);
    if (widths == ColumnWidths::FitContents) {
        TableViews::fitColumns(view);
        connect(view->model(), &QAbstractItemModel::modelReset, this, [view] { TableViews::fitColumns(view); });
    }
    connect(view, &QTableView::activated, this, &DeskPage::editRecord);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeskPage::selectionChanged);
    // A reset (a reload, another seminar) clears the current row without saying so.
    connect(view->model(), &QAbstractItemModel::modelReset, this, &DeskPage::selectionChanged);
}

qint64 DeskPage::selectedId() const
{
    return m_view ? TableViews::currentId(m_view) : 0;
}

void DeskPage::saveViewState() const
{
    AppSettings().setHeaderState(m_stateKey, m_view->horizontalHeader()->saveState());
}

void DeskPage::restoreViewState()
{
    m_view->horizontalHeader()->restoreState(AppSettings().headerState(m_stateKey));
    if (m_widths == ColumnWidths::FitContents)
        TableViews::fitColumns(m_view); // a width saved before the cells grew must not cut them
}

void DeskPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_widths == ColumnWidths::FitContents)
            TableViews::fitColumns(m_view);
    }
    QWidget::changeEvent(event);
}

void DeskPage::showError(const QString& title, const QString& message)
{
    MessageBox::critical(this, title, message);
}

void DeskPage::keepSelection(const std::function<void()>& reload)
{
    const qint64 id = selectedId();
    reload();
    TableViews::selectId(m_view, id);
}

void DeskPage::removeSelected(const std::function<Status(qint64 id, int row)>& remove, const QString& done)
{
    const qint64 id = selectedId();
    const int row = m_view->currentIndex().row();
    if (id == 0 || row < 0)
        return;
    if (Status removed = remove(id, row); !removed) {
        showError(tr("Delete"), removed.error());
        return;
    }
    TableViews::select(m_view, qMin(row, m_view->model()->rowCount() - 1));
    Q_EMIT statusMessage(done.isEmpty() ? tr("Deleted. Edit ▸ Undo brings it back.") : done);
}

void DeskPage::eraseSelectedPeople()
{
    const QList<qint64> people = selectedPeople();
    if (people.isEmpty())
        return;
    const QString title = tr("Erase Personal Data");
    QString question;
    if (people.size() == 1) {
        auto person = AttendeeStore(m_database).find(people.constFirst());
        if (!person) {
            showError(title, person.error());
            return;
        }
        question = tr("Erase the personal data of “%1”? The person and their registrations for every seminar "
                      "leave the database.\n\n%2\n\nEdit ▸ Undo brings them back only while this window stays open.")
                       .arg(person->displayName(), PersonalDataErasure::promise(m_database.path()));
    } else {
        question = tr("Erase the personal data of these %n people? They and their registrations for every seminar "
                      "leave the database.\n\n%1\n\nEdit ▸ Undo brings them back only while this window stays open.",
                      nullptr, int(people.size()))
                       .arg(PersonalDataErasure::promise(m_database.path()));
    }
    if (MessageBox::question(this, title, question) != QMessageBox::Yes)
        return;
    if (Status erased = m_edits.erasePeople(people); !erased) {
        showError(title, erased.error());
        return;
    }
    Q_EMIT statusMessage(people.size() == 1
                             ? tr("Erased one person. Edit ▸ Undo brings them back.")
                             : tr("Erased %n people. Edit ▸ Undo brings them back.", nullptr, int(people.size())));
}

qint64 DeskPage::editContact(qint64 contactId, QWidget* parent)
{
    return editInDialog<ContactEditor>(
        ContactStore(m_database), contactId, &ContactEditor::setContact,
        [this](const Contact& contact) { return m_edits.addContact(contact); },
        [this](const Contact& contact) { return m_edits.editContact(contact); }, parent);
}

Status DeskPage::keepId(const Result<qint64>& id, qint64& added)
{
    if (!id)
        return fail(id.error());
    added = *id;
    return {};
}

} // namespace sd
