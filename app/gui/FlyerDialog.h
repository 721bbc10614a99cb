#pragma once

#include <memory>
#include <optional>

#include <QDialog>

#include "core/Result.h"
#include "core/print/FlyerContent.h"
#include "core/print/PrintTarget.h"

class QPrinter;
class QPrintPreviewWidget;

namespace Ui {
class FlyerDialog;
}

namespace sd {

class Database;

// Shows a seminar's flyer as it will print: language, an optional picture; Print and Save as PDF.
class FlyerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlyerDialog)

public:
    FlyerDialog(const Database& database, qint64 seminarId, QWidget* parent = nullptr);
    ~FlyerDialog() override;

    FlyerContent::Language language() const;
    // Shows the picture in PATH on the flyer ("" for none); reports an unreadable file.
    Status setImage(const QString& path);
    // What "Save as PDF" does once it has a file name.
    Status savePdf(const QString& path) const;
    // What "Print" does once the print dialog has chosen TARGET.
    Result<std::optional<PrintedJob>> print(const PrintTarget& target) const;

private:
    FlyerContent content() const;
    void paintPreview(QPrinter* printer);
    void chooseImage();
    void askAndPrint();
    void askAndSavePdf();

    std::unique_ptr<Ui::FlyerDialog> m_ui;
    Result<FlyerContent> m_content;
    QImage m_image;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QPrintPreviewWidget* m_preview = nullptr;
};

} // namespace sd
