// A queue of the system's print service (CUPS): whether it takes jobs, which paper it offers, and
// jobs sent to it. Every print run goes through here, from the GUI's Print buttons and from the
// command line's --print alike: the pages are made as a PDF (as PdfFile writes them) and handed to
// CUPS, which gives the job an id or says why not. (QPrinter's own CUPS engine drops both: its
// state stays "idle" when the queue refuses the job, so badges would be marked printed.)
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include "core/Result.h"

class QPdfWriter;

namespace sd {

// A paper size a queue offers: CUPS's name for it, as the "media" of a job, and its size.
struct Paper
{
    QString media; // "iso_a4_210x297mm"
    QSizeF sizeMm; // portrait

    // "A4 (210 × 297 mm)", for messages.
    QString displayName() const;
};

// What the print dialog or the command line asks of a job besides its pages.
struct PrintRequest
{
    int copies = 1;
    bool collate = true;
    QString pageRanges; // "1-3,5" as CUPS says it; empty: every page
    QString sides; // CUPS's "sides" ("two-sided-long-edge"); empty: the queue's default
    // Print on the queue's nearest paper when it does not offer the pages' size.
    bool nearestPaper = false;
};

// A job CUPS accepted.
struct PrintedJob
{
    QString queue;
    int id = 0;
    // The queue is paused: the job waits in it until someone resumes the printer.
    bool waiting = false;
    QString stateMessage; // what the queue says about its state, when it says anything

    // "Sent to office as job 12.", or that it waits, for the user.
    QString message() const;
};

class PrintQueue
{
    Q_DECLARE_TR_FUNCTIONS(PrintQueue)

public:
    // The queues there are, as CUPS lists them (CUPS_SERVER chooses the print service).
    static QStringList names();
    // The default queue's name, or empty when there is none.
    static QString defaultName();
    // The queue NAME, or the default one when NAME is empty; fails when there is no such queue, or
    // no printer at all.
    static Result<PrintQueue> find(const QString& name = QString());

    const QString& name() const { return m_name; }
    bool acceptsJobs() const { return m_accepting; }
    bool isPaused() const { return m_paused; }

    // The paper sizes the queue offers (empty when it cannot say).
    QList<Paper> papers() const;
    // The paper the queue offers for a page of SIZE_MM (either way round), or none.
    std::optional<Paper> paperFor(const QSizeF& sizeMm) const;
    // The paper of the queue nearest in size to SIZE_MM; none when it lists none.
    std::optional<Paper> nearestPaper(const QSizeF& sizeMm) const;
    // What to tell the user when the queue does not offer SIZE_MM: which size, and the nearest.
    QString paperProblem(const QSizeF& sizeMm) const;

    // Paints the pages with PAINT (which sets up the page) into a PDF titled TITLE and sends it to
    // the queue. Fails, with a message naming the queue, when the queue refuses it or does not
    // offer the pages' paper (unless REQUEST allows the nearest).
    Result<PrintedJob> print(const QString& title, const PrintRequest& request,
                             const std::function<Status(QPdfWriter&)>& paint) const;

private:
    QString m_name;
    bool m_accepting = false;
    bool m_paused = false;
};

} // namespace sd
