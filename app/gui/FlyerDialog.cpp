#include "gui/FlyerDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QImageReader>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>

#include "core/print/FlyerRenderer.h"
#include "gui/MessageBox.h"
#include "gui/PrintChoice.h"
#include "gui/PrintPreview.h"

#include "ui_FlyerDialog.h"

namespace sd {

FlyerDialog::FlyerDialog(const Database& database, qint64 seminarId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FlyerDialog>())
    , m_content(FlyerContent::load(database, seminarId))
    , m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_ui->setupUi(this);
    using Language = FlyerContent::Language;
    for (Language language : {Language::Both, Language::Japanese, Language::English})
        m_ui->languageCombo->addItem(FlyerContent::languageName(language), int(language));

    m_preview = PrintPreview::install(*m_previewPrinter, m_ui->previewArea);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &FlyerDialog::paintPreview);

    connect(m_ui->languageCombo, qOverload<int>(&QComboBox::currentIndexChanged), m_preview,
            &QPrintPreviewWidget::updatePreview);
    connect(m_ui->faxFormCheck, &QCheckBox::toggled, m_preview, &QPrintPreviewWidget::updatePreview);
    connect(m_ui->chooseImageButton, &QPushButton::clicked, this, &FlyerDialog::chooseImage);
    connect(m_ui->clearImageButton, &QPushButton::clicked, this, [this] {
        Status cleared = setImage(QString());
        Q_ASSERT(cleared.ok());
    });
    connect(m_ui->printButton, &QPushButton::clicked, this, &FlyerDialog::askAndPrint);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &FlyerDialog::askAndSavePdf);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Offered where applications go by FAX; the office may still print a form for another seminar.
    if (m_content)
        m_ui->faxFormCheck->setChecked(m_content->seminar.applicationMethods.contains(Seminar::ApplicationMethod::Fax));
    if (!m_content) {
        m_ui->messageLabel->setText(m_content.error());
        m_ui->printButton->setEnabled(false);
        m_ui->savePdfButton->setEnabled(false);
    }
    m_ui->messageLabel->setVisible(!m_content);
}

FlyerDialog::~FlyerDialog() = default;

FlyerContent::Language FlyerDialog::language() const
{
    return FlyerContent::Language(m_ui->languageCombo->currentData().toInt());
}

FlyerContent FlyerDialog::content() const
{
    FlyerContent content = *m_content;
    content.language = language();
    content.image = m_image;
    content.faxForm = m_ui->faxFormCheck->isChecked();
    return content;
}

Status FlyerDialog::setImage(const QString& path)
{
    QImage image;
    if (!path.isEmpty()) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        image = reader.read();
        if (image.isNull())
            return fail(
                tr("Could not read the image %1: %2").arg(QDir::toNativeSeparators(path), reader.errorString()));
    }
    m_image = image;
    m_ui->imageEdit->setText(QDir::toNativeSeparators(path));
    m_ui->clearImageButton->setEnabled(!path.isEmpty());
    m_preview->updatePreview();
    return {};
}

Status FlyerDialog::savePdf(const QString& path) const
{
    if (!m_content)
        return fail(m_content.error());
    return FlyerRenderer(content()).savePdf(path);
}

Result<std::optional<PrintedJob>> FlyerDialog::print(const PrintTarget& target) const
{
    if (!m_content)
        return fail(m_content.error());
    return FlyerRenderer(content()).print(target);
}

void FlyerDialog::paintPreview(QPrinter* printer)
{
    if (!m_content)
        return;
    FlyerRenderer::setUpPage(*printer);
    if (Status painted = FlyerRenderer(content()).paint(*printer); !painted) {
        m_ui->messageLabel->setText(painted.error());
        m_ui->messageLabel->setVisible(true);
    }
}

void FlyerDialog::chooseImage()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Picture for the flyer"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    if (Status set = setImage(path); !set)
        MessageBox::critical(this, tr("Flyer"), set.error());
}

void FlyerDialog::askAndPrint()
{
    const auto target = PrintChoice::ask(this, tr("Flyer"), FlyerRenderer::pageLayout(), QString(), tr("flyer.pdf"));
    if (target)
        PrintChoice::tell(this, tr("Flyer"), print(*target));
}

void FlyerDialog::askAndSavePdf()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save flyer as PDF"), tr("flyer.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status saved = savePdf(path); !saved) {
        MessageBox::critical(this, tr("Flyer"), saved.error());
        return;
    }
    MessageBox::fileWritten(this, tr("Flyer"), tr("Saved the flyer to “%1”.").arg(QDir::toNativeSeparators(path)),
                            path);
}

} // namespace sd
