#include "core/print/PrintQueue.h"

#include <cmath>
#include <limits>

#include <QByteArrayList>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

#include <cups/cups.h>

#include "core/print/PdfFile.h"

namespace sd {

namespace {

// A named queue as libcups gives it, with what it is able to print; freed when it goes.
class Destination
{
public:
    explicit Destination(const QString& name)
        : m_dest(cupsGetNamedDest(CUPS_HTTP_DEFAULT, name.isEmpty() ? nullptr : name.toUtf8().constData(), nullptr))
    {
    }
    ~Destination()
    {
        if (m_info)
            cupsFreeDestInfo(m_info);
        if (m_dest)
            cupsFreeDests(1, m_dest);
    }
    Q_DISABLE_COPY_MOVE(Destination)

    cups_dest_t* dest() const { return m_dest; }
    QString name() const { return QString::fromUtf8(m_dest->name); }
    QString option(const char* name) const
    {
        return QString::fromUtf8(cupsGetOption(name, m_dest->num_options, m_dest->options));
    }
    cups_dinfo_t* info()
    {
        if (!m_info)
            m_info = cupsCopyDestInfo(CUPS_HTTP_DEFAULT, m_dest);
        return m_info;
    }

private:
    cups_dest_t* m_dest = nullptr;
    cups_dinfo_t* m_info = nullptr;
};

constexpr int hundredthsPerMm = 100;
// Paper sizes are given in whole points or inches: A4 is 209.9 × 297.04 mm to CUPS.
constexpr qreal sizeToleranceMm = 1;

Paper paperOf(const cups_size_t& size)
{
    return {QString::fromUtf8(size.media),
            QSizeF(qreal(size.width) / hundredthsPerMm, qreal(size.length) / hundredthsPerMm)};
}

QSizeF portrait(const QSizeF& size)
{
    return size.width() <= size.height() ? size : size.transposed();
}

// The printer-state-message the queue's keeper left (cupsreject -r, cupsdisable -r), or empty.
QString stateMessage(const QString& queue)
{
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0, "/printers/%s",
                     queue.toUtf8().constData());
    ipp_t* request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", nullptr, "printer-state-message");
    ipp_t* response = cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/");
    QString message;
    if (ipp_attribute_t* attribute = ippFindAttribute(response, "printer-state-message", IPP_TAG_TEXT))
        message = QString::fromUtf8(ippGetString(attribute, 0, nullptr));
    ippDelete(response);
    return message.trimmed();
}

} // namespace

QString Paper::displayName() const
{
    const QPageSize known(sizeMm, QPageSize::Millimeter, QString(), QPageSize::FuzzyMatch);
    const QString size = PrintQueue::tr("%1 × %2 mm").arg(sizeMm.width(), 0, 'g', 4).arg(sizeMm.height(), 0, 'g', 4);
    if (known.id() == QPageSize::Custom)
        return size;
    return PrintQueue::tr("%1 (%2)").arg(known.name(), size);
}

QString PrintedJob::message() const
{
    if (!waiting)
        return PrintQueue::tr("Sent to the printer “%1” as job %2.").arg(queue).arg(id);
    if (stateMessage.isEmpty())
        return PrintQueue::tr("The printer “%1” is paused: job %2 waits in its queue and prints once the printer is "
                              "resumed.")
            .arg(queue)
            .arg(id);
    return PrintQueue::tr("The printer “%1” is paused (“%2”): job %3 waits in its queue and prints once the printer "
                          "is resumed.")
        .arg(queue, stateMessage)
        .arg(id);
}

QStringList PrintQueue::names()
{
    cups_dest_t* dests = nullptr;
    const int count = cupsGetDests2(CUPS_HTTP_DEFAULT, &dests);
    QStringList names;
    for (int i = 0; i < count; ++i) {
        if (!dests[i].instance)
            names.append(QString::fromUtf8(dests[i].name));
    }
    cupsFreeDests(count, dests);
    return names;
}

QString PrintQueue::defaultName()
{
    const Destination destination {QString()};
    return destination.dest() ? destination.name() : QString();
}

Result<PrintQueue> PrintQueue::find(const QString& name)
{
    const Destination destination(name);
    if (!destination.dest()) {
        const QStringList queues = names();
        if (queues.isEmpty())
            return fail(tr("No printer is set up on this computer. Add one in the system's printer settings, or save "
                           "a PDF file instead."));
        if (name.isEmpty())
            return fail(
                tr("No printer is the default one. Name one of these: %1.").arg(queues.join(QStringLiteral(", "))));
        return fail(tr("There is no printer “%1”. The printers are: %2.").arg(name, queues.join(QStringLiteral(", "))));
    }
    PrintQueue queue;
    queue.m_name = destination.name();
    queue.m_accepting = destination.option("printer-is-accepting-jobs") != QLatin1String("false");
    queue.m_paused = destination.option("printer-state").toInt() == IPP_PSTATE_STOPPED;
    return queue;
}

QList<Paper> PrintQueue::papers() const
{
    Destination destination(m_name);
    QList<Paper> papers;
    if (!destination.dest() || !destination.info())
        return papers;
    const int count
        = cupsGetDestMediaCount(CUPS_HTTP_DEFAULT, destination.dest(), destination.info(), CUPS_MEDIA_FLAGS_DEFAULT);
    for (int i = 0; i < count; ++i) {
        cups_size_t size;
        if (cupsGetDestMediaByIndex(CUPS_HTTP_DEFAULT, destination.dest(), destination.info(), i,
                                    CUPS_MEDIA_FLAGS_DEFAULT, &size))
            papers.append(paperOf(size));
    }
    return papers;
}

// Matched here rather than with cupsGetDestMediaBySize, which in libcups 2.4 answers any size with
// the first "custom_" paper of a driver that has one.
std::optional<Paper> PrintQueue::paperFor(const QSizeF& sizeMm) const
{
    const QSizeF upright = portrait(sizeMm);
    for (const Paper& paper : papers()) {
        if (std::abs(paper.sizeMm.width() - upright.width()) <= sizeToleranceMm
            && std::abs(paper.sizeMm.height() - upright.height()) <= sizeToleranceMm)
            return paper;
    }
    return std::nullopt;
}

std::optional<Paper> PrintQueue::nearestPaper(const QSizeF& sizeMm) const
{
    const QSizeF upright = portrait(sizeMm);
    std::optional<Paper> nearest;
    qreal nearestDistance = std::numeric_limits<qreal>::max();
    for (const Paper& paper : papers()) {
        const qreal distance
            = std::abs(paper.sizeMm.width() - upright.width()) + std::abs(paper.sizeMm.height() - upright.height());
        if (distance < nearestDistance) {
            nearest = paper;
            nearestDistance = distance;
        }
    }
    return nearest;
}

QString PrintQueue::paperProblem(const QSizeF& sizeMm) const
{
    const Paper wanted {QString(), portrait(sizeMm)};
    const std::optional<Paper> nearest = nearestPaper(sizeMm);
    if (!nearest)
        return tr("The printer “%1” offers no paper of %2.").arg(m_name, wanted.displayName());
    return tr("The printer “%1” offers no paper of %2. The nearest it offers is %3: printed on it, the pages will be "
              "off, and labels will not line up with their sheet.")
        .arg(m_name, wanted.displayName(), nearest->displayName());
}

Result<PrintedJob> PrintQueue::print(const QString& title, const PrintRequest& request,
                                     const std::function<Status(QPdfWriter&)>& paint) const
{
    QPageLayout layout;
    auto pdf = PdfFile::make(title, [&](QPdfWriter& writer) {
        Status painted = paint(writer);
        layout = writer.pageLayout();
        return painted;
    });
    if (!pdf)
        return fail(pdf.error());
    const QSizeF pageMm = layout.fullRect(QPageLayout::Millimeter).size();
    std::optional<Paper> paper = paperFor(pageMm);
    if (!paper && request.nearestPaper)
        paper = nearestPaper(pageMm);
    if (!paper)
        return fail(paperProblem(pageMm));

    // The pages are drawn to the paper's edge at their true size: the queue must neither scale
    // them to its printable area nor turn them (a landscape page is turned onto the paper).
    QList<QByteArray> values {paper->media.toUtf8(), QByteArrayLiteral("none"), QByteArray::number(request.copies)};
    cups_option_t* options = nullptr;
    int optionCount = 0;
    optionCount = cupsAddOption("media", values.at(0).constData(), optionCount, &options);
    optionCount = cupsAddOption("print-scaling", values.at(1).constData(), optionCount, &options);
    optionCount = cupsAddOption("copies", values.at(2).constData(), optionCount, &options);
    if (request.copies > 1)
        optionCount = cupsAddOption("multiple-document-handling",
                                    request.collate ? "separate-documents-collated-copies"
                                                    : "separate-documents-uncollated-copies",
                                    optionCount, &options);
    if (!request.pageRanges.isEmpty())
        optionCount = cupsAddOption("page-ranges", request.pageRanges.toUtf8().constData(), optionCount, &options);
    if (!request.sides.isEmpty())
        optionCount = cupsAddOption("sides", request.sides.toUtf8().constData(), optionCount, &options);

    const QByteArray queue = m_name.toUtf8();
    const QByteArray jobTitle = title.toUtf8();
    const int job = cupsCreateJob(CUPS_HTTP_DEFAULT, queue.constData(), jobTitle.constData(), optionCount, options);
    cupsFreeOptions(optionCount, options);
    const auto refused = [this](const QString& why) {
        return fail(tr("The printer “%1” did not take the job: %2").arg(m_name, why));
    };
    if (job == 0) {
        const QString why = stateMessage(m_name);
        return refused(why.isEmpty() ? QString::fromUtf8(cupsLastErrorString()) : why);
    }
    // The document is named without a space: Debian 12's cupsd (2.4.2) crashes on a document-name
    // with one as it starts the job (the job's name may have them).
    const bool sent
        = cupsStartDocument(CUPS_HTTP_DEFAULT, queue.constData(), job, "seminar-desk.pdf", CUPS_FORMAT_PDF, 1)
            == HTTP_STATUS_CONTINUE
        && cupsWriteRequestData(CUPS_HTTP_DEFAULT, pdf->constData(), size_t(pdf->size())) == HTTP_STATUS_CONTINUE;
    const ipp_status_t finished = cupsFinishDocument(CUPS_HTTP_DEFAULT, queue.constData());
    if (!sent || finished > IPP_STATUS_OK_CONFLICTING) {
        const QString why = QString::fromUtf8(cupsLastErrorString());
        cupsCancelJob2(CUPS_HTTP_DEFAULT, queue.constData(), job, 0);
        return refused(why);
    }
    PrintedJob printed;
    printed.queue = m_name;
    printed.id = job;
    auto now = find(m_name);
    printed.waiting = now && now->isPaused();
    if (printed.waiting)
        printed.stateMessage = stateMessage(m_name);
    return printed;
}

} // namespace sd
