#include "core/print/FlyerRenderer.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include "core/print/BadgeStyle.h"
#include "core/print/PdfFile.h"

namespace sd {

namespace {

constexpr qreal pageWidthMm = 210;
constexpr qreal pageHeightMm = 297;
constexpr qreal marginMm = 18;
constexpr qreal gutterMm = 8;
constexpr qreal sidebarMm = 54;
constexpr qreal smallestScale = 0.6;

const QColor navy(0x12, 0x35, 0x55);
const QColor accent(0x1f, 0x8a, 0x7a);
const QColor paleAccent(0xb9, 0xe0, 0xd9);
const QColor ink(0x1f, 0x23, 0x28);
const QColor secondaryInk(0x5c, 0x63, 0x6b);
const QColor panel(0xf1, 0xf4, 0xf6);

} // namespace

// A cursor down the page that lays out (and, when drawing, paints) wrapped paragraphs.
class FlyerRenderer::Page
{
public:
    Page(QPainter& painter, bool draw)
        : m_painter(painter)
        , m_draw(draw)
        , m_mm(painter.device()->logicalDpiX() / 25.4)
    {
    }

    qreal mm(qreal millimetres) const { return millimetres * m_mm; }

    // Lays TEXT out from TOP in the column [LEFT, LEFT + WIDTH]; gives the height used.
    qreal paragraph(const QString& text, qreal pt, QFont::Weight weight, const QColor& colour, qreal left, qreal top,
                    qreal width, qreal leading = 1.0) const
    {
        if (text.isEmpty())
            return 0;
        QFont font = BadgeStyle::font(weight);
        font.setPointSizeF(pt);
        const QFontMetricsF metrics(font, m_painter.device());
        const qreal lineHeight = metrics.height() * leading;
        qreal y = 0;
        for (const QString& block : text.split(QLatin1Char('\n'))) {
            QTextLayout layout(block, font, m_painter.device());
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                line.setPosition(QPointF(0, y));
                y += lineHeight;
            }
            layout.endLayout();
            if (m_draw) {
                m_painter.setPen(colour);
                layout.draw(&m_painter, QPointF(left, top));
            }
        }
        return y;
    }

    void fill(const QRectF& rect, const QColor& colour) const
    {
        if (m_draw)
            m_painter.fillRect(rect, colour);
    }

    QPainter& painter() const { return m_painter; }
    bool drawing() const { return m_draw; }

private:
    QPainter& m_painter;
    bool m_draw;
    qreal m_mm;
};

FlyerRenderer::FlyerRenderer(FlyerContent content)
    : m_content(std::move(content))
{
}

void FlyerRenderer::setUpPage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
}

bool FlyerRenderer::paintPage(QPainter& painter, qreal scale, bool draw) const
{
    const FlyerContent& c = m_content;
    const Page page(painter, draw);
    const qreal left = page.mm(marginMm);
    const qreal width = page.mm(pageWidthMm - 2 * marginMm);
    const qreal gap = page.mm(gutterMm);

    // The header: organiser and titles, white on navy across the top of the page.
    const auto header = [&](const Page& p) {
        qreal y = p.mm(16);
        y += p.paragraph(c.inLanguage(c.seminar.organiser), 8.5, QFont::Medium, paleAccent, left, y, width);
        y += p.mm(4);
        if (c.showsJapanese())
            y += p.paragraph(c.seminar.title(QStringLiteral("ja")), 22, QFont::Bold, Qt::white, left, y, width, 1.05);
        if (c.showsJapanese() && c.showsEnglish())
            y += p.mm(3);
        if (c.showsEnglish()) {
            const bool main = !c.showsJapanese();
            y += p.paragraph(c.seminar.title(QStringLiteral("en")), main ? 20 : 13, main ? QFont::Bold : QFont::Normal,
                             main ? Qt::white : QColor(0xdd, 0xe6, 0xee), left, y, width, 1.05);
        }
        return y + p.mm(12);
    };
    const qreal headerHeight = header(Page(painter, false));
    page.fill(QRectF(0, 0, page.mm(pageWidthMm), headerHeight), navy);
    page.fill(QRectF(0, headerHeight, page.mm(pageWidthMm), page.mm(2.2)), accent);
    header(page);

    // The footer: organiser and the enquiries block in a pale panel at the foot of the page.
    const qreal footerWidth = (width - gap) / 2;
    const auto footer = [&](const Page& p, qreal top) {
        const qreal pad = p.mm(6);
        qreal leftY = top + pad;
        leftY += p.paragraph(c.label(QStringLiteral("organiser")), 7.5, QFont::Bold, accent, left + pad, leftY,
                             footerWidth - pad);
        leftY += p.mm(1);
        leftY += p.paragraph(c.inLanguage(c.seminar.organiser), 8.5, QFont::Normal, ink, left + pad, leftY,
                             footerWidth - pad);
        const qreal right = left + footerWidth + gap;
        qreal rightY = top + pad;
        if (!c.enquiries.isEmpty()) {
            rightY += p.paragraph(c.label(QStringLiteral("enquiries")), 7.5, QFont::Bold, accent, right, rightY,
                                  footerWidth - pad);
            rightY += p.mm(1);
        }
        for (const Contact& contact : c.enquiries) {
            QStringList lines {c.inLanguage(contact.name)};
            if (!contact.organisation.isEmpty() && c.showsEnglish())
                lines.append(contact.organisation);
            const QString address = c.inLanguage(contact.address);
            if (!address.isEmpty())
                lines.append(contact.postalCode.isEmpty() ? address
                                                          : QStringLiteral("〒%1 %2").arg(contact.postalCode, address));
            QStringList numbers;
            if (!contact.tel.isEmpty())
                numbers.append(QStringLiteral("%1 %2").arg(c.label(QStringLiteral("tel")), contact.tel));
            if (!contact.fax.isEmpty())
                numbers.append(QStringLiteral("%1 %2").arg(c.label(QStringLiteral("fax")), contact.fax));
            if (!numbers.isEmpty())
                lines.append(numbers.join(QStringLiteral("   ")));
            if (!contact.email.isEmpty())
                lines.append(QStringLiteral("%1 %2").arg(c.label(QStringLiteral("email")), contact.email));
            rightY += p.paragraph(lines.join(QLatin1Char('\n')), 8.5, QFont::Normal, ink, right, rightY,
                                  footerWidth - pad, 1.05);
            rightY += p.mm(2);
        }
        return qMax(leftY, rightY) + pad - top;
    };
    const qreal footerHeight = footer(Page(painter, false), 0);
    const qreal footerTop = page.mm(pageHeightMm - marginMm) - footerHeight;
    page.fill(QRectF(left, footerTop, width, footerHeight), panel);
    page.fill(QRectF(left, footerTop, page.mm(1.5), footerHeight), accent);
    footer(page, footerTop);

    // The body: the facts in a sidebar on the left, the description and programme on the right.
    const qreal bodyTop = headerHeight + page.mm(14);
    const qreal sidebar = page.mm(sidebarMm);
    const qreal main = width - sidebar - gap;
    const qreal mainLeft = left + sidebar + gap;
    const auto heading = [&](const QString& key, qreal x, qreal y, qreal w) {
        const qreal used = page.paragraph(c.label(key), 7.5 * scale, QFont::Bold, accent, x, y, w);
        if (page.drawing()) {
            page.painter().setPen(QPen(accent, page.mm(0.4)));
            page.painter().drawLine(QPointF(x, y - page.mm(2)), QPointF(x + page.mm(8), y - page.mm(2)));
        }
        return used + page.mm(1.5);
    };

    qreal y = bodyTop;
    y += heading(QStringLiteral("date"), left, y, sidebar);
    const QStringList date = c.dateLines();
    y += page.paragraph(date.mid(0, date.size() - 1).join(QLatin1Char('\n')), 11 * scale, QFont::Bold, ink, left, y,
                        sidebar);
    y += page.paragraph(date.value(date.size() - 1), 15 * scale, QFont::Bold, navy, left, y, sidebar);
    y += page.mm(8);
    if (c.venue.id > 0) {
        y += heading(QStringLiteral("venue"), left, y, sidebar);
        QStringList venue;
        if (c.showsJapanese())
            venue << c.venue.name << QStringLiteral("〒%1 %2").arg(c.venue.postalCode, c.venue.address);
        if (c.showsEnglish())
            venue << c.venue.nameEn << QStringLiteral("%1 %2").arg(c.venue.addressEn, c.venue.postalCode);
        y += page.paragraph(venue.join(QLatin1Char('\n')), 9.5 * scale, QFont::Normal, ink, left, y, sidebar);
        y += page.mm(8);
        if (!c.venue.accessNotes.isEmpty()) {
            y += heading(QStringLiteral("access"), left, y, sidebar);
            y += page.paragraph(c.inLanguage(c.venue.accessNotes), 9 * scale, QFont::Normal, ink, left, y, sidebar);
            y += page.mm(8);
        }
    }
    if (c.seminar.languages.size() > 1) {
        if (page.drawing())
            page.painter().fillRect(QRectF(left, y, sidebar, page.mm(0.4)), accent);
        y += page.mm(3);
        y += page.paragraph(Seminar::interpretationLine(c.seminar.languages), 9.5 * scale, QFont::Bold, navy, left, y,
                            sidebar);
        y += page.mm(3);
    }
    if (c.seminar.capacity > 0)
        y += page.paragraph(c.label(QStringLiteral("capacity")).arg(c.seminar.capacity), 8.5 * scale, QFont::Normal,
                            secondaryInk, left, y, sidebar);
    bool fitted = y <= footerTop - page.mm(8);

    qreal m = bodyTop - page.mm(2.5);
    if (!c.image.isNull()) {
        const qreal imageHeight = qMin(main * c.image.height() / c.image.width(), page.mm(70) * scale);
        const QRectF target(mainLeft, m, main, imageHeight);
        if (page.drawing()) {
            // Crop to the frame rather than distort.
            const qreal w = c.image.width();
            const qreal h = c.image.height();
            const qreal ratio = target.width() / target.height();
            const QRectF sourceRect = w / h > ratio ? QRectF((w - h * ratio) / 2, 0, h * ratio, h)
                                                    : QRectF(0, (h - w / ratio) / 2, w, w / ratio);
            page.painter().drawImage(target, c.image, sourceRect);
        }
        m += imageHeight + page.mm(6);
    }
    if (c.showsJapanese())
        m += page.paragraph(c.seminar.descriptionJa, 10 * scale, QFont::Normal, ink, mainLeft, m, main, 1.1)
            + page.mm(3);
    if (c.showsEnglish())
        m += page.paragraph(c.seminar.descriptionEn, (c.showsJapanese() ? 9 : 10) * scale, QFont::Normal,
                            c.showsJapanese() ? secondaryInk : ink, mainLeft, m, main, 1.1)
            + page.mm(3);
    if (!c.seminar.programme.isEmpty()) {
        m += page.mm(6);
        m += heading(QStringLiteral("programme"), mainLeft, m, main);
        const qreal timeWidth = page.mm(15);
        for (const QString& line : c.seminar.programme.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const int space = line.indexOf(QLatin1Char(' '));
            const QString time = space > 0 ? line.left(space) : QString();
            const QString item = space > 0 ? line.mid(space + 1) : line;
            page.paragraph(time, 9.5 * scale, QFont::Bold, navy, mainLeft, m, timeWidth);
            const QString text = c.inLanguage(item);
            const int separator = text.indexOf(QStringLiteral(" / "));
            qreal used = 0;
            if (separator > 0) {
                used += page.paragraph(text.left(separator), 9.5 * scale, QFont::Medium, ink, mainLeft + timeWidth, m,
                                       main - timeWidth);
                used += page.paragraph(text.mid(separator + 3), 8.5 * scale, QFont::Normal, secondaryInk,
                                       mainLeft + timeWidth, m + used, main - timeWidth);
            } else {
                used
                    += page.paragraph(text, 9.5 * scale, QFont::Medium, ink, mainLeft + timeWidth, m, main - timeWidth);
            }
            m += used + page.mm(1.8);
            if (page.drawing()) {
                page.painter().setPen(QPen(QColor(0xdd, 0xe1, 0xe5), page.mm(0.2)));
                page.painter().drawLine(QPointF(mainLeft, m - page.mm(0.9)),
                                        QPointF(mainLeft + main, m - page.mm(0.9)));
            }
        }
    }
    return fitted && m <= footerTop - page.mm(6);
}

Status FlyerRenderer::paint(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Could not start painting the flyer."));
    painter.setRenderHint(QPainter::Antialiasing);
    // A long description shrinks the body text until the page holds it all.
    qreal scale = 1.0;
    while (scale > smallestScale && !paintPage(painter, scale, false))
        scale *= 0.95;
    paintPage(painter, scale, true);
    if (!painter.end())
        return fail(tr("Could not finish painting the flyer."));
    return {};
}

Status FlyerRenderer::savePdf(const QString& path) const
{
    const QString title
        = m_content.seminar.title(m_content.showsJapanese() ? QStringLiteral("ja") : QStringLiteral("en"));
    return PdfFile::write(path, title, [this](QPdfWriter& writer) {
        setUpPage(writer);
        return paint(writer);
    });
}

} // namespace sd
