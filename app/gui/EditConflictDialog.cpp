#include "gui/EditConflictDialog.h"

#include <QHeaderView>
#include <QPushButton>

#include "ui_EditConflictDialog.h"

namespace sd {

namespace {

enum Column { LabelColumn, MineColumn, TheirsColumn };

} // namespace

EditConflictDialog::EditConflictDialog(const VersionConflict& conflict, const QString& recordName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditConflictDialog>())
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("%1: someone else saved this while you were editing it. Nothing of yours is saved yet. The %n "
           "field(s) marked ≠ differ between your version and theirs.",
           nullptr, conflict.differences())
            .arg(recordName));
    fill(conflict);
    connect(m_ui->keepMineButton, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(m_ui->takeTheirsButton, &QPushButton::clicked, this, [this] { done(TakeTheirs); });
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] { done(BackToEditing); });
    connect(m_ui->differencesOnlyCheck, &QCheckBox::toggled, this, &EditConflictDialog::showDifferencesOnly);
    m_ui->backButton->setFocus();
}

EditConflictDialog::~EditConflictDialog() = default;

void EditConflictDialog::fill(const VersionConflict& conflict)
{
    QTableWidget* table = m_ui->fieldTable;
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Field"), tr("Yours (not saved)"), conflict.theirHeading()});
    table->setRowCount(int(conflict.fields().size()));
    QFont marked = table->font();
    marked.setBold(true);
    const QColor markedBackground(0xff, 0xf0, 0xc8);
    for (int row = 0; row < conflict.fields().size(); ++row) {
        const VersionConflict::Field& field = conflict.fields().at(row);
        const QString label = field.differs() ? tr("≠ %1").arg(field.label) : field.label;
        const QStringList texts {label, field.mine, field.theirs};
        for (int column = LabelColumn; column <= TheirsColumn; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            if (field.differs()) {
                item->setFont(marked);
                item->setBackground(markedBackground);
                item->setForeground(QColor(Qt::black));
            }
            item->setData(Qt::UserRole, field.differs());
            table->setItem(row, column, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    // Rows grow with their text (a programme, notes) as the columns are resized.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void EditConflictDialog::showDifferencesOnly(bool only)
{
    QTableWidget* table = m_ui->fieldTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        table->setRowHidden(row, only && !table->item(row, LabelColumn)->data(Qt::UserRole).toBool());
    }
}

} // namespace sd
