#include "gui/WalkInForm.h"

#include <QEvent>

#include "core/stores/AttendeeStore.h"

#include "ui_WalkInForm.h"

namespace sd {

WalkInForm::WalkInForm(KnownPeople knownPeople, Save save, QWidget* parent)
    : RecordDialog(parent)
    , m_ui(std::make_unique<Ui::WalkInForm>())
    , m_knownPeople(std::move(knownPeople))
    , m_save(std::move(save))
{
    m_ui->setupUi(this);
    setErrorLabel(m_ui->errorLabel);
    for (QLineEdit* field : {m_ui->familyEdit, m_ui->givenEdit, m_ui->emailEdit})
        connect(field, &QLineEdit::textEdited, this, &WalkInForm::offerKnownPeople);
    retranslate();
    m_ui->familyEdit->setFocus();
}

WalkInForm::~WalkInForm() = default;

Attendee WalkInForm::typed() const
{
    Attendee person;
    person.familyName = m_ui->familyEdit->text().trimmed();
    person.givenName = m_ui->givenEdit->text().trimmed();
    person.familyReading = m_ui->familyReadingEdit->text().trimmed();
    person.givenReading = m_ui->givenReadingEdit->text().trimmed();
    person.organisation = m_ui->organisationEdit->text().trimmed();
    person.email = m_ui->emailEdit->text().trimmed();
    person.category = m_ui->categoryCombo->currentData().toString();
    return person;
}

Attendee WalkInForm::person() const
{
    // Item 0 is the person as typed; the others are the people of the database offered.
    const int chosen = m_ui->personCombo->currentIndex();
    return chosen > 0 ? m_known.at(chosen - 1) : typed();
}

bool WalkInForm::receiverNeeded() const
{
    return m_ui->receiverCheck->isChecked();
}

QString WalkInForm::check() const
{
    return AttendeeStore::validationError(person());
}

Status WalkInForm::save()
{
    return m_save(person(), receiverNeeded());
}

void WalkInForm::offerKnownPeople()
{
    const Attendee person = typed();
    auto known = person.familyName.isEmpty() && person.givenName.isEmpty() && person.email.isEmpty()
        ? Result<QList<Attendee>>(QList<Attendee>())
        : m_knownPeople(person);
    showEarly(known ? QString() : known.error());
    const qint64 chosenId = this->person().id;
    m_known = known ? *known : QList<Attendee>();
    retranslate();
    m_ui->personCombo->setCurrentIndex(0);
    for (int index = 0; index < m_known.size(); ++index) {
        if (m_known.at(index).id == chosenId)
            m_ui->personCombo->setCurrentIndex(index + 1);
    }
}

void WalkInForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    RecordDialog::changeEvent(event);
}

void WalkInForm::retranslate()
{
    const QString category = m_ui->categoryCombo->currentData().toString();
    m_ui->categoryCombo->clear();
    for (const QString& key : Attendee::categories())
        m_ui->categoryCombo->addItem(Attendee::categoryName(key), key);
    m_ui->categoryCombo->setCurrentIndex(qMax(0, m_ui->categoryCombo->findData(category)));

    const int chosen = m_ui->personCombo->currentIndex();
    m_ui->personCombo->clear();
    m_ui->personCombo->addItem(m_known.isEmpty()
                                   ? tr("A new person")
                                   : tr("A new person (%n in the database may be them)", nullptr, int(m_known.size())));
    for (const Attendee& each : m_known) {
        const QString detail = each.organisation.isEmpty() ? each.email : each.organisation;
        m_ui->personCombo->addItem(detail.isEmpty() ? each.displayName()
                                                    : tr("%1 (%2)").arg(each.displayName(), detail));
    }
    m_ui->personCombo->setCurrentIndex(chosen < m_ui->personCombo->count() ? qMax(chosen, 0) : 0);
}

} // namespace sd
