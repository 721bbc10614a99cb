#include "gui/desk/ContactBookPage.h"

#include <QHeaderView>

#include "core/models/ContactListModel.h"
#include "core/stores/RecordEdits.h"
#include "gui/desk/TableViews.h"

#include "ui_ContactBookPage.h"

namespace sd {

ContactBookPage::ContactBookPage(const Database& database, RecordEdits& edits, QWidget* parent)
    : DeskPage(database, edits, QStringLiteral("contactBook"), parent)
    , m_ui(std::make_unique<Ui::ContactBookPage>())
    , m_model(new ContactListModel(database, this))
{
    m_ui->setupUi(this);
    m_ui->contactSearchEdit->addAction(
        QIcon::fromTheme(QStringLiteral("edit-find"), QIcon(QStringLiteral(":/icons/edit-find.svg"))),
        QLineEdit::LeadingPosition);
    m_ui->contactView->setModel(m_model);
    setView(m_ui->contactView);
    m_ui->contactView->horizontalHeader()->setSortIndicator(ContactListModel::ReadingColumn, Qt::AscendingOrder);
    m_ui->contactView->setSortingEnabled(true);
    const QList<int> widths {170, 170, 220, 140, 130, 200};
    for (int column = 0; column < widths.size(); ++column)
        m_ui->contactView->setColumnWidth(column, widths.at(column));
    restoreViewState();
    connect(m_ui->contactSearchEdit, &QLineEdit::textChanged, m_model, &ContactListModel::setSearchText);
}

ContactBookPage::~ContactBookPage() = default;

QString ContactBookPage::title() const
{
    return tr("Contact B&ook");
}

void ContactBookPage::reload()
{
    keepSelection([this] { m_model->reload(); });
}

void ContactBookPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_model->retranslate();
}

bool ContactBookPage::focusSearch()
{
    m_ui->contactSearchEdit->setFocus();
    m_ui->contactSearchEdit->selectAll();
    return true;
}

void ContactBookPage::addRecord()
{
    if (const qint64 added = editContact(0, this); added > 0) {
        // A search that hides the new contact would look as if nothing was added.
        m_ui->contactSearchEdit->clear();
        TableViews::selectId(m_ui->contactView, added);
    }
}

void ContactBookPage::editRecord()
{
    if (const qint64 contactId = selectedId(); contactId > 0)
        editContact(contactId, this);
}

void ContactBookPage::removeRecord()
{
    removeSelected([this](qint64 id, int) { return edits().deleteContact(id); });
}

} // namespace sd
