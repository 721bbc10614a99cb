#include "gui/BadgeDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>

#include "core/data/Database.h"
#include "core/print/BadgeSheetPrinter.h"
#include "core/print/PrintQueue.h"
#include "core/settings/AppSettings.h"
#include "core/stores/RegistrationStore.h"
#include "gui/DialogProgress.h"
#include "gui/MessageBox.h"
#include "gui/PrintChoice.h"
#include "gui/PrintPreview.h"

#include "ui_BadgeDialog.h"

namespace sd {

namespace {

// The printer the offsets belong to when there is none: PDF files and previews.
QString printerKey(const QString& name)
{
    return name.isEmpty() ? QStringLiteral("pdf") : name;
}

} // namespace

BadgeDialog::BadgeDialog(Database& database, qint64 seminarId, const QList<qint64>& selectedRegistrationIds,
                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BadgeDialog>())
    , m_database(database)
    , m_seminarId(seminarId)
    , m_selectedIds(selectedRegistrationIds)
    , m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_ui->setupUi(this);
    fillSheets();
    for (BandEdge::Kind edge : BadgeSheetPrinter::bandEdges())
        m_ui->bandCombo->addItem(BadgeSheetPrinter::bandEdgeName(edge), BadgeSheetPrinter::bandEdgeKey(edge));
    loadBandEdge();
    m_ui->warningLabel->hide();

    using Kind = BadgeSelection::Kind;
    for (Kind kind : {Kind::All, Kind::Registrations, Kind::NeverPrinted, Kind::ChangedSincePrinted})
        m_ui->selectionCombo->addItem(BadgeSelection::kindName(kind), int(kind));
    if (m_selectedIds.isEmpty()) {
        m_ui->selectionCombo->removeItem(m_ui->selectionCombo->findData(int(Kind::Registrations)));
    } else {
        m_ui->selectionCombo->setItemText(m_ui->selectionCombo->findData(int(Kind::Registrations)),
                                          tr("The %n selected registration(s)", nullptr, int(m_selectedIds.size())));
        m_ui->selectionCombo->setCurrentIndex(m_ui->selectionCombo->findData(int(Kind::Registrations)));
    }

    m_ui->printerCombo->addItems(PrintQueue::names());
    m_ui->printerCombo->setCurrentText(PrintQueue::defaultName());
    loadOffset();

    m_preview = PrintPreview::install(*m_previewPrinter, m_ui->previewArea);
    m_preview->setViewMode(QPrintPreviewWidget::AllPagesView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &BadgeDialog::paintPreview);

    const auto changed = [this] {
        updateSummary();
        m_preview->updatePreview();
    };
    connect(m_ui->sheetCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, changed] {
        loadBandEdge();
        changed();
    });
    connect(m_ui->bandCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, changed] {
        AppSettings().setBadgeBandEdge(m_ui->sheetCombo->currentData().toString(),
                                       m_ui->bandCombo->currentData().toString());
        changed();
    });
    connect(m_ui->selectionCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    connect(m_ui->startSpin, qOverload<int>(&QSpinBox::valueChanged), this, changed);
    connect(m_ui->calibrationCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->printerCombo, &QComboBox::currentTextChanged, this, [this, changed] {
        loadOffset();
        changed();
    });
    for (QDoubleSpinBox* spin : {m_ui->offsetXSpin, m_ui->offsetYSpin}) {
        connect(spin, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this, changed] {
            saveOffset();
            changed();
        });
    }
    connect(m_ui->printButton, &QPushButton::clicked, this, &BadgeDialog::askAndPrint);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &BadgeDialog::askAndSavePdf);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
}

BadgeDialog::~BadgeDialog() = default;

void BadgeDialog::fillSheets()
{
    for (const LabelSheet& sheet : m_catalog.sheets()) {
        m_ui->sheetCombo->addItem(tr("%1 — %2 × %3 mm, %n per sheet", nullptr, sheet.labelsPerSheet())
                                      .arg(sheet.name())
                                      .arg(sheet.labelWidthMm, 0, 'f', 1)
                                      .arg(sheet.labelHeightMm, 0, 'f', 1),
                                  sheet.name());
    }
    m_ui->sheetCombo->setCurrentIndex(m_ui->sheetCombo->findData(LabelSheetCatalog::defaultSheetName()));
}

BadgeSelection BadgeDialog::selection() const
{
    const auto kind = BadgeSelection::Kind(m_ui->selectionCombo->currentData().toInt());
    return kind == BadgeSelection::Kind::Registrations ? BadgeSelection::registrations(m_selectedIds)
                                                       : BadgeSelection::ofKind(kind);
}

BadgeSheetPrinter BadgeDialog::printer() const
{
    const LabelSheet sheet = *m_catalog.find(m_ui->sheetCombo->currentData().toString());
    BadgeSheetPrinter printer(sheet);
    printer.setStartLabel(qMin(m_ui->startSpin->value(), sheet.labelsPerSheet()) - 1);
    printer.setPrinterOffsetMm(QPointF(m_ui->offsetXSpin->value(), m_ui->offsetYSpin->value()));
    printer.setBandEdge(
        BadgeSheetPrinter::bandEdgeFromKey(m_ui->bandCombo->currentData().toString()).value_or(printer.bandEdge()));
    return printer;
}

void BadgeDialog::updateSummary()
{
    const BadgeSheetPrinter badges = printer();
    m_ui->startSpin->setMaximum(badges.sheet().labelsPerSheet());
    auto count = selection().count(m_database, m_seminarId);
    m_badgeCount = count ? *count : 0;
    const bool calibration = m_ui->calibrationCheck->isChecked();
    if (!count)
        m_ui->summaryLabel->setText(count.error());
    else if (calibration)
        m_ui->summaryLabel->setText(tr("One page with the outlines of the %n label(s) of the sheet.", nullptr,
                                       badges.sheet().labelsPerSheet()));
    else
        m_ui->summaryLabel->setText(
            tr("%n badge(s) on %1 sheet(s).", nullptr, m_badgeCount).arg(badges.pageCount(m_badgeCount)));
    const bool printable = calibration || m_badgeCount > 0;
    m_ui->printButton->setEnabled(printable);
    m_ui->savePdfButton->setEnabled(printable);
}

void BadgeDialog::loadBandEdge()
{
    const QString sheet = m_ui->sheetCombo->currentData().toString();
    const QString saved = AppSettings().badgeBandEdge(sheet);
    const QString edge = BadgeSheetPrinter::bandEdgeFromKey(saved)
        ? saved
        : BadgeSheetPrinter::bandEdgeKey(BadgeSheetPrinter::defaultBandEdge(*m_catalog.find(sheet)));
    const QSignalBlocker block(m_ui->bandCombo);
    m_ui->bandCombo->setCurrentIndex(m_ui->bandCombo->findData(edge));
}

void BadgeDialog::showWarnings(const QStringList& warnings)
{
    m_ui->warningLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
}

void BadgeDialog::loadOffset()
{
    const QPointF offset = AppSettings().printerOffsetMm(printerKey(m_ui->printerCombo->currentText()));
    const QSignalBlocker blockX(m_ui->offsetXSpin);
    const QSignalBlocker blockY(m_ui->offsetYSpin);
    m_ui->offsetXSpin->setValue(offset.x());
    m_ui->offsetYSpin->setValue(offset.y());
}

void BadgeDialog::saveOffset()
{
    AppSettings().setPrinterOffsetMm(printerKey(m_ui->printerCombo->currentText()),
                                     QPointF(m_ui->offsetXSpin->value(), m_ui->offsetYSpin->value()));
}

void BadgeDialog::paintPreview(QPrinter* previewPrinter)
{
    const BadgeSheetPrinter badges = printer();
    badges.setUpPage(*previewPrinter);
    if (m_ui->calibrationCheck->isChecked()) {
        if (Status painted = badges.paintCalibration(*previewPrinter); !painted)
            m_ui->summaryLabel->setText(painted.error());
        return;
    }
    auto painted = badges.paint(*previewPrinter, m_database, m_seminarId, selection());
    if (!painted)
        m_ui->summaryLabel->setText(painted.error());
    showWarnings(painted ? painted->warnings() : QStringList());
}

Result<std::optional<PrintedJob>> BadgeDialog::print(const PrintTarget& target)
{
    BadgeSheetPrinter badges = printer();
    badges.setPrinterOffsetMm(AppSettings().printerOffsetMm(printerKey(target.queueName())));
    if (m_ui->calibrationCheck->isChecked())
        return badges.printCalibration(target);
    DialogProgress progress(this, tr("Badges"));
    badges.setProgress(&progress);
    auto printed = badges.print(target, m_database, m_seminarId, selection());
    if (!printed)
        return fail(printed.error());
    showWarnings(printed->warnings());
    return printed->job;
}

Status BadgeDialog::savePdf(const QString& path)
{
    if (m_ui->calibrationCheck->isChecked())
        return printer().saveCalibrationPdf(path);
    BadgeSheetPrinter badges = printer();
    DialogProgress progress(this, tr("Badges"));
    badges.setProgress(&progress);
    auto written = badges.savePdf(path, m_database, m_seminarId, selection());
    updateSummary();
    m_preview->updatePreview();
    if (!written)
        return fail(written.error());
    showWarnings(written->warnings());
    return {};
}

void BadgeDialog::askAndPrint()
{
    const auto target = PrintChoice::ask(this, tr("Badges"), printer().pageLayout(), m_ui->printerCombo->currentText(),
                                         tr("badges.pdf"));
    if (!target)
        return;
    PrintChoice::tell(this, tr("Badges"), print(*target));
    updateSummary();
    m_preview->updatePreview();
}

void BadgeDialog::askAndSavePdf()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save badges as PDF"), tr("badges.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status saved = savePdf(path); !saved) {
        if (!Progress::isStopped(saved.error()))
            showError(saved.error());
        return;
    }
    MessageBox::fileWritten(this, tr("Badges"), tr("Saved the badges to “%1”.").arg(QDir::toNativeSeparators(path)),
                            path);
}

void BadgeDialog::showError(const QString& message)
{
    MessageBox::critical(this, tr("Badges"), message);
}

} // namespace sd
