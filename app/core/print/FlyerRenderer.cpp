#include "core/print/FlyerRenderer.h"

#include <functional>

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include "core/print/BadgeStyle.h"
#include "core/print/FittedText.h"
#include "core/print/QrCode.h"
#include "core/records/PhoneNumber.h"

namespace sd {

namespace {

constexpr qreal pageWidthMm = 210;
constexpr qreal pageHeightMm = 297;
constexpr qreal marginMm = 15;
constexpr qreal footMarginMm = 12;
constexpr qreal gutterMm = 6;
constexpr qreal blockGapMm = 5;
constexpr qreal factsWidthMm = 66;
constexpr qreal qrSideMm = 25;
constexpr qreal pictureHeightMm = 70;
constexpr qreal timeColumnMm = 25;
constexpr qreal formRowMm = 8.5;
constexpr qreal formLabelMm = 42;

const QColor navy(0x12, 0x35, 0x55);
const QColor accent(0x1f, 0x8a, 0x7a);
const QColor paleAccent(0xb9, 0xe0, 0xd9);
const QColor ink(0x1f, 0x23, 0x28);
const QColor secondaryInk(0x4a, 0x51, 0x59);
const QColor panel(0xf1, 0xf4, 0xf6);
const QColor rule(0xcf, 0xd5, 0xdb);

// Type sizes in points. A one-language flyer sets its body at 10.5 pt; a bilingual one holds
// twice the words and sets Japanese at 9.5 and English at 9. Titles may shrink for a very long
// title; the date never does.
struct Sizes
{
    qreal body;
    qreal secondBody; // English beside Japanese; the small print of a one-language flyer
    qreal heading;
    qreal title;
    qreal subtitle;
    qreal secondTitle;
    qreal secondSubtitle;
    qreal date;
    qreal secondDate;
    qreal fact;
    qreal secondFact;
};

Sizes sizesFor(FlyerContent::Language language)
{
    if (language == FlyerContent::Language::Both)
        return {9.5, 9, 10, 24, 14, 14, 11, 17, 12.5, 14, 10};
    if (language == FlyerContent::Language::English)
        return {10.5, 10, 11, 22, 14, 0, 0, 16, 0, 15, 0};
    return {10.5, 10, 11, 24, 14, 0, 0, 18, 0, 15, 0};
}

} // namespace

// One thing to draw on a page, in the device's pixels.
struct Ink
{
    enum class Kind { Text, Fill, Rule, Frame, Picture, Code };
    Kind kind = Kind::Fill;
    QRectF rect;
    QColor colour;
    FittedText text;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop;
    QImage image;
    QString code;
    qreal lineWidth = 0;
};

struct ComposedPage
{
    QList<Ink> inks;
    QList<FlyerBlock> blocks;
};

// Lays the flyer out once into pages of inks: the same for the preview, the printer and the PDF.
class FlyerRenderer::Composer
{
public:
    Composer(const FlyerContent& content, const QPaintDevice* device);

    const QList<ComposedPage>& pages() const { return m_pages; }

private:
    // A piece of the flowing part that is never split: a line of the description, a programme
    // item, the application block. PLACE adds its inks at TOP of the page.
    struct Row
    {
        QString block;
        qreal height = 0;
        std::function<void(ComposedPage&, qreal)> place;
        bool keepWithNext = false; // a heading
    };

    qreal mm(qreal millimetres) const { return millimetres * m_mm; }
    // TEXT at PT in lines of WIDTH; with SMALLEST_PT, it may shrink to that to keep to MAX_LINES.
    FittedText set(const QString& text, QFont::Weight weight, qreal pt, qreal width,
                   LineBreaks::Level breaks = LineBreaks::Level::Characters, qreal smallestPt = 0,
                   int maxLines = 3) const;
    // Adds TEXT's ink with its top left at (LEFT, TOP); gives its height.
    static qreal put(ComposedPage& page, const FittedText& text, qreal left, qreal top, const QColor& colour,
                     Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop, qreal width = 0);
    static void fill(ComposedPage& page, const QRectF& rect, const QColor& colour);
    void addBlock(ComposedPage& page, const QString& name, const QRectF& rect) const;

    qreal composeHeader(ComposedPage& page) const;
    qreal composeDate(ComposedPage& page, qreal top) const;
    qreal composeFacts(ComposedPage& page, qreal top) const;
    qreal composeFooter(ComposedPage* page) const;
    qreal composeContinued(ComposedPage& page) const;
    qreal composeFaxForm(ComposedPage* page, qreal top) const;
    QList<Row> descriptionRows() const;
    QList<Row> programmeRows() const;
    QList<Row> applicationRows() const;
    void flow(const QList<Row>& rows, qreal firstTop);

    const FlyerContent& m_content;
    const QPaintDevice* m_device;
    qreal m_mm;
    Sizes m_sizes;
    qreal m_left;
    qreal m_width;
    qreal m_footerTop = 0;
    QList<ComposedPage> m_pages;
};

FlyerRenderer::Composer::Composer(const FlyerContent& content, const QPaintDevice* device)
    : m_content(content)
    , m_device(device)
    , m_mm(device->logicalDpiX() / 25.4)
    , m_sizes(sizesFor(content.language))
    , m_left(mm(marginMm))
    , m_width(mm(pageWidthMm - 2 * marginMm))
{
    m_footerTop = mm(pageHeightMm - footMarginMm) - composeFooter(nullptr);
    ComposedPage first;
    qreal top = composeHeader(first);
    top = composeDate(first, top);
    top = composeFacts(first, top);
    m_pages.append(first);
    QList<Row> rows = descriptionRows();
    rows.append(programmeRows());
    rows.append(applicationRows());
    flow(rows, top + mm(blockGapMm));

    if (m_content.faxForm) {
        const qreal formHeight = composeFaxForm(nullptr, 0);
        const ComposedPage& last = m_pages.constLast();
        qreal used = 0;
        for (const FlyerBlock& block : last.blocks)
            used = qMax(used, mm(block.rectMm.bottom()));
        if (used + mm(blockGapMm) + formHeight > m_footerTop - mm(blockGapMm)) {
            ComposedPage next;
            composeContinued(next);
            m_pages.append(next);
        }
        composeFaxForm(&m_pages.last(), m_footerTop - mm(blockGapMm) - formHeight);
    }
    for (qsizetype number = 0; number < m_pages.size(); ++number) {
        composeFooter(&m_pages[number]);
        for (FlyerBlock& block : m_pages[number].blocks)
            block.page = int(number);
    }
}

FittedText FlyerRenderer::Composer::set(const QString& text, QFont::Weight weight, qreal pt, qreal width,
                                        LineBreaks::Level breaks, qreal smallestPt, int maxLines) const
{
    FittedText::Limits limits;
    limits.largestPt = pt;
    limits.smallestPt = smallestPt > 0 ? smallestPt : pt;
    limits.maxLines = smallestPt > 0 ? maxLines : 1000;
    limits.breaks = breaks;
    // Titles, names and headings break between phrases into lines of even length.
    limits.balanced = breaks == LineBreaks::Level::Phrases;
    return FittedText::fitted(text, BadgeStyle::font(weight), QSizeF(width, smallestPt > 0 ? mm(60) : 1e9), limits,
                              m_device);
}

qreal FlyerRenderer::Composer::put(ComposedPage& page, const FittedText& text, qreal left, qreal top,
                                   const QColor& colour, Qt::Alignment alignment, qreal width)
{
    if (text.isEmpty())
        return 0;
    Ink ink;
    ink.kind = Ink::Kind::Text;
    ink.text = text;
    ink.rect = QRectF(left, top, qMax(width, text.size().width()), text.size().height());
    ink.colour = colour;
    ink.alignment = alignment;
    page.inks.append(ink);
    return text.size().height();
}

void FlyerRenderer::Composer::fill(ComposedPage& page, const QRectF& rect, const QColor& colour)
{
    Ink ink;
    ink.kind = Ink::Kind::Fill;
    ink.rect = rect;
    ink.colour = colour;
    page.inks.append(ink);
}

void FlyerRenderer::Composer::addBlock(ComposedPage& page, const QString& name, const QRectF& rect) const
{
    const QRectF inMm(rect.left() / m_mm, rect.top() / m_mm, rect.width() / m_mm, rect.height() / m_mm);
    // Rows of one block that follow each other on a page make one rectangle.
    if (!page.blocks.isEmpty() && page.blocks.last().name == name) {
        page.blocks.last().rectMm = page.blocks.last().rectMm.united(inMm);
        return;
    }
    page.blocks.append({0, name, inMm}); // numbered when the pages are done
}

// The organiser, the titles (the subtitle on its own, smaller line), white on navy across the top.
qreal FlyerRenderer::Composer::composeHeader(ComposedPage& page) const
{
    const Sizes& s = m_sizes;
    qreal y = mm(8);
    y += put(page, set(m_content.inLanguage(m_content.seminar.organiser), QFont::Medium, s.body, m_width), m_left, y,
             paleAccent);
    y += mm(3);
    const QStringList languages = m_content.languages();
    for (const QString& language : languages) {
        const bool first = language == languages.constFirst();
        auto [title, subtitle] = m_content.titleAndSubtitle(language);
        if (language == QLatin1String("en")) {
            title = FlyerContent::withTypographicQuotes(title);
            subtitle = FlyerContent::withTypographicQuotes(subtitle);
        }
        if (!first)
            y += mm(3);
        const qreal titlePt = first ? s.title : s.secondTitle;
        y += put(page,
                 set(title, first ? QFont::Bold : QFont::Medium, titlePt, m_width, LineBreaks::Level::Phrases,
                     titlePt * 0.7),
                 m_left, y, first ? QColor(Qt::white) : QColor(0xdd, 0xe6, 0xee));
        if (!subtitle.isEmpty()) {
            y += mm(1);
            const qreal subtitlePt = first ? s.subtitle : s.secondSubtitle;
            y += put(page,
                     set(subtitle, QFont::Medium, subtitlePt, m_width, LineBreaks::Level::Phrases, subtitlePt * 0.8),
                     m_left, y, first ? QColor(Qt::white) : QColor(0xdd, 0xe6, 0xee));
        }
    }
    y += mm(6);
    page.inks.prepend(Ink {Ink::Kind::Fill, QRectF(0, 0, mm(pageWidthMm), y), navy, {}, {}, {}, {}, 0});
    addBlock(page, QStringLiteral("header"), QRectF(0, 0, mm(pageWidthMm), y));
    return y;
}

// The date band, large under the title: 2027年2月12日（金）13:30～17:00（受付 13:00）.
qreal FlyerRenderer::Composer::composeDate(ComposedPage& page, qreal top) const
{
    const int start = int(page.inks.size());
    qreal y = top + mm(4);
    const QStringList languages = m_content.languages();
    for (const QString& language : languages) {
        const bool first = language == languages.constFirst();
        y += put(page,
                 set(m_content.dateLine(language), QFont::Bold, first ? m_sizes.date : m_sizes.secondDate, m_width,
                     LineBreaks::Level::Phrases),
                 m_left, y, Qt::white);
    }
    y += mm(4);
    const QRectF band(0, top, mm(pageWidthMm), y - top);
    page.inks.insert(start, Ink {Ink::Kind::Fill, band, accent, {}, {}, {}, {}, 0});
    addBlock(page, QStringLiteral("date"), band);
    return y;
}

// The venue on the left; capacity, fee and interpretation prominent in a panel on the right.
qreal FlyerRenderer::Composer::composeFacts(ComposedPage& page, qreal top) const
{
    const Sizes& s = m_sizes;
    const QStringList languages = m_content.languages();
    const qreal factsWidth = mm(factsWidthMm);
    const qreal venueWidth = m_width - factsWidth - mm(gutterMm);
    top += mm(blockGapMm);

    qreal y = top;
    if (m_content.venue.id > 0) {
        y += put(page, set(m_content.label(QStringLiteral("venue")), QFont::Bold, s.heading, venueWidth), m_left, y,
                 accent);
        y += mm(1);
        for (const QString& language : languages) {
            const bool first = language == languages.constFirst();
            const QString name = language == QLatin1String("ja") ? m_content.venue.name : m_content.venue.nameEn;
            y += put(page, set(name, QFont::Bold, first ? s.body + 1.5 : s.secondBody + 1, venueWidth), m_left, y, ink);
            y += put(page,
                     set(m_content.venueAddress(language), QFont::Normal, first ? s.body : s.secondBody, venueWidth),
                     m_left, y, first ? ink : secondaryInk);
        }
        const QString access = m_content.venue.accessNotes;
        if (!access.isEmpty()) {
            y += mm(2.5);
            y += put(page, set(m_content.label(QStringLiteral("access")), QFont::Bold, s.heading, venueWidth), m_left,
                     y, accent);
            for (const QString& language : languages) {
                const bool first = language == languages.constFirst();
                y += put(page,
                         set(FlyerContent::inLanguage(access, language), QFont::Normal, first ? s.body : s.secondBody,
                             venueWidth),
                         m_left, y, first ? ink : secondaryInk);
            }
        }
        addBlock(page, QStringLiteral("venue"), QRectF(m_left, top, venueWidth, y - top));
    }

    // The facts panel.
    const qreal panelLeft = m_left + m_width - factsWidth;
    const qreal pad = mm(3.5);
    const qreal inner = factsWidth - 2 * pad;
    ComposedPage facts;
    qreal f = top + pad;
    // Capacity and fee side by side, each its label over its value.
    const qreal cell = (inner - mm(3)) / 2;
    const auto fact = [&](const QString& key, const QString& value, qreal left) {
        qreal y = f;
        if (value.isEmpty())
            return y;
        y += put(facts, set(m_content.label(key), QFont::Bold, s.heading, cell, LineBreaks::Level::Phrases), left, y,
                 accent);
        QString previous;
        for (const QString& language : languages) {
            const bool first = language == languages.constFirst();
            const QString text
                = key == QLatin1String("capacity") ? m_content.capacityText(language) : m_content.feeText(language);
            if (text != previous)
                y += put(facts,
                         set(text, first ? QFont::Bold : QFont::Medium, first ? s.fact : s.secondFact, cell,
                             LineBreaks::Level::Phrases, first ? s.heading : s.secondFact, 1),
                         left, y, first ? navy : secondaryInk);
            previous = text;
        }
        return y;
    };
    const QString capacity = m_content.capacityText(languages.constFirst());
    const qreal capacityBottom = fact(QStringLiteral("capacity"), capacity, panelLeft + pad);
    const qreal feeLeft = capacity.isEmpty() ? panelLeft + pad : panelLeft + pad + cell + mm(3);
    f = qMax(capacityBottom, fact(QStringLiteral("fee"), m_content.feeText(languages.constFirst()), feeLeft));
    if (!m_content.interpretationNotice(languages.constFirst()).isEmpty()) {
        f += mm(2.5);
        for (const QString& language : languages) {
            const bool first = language == languages.constFirst();
            f += put(facts,
                     set(m_content.interpretationNotice(language), first ? QFont::Bold : QFont::Medium,
                         first ? s.heading : s.secondBody, inner, LineBreaks::Level::Phrases),
                     panelLeft + pad, f, first ? accent : secondaryInk);
        }
    }
    f += pad;
    const QRectF panelRect(panelLeft, top, factsWidth, f - top);
    fill(page, panelRect, panel);
    page.inks.append(facts.inks);
    addBlock(page, QStringLiteral("facts"), panelRect);
    return qMax(y, f);
}

QList<FlyerRenderer::Composer::Row> FlyerRenderer::Composer::descriptionRows() const
{
    QList<Row> rows;
    if (!m_content.image.isNull()) {
        // A map or a photograph, fitted whole into its box, never cropped.
        const QSizeF size = m_content.image.size();
        const qreal height = qMin(mm(pictureHeightMm), m_width * size.height() / size.width());
        rows.append({QStringLiteral("picture"), height, [this, height](ComposedPage& page, qreal top) {
                         const QSizeF fitted
                             = QSizeF(m_content.image.size()).scaled(QSizeF(m_width, height), Qt::KeepAspectRatio);
                         Ink picture;
                         picture.kind = Ink::Kind::Picture;
                         picture.rect
                             = QRectF(m_left + (m_width - fitted.width()) / 2, top, fitted.width(), fitted.height());
                         picture.image = m_content.image;
                         page.inks.append(picture);
                         addBlock(page, QStringLiteral("picture"), QRectF(m_left, top, m_width, height));
                     }});
    }
    const QStringList languages = m_content.languages();
    for (const QString& language : languages) {
        const bool first = language == languages.constFirst();
        QString text
            = language == QLatin1String("ja") ? m_content.seminar.descriptionJa : m_content.seminar.descriptionEn;
        if (language == QLatin1String("en"))
            text = FlyerContent::withTypographicQuotes(text);
        const QStringList paragraphs = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& paragraph : paragraphs) {
            const FittedText set
                = this->set(paragraph.trimmed(), QFont::Normal, first ? m_sizes.body : m_sizes.secondBody, m_width);
            if (set.lines().isEmpty())
                continue;
            for (qsizetype i = 0; i < set.lines().size(); ++i) {
                const FittedText line = set.line(i);
                const QColor colour = first ? ink : secondaryInk;
                rows.append({QStringLiteral("description"), line.size().height(),
                             [this, line, colour](ComposedPage& page, qreal top) {
                                 const qreal height = put(page, line, m_left, top, colour);
                                 addBlock(page, QStringLiteral("description"), QRectF(m_left, top, m_width, height));
                             }});
            }
            rows.last().height += mm(1.5); // between paragraphs
        }
    }
    return rows;
}

QList<FlyerRenderer::Composer::Row> FlyerRenderer::Composer::programmeRows() const
{
    QList<Row> rows;
    if (m_content.programme.isEmpty())
        return rows;
    const Sizes& s = m_sizes;
    const FittedText heading = set(m_content.label(QStringLiteral("programme")), QFont::Bold, s.heading, m_width);
    rows.append({QStringLiteral("programme"), heading.size().height() + mm(1.5),
                 [this, heading](ComposedPage& page, qreal top) {
                     const qreal height = put(page, heading, m_left, top, accent);
                     addBlock(page, QStringLiteral("programme"), QRectF(m_left, top, m_width, height + mm(1.5)));
                 },
                 true});
    const QStringList languages = m_content.languages();
    const qreal textWidth = m_width - mm(timeColumnMm);
    for (const ProgrammeItem& item : m_content.programme) {
        QString time = item.startsAt.toString(QStringLiteral("H:mm"));
        if (item.endsAt.isValid())
            time += (m_content.language == FlyerContent::Language::English ? QStringLiteral("–") : QStringLiteral("～"))
                + item.endsAt.toString(QStringLiteral("H:mm"));
        const FittedText timeText = set(time, QFont::Bold, s.body, mm(timeColumnMm - 2));
        // The titles, then each speaker with their affiliation, each on its own line; an English
        // version short enough follows the Japanese one on its line, and one that reads the same
        // is not repeated.
        struct Piece
        {
            FittedText text;
            QColor colour;
            qreal right = 0; // from the title column's left; 0: a line of its own
        };
        QList<Piece> pieces;
        const auto addVersions
            = [&](const QStringList& versions, QFont::Weight firstWeight, const QColor& firstColour) {
                  const qsizetype lineStart = pieces.size();
                  for (qsizetype i = 0; i < versions.size(); ++i) {
                      if (versions.at(i).isEmpty() || (i > 0 && versions.at(i) == versions.at(i - 1)))
                          continue;
                      const bool first = i == 0;
                      Piece piece {set(versions.at(i), first ? firstWeight : QFont::Normal,
                                       first ? s.body : s.secondBody, textWidth),
                                   first ? firstColour : secondaryInk};
                      const qreal gap = mm(4);
                      if (pieces.size() == lineStart + 1 && pieces.last().text.lines().size() == 1
                          && piece.text.lines().size() == 1
                          && pieces.last().text.size().width() + gap + piece.text.size().width() <= textWidth)
                          piece.right = pieces.last().text.size().width() + gap;
                      pieces.append(piece);
                  }
              };
        QStringList titles;
        for (const QString& language : languages) {
            const QString title = item.title(language);
            titles.append(language == QLatin1String("ja") ? title : FlyerContent::withTypographicQuotes(title));
        }
        addVersions(titles, QFont::Medium, ink);
        for (const ProgrammeSpeaker& speaker : item.speakers) {
            QStringList lines;
            for (const QString& language : languages)
                lines.append(FlyerContent::speakerLine(speaker, language));
            addVersions(lines, QFont::Normal, secondaryInk);
        }
        qreal textHeight = 0;
        for (const Piece& piece : pieces)
            textHeight += piece.right > 0 ? 0 : piece.text.size().height();
        const qreal height = qMax(timeText.size().height(), textHeight) + mm(1.8);
        rows.append(
            {QStringLiteral("programme"), height, [this, timeText, pieces, height](ComposedPage& page, qreal top) {
                 put(page, timeText, m_left, top + mm(0.9), navy);
                 qreal y = top + mm(0.9);
                 qreal lineTop = y;
                 qreal baseline = 0;
                 for (const Piece& piece : pieces) {
                     const qreal ascent = piece.text.size().height() - piece.text.descent();
                     if (piece.right > 0) {
                         // On the baseline of the line before it.
                         put(page, piece.text, m_left + mm(timeColumnMm) + piece.right, baseline - ascent,
                             piece.colour);
                         continue;
                     }
                     lineTop = y;
                     baseline = lineTop + ascent;
                     y += put(page, piece.text, m_left + mm(timeColumnMm), y, piece.colour);
                 }
                 Ink line;
                 line.kind = Ink::Kind::Rule;
                 line.rect = QRectF(m_left, top + height, m_width, 0);
                 line.colour = rule;
                 line.lineWidth = mm(0.2);
                 page.inks.append(line);
                 addBlock(page, QStringLiteral("programme"), QRectF(m_left, top, m_width, height));
             }});
    }
    return rows;
}

// How to apply and by when, with a QR code of the registration form, and what becomes of the
// applicant's personal information: kept together on one page.
QList<FlyerRenderer::Composer::Row> FlyerRenderer::Composer::applicationRows() const
{
    const Seminar& seminar = m_content.seminar;
    const QStringList languages = m_content.languages();
    const QString first = languages.constFirst();
    const bool web
        = seminar.applicationMethods.contains(Seminar::ApplicationMethod::Web) && !seminar.registrationUrl.isEmpty();
    const qreal codeColumn = web ? mm(qrSideMm + gutterMm) : 0;
    const qreal pad = mm(2.5);
    const qreal width = m_width - codeColumn - pad;
    const Sizes& s = m_sizes;
    // "Webフォーム / Online：https://…": one line for what reads the same in both languages.
    const QString colon = first == QLatin1String("ja") ? QStringLiteral("：") : QStringLiteral(": ");
    QList<std::pair<FittedText, QColor>> lines;
    const auto add = [&](const QString& text, bool firstLanguage, QFont::Weight weight = QFont::Normal) {
        lines.append(
            {set(text, weight, firstLanguage ? s.body : s.secondBody, width), firstLanguage ? ink : secondaryInk});
    };
    const auto eachLanguage = [&](const QString& key) {
        for (const QString& language : languages)
            add(FlyerContent::label(key, language), language == first);
    };
    for (Seminar::ApplicationMethod method : seminar.applicationMethods) {
        switch (method) {
        case Seminar::ApplicationMethod::Web:
            if (web)
                add(m_content.label(QStringLiteral("applyWeb")) + colon + seminar.registrationUrl, true);
            break;
        case Seminar::ApplicationMethod::Email:
            if (seminar.registrationEmail.isEmpty())
                break;
            add(m_content.label(QStringLiteral("applyEmail")) + colon + seminar.registrationEmail, true);
            eachLanguage(QStringLiteral("applyEmailNote"));
            break;
        case Seminar::ApplicationMethod::Fax:
            if (m_content.applicationFax(first).isEmpty())
                break;
            for (const QString& language : languages)
                add(FlyerContent::label(
                        m_content.faxForm ? QStringLiteral("applyFax") : QStringLiteral("applyFaxNoForm"), language)
                        .arg(m_content.applicationFax(language)),
                    language == first);
            break;
        }
    }
    if (seminar.registrationDeadline.isValid()) {
        QStringList dates;
        for (const QString& language : languages)
            dates.append(FlyerContent::date(seminar.registrationDeadline, language));
        add(m_content.label(QStringLiteral("deadline")) + colon + dates.join(QStringLiteral(" / ")), true, QFont::Bold);
    }
    if (lines.isEmpty())
        return {};
    for (const QString& language : languages) {
        const QString separator = language == QLatin1String("ja") ? QStringLiteral("：") : QStringLiteral(": ");
        lines.append({set(FlyerContent::label(QStringLiteral("privacy"), language) + separator
                              + FlyerContent::label(QStringLiteral("privacyNote"), language),
                          QFont::Normal, s.secondBody, width),
                      secondaryInk});
    }
    const FittedText heading = set(m_content.label(QStringLiteral("apply")), QFont::Bold, s.heading, width);
    qreal textHeight = heading.size().height() + mm(1);
    for (const auto& line : lines)
        textHeight += line.first.size().height();
    const FittedText caption = set(m_content.label(QStringLiteral("qrNote")), QFont::Normal, s.secondBody, mm(qrSideMm),
                                   LineBreaks::Level::Phrases);
    const qreal height = qMax(textHeight, web ? mm(qrSideMm) + caption.size().height() : 0.0) + 2 * pad;
    return {{QStringLiteral("application"), height, [=](ComposedPage& page, qreal top) {
                 const QRectF box(m_left, top, m_width, height);
                 Ink frame;
                 frame.kind = Ink::Kind::Frame;
                 frame.rect = box.adjusted(mm(0.3), mm(0.3), -mm(0.3), -mm(0.3));
                 frame.colour = accent;
                 frame.lineWidth = mm(0.5);
                 page.inks.append(frame);
                 qreal y = top + pad;
                 y += put(page, heading, m_left + pad, y, accent) + mm(1);
                 for (const auto& [text, colour] : lines)
                     y += put(page, text, m_left + pad, y, colour);
                 if (web) {
                     Ink code;
                     code.kind = Ink::Kind::Code;
                     code.rect = QRectF(m_left + m_width - pad - mm(qrSideMm), top + pad, mm(qrSideMm), mm(qrSideMm));
                     code.code = seminar.registrationUrl;
                     page.inks.append(code);
                     put(page, caption, code.rect.left(), code.rect.bottom(), secondaryInk, Qt::AlignHCenter,
                         mm(qrSideMm));
                 }
                 addBlock(page, QStringLiteral("application"), box);
             }}};
}

// Places ROWS down the pages from FIRST_TOP, each row whole, starting a page where the next one
// would reach the footer; a programme that runs on gets its heading again.
void FlyerRenderer::Composer::flow(const QList<Row>& rows, qreal firstTop)
{
    const qreal bottom = m_footerTop - mm(blockGapMm);
    qreal y = firstTop;
    QString previous;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        const qreal gap = previous.isEmpty() || previous == row.block ? 0 : mm(blockGapMm);
        qreal needed = gap + row.height;
        if (row.keepWithNext && i + 1 < rows.size())
            needed += rows.at(i + 1).height;
        if (y + needed > bottom && !m_pages.constLast().blocks.isEmpty()) {
            ComposedPage next;
            y = composeContinued(next);
            m_pages.append(next);
            if (row.block == previous && row.block == QLatin1String("programme") && !row.keepWithNext) {
                const FittedText heading
                    = set(FlyerContent::label(QStringLiteral("continued"), m_content.languages().constFirst())
                              .arg(m_content.label(QStringLiteral("programme"))),
                          QFont::Bold, m_sizes.heading, m_width);
                const qreal height = put(m_pages.last(), heading, m_left, y, accent) + mm(1.5);
                addBlock(m_pages.last(), QStringLiteral("programme"), QRectF(m_left, y, m_width, height));
                y += height;
            }
        } else {
            y += gap;
        }
        row.place(m_pages.last(), y);
        y += row.height;
        previous = row.block;
    }
}

// The top of a page that continues the flyer: the title, smaller, with "(continued)".
qreal FlyerRenderer::Composer::composeContinued(ComposedPage& page) const
{
    const QString language = m_content.languages().constFirst();
    const QString title
        = FlyerContent::label(QStringLiteral("continued"), language).arg(m_content.titleAndSubtitle(language).first);
    const qreal top = mm(marginMm);
    const qreal height
        = put(page, set(title, QFont::Bold, m_sizes.heading, m_width, LineBreaks::Level::Phrases), m_left, top, navy);
    Ink line;
    line.kind = Ink::Kind::Rule;
    line.rect = QRectF(m_left, top + height + mm(1.5), m_width, 0);
    line.colour = accent;
    line.lineWidth = mm(0.5);
    page.inks.append(line);
    addBlock(page, QStringLiteral("continued"), QRectF(m_left, top, m_width, height + mm(1.5)));
    return top + height + mm(1.5) + mm(blockGapMm);
}

// The organisers and the enquiries contact in a pale panel at the foot of every page. Without a
// page, only measures: gives the footer's height.
qreal FlyerRenderer::Composer::composeFooter(ComposedPage* target) const
{
    ComposedPage scratch;
    ComposedPage& page = target ? *target : scratch;
    const int start = int(page.inks.size());
    const Sizes& s = m_sizes;
    const QStringList languages = m_content.languages();
    const qreal pad = mm(4);
    const qreal columnWidth = (m_width - 2 * pad - mm(gutterMm)) / 2;
    const qreal top = target ? m_footerTop : 0;
    const qreal left = m_left + pad;
    const qreal right = left + columnWidth + mm(gutterMm);
    const auto heading = [&](const QString& key, qreal x, qreal y) {
        return put(page, set(m_content.label(key), QFont::Bold, s.heading, columnWidth), x, y, accent);
    };
    const auto lines = [&](const QStringList& texts, qreal x, qreal y, qreal width) {
        qreal used = 0;
        QStringList shown;
        for (const QString& text : texts) {
            if (text.isEmpty() || shown.contains(text))
                continue;
            shown.append(text);
            used += put(page, set(text, QFont::Normal, s.secondBody, width, LineBreaks::Level::Phrases), x, y + used,
                        ink);
        }
        return used;
    };
    const auto names = [&](const QList<Contact>& contacts) {
        QStringList texts;
        for (const Contact& contact : contacts) {
            for (const QString& language : languages)
                texts.append(FlyerContent::contactName(contact, language));
        }
        return texts;
    };

    // The organisers as a list of definitions: 主催 / 共催 / 後援 on the left of their names.
    const std::pair<QString, QStringList> organisers[]
        = {{QStringLiteral("organiser"), {m_content.inLanguage(m_content.seminar.organiser)}},
           {QStringLiteral("coOrganiser"), names(m_content.coOrganisers)},
           {QStringLiteral("supporter"), names(m_content.supporters)}};
    qreal termWidth = 0;
    for (const auto& [key, texts] : organisers) {
        if (!texts.join(QString()).isEmpty())
            termWidth = qMax(termWidth, set(m_content.label(key), QFont::Bold, s.heading, columnWidth).size().width());
    }
    // A line measured whole is kerned; set in pieces it may need a hair more. Terms as long as
    // a bilingual flyer's stand above their names.
    termWidth += mm(1);
    const bool beside = termWidth < columnWidth * 0.4;
    const qreal valueLeft = beside ? left + termWidth + mm(2.5) : left;
    qreal l = top + pad;
    for (const auto& [key, texts] : organisers) {
        if (texts.join(QString()).isEmpty())
            continue;
        const qreal term = put(page,
                               set(m_content.label(key), QFont::Bold, s.heading, beside ? termWidth : columnWidth,
                                   LineBreaks::Level::Phrases),
                               left, l, accent);
        const qreal named = lines(texts, valueLeft, beside ? l : l + term, left + columnWidth - valueLeft);
        l += (beside ? qMax(term, named) : term + named) + mm(1.2);
    }
    qreal r = top + pad;
    if (!m_content.enquiries.isEmpty())
        r += heading(QStringLiteral("enquiries"), right, r);
    for (const Contact& contact : m_content.enquiries) {
        QStringList texts;
        for (const QString& language : languages)
            texts.append(FlyerContent::contactName(contact, language));
        for (const QString& language : languages)
            texts.append(FlyerContent::contactAddress(contact, language));
        // Japanese readers dial the domestic form, others the international one.
        QStringList numbers;
        for (const auto& [key, number] :
             {std::pair {QStringLiteral("tel"), contact.tel}, std::pair {QStringLiteral("fax"), contact.fax}}) {
            if (number.isEmpty())
                continue;
            QStringList forms;
            for (const QString& language : languages) {
                const QString form = PhoneNumber::display(number, language);
                if (!forms.contains(form))
                    forms.append(form);
            }
            numbers.append(QStringLiteral("%1 %2").arg(FlyerContent::label(key, languages.constFirst()),
                                                       forms.join(QStringLiteral(" / "))));
        }
        texts.append(numbers.join(QStringLiteral("　")));
        if (!contact.email.isEmpty())
            texts.append(QStringLiteral("%1 %2").arg(
                FlyerContent::label(QStringLiteral("email"), languages.constFirst()), contact.email));
        r += lines(texts, right, r, columnWidth);
        r += mm(1.5);
    }

    qreal y = qMax(l, r);
    y += pad;
    const QRectF box(m_left, top, m_width, y - top);
    page.inks.insert(start, Ink {Ink::Kind::Fill, box, panel, {}, {}, {}, {}, 0});
    page.inks.insert(start + 1,
                     Ink {Ink::Kind::Fill, QRectF(m_left, top, mm(1.5), y - top), accent, {}, {}, {}, {}, 0});
    if (target)
        addBlock(page, QStringLiteral("footer"), box);
    return y - top;
}

// A form to fill in and send by FAX: 氏名, フリガナ, 所属, 電話, E-mail, レシーバー要否. Without a page,
// only measures: gives its height.
qreal FlyerRenderer::Composer::composeFaxForm(ComposedPage* target, qreal top) const
{
    ComposedPage scratch;
    ComposedPage& page = target ? *target : scratch;
    const Sizes& s = m_sizes;
    const QString language = m_content.languages().constFirst();
    const QString fax = m_content.applicationFax(language);
    QString title = m_content.label(QStringLiteral("faxForm"));
    if (!fax.isEmpty())
        title += QStringLiteral("　") + FlyerContent::label(QStringLiteral("faxTo"), language).arg(fax);
    qreal y = top;
    const FittedText heading = set(title, QFont::Bold, s.heading + 2, m_width - mm(4), LineBreaks::Level::Phrases);
    fill(page, QRectF(m_left, y, m_width, heading.size().height() + mm(3)), navy);
    y += mm(1.5);
    y += put(page, heading, m_left + mm(2), y, Qt::white) + mm(1.5);
    const QStringList fields {QStringLiteral("formName"),         QStringLiteral("formReading"),
                              QStringLiteral("formOrganisation"), QStringLiteral("formPhone"),
                              QStringLiteral("formEmail"),        QStringLiteral("formReceiver")};
    for (const QString& field : fields) {
        // A row as high as its label needs, room to write in at the least.
        const FittedText label = set(m_content.label(field), QFont::Medium, s.body, mm(formLabelMm - 3),
                                     LineBreaks::Level::Phrases, s.secondBody);
        const qreal height = qMax(mm(formRowMm), label.size().height() + mm(2));
        fill(page, QRectF(m_left, y, mm(formLabelMm), height), panel);
        Ink cell;
        cell.kind = Ink::Kind::Frame;
        cell.rect = QRectF(m_left, y, m_width, height);
        cell.colour = secondaryInk;
        cell.lineWidth = mm(0.25);
        page.inks.append(cell);
        put(page, label, m_left + mm(1.5), y + (height - label.size().height()) / 2, ink);
        if (field == QLatin1String("formReceiver")) {
            const FittedText choice = set(m_content.label(QStringLiteral("formReceiverChoice")), QFont::Normal, s.body,
                                          m_width - mm(formLabelMm + 3));
            put(page, choice, m_left + mm(formLabelMm + 3), y + (height - choice.size().height()) / 2, ink);
        }
        y += height;
    }
    if (target)
        addBlock(page, QStringLiteral("fax form"), QRectF(m_left, top, m_width, y - top));
    return y - top;
}

FlyerRenderer::FlyerRenderer(FlyerContent content)
    : m_content(std::move(content))
{
}

qreal FlyerRenderer::smallestBodyPt(FlyerContent::Language language)
{
    const Sizes sizes = sizesFor(language);
    return qMin(sizes.body, sizes.secondBody);
}

QPageLayout FlyerRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
}

void FlyerRenderer::setUpPage(QPagedPaintDevice& device)
{
    device.setPageLayout(pageLayout());
}

QList<FlyerBlock> FlyerRenderer::layOut(const QPaintDevice* device) const
{
    const Composer composer(m_content, device);
    QList<FlyerBlock> blocks;
    for (const ComposedPage& page : composer.pages())
        blocks.append(page.blocks);
    return blocks;
}

Status FlyerRenderer::paint(QPagedPaintDevice& device) const
{
    const Composer composer(m_content, &device);
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Could not start painting the flyer."));
    painter.setRenderHint(QPainter::Antialiasing);
    bool first = true;
    for (const ComposedPage& page : composer.pages()) {
        if (!first)
            device.newPage();
        first = false;
        for (const Ink& ink : page.inks) {
            switch (ink.kind) {
            case Ink::Kind::Text:
                painter.setPen(ink.colour);
                ink.text.paint(painter, ink.rect, ink.alignment);
                break;
            case Ink::Kind::Fill:
                painter.fillRect(ink.rect, ink.colour);
                break;
            case Ink::Kind::Rule:
                painter.setPen(QPen(ink.colour, ink.lineWidth));
                painter.drawLine(ink.rect.topLeft(), ink.rect.topRight());
                break;
            case Ink::Kind::Frame:
                painter.setPen(QPen(ink.colour, ink.lineWidth));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(ink.rect);
                break;
            case Ink::Kind::Picture:
                painter.drawImage(ink.rect, ink.image);
                break;
            case Ink::Kind::Code:
                QrCode(ink.code).paint(painter, ink.rect);
                break;
            }
        }
    }
    if (!painter.end())
        return fail(tr("Could not finish painting the flyer."));
    return {};
}

Result<std::optional<PrintedJob>> FlyerRenderer::print(const PrintTarget& target) const
{
    const QString title
        = m_content.seminar.title(m_content.showsJapanese() ? QStringLiteral("ja") : QStringLiteral("en"));
    return target.send(title, [this](QPdfWriter& writer) {
        setUpPage(writer);
        return paint(writer);
    });
}

Status FlyerRenderer::savePdf(const QString& path) const
{
    auto written = print(PrintTarget::pdfFile(path));
    return written ? Status() : fail(written.error());
}

} // namespace sd
