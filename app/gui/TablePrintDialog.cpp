#include "gui/TablePrintDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/csv/CsvFile.h"
#include "gui/DialogProgress.h"
#include "gui/MessageBox.h"
#include "gui/PrintChoice.h"

#include "ui_TablePrintDialog.h"

namespace sd {

TablePrintDialog::TablePrintDialog(QString fileStem, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TablePrintDialog>())
    , m_fileStem(std::move(fileStem))
    , m_printer(fail(QString()))
    , m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("Japanese"), OutputLanguage(OutputLanguage::Code::Japanese).key());
    m_ui->languageCombo->addItem(tr("English"), OutputLanguage(OutputLanguage::Code::English).key());
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(OutputLanguage::ofProgram().key()));

    // The preview draws on a PDF printer: it needs no real printer and measures as the PDF does.
    m_previewPrinter->setOutputFormat(QPrinter::PdfFormat);
    m_previewPrinter->setFullPage(true);
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), m_ui->previewArea);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    auto* previewLayout = new QVBoxLayout(m_ui->previewArea);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_preview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &TablePrintDialog::paintPreview);

    connect(m_ui->languageCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &TablePrintDialog::refresh);
    connect(m_ui->printButton, &QPushButton::clicked, this, &TablePrintDialog::askAndPrint);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &TablePrintDialog::askAndSavePdf);
    connect(m_ui->saveCsvButton, &QPushButton::clicked, this, &TablePrintDialog::askAndSaveCsv);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TablePrintDialog::~TablePrintDialog() = default;

OutputLanguage TablePrintDialog::language() const
{
    return *OutputLanguage::fromKey(m_ui->languageCombo->currentData().toString());
}

void TablePrintDialog::addOption(const QString& label, QWidget* field)
{
    auto* caption = new QLabel(label, this);
    caption->setBuddy(field);
    m_ui->optionsForm->insertRow(m_ui->optionsForm->rowCount() - 1, caption, field);
}

void TablePrintDialog::setDetails(QWidget* details)
{
    auto* layout = new QVBoxLayout(m_ui->detailsArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(details);
    m_ui->detailsArea->setVisible(true);
    m_ui->settingsColumn->setStretchFactor(m_ui->detailsArea, 1);
}

void TablePrintDialog::setSummary(const QString& text)
{
    m_ui->summaryLabel->setText(text);
    m_ui->summaryLabel->setVisible(!text.isEmpty());
}

void TablePrintDialog::offerCsv(CsvMaker makeCsv, const QString& toolTip)
{
    m_makeCsv = std::move(makeCsv);
    m_ui->saveCsvButton->setToolTip(toolTip);
    m_ui->saveCsvButton->setVisible(true);
}

void TablePrintDialog::refresh()
{
    m_printer = makePrinter(language());
    m_ui->messageLabel->setText(m_printer ? QString() : m_printer.error());
    m_ui->messageLabel->setVisible(!m_printer);
    for (QPushButton* button : {m_ui->printButton, m_ui->savePdfButton, m_ui->saveCsvButton})
        button->setEnabled(m_printer.ok());
    m_preview->updatePreview();
}

void TablePrintDialog::paintPreview(QPrinter* printer)
{
    if (!m_printer)
        return;
    TablePrinter::setUpPage(*printer);
    if (Status painted = m_printer->paint(*printer); !painted)
        showProblem(painted.error());
}

void TablePrintDialog::showProblem(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(true);
}

Result<std::optional<PrintedJob>> TablePrintDialog::print(const PrintTarget& target)
{
    if (!m_printer)
        return fail(m_printer.error());
    TablePrinter list = *m_printer;
    DialogProgress progress(this, windowTitle());
    list.setProgress(&progress);
    return list.print(target);
}

Status TablePrintDialog::savePdf(const QString& path)
{
    if (!m_printer)
        return fail(m_printer.error());
    TablePrinter list = *m_printer;
    DialogProgress progress(this, windowTitle());
    list.setProgress(&progress);
    return list.savePdf(path);
}

Status TablePrintDialog::saveCsv(const QString& path) const
{
    Q_ASSERT(m_makeCsv);
    auto csv = m_makeCsv(language());
    if (!csv)
        return fail(csv.error());
    return CsvFile::write(path, *csv);
}

void TablePrintDialog::askAndPrint()
{
    const auto target = PrintChoice::ask(this, windowTitle(), TablePrinter::pageLayout(), QString(),
                                         m_fileStem + QStringLiteral(".pdf"));
    if (target)
        PrintChoice::tell(this, windowTitle(), print(*target));
}

void TablePrintDialog::askAndSavePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), m_fileStem + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status saved = savePdf(path); !saved) {
        if (!Progress::isStopped(saved.error()))
            MessageBox::critical(this, windowTitle(), saved.error());
        return;
    }
    MessageBox::fileWritten(this, windowTitle(), tr("Saved the list to “%1”.").arg(QDir::toNativeSeparators(path)),
                            path);
}

void TablePrintDialog::askAndSaveCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as CSV"), m_fileStem + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveCsv(path); !saved) {
        MessageBox::critical(this, windowTitle(), saved.error());
        return;
    }
    MessageBox::fileWritten(this, windowTitle(), tr("Saved the list to “%1”.").arg(QDir::toNativeSeparators(path)),
                            path);
}

} // namespace sd
