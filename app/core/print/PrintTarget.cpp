#include "core/print/PrintTarget.h"

#include "core/print/PdfFile.h"

namespace sd {

PrintTarget PrintTarget::queue(const QString& queue, const PrintRequest& request)
{
    PrintTarget target;
    target.m_queue = queue;
    target.m_request = request;
    return target;
}

PrintTarget PrintTarget::pdfFile(const QString& path)
{
    PrintTarget target;
    target.m_pdfPath = path;
    return target;
}

Result<std::optional<PrintedJob>> PrintTarget::send(const QString& title,
                                                    const std::function<Status(QPdfWriter&)>& paint) const
{
    if (isPdfFile()) {
        if (Status written = PdfFile::write(m_pdfPath, title, paint); !written)
            return fail(written.error());
        return std::optional<PrintedJob>();
    }
    auto queue = PrintQueue::find(m_queue);
    if (!queue)
        return fail(queue.error());
    auto job = queue->print(title, m_request, paint);
    if (!job)
        return fail(job.error());
    return std::optional<PrintedJob>(*job);
}

} // namespace sd
