#include "gui/ReceiverInventoryDialog.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QIntValidator>
#include <QLineEdit>

#include "core/checkin/ReceiverDesk.h"

#include "ui_ReceiverInventoryDialog.h"

namespace sd {

ReceiverInventoryDialog::ReceiverInventoryDialog(const ReceiverInventory& inventory, Save save,
                                                 ReceiverForecast::ForInventory forecast, QWidget* parent)
    : VersionedRecordDialog(parent)
    , m_ui(std::make_unique<Ui::ReceiverInventoryDialog>())
    , m_save(std::move(save))
    , m_forecast(std::move(forecast))
{
    m_ui->setupUi(this);
    m_ui->receiversTable->setColumnCount(2);
    m_ui->receiversTable->setHorizontalHeaderLabels({tr("Number"), tr("Channel")});
    m_ui->receiversTable->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::Stretch);
    m_ui->receiversTable->verticalHeader()->setDefaultSectionSize(QLineEdit().sizeHint().height());
    m_ui->channelsSpin->setMaximum(ReceiverInventory::mostSystemChannels);
    m_ui->channelsSpin->setSpecialValueText(tr("not stated"));
    m_ui->marginSpin->setMaximum(ReceiverInventory::mostMarginPercent);
    m_ui->marginSpin->setSuffix(tr(" %"));
    setInventory(inventory);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        const int row = addReceiver(Receiver());
        m_ui->receiversTable->setCurrentCell(row, NumberColumn);
        m_ui->receiversTable->cellWidget(row, NumberColumn)->setFocus();
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->receiversTable->currentRow();
        if (row >= 0)
            m_ui->receiversTable->removeRow(row);
    });
    connect(m_ui->readListButton, &QPushButton::clicked, this, &ReceiverInventoryDialog::askAndReadList);
    setErrorLabel(m_ui->errorLabel);
    m_ui->forecastBox->setVisible(bool(m_forecast));
    for (QSpinBox* spin : {m_ui->countSpin, m_ui->channelsSpin, m_ui->marginSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ReceiverInventoryDialog::showForecast);
    connect(m_ui->receiversTable->model(), &QAbstractItemModel::rowsRemoved, this,
            &ReceiverInventoryDialog::showForecast);
    showForecast();
    m_ui->countSpin->setFocus();
    m_ui->countSpin->selectAll();
}

ReceiverInventoryDialog::~ReceiverInventoryDialog() = default;

void ReceiverInventoryDialog::setInventory(const ReceiverInventory& inventory)
{
    m_version = inventory.version;
    m_ui->receiversTable->setRowCount(0);
    m_ui->countSpin->setValue(inventory.count);
    m_ui->channelsSpin->setValue(inventory.systemChannels);
    m_ui->marginSpin->setValue(inventory.marginPercent);
    for (const Receiver& receiver : inventory.numbered)
        addReceiver(receiver);
}

int ReceiverInventoryDialog::addReceiver(const Receiver& receiver)
{
    QTableWidget* table = m_ui->receiversTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* number = new QLineEdit(receiver.serial, table);
    number->setFrame(false);
    // A field, not a spin box: typing a number into it works whatever it shows; empty is none.
    auto* channel = new QLineEdit(receiver.channel > 0 ? QString::number(receiver.channel) : QString(), table);
    channel->setFrame(false);
    channel->setValidator(new QIntValidator(1, 99, channel));
    channel->setPlaceholderText(tr("none"));
    table->setCellWidget(row, NumberColumn, number);
    table->setCellWidget(row, ChannelColumn, channel);
    connect(channel, &QLineEdit::textChanged, this, &ReceiverInventoryDialog::showForecast);
    // Every numbered receiver is one of the seminar's: numbering one more counts one more.
    if (m_ui->countSpin->value() < table->rowCount())
        m_ui->countSpin->setValue(table->rowCount());
    return row;
}

ReceiverInventory ReceiverInventoryDialog::inventory() const
{
    ReceiverInventory inventory;
    inventory.count = m_ui->countSpin->value();
    inventory.systemChannels = m_ui->channelsSpin->value();
    inventory.marginPercent = m_ui->marginSpin->value();
    inventory.version = m_version;
    const QTableWidget* table = m_ui->receiversTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        Receiver receiver;
        receiver.serial = qobject_cast<QLineEdit*>(table->cellWidget(row, NumberColumn))->text().trimmed();
        receiver.channel = qobject_cast<QLineEdit*>(table->cellWidget(row, ChannelColumn))->text().toInt();
        inventory.numbered.append(receiver);
    }
    return inventory;
}

Status ReceiverInventoryDialog::readList(const QString& path)
{
    auto receivers = ReceiverDesk::readReceiverList(path);
    if (!receivers)
        return fail(receivers.error());
    m_ui->receiversTable->setRowCount(0);
    for (const Receiver& receiver : *receivers)
        addReceiver(receiver);
    showForecast();
    return {};
}

void ReceiverInventoryDialog::showForecast()
{
    if (!m_forecast)
        return;
    const ReceiverForecast forecast = m_forecast(inventory());
    QStringList lines {forecast.summary()};
    for (const ChannelForecast& channel : forecast.channels())
        lines.append(ReceiverForecast::channelText(channel));
    m_ui->forecastLabel->setText(lines.join(QLatin1Char('\n')));
    const QStringList warnings = forecast.warnings();
    m_ui->forecastWarningLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->forecastWarningLabel->setVisible(!warnings.isEmpty());
}

void ReceiverInventoryDialog::askAndReadList()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Read the Receivers' Numbers"), QString(),
                                                      tr("Text files (*.txt *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status read = readList(path); !read)
        showEarly(read.error());
}

QString ReceiverInventoryDialog::check() const
{
    const ReceiverInventory typed = inventory();
    for (int row = 0; row < typed.numbered.size(); ++row) {
        if (typed.numbered.at(row).serial.isEmpty())
            return tr("Receiver %1 of the list has no number: type one, or remove the line.").arg(row + 1);
    }
    return {};
}

Status ReceiverInventoryDialog::save()
{
    return m_save(inventory());
}

ReceiverInventory ReceiverInventoryDialog::formRecord() const
{
    return inventory();
}

void ReceiverInventoryDialog::takeVersionsOf(const ReceiverInventory& theirs)
{
    m_version = theirs.version;
}

void ReceiverInventoryDialog::showTheirs(const ReceiverInventory& theirs)
{
    setInventory(theirs);
    showForecast();
}

} // namespace sd
