// The progress of a long command on stderr when stderr is a terminal: one line, rewritten in place
// from half a second on and cleared at the end. Piped or redirected to a file, stderr gets none of
// it, so that scripts and logs see only the command's messages.
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include "core/Progress.h"

class QTextStream;

namespace sd {

class TerminalProgress final : public Progress
{
public:
    // ERR writes to the process's stderr.
    explicit TerminalProgress(QTextStream& err);
    // Clears the line, as clear() does.
    ~TerminalProgress() override;

    // Draws the line (at most ten times a second); a command cannot be cancelled but by Ctrl+C.
    bool report(const QString& text, qint64 done, qint64 total) override;

    // The progress to give a command's operation: this one on a terminal, none otherwise, so that
    // the operation does not even count the steps (an export's rows) for a line no one sees.
    Progress* ifShown() { return m_terminal ? this : nullptr; }

    // Takes the line away: called before the command writes its own messages, which would
    // otherwise follow the line and be blanked with it.
    void clear();

    static constexpr qint64 showAfterMs = 500;

private:
    void draw(const QString& line);

    QTextStream& m_err;
    const bool m_terminal;
    QElapsedTimer m_clock;
    qint64 m_drawnAtMs = -1;
    int m_width = 0; // of the line on the terminal, to overwrite and clear it
};

} // namespace sd
