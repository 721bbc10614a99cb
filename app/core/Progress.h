// How a long operation (printing, a PDF of many pages, an import, an export) says how far it has
// gone and learns whether to stop: the window shows a progress dialog with a Cancel button, a
// command a line on a terminal's stderr. Operations report per page or per few hundred rows, so
// that reporting costs nothing next to the work.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/Result.h"

namespace sd {

class Progress
{
    Q_DECLARE_TR_FUNCTIONS(Progress)

public:
    Progress() = default;
    virtual ~Progress() = default;
    Q_DISABLE_COPY_MOVE(Progress)

    // DONE of TOTAL steps (TOTAL 0: not known), with TEXT saying what is happening ("Writing
    // badges… page 3 of 40"). Gives false when the user asked to stop: the operation then undoes
    // what it did and fails with stopped().
    virtual bool report(const QString& text, qint64 done, qint64 total) = 0;

    // Whether to report at row ROW of an operation that goes row by row.
    static bool due(qint64 row) { return row % rowsPerReport == 0; }
    static constexpr qint64 rowsPerReport = 256;

    // The error of an operation the user stopped: nothing was written, imported or marked.
    static Error stopped();
    // Whether ERROR is that one: the user stopped the operation and needs no message about it.
    static bool isStopped(const QString& error) { return error == stopped().message; }
};

} // namespace sd
