#pragma once

#include <memory>
#include <optional>

#include <QDialog>

#include "core/Result.h"
#include "core/print/BoothSheet.h"
#include "core/print/PrintTarget.h"

class QPrinter;
class QPrintPreviewWidget;

namespace Ui {
class BoothSheetDialog;
}

namespace sd {

class Database;

// Shows a seminar's booth sheet as it will print, a page a booth, in the language chosen; Print
// and Save as PDF. A seminar without booths gets the reason instead of a preview.
class BoothSheetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoothSheetDialog)

public:
    BoothSheetDialog(const Database& database, qint64 seminarId, QWidget* parent = nullptr);
    ~BoothSheetDialog() override;

    // "ja", "en" or "both".
    QString languageKey() const;
    void setLanguageKey(const QString& key);
    // What "Save as PDF" does once it has a file name.
    Status savePdf(const QString& path) const;
    // What "Print" does once the print dialog has chosen TARGET.
    Result<std::optional<PrintedJob>> print(const PrintTarget& target) const;

private:
    Result<BoothSheet> sheet() const;
    void paintPreview(QPrinter* printer);
    void askAndPrint();
    void askAndSavePdf();

    std::unique_ptr<Ui::BoothSheetDialog> m_ui;
    Result<BoothSheet> m_sheet;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QPrintPreviewWidget* m_preview = nullptr;
};

} // namespace sd
