#include "gui/BoothSheetDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>

#include "gui/MessageBox.h"
#include "gui/PrintChoice.h"
#include "gui/PrintPreview.h"

#include "ui_BoothSheetDialog.h"

namespace sd {

namespace {

// A seminar without booths has no sheet: the reason stands where the preview would.
Result<BoothSheet> withBooths(Result<BoothSheet> sheet)
{
    if (sheet && !sheet->emptyReason().isEmpty())
        return fail(sheet->emptyReason());
    return sheet;
}

} // namespace

BoothSheetDialog::BoothSheetDialog(const Database& database, qint64 seminarId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BoothSheetDialog>())
    , m_sheet(withBooths(BoothSheet::load(database, seminarId)))
    , m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("Japanese and English"), QStringLiteral("both"));
    m_ui->languageCombo->addItem(tr("Japanese"), QStringLiteral("ja"));
    m_ui->languageCombo->addItem(tr("English"), QStringLiteral("en"));

    m_preview = PrintPreview::install(*m_previewPrinter, m_ui->previewArea);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &BoothSheetDialog::paintPreview);
    connect(m_ui->languageCombo, qOverload<int>(&QComboBox::currentIndexChanged), m_preview,
            &QPrintPreviewWidget::updatePreview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &BoothSheetDialog::askAndPrint);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &BoothSheetDialog::askAndSavePdf);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_sheet)
        m_ui->messageLabel->setText(tr("%n page(s), one a booth.", nullptr, int(m_sheet->booths().size())));
    else
        m_ui->messageLabel->setText(m_sheet.error());
    m_ui->printButton->setEnabled(m_sheet.ok());
    m_ui->savePdfButton->setEnabled(m_sheet.ok());
}

BoothSheetDialog::~BoothSheetDialog() = default;

QString BoothSheetDialog::languageKey() const
{
    return m_ui->languageCombo->currentData().toString();
}

void BoothSheetDialog::setLanguageKey(const QString& key)
{
    const int index = m_ui->languageCombo->findData(key);
    Q_ASSERT(index >= 0);
    m_ui->languageCombo->setCurrentIndex(index);
}

Result<BoothSheet> BoothSheetDialog::sheet() const
{
    if (!m_sheet)
        return m_sheet;
    BoothSheet sheet = *m_sheet;
    const auto languages = BoothSheet::languagesFromKey(languageKey());
    Q_ASSERT(languages);
    sheet.setLanguages(*languages);
    return sheet;
}

Status BoothSheetDialog::savePdf(const QString& path) const
{
    auto made = sheet();
    return made ? made->savePdf(path) : fail(made.error());
}

Result<std::optional<PrintedJob>> BoothSheetDialog::print(const PrintTarget& target) const
{
    auto made = sheet();
    return made ? made->print(target) : fail(made.error());
}

void BoothSheetDialog::paintPreview(QPrinter* printer)
{
    auto made = sheet();
    if (!made)
        return;
    BoothSheet::setUpPage(*printer);
    if (Status painted = made->paint(*printer); !painted)
        m_ui->messageLabel->setText(painted.error());
}

void BoothSheetDialog::askAndPrint()
{
    const auto target
        = PrintChoice::ask(this, tr("Booth Sheet"), BoothSheet::pageLayout(), QString(), tr("booth-sheet.pdf"));
    if (target)
        PrintChoice::tell(this, tr("Booth Sheet"), print(*target));
}

void BoothSheetDialog::askAndSavePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save booth sheet as PDF"), tr("booth-sheet.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status saved = savePdf(path); !saved) {
        MessageBox::critical(this, tr("Booth Sheet"), saved.error());
        return;
    }
    MessageBox::fileWritten(this, tr("Booth Sheet"),
                            tr("Saved the booth sheet to “%1”.").arg(QDir::toNativeSeparators(path)), path);
}

} // namespace sd
