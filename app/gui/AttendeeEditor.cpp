#include "gui/AttendeeEditor.h"

#include <QCompleter>

#include "core/records/Country.h"
#include "core/records/DateTimeText.h"
#include "core/records/EmailAddress.h"
#include "core/records/Reading.h"
#include "core/records/Seminar.h"
#include "core/settings/Translations.h"
#include "core/stores/AttendeeStore.h"

#include "ui_AttendeeEditor.h"

namespace sd {

AttendeeEditor::AttendeeEditor(Save save, QWidget* parent)
    : VersionedRecordDialog(parent)
    , m_ui(std::make_unique<Ui::AttendeeEditor>())
    , m_save(std::move(save))
{
    m_ui->setupUi(this);
    for (const QString& code : {QStringLiteral("ja"), QStringLiteral("en")})
        m_ui->languageCombo->addItem(Seminar::languageName(code), code);
    for (const QString& key : Attendee::categories())
        m_ui->categoryCombo->addItem(Attendee::categoryName(key), key);
    for (Registration::Status status : Registration::statuses())
        m_ui->statusCombo->addItem(Registration::statusName(status), Registration::statusKey(status));
    m_ui->familyReadingEdit->setPlaceholderText(tr("In kana, for sorting"));
    m_ui->givenReadingEdit->setPlaceholderText(tr("In kana, for sorting"));
    m_ui->latinNameEdit->setPlaceholderText(tr("e.g. Hanako YAMADA"));
    m_ui->badgeNameEdit->setPlaceholderText(tr("Printed instead of the name when filled in"));
    // What is stored is shown as soon as a field is left: readings in katakana, the address in ASCII.
    for (QLineEdit* reading : {m_ui->familyReadingEdit, m_ui->givenReadingEdit}) {
        connect(reading, &QLineEdit::editingFinished, this,
                [reading] { reading->setText(Reading::katakana(reading->text())); });
    }
    connect(m_ui->emailEdit, &QLineEdit::editingFinished, this,
            [this] { m_ui->emailEdit->setText(EmailAddress::normalised(m_ui->emailEdit->text())); });
    auto* countries = new QCompleter(Country::names(Translations::current()), this);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->countryEdit->setCompleter(countries);
    setErrorLabel(m_ui->errorLabel);
    setRegisteredAttendee(Attendee(), Registration());
}

AttendeeEditor::~AttendeeEditor() = default;

void AttendeeEditor::setRegisteredAttendee(const Attendee& attendee, const Registration& registration)
{
    m_attendee = attendee;
    m_registration = registration;
    setWindowTitle(attendee.id == 0 ? tr("New Attendee") : tr("Attendee “%1”").arg(attendee.displayName()));
    m_ui->familyNameEdit->setText(attendee.familyName);
    m_ui->givenNameEdit->setText(attendee.givenName);
    m_ui->familyReadingEdit->setText(attendee.familyReading);
    m_ui->givenReadingEdit->setText(attendee.givenReading);
    m_ui->latinNameEdit->setText(attendee.latinName);
    m_ui->badgeNameEdit->setText(attendee.badgeName);
    m_ui->organisationEdit->setText(attendee.organisation);
    m_ui->positionEdit->setText(attendee.position);
    m_ui->countryEdit->setText(Country::name(attendee.country, Translations::current()));
    m_ui->emailEdit->setText(attendee.email);
    m_ui->phoneEdit->setText(attendee.phone);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(attendee.preferredLanguage)));
    m_ui->categoryCombo->setCurrentIndex(qMax(0, m_ui->categoryCombo->findData(attendee.category)));
    m_ui->notesEdit->setPlainText(attendee.notes);
    m_ui->statusCombo->setCurrentIndex(
        qMax(0, m_ui->statusCombo->findData(Registration::statusKey(registration.status))));
    m_ui->receiverCheck->setChecked(registration.receiverNeeded);
    const QString notYet = tr("Given when saved");
    m_ui->checkInCodeValue->setText(registration.checkInCode.isEmpty() ? notYet : registration.checkInCode);
    m_ui->registeredAtValue->setText(
        registration.registeredAt.isValid() ? DateTimeText::dateTime(registration.registeredAt.toLocalTime()) : notYet);
    m_ui->sourceValue->setText(Registration::sourceName(registration.source));
    m_ui->familyNameEdit->setFocus();
}

void AttendeeEditor::setAttendee(const Attendee& attendee)
{
    setRegisteredAttendee(attendee, Registration());
    m_ui->registrationGroup->hide();
    adjustSize();
}

Attendee AttendeeEditor::attendee() const
{
    Attendee attendee = m_attendee;
    attendee.familyName = m_ui->familyNameEdit->text().trimmed();
    attendee.givenName = m_ui->givenNameEdit->text().trimmed();
    attendee.familyReading = m_ui->familyReadingEdit->text().trimmed();
    attendee.givenReading = m_ui->givenReadingEdit->text().trimmed();
    attendee.latinName = m_ui->latinNameEdit->text().trimmed();
    attendee.badgeName = m_ui->badgeNameEdit->text().trimmed();
    attendee.organisation = m_ui->organisationEdit->text().trimmed();
    attendee.position = m_ui->positionEdit->text().trimmed();
    attendee.country = m_ui->countryEdit->text().trimmed();
    attendee.email = m_ui->emailEdit->text().trimmed();
    attendee.phone = m_ui->phoneEdit->text().trimmed();
    attendee.preferredLanguage = m_ui->languageCombo->currentData().toString();
    attendee.category = m_ui->categoryCombo->currentData().toString();
    attendee.notes = m_ui->notesEdit->toPlainText();
    return attendee.normalised();
}

Registration AttendeeEditor::registration() const
{
    Registration registration = m_registration;
    registration.status
        = Registration::statusFromKey(m_ui->statusCombo->currentData().toString()).value_or(registration.status);
    registration.receiverNeeded = m_ui->receiverCheck->isChecked();
    return registration;
}

QString AttendeeEditor::check() const
{
    return AttendeeStore::validationError(attendee());
}

Status AttendeeEditor::save()
{
    return m_save(attendee(), registration());
}

RegisteredAttendee AttendeeEditor::formRecord() const
{
    return {registration(), attendee()};
}

void AttendeeEditor::takeVersionsOf(const RegisteredAttendee& theirs)
{
    m_attendee.version = theirs.attendee.version;
    m_registration.version = theirs.registration.version;
}

void AttendeeEditor::showTheirs(const RegisteredAttendee& theirs)
{
    if (m_registration.id > 0)
        setRegisteredAttendee(theirs.attendee, theirs.registration);
    else
        setAttendee(theirs.attendee);
}

} // namespace sd
