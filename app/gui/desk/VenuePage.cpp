#include "gui/desk/VenuePage.h"

#include "core/models/VenueListModel.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/VenueStore.h"
#include "gui/VenueEditor.h"
#include "gui/desk/TableViews.h"

#include "ui_VenuePage.h"

namespace sd {

VenuePage::VenuePage(const Database& database, RecordEdits& edits, QWidget* parent)
    : DeskPage(database, edits, QStringLiteral("venues"), parent)
    , m_ui(std::make_unique<Ui::VenuePage>())
    , m_model(new VenueListModel(database, this))
{
    m_ui->setupUi(this);
    m_ui->venueView->setModel(m_model);
    setView(m_ui->venueView, ColumnWidths::FitContents);
    restoreViewState();
}

VenuePage::~VenuePage() = default;

QString VenuePage::title() const
{
    return tr("Ve&nues");
}

void VenuePage::reload()
{
    keepSelection([this] { m_model->reload(); });
}

void VenuePage::retranslate()
{
    m_ui->retranslateUi(this);
    m_model->retranslate();
}

void VenuePage::editRecord()
{
    if (const qint64 venueId = selectedId(); venueId > 0)
        editVenue(venueId);
}

void VenuePage::removeRecord()
{
    removeSelected([this](qint64 id, int) { return edits().deleteVenue(id); });
}

void VenuePage::editVenue(qint64 venueId)
{
    const qint64 added = editInDialog<VenueEditor>(
        VenueStore(database()), venueId, &VenueEditor::setVenue,
        [this](const Venue& venue) { return edits().addVenue(venue); },
        [this](const Venue& venue) { return edits().editVenue(venue); }, this);
    TableViews::selectId(m_ui->venueView, added);
}

} // namespace sd
