#include "PrintSystem.h"

#include <cmath>
#include <limits>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <cups/cups.h>

#include "CatchQt.h"

namespace PrintSystem {

namespace {

constexpr qreal mmPerInch = 25.4;

// The state of job JOB_ID, or 0 when CUPS does not know it.
int jobState(int jobId)
{
    cups_job_t* jobs = nullptr;
    const int count = cupsGetJobs2(CUPS_HTTP_DEFAULT, &jobs, nullptr, 0, CUPS_WHICHJOBS_ALL);
    int state = 0;
    for (int i = 0; i < count; ++i) {
        if (jobs[i].id == jobId)
            state = jobs[i].state;
    }
    cupsFreeJobs(count, jobs);
    return state;
}

bool isDark(const QImage& image, int x, int y)
{
    return x >= 0 && y >= 0 && x < image.width() && y < image.height() && qGray(image.pixel(x, y)) < 128;
}

// The middle of the run of dark pixels nearest to EXPECTED along a line of the image (pixel I of
// it given by DARK), searched within REACH pixels; NaN when there is none.
template <typename Dark> qreal nearestLine(qreal expected, int reach, const Dark& dark)
{
    qreal best = std::numeric_limits<qreal>::quiet_NaN();
    const int from = int(std::floor(expected)) - reach;
    const int to = int(std::ceil(expected)) + reach;
    for (int i = from; i <= to; ++i) {
        if (!dark(i) || dark(i - 1))
            continue;
        int end = i;
        while (end + 1 <= to + reach && dark(end + 1))
            ++end;
        const qreal middle = (i + end + 1) / 2.0;
        if (std::isnan(best) || std::abs(middle - expected) < std::abs(best - expected))
            best = middle;
    }
    return best;
}

} // namespace

QString folder()
{
    const QString server = qEnvironmentVariable("CUPS_SERVER");
    INFO("CUPS_SERVER names the tests' print system: ctest starts it (fixture print-system)");
    REQUIRE(server.startsWith(QLatin1Char('/')));
    REQUIRE(QFileInfo(server).exists());
    return QFileInfo(server).absolutePath();
}

void clearOutput(const QString& queue)
{
    QFile file(QDir(folder()).filePath(QStringLiteral("out/%1.pdf").arg(queue)));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
}

QString waitForOutput(const QString& queue, int jobId)
{
    REQUIRE(jobId > 0);
    QElapsedTimer timer;
    timer.start();
    int state = jobState(jobId);
    while (state != IPP_JSTATE_COMPLETED && timer.elapsed() < 60'000) {
        INFO("job " << jobId << " ended in state " << state << " (see the log in " << folder().toStdString() << ")");
        REQUIRE(state != IPP_JSTATE_CANCELED);
        REQUIRE(state != IPP_JSTATE_ABORTED);
        QThread::msleep(100);
        state = jobState(jobId);
    }
    REQUIRE(state == IPP_JSTATE_COMPLETED);
    const QString output = QDir(folder()).filePath(QStringLiteral("out/%1.pdf").arg(queue));
    REQUIRE(QFileInfo(output).size() > 0);
    return output;
}

bool isWaiting(int jobId)
{
    const int state = jobState(jobId);
    return state == IPP_JSTATE_PENDING || state == IPP_JSTATE_HELD || state == IPP_JSTATE_STOPPED;
}

int jobIdIn(const QString& message)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("job (\\d+)")).match(message);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QRectF measuredOutlineMm(const QImage& page, qreal dpi, const QRectF& expectedMm)
{
    const qreal px = dpi / mmPerInch;
    const int reach = int(std::ceil(1.5 * px));
    // Across the label 3 mm below its middle, and down it 3 mm right of its middle: clear of the
    // centre cross and the label's number.
    const int row = int(std::lround((expectedMm.center().y() + 3) * px));
    const int column = int(std::lround((expectedMm.center().x() + 3) * px));
    const auto across = [&](int x) {
        return isDark(page, x, row);
    };
    const auto down = [&](int y) {
        return isDark(page, column, y);
    };
    const qreal left = nearestLine(expectedMm.left() * px, reach, across) / px;
    const qreal right = nearestLine(expectedMm.right() * px, reach, across) / px;
    const qreal top = nearestLine(expectedMm.top() * px, reach, down) / px;
    const qreal bottom = nearestLine(expectedMm.bottom() * px, reach, down) / px;
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace PrintSystem
