#include "gui/desk/SeminarContactsPage.h"

#include "core/models/SeminarContactListModel.h"
#include "core/stores/ContactStore.h"
#include "core/stores/RecordEdits.h"
#include "gui/desk/TableViews.h"

#include "ui_SeminarContactsPage.h"

namespace sd {

SeminarContactsPage::SeminarContactsPage(const Database& database, RecordEdits& edits, QWidget* parent)
    : DeskPage(database, edits, QStringLiteral("seminarContacts"), parent)
    , m_ui(std::make_unique<Ui::SeminarContactsPage>())
    , m_model(new SeminarContactListModel(database, this))
{
    m_ui->setupUi(this);
    m_ui->seminarContactView->setModel(m_model);
    setView(m_ui->seminarContactView, ColumnWidths::FitContents);
    restoreViewState();
    fillRoles();
    fillChoices();
    connect(m_ui->linkButton, &QPushButton::clicked, this, &SeminarContactsPage::link);
}

SeminarContactsPage::~SeminarContactsPage() = default;

QString SeminarContactsPage::title() const
{
    return tr("&Contacts");
}

void SeminarContactsPage::setSeminar(qint64 seminarId)
{
    m_seminarId = seminarId;
    m_model->setSeminar(seminarId);
    m_ui->linkButton->setEnabled(m_seminarId > 0 && m_ui->linkContactCombo->count() > 0);
}

void SeminarContactsPage::reload()
{
    keepSelection([this] { m_model->reload(); });
    fillChoices();
}

void SeminarContactsPage::fillChoices()
{
    const qint64 chosen = m_ui->linkContactCombo->currentData().toLongLong();
    m_ui->linkContactCombo->clear();
    auto contacts = ContactStore(database()).all();
    if (!contacts) {
        showError(tr("Contacts"), contacts.error());
        return;
    }
    for (const Contact& contact : *contacts) {
        m_ui->linkContactCombo->addItem(
            contact.organisation.isEmpty() ? contact.name : tr("%1 (%2)").arg(contact.name, contact.organisation),
            contact.id);
    }
    m_ui->linkContactCombo->setCurrentIndex(qMax(0, m_ui->linkContactCombo->findData(chosen)));
    m_ui->linkButton->setEnabled(m_seminarId > 0 && m_ui->linkContactCombo->count() > 0);
}

void SeminarContactsPage::fillRoles()
{
    const QString chosen = m_ui->linkRoleCombo->currentData().toString();
    m_ui->linkRoleCombo->clear();
    for (Contact::Role role : Contact::roles())
        m_ui->linkRoleCombo->addItem(Contact::roleName(role), Contact::roleKey(role));
    m_ui->linkRoleCombo->setCurrentIndex(qMax(0, m_ui->linkRoleCombo->findData(chosen)));
}

void SeminarContactsPage::retranslate()
{
    m_ui->retranslateUi(this);
    fillRoles();
    fillChoices();
    m_model->retranslate();
}

void SeminarContactsPage::addRecord()
{
    m_ui->linkContactCombo->setFocus();
}

void SeminarContactsPage::editRecord()
{
    if (const qint64 contactId = selectedId(); contactId > 0)
        editContact(contactId, this);
}

void SeminarContactsPage::removeRecord()
{
    // A contact can hold two roles at the seminar: the row says which link goes.
    removeSelected([this](qint64 contactId, int row) {
        return edits().unlinkContact(m_seminarId, contactId, m_model->linkAt(row).role);
    });
}

void SeminarContactsPage::link()
{
    const qint64 contactId = m_ui->linkContactCombo->currentData().toLongLong();
    const auto role = Contact::roleFromKey(m_ui->linkRoleCombo->currentData().toString());
    if (m_seminarId == 0 || contactId == 0 || !role)
        return;
    if (Status linked = edits().linkContact(m_seminarId, contactId, *role); !linked)
        showError(tr("Add Contact"), linked.error());
}

} // namespace sd
