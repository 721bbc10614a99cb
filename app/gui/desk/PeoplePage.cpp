#include "gui/desk/PeoplePage.h"

#include <QHeaderView>
#include <QItemSelectionModel>

#include "core/models/PersonListModel.h"
#include "core/models/PersonRegistrationListModel.h"
#include "core/settings/AppSettings.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/PersonMerge.h"
#include "core/stores/PersonalDataErasure.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/RegistrationStore.h"
#include "gui/AttendeeEditor.h"
#include "gui/MergePeopleDialog.h"
#include "gui/MessageBox.h"
#include "gui/PastRetentionDialog.h"
#include "gui/desk/TableViews.h"

#include "ui_PeoplePage.h"

namespace sd {

namespace {

const QString splitterKey = QStringLiteral("people");

} // namespace

PeoplePage::PeoplePage(const Database& database, RecordEdits& edits, QWidget* parent)
    : DeskPage(database, edits, QStringLiteral("people"), parent)
    , m_ui(std::make_unique<Ui::PeoplePage>())
    , m_people(new PersonListModel(database, this))
    , m_registrations(new PersonRegistrationListModel(database, this))
{
    m_ui->setupUi(this);
    m_ui->peopleSearchEdit->addAction(
        QIcon::fromTheme(QStringLiteral("edit-find"), QIcon(QStringLiteral(":/icons/edit-find.svg"))),
        QLineEdit::LeadingPosition);
    QTableView* people = m_ui->peopleView;
    people->setModel(m_people);
    setView(people);
    // Two picked at once are merged, several erased.
    people->setSelectionMode(QAbstractItemView::ExtendedSelection);
    people->horizontalHeader()->setSortIndicator(PersonListModel::ReadingColumn, Qt::AscendingOrder);
    people->setSortingEnabled(true);
    // Narrow enough that every column shows beside the seminar list in a 1400 px window.
    const QList<int> widths {150, 130, 180, 180, 0, 0, 0};
    for (int column = 0; column < widths.size(); ++column) {
        if (widths.at(column) > 0)
            people->setColumnWidth(column, widths.at(column));
    }
    for (int column : {PersonListModel::RegistrationsColumn, PersonListModel::LastSeminarColumn})
        people->resizeColumnToContents(column);
    restoreViewState();

    m_ui->registrationView->setModel(m_registrations);
    TableViews::setUp(m_ui->registrationView);
    m_ui->registrationView->horizontalHeader()->setSectionResizeMode(PersonRegistrationListModel::SeminarColumn,
                                                                     QHeaderView::Stretch);
    m_ui->registrationView->horizontalHeader()->setStretchLastSection(false);
    for (int column : {PersonRegistrationListModel::DateColumn, PersonRegistrationListModel::StatusColumn}) {
        m_ui->registrationView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_ui->peopleSplitter->setStretchFactor(0, 3);
    m_ui->peopleSplitter->setStretchFactor(1, 1);
    m_ui->peopleSplitter->restoreState(AppSettings().splitterState(splitterKey));

    connect(m_ui->peopleSearchEdit, &QLineEdit::textChanged, m_people, &PersonListModel::setSearchText);
    connect(m_ui->peopleSearchEdit, &QLineEdit::returnPressed, this, [this] {
        m_ui->peopleView->setFocus();
        if (m_people->rowCount() > 0 && !m_ui->peopleView->currentIndex().isValid())
            TableViews::select(m_ui->peopleView, 0);
    });
    connect(m_people, &PagedSqlModel::rowCountSettled, this,
            [this](int rows) { m_ui->peopleShownLabel->setText(tr("%n shown", nullptr, rows)); });
    connect(this, &DeskPage::selectionChanged, this, &PeoplePage::showRegistrations);
    connect(people->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeoplePage::updateButtons);
    connect(m_people, &QAbstractItemModel::modelReset, this, &PeoplePage::updateButtons);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &PeoplePage::mergeSelected);
    connect(m_ui->retentionButton, &QPushButton::clicked, this, &PeoplePage::showPastRetention);
    connect(m_ui->eraseButton, &QPushButton::clicked, this, &PeoplePage::eraseSelectedPeople);
    connect(m_ui->registrationView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const SeminarRegistration& chosen = m_registrations->registrationAt(index.row());
        Q_EMIT registrationChosen(chosen.seminar.id, chosen.registration.id);
    });
    m_ui->peopleShownLabel->setText(tr("%n shown", nullptr, m_people->rowCount()));
    showRegistrations();
    updateButtons();
}

PeoplePage::~PeoplePage() = default;

QString PeoplePage::title() const
{
    return tr("&People");
}

void PeoplePage::reload()
{
    keepSelection([this] { m_people->reload(); });
    showRegistrations();
}

void PeoplePage::saveViewState() const
{
    DeskPage::saveViewState();
    AppSettings().setSplitterState(splitterKey, m_ui->peopleSplitter->saveState());
}

void PeoplePage::retranslate()
{
    m_ui->retranslateUi(this);
    m_people->retranslate();
    m_registrations->retranslate();
    m_ui->peopleShownLabel->setText(tr("%n shown", nullptr, m_people->rowCount()));
    showRegistrations();
}

bool PeoplePage::focusSearch()
{
    m_ui->peopleSearchEdit->setFocus();
    m_ui->peopleSearchEdit->selectAll();
    return true;
}

void PeoplePage::showRegistrations()
{
    const qint64 person = selectedId();
    if (person != m_registrations->attendeeId())
        m_registrations->setAttendee(person);
    else
        m_registrations->reload();
    const QString name = person > 0
        ? m_people->index(m_ui->peopleView->currentIndex().row(), PersonListModel::NameColumn).data().toString()
        : QString();
    if (name.isEmpty())
        m_ui->registrationsLabel->setText(tr("Registrations of the person selected"));
    else if (m_registrations->rowCount() == 0)
        m_ui->registrationsLabel->setText(tr("“%1” is registered for no seminar.").arg(name));
    else
        m_ui->registrationsLabel->setText(tr("Registrations of “%1”").arg(name));
}

void PeoplePage::updateButtons()
{
    const qsizetype picked = m_ui->peopleView->selectionModel()->selectedRows().size();
    m_ui->mergeButton->setEnabled(picked == 2);
    m_ui->eraseButton->setEnabled(picked > 0);
}

QList<qint64> PeoplePage::selectedPeople() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_ui->peopleView->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows)
        ids.append(m_people->idAt(row.row()));
    return ids;
}

void PeoplePage::addRecord()
{
    qint64 added = 0;
    AttendeeEditor editor([this, &added](const Attendee& attendee,
                                         const Registration&) { return keepId(edits().addAttendee(attendee), added); },
                          this);
    editor.setAttendee(Attendee());
    if (editor.exec() != QDialog::Accepted)
        return;
    // A search that hides the new person would look as if nothing was added.
    m_ui->peopleSearchEdit->clear();
    TableViews::selectId(m_ui->peopleView, added);
}

void PeoplePage::editRecord()
{
    auto person = AttendeeStore(database()).find(selectedId());
    if (!person) {
        showError(tr("Edit Attendee"), person.error());
        return;
    }
    AttendeeEditor editor(
        [this](const Attendee& attendee, const Registration&) { return edits().editAttendee(attendee); }, this);
    editor.setAttendee(*person);
    editor.setLoad([this](const RegisteredAttendee& mine) {
        return RegistrationStore(database()).findRegisteredAttendee(mine.attendee.id, 0);
    });
    editor.exec();
}

void PeoplePage::removeRecord()
{
    eraseSelectedPeople();
}

void PeoplePage::mergeSelected()
{
    const QList<qint64> picked = selectedPeople();
    if (picked.size() != 2)
        return;
    auto merge = PersonMerge::of(database(), picked.at(0), picked.at(1));
    if (!merge) {
        showError(tr("Merge Two Records"), merge.error());
        return;
    }
    MergePeopleDialog dialog(
        *merge, [this](const PersonMerge& chosen) { return edits().mergePeople(chosen); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Attendee merged = dialog.merge().merged();
    TableViews::selectId(m_ui->peopleView, merged.id);
    Q_EMIT statusMessage(tr("Merged into “%1”. Edit ▸ Undo takes the merge back.").arg(merged.displayName()));
}

void PeoplePage::showPastRetention()
{
    // Read now, so that a period just changed in Settings counts.
    const PersonalDataErasure erasure(database(), AppSettings().retentionPeriod());
    PastRetentionDialog dialog(
        erasure,
        [this](const PersonalDataErasure& chosen, const QList<qint64>& people) {
            return edits().erasePastRetention(chosen, people);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PersonalDataErasure::Outcome& outcome = dialog.outcome();
    Q_EMIT statusMessage(tr("Erased %n person(s) past the retention period. Edit ▸ Undo brings them back while "
                            "this window stays open.",
                            nullptr, int(outcome.attendeeIds.size())));
    if (!outcome.journalProblem.isEmpty())
        MessageBox::warning(this, tr("Erase People Past the Retention Period"), outcome.journalProblem);
}

} // namespace sd
