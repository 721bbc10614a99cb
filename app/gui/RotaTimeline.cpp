#include "gui/RotaTimeline.h"

#include <QPainter>
#include <QPainterPath>

namespace sd {

namespace {

constexpr int margin = 6;
constexpr int tickMinutes = 30;

// A light colour of its own for the interpreter who comes INDEX-th in the rota, the same in every
// booth: hues a golden angle apart, so that neighbours in the list never look alike.
QColor colourOf(int index)
{
    return QColor::fromHsl(index * 137 % 360, 150, 205);
}

} // namespace

RotaTimeline::RotaTimeline(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RotaTimeline::setRota(const SeminarRota& rota)
{
    m_rota = rota;
    updateGeometry();
    update();
}

int RotaTimeline::rowHeight() const
{
    return fontMetrics().height() * 2;
}

int RotaTimeline::headerHeight() const
{
    return fontMetrics().height() + margin;
}

int RotaTimeline::labelWidth() const
{
    int widest = 0;
    for (const StaffedBooth& staffed : m_rota.booths)
        widest = qMax(widest, fontMetrics().horizontalAdvance(staffed.booth.name));
    return qMin(widest, fontMetrics().averageCharWidth() * 24) + 3 * margin;
}

QSize RotaTimeline::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 100, minimumSizeHint().height()};
}

QSize RotaTimeline::minimumSizeHint() const
{
    const int rows = int(qMax<qsizetype>(1, m_rota.booths.size()));
    return {fontMetrics().averageCharWidth() * 40, headerHeight() + rows * rowHeight() + margin};
}

double RotaTimeline::xOf(const QDateTime& time) const
{
    const qint64 span = qMax<qint64>(1, m_rota.seminar.startsAt.secsTo(m_rota.seminar.endsAt));
    const double fraction = double(m_rota.seminar.startsAt.secsTo(time)) / double(span);
    const int left = labelWidth();
    // Room on the right for half the last time written over its tick.
    const int right = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) / 2 + margin;
    return left + qBound(0.0, fraction, 1.0) * (width() - left - right);
}

void RotaTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette colours = palette();
    painter.fillRect(rect(), colours.base());
    const Seminar& seminar = m_rota.seminar;
    if (m_rota.booths.isEmpty() || !seminar.startsAt.isValid() || seminar.endsAt <= seminar.startsAt)
        return;
    const int top = headerHeight();
    const int bottom = top + int(m_rota.booths.size()) * rowHeight();
    // The breaks, across every booth.
    for (const ProgrammeItem& item : m_rota.programme) {
        if (item.kind != ProgrammeItem::Kind::Break || !item.startsAt.isValid() || !item.endsAt.isValid())
            continue;
        const double from = xOf(QDateTime(seminar.startsAt.date(), item.startsAt));
        const double until = xOf(QDateTime(seminar.startsAt.date(), item.endsAt));
        painter.fillRect(QRectF(from, top, until - from, bottom - top), colours.alternateBase());
    }
    // A tick and its time every half hour, from the first full half hour.
    painter.setPen(colours.color(QPalette::Mid));
    QDateTime tick = seminar.startsAt;
    tick.setTime(QTime(tick.time().hour(), tick.time().minute() / tickMinutes * tickMinutes));
    if (tick < seminar.startsAt)
        tick = tick.addSecs(tickMinutes * 60);
    for (; tick <= seminar.endsAt; tick = tick.addSecs(tickMinutes * 60)) {
        const double x = xOf(tick);
        painter.drawLine(QPointF(x, top - margin / 2), QPointF(x, bottom));
        painter.setPen(colours.color(QPalette::Text));
        painter.drawText(QRectF(x - 40, 0, 80, top - margin / 2), Qt::AlignHCenter | Qt::AlignBottom,
                         tick.toString(QStringLiteral("HH:mm")));
        painter.setPen(colours.color(QPalette::Mid));
    }
    // One row a booth: its name, then its turns.
    QList<qint64> interpreters;
    for (int row = 0; row < m_rota.booths.size(); ++row) {
        const StaffedBooth& staffed = m_rota.booths.at(row);
        const int y = top + row * rowHeight();
        painter.setPen(colours.color(QPalette::Text));
        const int nameWidth = labelWidth() - 2 * margin;
        painter.drawText(QRect(margin, y, nameWidth, rowHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(staffed.booth.name, Qt::ElideRight, nameWidth));
        for (const StaffedBooth::Shift& each : staffed.shifts) {
            const double from = xOf(each.shift.startsAt);
            const double until = xOf(each.shift.endsAt);
            const QRectF bar(from + 1, y + 3, qMax(2.0, until - from - 2), rowHeight() - 6);
            QPainterPath path;
            path.addRoundedRect(bar, 3, 3);
            if (!interpreters.contains(each.shift.contactId))
                interpreters.append(each.shift.contactId);
            painter.fillPath(path, colourOf(int(interpreters.indexOf(each.shift.contactId))));
            painter.setPen(QColor(0, 0, 0, 90));
            painter.drawPath(path);
            painter.setPen(Qt::black);
            const QRectF text = bar.adjusted(3, 0, -3, 0);
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                             fontMetrics().elidedText(each.interpreterName, Qt::ElideRight, int(text.width())));
        }
    }
}

} // namespace sd
