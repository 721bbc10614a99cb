#pragma once

#include <memory>
#include <optional>

#include <QDialog>
#include <QList>

#include "core/Result.h"
#include "core/print/BadgeSelection.h"
#include "core/print/LabelSheetCatalog.h"
#include "core/print/PrintTarget.h"

class QPrinter;
class QPrintPreviewWidget;

namespace Ui {
class BadgeDialog;
}

namespace sd {

class BadgeSheetPrinter;
class Database;

// Prints a seminar's name badges on label sheets: sheet, which badges, start label, printer
// offset, a live preview; Print and Save as PDF mark the badges printed once done.
class BadgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeDialog)

public:
    BadgeDialog(Database& database, qint64 seminarId, const QList<qint64>& selectedRegistrationIds,
                QWidget* parent = nullptr);
    ~BadgeDialog() override;

    // What the dialog would print now.
    BadgeSelection selection() const;
    BadgeSheetPrinter printer() const;
    int badgeCount() const { return m_badgeCount; }
    // Writes the PDF without asking for a file name (what "Save as PDF" does after asking).
    Status savePdf(const QString& path);
    // Prints on TARGET (what "Print" does after the print dialog); the badges are marked printed
    // once the printer's queue has taken the job. Gives that job.
    Result<std::optional<PrintedJob>> print(const PrintTarget& target);

private:
    void fillSheets();
    void updateSummary();
    void loadBandEdge();
    void showWarnings(const QStringList& warnings);
    void loadOffset();
    void saveOffset();
    void paintPreview(QPrinter* printer);
    void askAndPrint();
    void askAndSavePdf();
    void showError(const QString& message);

    std::unique_ptr<Ui::BadgeDialog> m_ui;
    Database& m_database;
    qint64 m_seminarId;
    QList<qint64> m_selectedIds;
    LabelSheetCatalog m_catalog;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QPrintPreviewWidget* m_preview = nullptr;
    int m_badgeCount = 0;
};

} // namespace sd
