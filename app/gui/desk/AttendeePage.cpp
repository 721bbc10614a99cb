#include "gui/desk/AttendeePage.h"

#include <QHeaderView>
#include <QItemSelectionModel>

#include "core/models/RegistrationListModel.h"
#include "core/records/Attendee.h"
#include "core/records/Registration.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "gui/AttendeeEditor.h"
#include "gui/desk/TableViews.h"

#include "ui_AttendeePage.h"

namespace sd {

AttendeePage::AttendeePage(const Database& database, RecordEdits& edits, QWidget* parent)
    : DeskPage(database, edits, QStringLiteral("attendees"), parent)
    , m_ui(std::make_unique<Ui::AttendeePage>())
    , m_model(new RegistrationListModel(database, this))
{
    m_ui->setupUi(this);
    m_ui->searchEdit->addAction(
        QIcon::fromTheme(QStringLiteral("edit-find"), QIcon(QStringLiteral(":/icons/edit-find.svg"))),
        QLineEdit::LeadingPosition);
    m_ui->attendeeView->setModel(m_model);
    setView(m_ui->attendeeView);
    m_ui->attendeeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ui->attendeeView->horizontalHeader()->setSortIndicator(RegistrationListModel::ReadingColumn, Qt::AscendingOrder);
    m_ui->attendeeView->setSortingEnabled(true);
    fillFilters();
    fitColumns();
    restoreViewState();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &AttendeePage::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_ui->attendeeView->setFocus();
        if (m_model->rowCount() > 0 && !m_ui->attendeeView->currentIndex().isValid())
            TableViews::select(m_ui->attendeeView, 0);
    });
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &AttendeePage::applyFilter);
    connect(m_ui->categoryFilter, &QComboBox::currentIndexChanged, this, &AttendeePage::applyFilter);
    connect(m_model, &PagedSqlModel::rowCountSettled, this,
            [this](int rows) { m_ui->shownLabel->setText(tr("%n shown", nullptr, rows)); });
}

AttendeePage::~AttendeePage() = default;

QString AttendeePage::title() const
{
    return tr("&Attendees");
}

void AttendeePage::setSeminar(qint64 seminarId)
{
    m_seminarId = seminarId;
    m_model->setSeminar(seminarId);
}

void AttendeePage::reload()
{
    keepSelection([this] { m_model->reload(); });
}

void AttendeePage::fitColumns()
{
    const QList<int> widths {150, 170, 0, 0, 240, 150, 80, 110, 170, 200};
    for (int column = 0; column < widths.size(); ++column) {
        if (widths.at(column) > 0)
            m_ui->attendeeView->setColumnWidth(column, widths.at(column));
    }
    // Columns of names from a short list are as wide as their longest name in this language.
    QStringList statuses;
    for (Registration::Status status : Registration::statuses())
        statuses.append(Registration::statusName(status));
    TableViews::fitToNames(m_ui->attendeeView, RegistrationListModel::StatusColumn, statuses);
    QStringList categories;
    for (const QString& key : Attendee::categories())
        categories.append(Attendee::categoryName(key));
    TableViews::fitToNames(m_ui->attendeeView, RegistrationListModel::CategoryColumn, categories);
}

void AttendeePage::fillFilters()
{
    const QString status = m_ui->statusFilter->currentData().toString();
    const QString category = m_ui->categoryFilter->currentData().toString();
    const QSignalBlocker statusBlocker(m_ui->statusFilter);
    const QSignalBlocker categoryBlocker(m_ui->categoryFilter);
    m_ui->statusFilter->clear();
    m_ui->statusFilter->addItem(tr("All statuses"), QString());
    for (Registration::Status each : Registration::statuses())
        m_ui->statusFilter->addItem(Registration::statusName(each), Registration::statusKey(each));
    m_ui->statusFilter->setCurrentIndex(qMax(0, m_ui->statusFilter->findData(status)));
    m_ui->categoryFilter->clear();
    m_ui->categoryFilter->addItem(tr("All categories"), QString());
    for (const QString& key : Attendee::categories())
        m_ui->categoryFilter->addItem(Attendee::categoryName(key), key);
    m_ui->categoryFilter->setCurrentIndex(qMax(0, m_ui->categoryFilter->findData(category)));
}

void AttendeePage::applyFilter()
{
    // Each change reloads the model: change only what differs, so a keystroke costs one reload.
    const QString status = m_ui->statusFilter->currentData().toString();
    const QStringList statuses = status.isEmpty() ? QStringList() : QStringList {status};
    const QString category = m_ui->categoryFilter->currentData().toString();
    if (m_ui->searchEdit->text() != m_appliedSearch) {
        m_appliedSearch = m_ui->searchEdit->text();
        m_model->setSearchText(m_appliedSearch);
    }
    if (statuses != m_appliedStatuses) {
        m_appliedStatuses = statuses;
        m_model->setStatuses(statuses);
    }
    if (category != m_appliedCategory) {
        m_appliedCategory = category;
        m_model->setCategory(category);
    }
}

void AttendeePage::retranslate()
{
    m_ui->retranslateUi(this);
    fillFilters();
    m_model->retranslate();
    m_ui->shownLabel->setText(tr("%n shown", nullptr, m_model->rowCount()));
}

bool AttendeePage::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
    return true;
}

void AttendeePage::addRecord()
{
    if (m_seminarId == 0)
        return;
    qint64 added = 0;
    AttendeeEditor editor(
        [this, &added](const Attendee& attendee, const Registration& registration) -> Status {
            Registration forSeminar = registration;
            forSeminar.seminarId = m_seminarId;
            return keepId(edits().addRegisteredAttendee(attendee, forSeminar), added);
        },
        this);
    if (editor.exec() == QDialog::Accepted)
        TableViews::selectId(m_ui->attendeeView, added);
}

void AttendeePage::editRecord()
{
    auto registration = RegistrationStore(database()).find(selectedId());
    if (!registration) {
        showError(tr("Edit Attendee"), registration.error());
        return;
    }
    auto attendee = AttendeeStore(database()).find(registration->attendeeId);
    if (!attendee) {
        showError(tr("Edit Attendee"), attendee.error());
        return;
    }
    AttendeeEditor editor([this](const Attendee& person,
                                 const Registration& place) { return edits().editRegisteredAttendee(person, place); },
                          this);
    editor.setRegisteredAttendee(*attendee, *registration);
    editor.setLoad([this](const RegisteredAttendee& mine) {
        return RegistrationStore(database()).findRegisteredAttendee(mine.attendee.id, mine.registration.id);
    });
    editor.exec();
}

void AttendeePage::removeRecord()
{
    removeSelected([this](qint64 id, int) { return edits().deleteRegistration(id); },
                   tr("Taken off the seminar; the person stays on the People page. Edit ▸ Undo brings the "
                      "registration back."));
}

void AttendeePage::showRegistration(qint64 registrationId)
{
    m_ui->searchEdit->clear();
    m_ui->statusFilter->setCurrentIndex(0);
    m_ui->categoryFilter->setCurrentIndex(0);
    TableViews::selectId(m_ui->attendeeView, registrationId);
    m_ui->attendeeView->setFocus();
}

QList<qint64> AttendeePage::selectedPeople() const
{
    QList<qint64> people;
    RegistrationStore registrations(database());
    for (qint64 id : selectedRegistrationIds()) {
        if (auto registration = registrations.find(id))
            people.append(registration->attendeeId);
    }
    return people;
}

QList<qint64> AttendeePage::selectedRegistrationIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_ui->attendeeView->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows)
        ids.append(m_model->idAt(row.row()));
    return ids;
}

} // namespace sd
