#include "gui/VenueEditor.h"

#include "core/stores/VenueStore.h"

#include "ui_VenueEditor.h"

namespace sd {

VenueEditor::VenueEditor(Save save, QWidget* parent)
    : VersionedRecordDialog(parent)
    , m_ui(std::make_unique<Ui::VenueEditor>())
    , m_save(std::move(save))
{
    m_ui->setupUi(this);
    setErrorLabel(m_ui->errorLabel);
    setVenue(Venue());
}

VenueEditor::~VenueEditor() = default;

void VenueEditor::setVenue(const Venue& venue)
{
    m_venue = venue;
    setWindowTitle(venue.id == 0 ? tr("New Venue") : tr("Venue “%1”").arg(venue.name));
    m_ui->nameEdit->setText(venue.name);
    m_ui->nameEnEdit->setText(venue.nameEn);
    m_ui->postalCodeEdit->setText(venue.postalCode);
    m_ui->addressEdit->setText(venue.address);
    m_ui->addressEnEdit->setText(venue.addressEn);
    m_ui->accessNotesEdit->setPlainText(venue.accessNotes);
    m_ui->nameEdit->setFocus();
}

Venue VenueEditor::venue() const
{
    Venue venue = m_venue;
    venue.name = m_ui->nameEdit->text().trimmed();
    venue.nameEn = m_ui->nameEnEdit->text().trimmed();
    venue.postalCode = m_ui->postalCodeEdit->text().trimmed();
    venue.address = m_ui->addressEdit->text().trimmed();
    venue.addressEn = m_ui->addressEnEdit->text().trimmed();
    venue.accessNotes = m_ui->accessNotesEdit->toPlainText();
    return venue;
}

QString VenueEditor::check() const
{
    return VenueStore::validationError(venue());
}

Status VenueEditor::save()
{
    return m_save(venue());
}

Venue VenueEditor::formRecord() const
{
    return venue();
}

void VenueEditor::takeVersionsOf(const Venue& theirs)
{
    m_venue.version = theirs.version;
}

void VenueEditor::showTheirs(const Venue& theirs)
{
    setVenue(theirs);
}

} // namespace sd
