// Where a print run goes: a print queue (with what the print dialog or the command line asked), or
// a PDF file (the print dialog's "Print to File", Save as PDF). Badges, the flyer and the lists
// are made the same way for both; only here do the two roads part.
#pragma once

#include <functional>
#include <optional>

#include <QString>

#include "core/Result.h"
#include "core/print/PrintQueue.h"

class QPdfWriter;

namespace sd {

class PrintTarget
{
public:
    // The queue QUEUE (the default one when empty).
    static PrintTarget queue(const QString& queue, const PrintRequest& request = PrintRequest());
    // The PDF file PATH.
    static PrintTarget pdfFile(const QString& path);

    bool isPdfFile() const { return !m_pdfPath.isEmpty(); }
    const QString& queueName() const { return m_queue; }
    const QString& pdfPath() const { return m_pdfPath; }
    const PrintRequest& request() const { return m_request; }

    // Paints the pages with PAINT (which sets up the page) and sends them: gives the job the queue
    // took, or none for a file. Nothing is sent, and no file written, when painting fails.
    Result<std::optional<PrintedJob>> send(const QString& title, const std::function<Status(QPdfWriter&)>& paint) const;

private:
    QString m_queue;
    QString m_pdfPath;
    PrintRequest m_request;
};

} // namespace sd
