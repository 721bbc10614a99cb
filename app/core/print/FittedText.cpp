#include "core/print/FittedText.h"

#include <array>

#include <QCache>
#include <QFontMetricsF>
#include <QPainter>

namespace sd {

namespace {

// Each try is this much smaller than the last: steps too small to see, few enough to be quick.
constexpr qreal shrinkStep = 0.94;
// Text is measured once at this size; without hinting its widths grow in proportion to the size.
constexpr qreal referencePt = 100;
// Half a pixel of slack: advances are summed in floating point.
constexpr qreal slack = 0.5;
const QString hyphen = QStringLiteral("-");
const QString ellipsis = QStringLiteral("…");

constexpr std::array levels {LineBreaks::Level::Phrases, LineBreaks::Level::Characters, LineBreaks::Level::Anywhere};

bool isEastAsian(QChar character)
{
    switch (character.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        // Full-width punctuation and the prolonged sound mark are Common or Inherited.
        return character.unicode() >= 0x3000 && character.unicode() <= 0x30FF;
    }
}

// How many widths widthOf() keeps: the words, organisations and titles of a few thousand badges.
constexpr qsizetype rememberedWidths = 100000;

// What identifies a font for widthOf(), but its size: family, fallbacks, weight, spacing, strategy.
QString keyOf(const QFont& font)
{
    QFont unsized = font;
    unsized.setPointSizeF(referencePt);
    return unsized.toString() + QLatin1Char('|') + font.families().join(QLatin1Char(','));
}

// TEXT's width in FONT (known by KEY, from keyOf()) at POINT_SIZE on DEVICE, as QFontMetricsF
// measures it, remembered. Measuring shapes the text and, at print resolution, has FreeType load
// every glyph's outline again (Qt keeps no glyphs that large), while badge after badge measures
// the same title, organisations, words and sizes: this was most of the time a badge took.
qreal widthOf(const QString& text, const QFont& font, const QString& key, qreal pointSize, const QPaintDevice* device)
{
    thread_local QCache<QString, qreal> widths(rememberedWidths);
    const QString entry = key + QLatin1Char('|') + QString::number(pointSize, 'g', 17) + QLatin1Char('|')
        + QString::number(device ? device->logicalDpiX() : 0) + QLatin1Char('|') + text;
    if (const qreal* known = widths.object(entry))
        return *known;
    QFont sized = font;
    sized.setPointSizeF(pointSize);
    const qreal width = QFontMetricsF(sized, const_cast<QPaintDevice*>(device)).horizontalAdvance(text);
    widths.insert(entry, new qreal(width));
    return width;
}

// A font's ascent, descent and line spacing at the reference size on one device.
struct VerticalMetrics
{
    qreal ascent = 0;
    qreal descent = 0;
    qreal lineSpacing = 0;
};

// FONT's (known by KEY, from keyOf()) at the reference size on DEVICE, remembered: a new QFont
// for every text has Qt's font database look for the font again.
VerticalMetrics verticalMetricsOf(const QFont& font, const QString& key, const QPaintDevice* device)
{
    thread_local QHash<QString, VerticalMetrics> known;
    const QString entry = QString::number(device ? device->logicalDpiX() : 0) + QLatin1Char('|') + key;
    const auto found = known.constFind(entry);
    if (found != known.constEnd())
        return *found;
    QFont reference = font;
    reference.setPointSizeF(referencePt);
    const QFontMetricsF metrics(reference, const_cast<QPaintDevice*>(device));
    const VerticalMetrics measured {metrics.ascent(), metrics.descent(), metrics.lineSpacing()};
    known.insert(entry, measured);
    return measured;
}

} // namespace

// A piece of the text between two places where a line may break, measured at the reference size.
struct Atom
{
    qsizetype end = 0;
    qreal width = 0;
    qreal trimmedWidth = 0; // without the spaces at its end, as it stands at the end of a line
    bool hyphen = false; // a line ending here ends inside a word: it takes a hyphen
};

struct FittedText::Measured
{
    QString text;
    QFont font;
    QString fontKey; // keyOf(font)
    const QPaintDevice* device = nullptr;
    qreal ascent = 0;
    qreal descent = 0;
    qreal lineSpacing = 0;
    qreal hyphenWidth = 0;
    mutable std::array<QList<Atom>, levels.size()> atoms; // each level's, measured when first asked for

    const QList<Atom>& atomsAt(LineBreaks::Level level) const
    {
        QList<Atom>& list = atoms.at(std::size_t(level));
        if (!list.isEmpty() || text.isEmpty())
            return list;
        const QList<qsizetype> natural = level == LineBreaks::Level::Anywhere
            ? LineBreaks::positions(text, LineBreaks::Level::Characters)
            : QList<qsizetype>();
        qsizetype begin = 0;
        for (qsizetype end : LineBreaks::positions(text, level)) {
            const QString piece = text.mid(begin, end - begin);
            qsizetype trimmed = piece.size();
            while (trimmed > 0 && piece.at(trimmed - 1).isSpace())
                --trimmed;
            Atom atom;
            atom.end = end;
            atom.width = width(piece, referencePt, device);
            atom.trimmedWidth = trimmed == piece.size() ? atom.width : width(piece.left(trimmed), referencePt, device);
            atom.hyphen = level == LineBreaks::Level::Anywhere && end < text.size() && !natural.contains(end)
                && !isEastAsian(text.at(end - 1)) && !isEastAsian(text.at(end));
            list.append(atom);
            begin = end;
        }
        return list;
    }

    qreal width(const QString& piece, qreal pointSize, const QPaintDevice* on) const
    {
        return widthOf(piece, font, fontKey, pointSize, on);
    }
};

struct FittedText::Line
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool hyphen = false;
};

FittedText::FittedText()
    : m_measured(std::make_shared<Measured>())
{
}

FittedText::FittedText(const QString& text, const QFont& font, const QPaintDevice* device)
{
    auto measured = std::make_shared<Measured>();
    measured->text = text;
    measured->font = font;
    measured->font.setPointSizeF(referencePt);
    measured->fontKey = keyOf(font);
    measured->device = device;
    const VerticalMetrics metrics = verticalMetricsOf(font, measured->fontKey, device);
    measured->ascent = metrics.ascent;
    measured->descent = metrics.descent;
    measured->lineSpacing = metrics.lineSpacing;
    measured->hyphenWidth = measured->width(hyphen, referencePt, device);
    m_measured = std::move(measured);
}

FittedText FittedText::fitted(const QString& text, const QFont& font, const QSizeF& box, const Limits& limits,
                              const QPaintDevice* device)
{
    FittedText fitted(text, font, device);
    fitted.fit(box, limits);
    return fitted;
}

const QString& FittedText::text() const
{
    return m_measured->text;
}

bool FittedText::isEmpty() const
{
    return m_measured->text.isEmpty();
}

QFont FittedText::font() const
{
    QFont font = m_measured->font;
    font.setPointSizeF(m_pointSize);
    return font;
}

qreal FittedText::height(qsizetype lines, qreal pointSize, qreal leading) const
{
    const Measured& m = *m_measured;
    const qreal scale = pointSize / referencePt;
    return (m.ascent + m.descent + qMax<qsizetype>(lines - 1, 0) * m.lineSpacing * leading) * scale;
}

// Lines no wider than WIDTH at POINT_SIZE, filled greedily with LEVEL's pieces; none when a piece
// alone is wider. At the finest level a word wider than a line is split between its characters.
QList<FittedText::Line> FittedText::fill(LineBreaks::Level level, qreal pointSize, qreal width) const
{
    const Measured& m = *m_measured;
    const qreal scale = pointSize / referencePt;
    const qreal limit = width / scale + slack;
    const bool splitWords = level == LineBreaks::Level::Anywhere;
    const QList<Atom>& atoms = m.atomsAt(splitWords ? LineBreaks::Level::Characters : level);
    const QList<Atom>& characters = splitWords ? m.atomsAt(LineBreaks::Level::Anywhere) : atoms;
    QList<Line> lines;
    Line line;
    qreal lineWidth = 0; // of the atoms on the line, spaces included
    qsizetype begin = 0;
    const auto place = [&](const Atom& atom) {
        const qreal hyphenWidth = atom.hyphen ? m.hyphenWidth : 0;
        if (line.end > line.begin && lineWidth + atom.trimmedWidth + hyphenWidth > limit) {
            lines.append(line);
            line = Line {begin, begin, false};
            lineWidth = 0;
        }
        line.end = atom.end;
        line.hyphen = atom.hyphen;
        lineWidth += atom.width;
        begin = atom.end;
    };
    qsizetype character = 0;
    for (const Atom& atom : atoms) {
        if (atom.trimmedWidth > limit) {
            if (!splitWords)
                return {};
            for (; character < characters.size() && characters.at(character).end <= atom.end; ++character) {
                if (characters.at(character).end > begin)
                    place(characters.at(character));
            }
            continue;
        }
        place(atom);
    }
    if (line.end > line.begin) {
        line.hyphen = false;
        lines.append(line);
    }
    return lines;
}

void FittedText::fit(const QSizeF& box, const Limits& limits)
{
    m_shortened = false;
    if (isEmpty()) {
        set({}, limits.largestPt, limits.leading);
        return;
    }
    const auto fits = [&](const QList<Line>& lines, qreal pointSize) {
        return !lines.isEmpty() && lines.size() <= limits.maxLines
            && height(lines.size(), pointSize, limits.leading) <= box.height() + slack;
    };
    const auto sizes = [&] {
        QList<qreal> list;
        for (qreal pt = limits.largestPt; pt > limits.smallestPt; pt *= shrinkStep)
            list.append(pt);
        list.append(qMin(limits.smallestPt, limits.largestPt));
        return list;
    }();
    // Hyphenated breaks are for names only: shortened text is cut rather than split mid-word.
    const auto lastLevel = limits.mayShorten ? LineBreaks::Level::Characters : LineBreaks::Level::Anywhere;
    for (LineBreaks::Level level : levels) {
        if (level < limits.breaks || level > lastLevel)
            continue;
        for (qreal pt : sizes) {
            const QList<Line> lines = fill(level, pt, box.width());
            if (fits(lines, pt)) {
                set(limits.balanced ? balance(lines, level, pt, box.width()) : lines, pt, limits.leading);
                return;
            }
        }
    }
    const qreal smallest = sizes.constLast();
    if (!limits.mayShorten) {
        // More lines than asked for, words whole where they fit.
        for (LineBreaks::Level level : levels) {
            const QList<Line> lines = fill(level, smallest, box.width());
            if (!lines.isEmpty() || level == LineBreaks::Level::Anywhere) {
                set(lines, smallest, limits.leading);
                return;
            }
        }
    }
    QList<Line> lines = fill(LineBreaks::Level::Characters, smallest, box.width());
    if (lines.isEmpty()) // a word wider than the box: one line, cut
        lines = {Line {0, text().size(), false}};
    const qreal pitch = m_measured->lineSpacing * limits.leading * smallest / referencePt;
    const qreal room = box.height() - height(1, smallest, limits.leading);
    const int keep = qMax(1, qMin(limits.maxLines, int(room / pitch + 1e-6) + 1));
    m_shortened = true;
    set(shorten(lines, smallest, box.width(), keep), smallest, limits.leading);
}

// LINES filled again into the narrowest width that takes no more of them: lines of even length.
QList<FittedText::Line> FittedText::balance(const QList<Line>& lines, LineBreaks::Level level, qreal pointSize,
                                            qreal width) const
{
    if (lines.size() < 2)
        return lines;
    QList<Line> best = lines;
    qreal narrow = width / lines.size();
    qreal wide = width;
    for (int step = 0; step < 10; ++step) {
        const qreal middle = (narrow + wide) / 2;
        const QList<Line> tried = fill(level, pointSize, middle);
        if (!tried.isEmpty() && tried.size() <= lines.size()) {
            best = tried;
            wide = middle;
        } else {
            narrow = middle;
        }
    }
    return best;
}

// The first KEEP of LINES, the last of them cut so that it ends in an ellipsis within WIDTH.
QList<FittedText::Line> FittedText::shorten(QList<Line> lines, qreal pointSize, qreal width, int keep) const
{
    const Measured& m = *m_measured;
    lines = lines.mid(0, keep);
    Line& last = lines.last();
    last.hyphen = false;
    const qreal scale = pointSize / referencePt;
    const QList<qsizetype> graphemes = LineBreaks::positions(m.text, LineBreaks::Level::Anywhere);
    for (auto end = graphemes.crbegin(); end != graphemes.crend(); ++end) {
        if (*end > last.end || *end <= last.begin)
            continue;
        const QString kept = m.text.mid(last.begin, *end - last.begin).trimmed() + ellipsis;
        last.end = *end;
        if (m.width(kept, referencePt, m.device) * scale <= width + slack)
            break;
    }
    return lines;
}

void FittedText::set(const QList<Line>& lines, qreal pointSize, qreal leading)
{
    const Measured& m = *m_measured;
    m_pointSize = pointSize;
    m_leading = leading;
    m_lines.clear();
    qreal widest = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line& line = lines.at(i);
        QString text = m.text.mid(line.begin, line.end - line.begin).trimmed();
        if (line.hyphen)
            text += hyphen;
        else if (m_shortened && i == lines.size() - 1)
            text += ellipsis;
        widest = qMax(widest, m.width(text, pointSize, m.device));
        m_lines.append(text);
    }
    m_size = QSizeF(widest, lines.isEmpty() ? 0 : height(lines.size(), pointSize, leading));
}

FittedText FittedText::line(qsizetype index) const
{
    FittedText line = *this;
    line.m_lines = QStringList {m_lines.at(index)};
    line.m_size = QSizeF(m_measured->width(line.m_lines.constFirst(), m_pointSize, m_measured->device),
                         height(1, m_pointSize, m_leading));
    return line;
}

qreal FittedText::descent() const
{
    return m_measured->descent * m_pointSize / referencePt;
}

qreal FittedText::lineHeight(QFont font, qreal pointSize, const QPaintDevice* device)
{
    // Measured as fit() measures: at the reference size, in proportion (a font engine rounds its
    // ascent and descent to whole pixels at each size).
    const VerticalMetrics metrics = verticalMetricsOf(font, keyOf(font), device);
    return (metrics.ascent + metrics.descent) * pointSize / referencePt;
}

bool FittedText::fits(const QSizeF& box) const
{
    return m_size.width() <= box.width() + slack && m_size.height() <= box.height() + slack;
}

void FittedText::paint(QPainter& painter, const QRectF& box, Qt::Alignment alignment) const
{
    if (m_lines.isEmpty())
        return;
    painter.save();
    const QFont font = this->font();
    painter.setFont(font);
    const qreal scale = m_pointSize / referencePt;
    qreal top = box.top();
    if (alignment & Qt::AlignBottom)
        top = box.bottom() - m_size.height();
    else if (alignment & Qt::AlignVCenter)
        top = box.top() + (box.height() - m_size.height()) / 2;
    qreal baseline = top + m_measured->ascent * scale;
    for (const QString& line : m_lines) {
        const qreal width = m_measured->width(line, m_pointSize, painter.device());
        qreal left = box.left();
        if (alignment & Qt::AlignRight)
            left = box.right() - width;
        else if (alignment & Qt::AlignHCenter)
            left = box.left() + (box.width() - width) / 2;
        painter.drawText(QPointF(left, baseline), line);
        baseline += m_measured->lineSpacing * m_leading * scale;
    }
    painter.restore();
}

} // namespace sd
