// Writes a workbook of one sheet with libxlsxwriter, in its constant-memory mode, on a thread of its
// own: the rows are read from the database and turned into cells while the ones before are written
// and compressed, so that an export takes little longer than libxlsxwriter itself.
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/Result.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace sd {

class XlsxSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetWriter)

public:
    struct Properties
    {
        QString title;
        QString subject;
        QString company;
    };
    // One cell: UTF-8 text, a wall-clock time, or nothing.
    struct Cell
    {
        enum class Kind : quint8 { Empty, Text, Time };
        Kind kind = Kind::Empty;
        QByteArray text;
        QDateTime time;
    };

    XlsxSheetWriter();
    ~XlsxSheetWriter();
    Q_DISABLE_COPY_MOVE(XlsxSheetWriter)

    // Starts the workbook PATH with its sheet SHEET_NAME and its bold, frozen HEADER row.
    Status start(const QString& path, const QString& sheetName, const Properties& properties,
                 const QStringList& header);
    // Queues the next row (the cells in column order); waits while many rows are queued.
    void addRow(std::vector<Cell>&& cells);
    // Writes what is queued, fits the columns to WIDTHS (in Excel's units, a digit's width) and
    // puts a filter on every column; TIME_COLUMNS take the date and time format.
    Status finish(const QList<int>& widths, const QList<bool>& timeColumns);

private:
    using Batch = std::vector<std::vector<Cell>>;
    void writeBatches();
    void push(Batch&& batch);
    void stopThread();

    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_textFormat = nullptr;
    lxw_format* m_timeFormat = nullptr;
    unsigned m_row = 0; // the last row queued

    Batch m_filling;
    std::deque<Batch> m_queue;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_closing = false;
    int m_error = 0; // the first lxw_error of the writing thread
    std::thread m_thread;
};

} // namespace sd
