#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDialog>

#include "core/Result.h"
#include "core/print/OutputLanguage.h"
#include "core/print/PrintTarget.h"
#include "core/print/TablePrinter.h"

class QPrinter;
class QPrintPreviewWidget;

namespace Ui {
class TablePrintDialog;
}

namespace sd {

// Shows a printed list (TablePrinter) as it will print, in the language chosen, with Print, Save
// as PDF and, for a list that has one, Save as CSV. The dialog of each list derives from it: it
// makes the list, may add options above the language and what the list says on screen, and ends
// its constructor with refresh().
class TablePrintDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablePrintDialog)

public:
    ~TablePrintDialog() override;

    OutputLanguage language() const;
    // The list as the preview shows it, or why there is none.
    const Result<TablePrinter>& printer() const { return m_printer; }
    // What Print does once the print dialog has chosen TARGET.
    Result<std::optional<PrintedJob>> print(const PrintTarget& target);
    // What Save as PDF and Save as CSV do once they have a file name.
    Status savePdf(const QString& path);
    Status saveCsv(const QString& path) const;

protected:
    using CsvMaker = std::function<Result<QString>(const OutputLanguage& language)>;

    // FILE_STEM names the files offered ("reception-list" gives reception-list.pdf).
    TablePrintDialog(QString fileStem, QWidget* parent);

    // The list in LANGUAGE with the options as they are now.
    virtual Result<TablePrinter> makePrinter(const OutputLanguage& language) const = 0;

    // Adds the option FIELD, with LABEL (and its Alt key), above the language.
    void addOption(const QString& label, QWidget* field);
    // Shows DETAILS under the options; it takes the room left.
    void setDetails(QWidget* details);
    // A line or two on what the list holds, under the options.
    void setSummary(const QString& text);
    // Offers Save as CSV: MAKE_CSV gives the file's text; TOOL_TIP says what the file holds.
    void offerCsv(CsvMaker makeCsv, const QString& toolTip);
    // Makes the list again (an option changed) and shows it.
    void refresh();

private:
    void paintPreview(QPrinter* printer);
    void showProblem(const QString& message);
    void askAndPrint();
    void askAndSavePdf();
    void askAndSaveCsv();

    std::unique_ptr<Ui::TablePrintDialog> m_ui;
    QString m_fileStem;
    CsvMaker m_makeCsv;
    Result<TablePrinter> m_printer;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QPrintPreviewWidget* m_preview = nullptr;
};

} // namespace sd
