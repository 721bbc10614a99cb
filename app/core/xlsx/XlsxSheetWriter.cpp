#include "core/xlsx/XlsxSheetWriter.h"

#include <QFile>

#include <xlsxwriter.h>

namespace sd {

namespace {

// Excel's built-in format 22: a date and time that Excel shows in the reader's own regional
// format (2027/2/12 13:30 in Japanese Excel, 2/12/2027 13:30 in American Excel).
constexpr uint8_t localDateTimeFormat = 22;
// Japanese Excel's own default font, with SHIFTJIS_CHARSET and FF_MODERN as Excel writes them.
constexpr const char* defaultFont = "游ゴシック";
constexpr uint8_t japaneseCharset = 128;
constexpr uint8_t modernFamily = 3;
// Rows handed to the writing thread at once, and batches waiting at most.
constexpr std::size_t batchRows = 512;
constexpr std::size_t queuedBatches = 8;

void setFont(lxw_format* format)
{
    format_set_font_name(format, defaultFont);
    format_set_font_charset(format, japaneseCharset);
    format_set_font_family(format, modernFamily);
}

// To the minute, as the CSV export writes times: both files say the same.
lxw_datetime excelTime(const QDateTime& time)
{
    const QDate date = time.date();
    const QTime clock = time.time();
    return {date.year(), date.month(), date.day(), clock.hour(), clock.minute(), 0.0};
}

} // namespace

XlsxSheetWriter::XlsxSheetWriter() = default;

XlsxSheetWriter::~XlsxSheetWriter()
{
    stopThread();
    // Unfinished: closing still writes the file (a temporary one) and frees what it holds.
    if (m_workbook)
        workbook_close(m_workbook);
}

Status XlsxSheetWriter::start(const QString& path, const QString& sheetName, const Properties& properties,
                              const QStringList& header)
{
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // each row goes to disk once the next one starts
    m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_workbook)
        return fail(tr("Could not start the workbook."));
    // The default font, which Excel gives every cell and every new sheet: libxlsxwriter 1.1 has no
    // call for it, but its first format is that default ("Normal") style.
    setFont(STAILQ_FIRST(m_workbook->formats));
    lxw_format* headerFormat = workbook_add_format(m_workbook);
    setFont(headerFormat);
    format_set_bold(headerFormat);
    format_set_num_format(headerFormat, "@");
    m_textFormat = workbook_add_format(m_workbook);
    setFont(m_textFormat);
    format_set_num_format(m_textFormat, "@"); // what is typed into the column later stays text too
    m_timeFormat = workbook_add_format(m_workbook);
    setFont(m_timeFormat);
    format_set_num_format_index(m_timeFormat, localDateTimeFormat);

    const QByteArray title = properties.title.toUtf8();
    const QByteArray subject = properties.subject.toUtf8();
    const QByteArray company = properties.company.toUtf8();
    lxw_doc_properties documentProperties {};
    documentProperties.title = const_cast<char*>(title.constData());
    documentProperties.subject = const_cast<char*>(subject.constData());
    documentProperties.company = const_cast<char*>(company.constData());
    documentProperties.created = QDateTime::currentSecsSinceEpoch();
    workbook_set_properties(m_workbook, &documentProperties);

    m_sheet = workbook_add_worksheet(m_workbook, sheetName.toUtf8().constData());
    if (!m_sheet)
        return fail(tr("Could not add the sheet “%1” to the workbook.").arg(sheetName));
    for (lxw_col_t column = 0; column < header.size(); ++column)
        worksheet_write_string(m_sheet, 0, column, header.at(column).toUtf8().constData(), headerFormat);
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_thread = std::thread([this] { writeBatches(); });
    return {};
}

void XlsxSheetWriter::addRow(std::vector<Cell>&& cells)
{
    m_filling.push_back(std::move(cells));
    ++m_row;
    if (m_filling.size() == batchRows)
        push(std::exchange(m_filling, {}));
}

void XlsxSheetWriter::push(Batch&& batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < queuedBatches; });
    m_queue.push_back(std::move(batch));
    m_changed.notify_all();
}

void XlsxSheetWriter::writeBatches()
{
    lxw_row_t row = 1;
    lxw_error firstError = LXW_NO_ERROR;
    for (;;) {
        Batch batch;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty()) {
                m_error = firstError;
                return;
            }
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        for (const std::vector<Cell>& cells : batch) {
            for (lxw_col_t column = 0; column < cells.size(); ++column) {
                const Cell& cell = cells[column];
                lxw_error written = LXW_NO_ERROR;
                if (cell.kind == Cell::Kind::Text) {
                    // Always a string, never a formula: "=1+1" stays the text it is.
                    written = worksheet_write_string(m_sheet, row, column, cell.text.constData(), m_textFormat);
                } else if (cell.kind == Cell::Kind::Time) {
                    lxw_datetime time = excelTime(cell.time);
                    written = worksheet_write_datetime(m_sheet, row, column, &time, m_timeFormat);
                }
                if (firstError == LXW_NO_ERROR)
                    firstError = written;
            }
            ++row;
        }
    }
}

void XlsxSheetWriter::stopThread()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_closing = true;
        m_changed.notify_all();
    }
    m_thread.join();
}

Status XlsxSheetWriter::finish(const QList<int>& widths, const QList<bool>& timeColumns)
{
    if (!m_filling.empty())
        push(std::exchange(m_filling, {}));
    stopThread();
    if (m_error != LXW_NO_ERROR)
        return fail(tr("Could not write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(lxw_error(m_error)))));
    for (lxw_col_t column = 0; column < widths.size(); ++column)
        worksheet_set_column(m_sheet, column, column, widths.at(column),
                             timeColumns.value(column) ? m_timeFormat : m_textFormat);
    worksheet_autofilter(m_sheet, 0, 0, m_row, lxw_col_t(qMax(0, int(widths.size()) - 1)));
    const lxw_error closed = workbook_close(std::exchange(m_workbook, nullptr));
    if (closed != LXW_NO_ERROR)
        return fail(tr("Could not write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
    return {};
}

} // namespace sd
