#include "gui/ContactEditor.h"

#include "core/records/Reading.h"
#include "core/stores/ContactStore.h"

#include "ui_ContactEditor.h"

namespace sd {

ContactEditor::ContactEditor(Save save, QWidget* parent)
    : VersionedRecordDialog(parent)
    , m_ui(std::make_unique<Ui::ContactEditor>())
    , m_save(std::move(save))
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Person"), Contact::kindKey(Contact::Kind::Person));
    m_ui->kindCombo->addItem(tr("Organisation"), Contact::kindKey(Contact::Kind::Organisation));
    m_ui->readingEdit->setPlaceholderText(tr("In kana, for sorting"));
    connect(m_ui->readingEdit, &QLineEdit::editingFinished, this,
            [this] { m_ui->readingEdit->setText(Reading::katakana(m_ui->readingEdit->text())); });
    m_ui->latinNameEdit->setPlaceholderText(tr("For English flyers, e.g. Satomi HIGASHIDA"));
    m_ui->addressEnEdit->setPlaceholderText(tr("For English flyers, without the country"));
    setErrorLabel(m_ui->errorLabel);
    setContact(Contact());
}

ContactEditor::~ContactEditor() = default;

void ContactEditor::setContact(const Contact& contact)
{
    m_contact = contact;
    setWindowTitle(contact.id == 0 ? tr("New Contact") : tr("Contact “%1”").arg(contact.name));
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(Contact::kindKey(contact.kind))));
    m_ui->nameEdit->setText(contact.name);
    m_ui->readingEdit->setText(contact.reading);
    m_ui->latinNameEdit->setText(contact.latinName);
    m_ui->roleEdit->setText(contact.role);
    m_ui->organisationEdit->setText(contact.organisation);
    m_ui->postalCodeEdit->setText(contact.postalCode);
    m_ui->addressEdit->setText(contact.address);
    m_ui->addressEnEdit->setText(contact.addressEn);
    m_ui->telEdit->setText(contact.tel);
    m_ui->faxEdit->setText(contact.fax);
    m_ui->emailEdit->setText(contact.email);
    m_ui->notesEdit->setPlainText(contact.notes);
    m_ui->nameEdit->setFocus();
}

Contact ContactEditor::contact() const
{
    Contact contact = m_contact;
    contact.kind = Contact::kindFromKey(m_ui->kindCombo->currentData().toString());
    contact.name = m_ui->nameEdit->text().trimmed();
    contact.reading = m_ui->readingEdit->text().trimmed();
    contact.latinName = m_ui->latinNameEdit->text().trimmed();
    contact.role = m_ui->roleEdit->text().trimmed();
    contact.organisation = m_ui->organisationEdit->text().trimmed();
    contact.postalCode = m_ui->postalCodeEdit->text().trimmed();
    contact.address = m_ui->addressEdit->text().trimmed();
    contact.addressEn = m_ui->addressEnEdit->text().trimmed();
    contact.tel = m_ui->telEdit->text().trimmed();
    contact.fax = m_ui->faxEdit->text().trimmed();
    contact.email = m_ui->emailEdit->text().trimmed();
    contact.notes = m_ui->notesEdit->toPlainText();
    return contact.normalised();
}

QString ContactEditor::check() const
{
    return ContactStore::validationError(contact());
}

Status ContactEditor::save()
{
    return m_save(contact());
}

Contact ContactEditor::formRecord() const
{
    return contact();
}

void ContactEditor::takeVersionsOf(const Contact& theirs)
{
    m_contact.version = theirs.version;
}

void ContactEditor::showTheirs(const Contact& theirs)
{
    setContact(theirs);
}

} // namespace sd
