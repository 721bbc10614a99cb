#include "gui/DoorBadgeDialog.h"

#include <QLocale>
#include <QSignalBlocker>

#include "core/print/DoorBadges.h"
#include "core/settings/AppSettings.h"
#include "gui/DoorPrinter.h"

#include "ui_DoorBadgeDialog.h"

namespace sd {

DoorBadgeDialog::DoorBadgeDialog(AppSettings& settings, QWidget* parent)
    : RecordDialog(parent)
    , m_ui(std::make_unique<Ui::DoorBadgeDialog>())
    , m_settings(settings)
    , m_sheet(settings)
    , m_printer(settings.doorPrinter())
{
    m_ui->setupUi(this);
    for (DoorBadges::Route route : DoorBadges::routes())
        m_ui->routeCombo->addItem(DoorBadges::routeName(route), DoorBadges::routeKey(route));
    const DoorBadges::Route route = DoorBadges::routeOf(settings.doorBadgeRoute());
    m_ui->routeCombo->setCurrentIndex(m_ui->routeCombo->findData(DoorBadges::routeKey(route)));
    // Sheets of several labels: a card takes one badge and is never partly used.
    for (const LabelSheet& sheet : m_catalog.sheets()) {
        if (sheet.labelsPerSheet() > 1)
            m_ui->sheetCombo->addItem(tr("%1 — %2 × %3 mm, %n per sheet", nullptr, sheet.labelsPerSheet())
                                          .arg(sheet.name())
                                          .arg(sheet.labelWidthMm, 0, 'f', 1)
                                          .arg(sheet.labelHeightMm, 0, 'f', 1),
                                      sheet.name());
    }
    m_ui->sheetCombo->setCurrentIndex(m_ui->sheetCombo->findData(m_sheet.sheetName()));
    m_ui->printerNameLabel->setText(DoorPrinter::describe(m_printer));
    connect(m_ui->sheetCombo, &QComboBox::currentIndexChanged, this, &DoorBadgeDialog::showSheet);
    connect(m_ui->freshSheetCheck, &QCheckBox::toggled, this, &DoorBadgeDialog::showSheet);
    connect(m_ui->choosePrinterButton, &QPushButton::clicked, this, &DoorBadgeDialog::choosePrinter);
    setErrorLabel(m_ui->errorLabel);
    showSheet();
    m_ui->routeCombo->setFocus();
}

DoorBadgeDialog::~DoorBadgeDialog() = default;

QString DoorBadgeDialog::chosenSheet() const
{
    return m_ui->sheetCombo->currentData().toString();
}

// Which labels of the sheet are used; another sheet than the one in the printer is a fresh one.
void DoorBadgeDialog::showSheet()
{
    const bool same = chosenSheet() == m_sheet.sheetName();
    if (!same) {
        const QSignalBlocker blocker(m_ui->freshSheetCheck);
        m_ui->freshSheetCheck->setChecked(true);
    }
    m_ui->freshSheetCheck->setEnabled(same);
    const QList<int> used = same && !m_ui->freshSheetCheck->isChecked() ? m_sheet.usedLabels() : QList<int>();
    auto sheet = m_catalog.find(chosenSheet());
    if (!sheet) {
        m_ui->usedLabelsLabel->setText(sheet.error());
        return;
    }
    if (used.isEmpty()) {
        m_ui->usedLabelsLabel->setText(tr("Every label is free."));
        return;
    }
    QStringList numbers;
    for (int label : used)
        numbers.append(QString::number(label + 1));
    const int free = sheet->labelsPerSheet() - int(used.size());
    m_ui->usedLabelsLabel->setText(tr("Labels used: %1. %n of %2 free.", nullptr, free)
                                       .arg(QLocale().createSeparatedList(numbers))
                                       .arg(sheet->labelsPerSheet()));
}

void DoorBadgeDialog::choosePrinter()
{
    if (auto target = DoorPrinter::ask(m_printer, this); target && !target->isPdfFile()) {
        m_printer = target->queueName();
        m_ui->printerNameLabel->setText(DoorPrinter::describe(m_printer));
    }
}

QString DoorBadgeDialog::check() const
{
    return chosenSheet().isEmpty() ? tr("Choose the sheet in the printer.") : QString();
}

Status DoorBadgeDialog::save()
{
    m_settings.setDoorBadgeRoute(m_ui->routeCombo->currentData().toString());
    if (chosenSheet() != m_sheet.sheetName() || m_ui->freshSheetCheck->isChecked())
        m_sheet.loadFreshSheet(chosenSheet());
    m_settings.setDoorPrinter(m_printer);
    return {};
}

} // namespace sd
