#include "core/print/BoothSheet.h"

#include <algorithm>
#include <iterator>

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include "core/print/BadgeStyle.h"
#include "core/print/FittedText.h"
#include "core/print/FlyerContent.h"
#include "core/records/PhoneNumber.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/ProgrammeStore.h"
#include "core/stores/SeminarStore.h"
#include "core/stores/VenueStore.h"

namespace sd {

namespace {

const char* const context = "BoothSheet";

constexpr qreal pageWidthMm = 210;
constexpr qreal pageHeightMm = 297;
constexpr qreal marginMm = 14;
constexpr qreal sectionGapMm = 6;
constexpr qreal nameColumnMm = 38;
constexpr qreal rotaRowMm = 9;
constexpr qreal timeColumnMm = 26;
constexpr qreal languageColumnMm = 26;
constexpr int turnColumns = 3;
// A sheet whose programme is long is set smaller, down to this share of its type, to stay on its page.
constexpr qreal smallestScale = 0.55;

const QColor navy(0x12, 0x35, 0x55);
const QColor accent(0x1f, 0x8a, 0x7a);
const QColor ink(0x1f, 0x23, 0x28);
const QColor secondaryInk(0x4a, 0x51, 0x59);
const QColor panel(0xf1, 0xf4, 0xf6);
const QColor rule(0xcf, 0xd5, 0xdb);
const QColor breakShade(0xe4, 0xe7, 0xea);
// One colour an interpreter, light enough for black text on it.
const QColor barColours[] = {QColor(0xa8, 0xd8, 0xcf), QColor(0xf3, 0xc9, 0x8b), QColor(0xb7, 0xc8, 0xe8),
                             QColor(0xe8, 0xb4, 0xc4), QColor(0xc9, 0xdf, 0x9d), QColor(0xd4, 0xc2, 0xe6)};

int minuteOf(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

QString clock(const QTime& time)
{
    return time.toString(QStringLiteral("H:mm"));
}

// "13:30～14:00" in Japanese, "13:30–14:00" in English.
QString timeRange(const QTime& start, const QTime& end, const OutputLanguage& language)
{
    if (!start.isValid())
        return {};
    if (!end.isValid())
        return clock(start);
    return QStringLiteral("%1%2%3").arg(clock(start),
                                        language.isJapanese() ? QStringLiteral("～") : QStringLiteral("–"), clock(end));
}

// TEXTS once each, in order, joined as the sheet's languages are: "交代表 / Rota".
QString joined(const QStringList& texts, const QString& separator = QStringLiteral(" / "))
{
    QStringList distinct;
    for (const QString& text : texts) {
        if (!text.isEmpty() && !distinct.contains(text))
            distinct.append(text);
    }
    return distinct.join(separator);
}

// Whether a speaker's name or affiliation is written in both languages ("山田 太郎 / Taro YAMADA"):
// only then does a bilingual sheet give the speaker twice.
bool writtenInBoth(const ProgrammeSpeaker& speaker)
{
    const auto differs = [](const QString& text) {
        return FlyerContent::inLanguage(text, QStringLiteral("ja"))
            != FlyerContent::inLanguage(text, QStringLiteral("en"));
    };
    return differs(speaker.name) || differs(speaker.affiliation);
}

} // namespace

// Lays out and paints one booth's page; without a painter it only measures.
class BoothSheet::PagePainter
{
public:
    PagePainter(const BoothSheet& sheet, const StaffedBooth& booth, const QPaintDevice* device, qreal scale)
        : m_sheet(sheet)
        , m_booth(booth)
        , m_device(device)
        , m_mm(device->logicalDpiX() / 25.4)
        , m_scale(scale)
        , m_left(mm(marginMm))
        , m_width(mm(pageWidthMm - 2 * marginMm))
    {
    }

    // Paints on PAINTER (or only measures, without one); gives how far down the page it went.
    qreal paint(QPainter* painter, int pageNumber, int pageCount)
    {
        m_painter = painter;
        qreal y = header();
        y = rota(y + mm(sectionGapMm));
        y = programme(y + mm(sectionGapMm));
        y = contacts(y + mm(sectionGapMm));
        footer(pageNumber, pageCount);
        return y;
    }

private:
    qreal mm(qreal millimetres) const { return millimetres * m_mm; }
    // A length of the sheet's type and rows, smaller on a crowded page.
    qreal scaled(qreal millimetres) const { return mm(millimetres * m_scale); }
    const OutputLanguage& first() const { return m_sheet.m_languages.constFirst(); }
    QString label(const char* source) const
    {
        QStringList texts;
        for (const OutputLanguage& language : m_sheet.m_languages)
            texts.append(language.text(context, source));
        return joined(texts);
    }

    FittedText set(const QString& text, QFont::Weight weight, qreal pt, qreal width) const
    {
        FittedText::Limits limits;
        limits.largestPt = pt * m_scale;
        limits.smallestPt = limits.largestPt;
        limits.maxLines = 1000;
        limits.breaks = LineBreaks::Level::Characters;
        return FittedText::fitted(text, BadgeStyle::font(weight), QSizeF(width, 1e9), limits, m_device);
    }
    // Sets TEXT in WIDTH at (LEFT, TOP), a paragraph a line of it, and paints it; gives its height.
    qreal put(const QString& text, qreal left, qreal top, qreal width, qreal pt, const QColor& colour,
              QFont::Weight weight = QFont::Normal, Qt::Alignment alignment = Qt::AlignLeft)
    {
        qreal height = 0;
        for (const QString& paragraph : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const FittedText fitted = set(paragraph, weight, pt, width);
            if (m_painter) {
                m_painter->setPen(colour);
                fitted.paint(*m_painter, QRectF(left, top + height, width, fitted.size().height()),
                             alignment | Qt::AlignTop);
            }
            height += fitted.size().height();
        }
        return height;
    }
    void fill(const QRectF& rect, const QColor& colour)
    {
        if (m_painter)
            m_painter->fillRect(rect, colour);
    }
    void line(qreal left, qreal top, qreal width, const QColor& colour)
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(colour, mm(0.25)));
        m_painter->drawLine(QPointF(left, top), QPointF(left + width, top));
    }
    qreal heading(const char* source, qreal top)
    {
        const qreal height = put(label(source), m_left, top, m_width, 12, accent, QFont::Bold);
        line(m_left, top + height + mm(1), m_width, accent);
        return top + height + mm(2.5);
    }

    // "チャンネル 1：日本語 → 英語"; channel 0 is the floor, the speakers' own voices.
    QString channelLine(const OutputLanguage& language) const
    {
        const QString channel = m_booth.booth.channel == 0
            ? language.text(context, QT_TRANSLATE_NOOP("BoothSheet", "Channel 0 (floor)"))
            : language.text(context, QT_TRANSLATE_NOOP("BoothSheet", "Channel %1")).arg(m_booth.booth.channel);
        QStringList names;
        for (const QString& code : m_booth.booth.languagePair.split(QLatin1Char('-'), Qt::SkipEmptyParts))
            names.append(Seminar::languageName(code, language.key()));
        if (names.isEmpty())
            return channel;
        return language.text(context, QT_TRANSLATE_NOOP("BoothSheet", "%1: %2"))
            .arg(channel, names.join(QStringLiteral(" → ")));
    }

    // The booth and its channel white on navy; the seminar, its date and venue under them.
    qreal header()
    {
        const auto compose = [this](bool draw) {
            QPainter* painter = m_painter;
            if (!draw)
                m_painter = nullptr;
            qreal y = mm(8);
            y += put(label(QT_TRANSLATE_NOOP("BoothSheet", "Booth sheet")), m_left, y, m_width, 9,
                     QColor(0xb9, 0xe0, 0xd9), QFont::Medium);
            y += put(m_booth.booth.name, m_left, y + mm(1), m_width, 22, Qt::white, QFont::Bold) + mm(1);
            QStringList channels;
            for (const OutputLanguage& language : m_sheet.m_languages)
                channels.append(channelLine(language));
            y += put(joined(channels, QStringLiteral("　/　")), m_left, y + mm(1), m_width, 14, Qt::white, QFont::Bold)
                + mm(1);
            QStringList about;
            for (const OutputLanguage& language : m_sheet.m_languages) {
                about.append(m_sheet.m_seminar.title(language.key()));
                about.append(language.dateAndTimes(m_sheet.m_seminar.startsAt, m_sheet.m_seminar.endsAt));
            }
            y += put(joined(about, QStringLiteral("\n")), m_left, y + mm(2), m_width, 9, QColor(0xdd, 0xe6, 0xee))
                + mm(2);
            m_painter = painter;
            return y + mm(5);
        };
        const qreal bottom = compose(false);
        fill(QRectF(0, 0, mm(pageWidthMm), bottom), navy);
        compose(true);
        qreal y = bottom + mm(3);
        if (m_sheet.m_venue.id > 0) {
            QStringList venue;
            for (const OutputLanguage& language : m_sheet.m_languages) {
                const QString name = language.isJapanese() ? m_sheet.m_venue.name : m_sheet.m_venue.nameEn;
                venue.append(joined(
                    {name,
                     FlyerContent::inLanguage(
                         language.isJapanese() ? m_sheet.m_venue.address : m_sheet.m_venue.addressEn, language.key())},
                    QStringLiteral("　")));
            }
            y += put(QStringLiteral("%1　%2").arg(label(QT_TRANSLATE_NOOP("BoothSheet", "Venue")),
                                                  joined(venue, QStringLiteral("\n"))),
                     m_left, y, m_width, 9.5, secondaryInk);
        }
        // What the booth form's notes say, for the technician too: "relay from channel 1".
        if (!m_booth.booth.notes.trimmed().isEmpty())
            y += mm(1.5)
                + put(QStringLiteral("%1　%2").arg(label(QT_TRANSLATE_NOOP("BoothSheet", "Notes")),
                                                   m_booth.booth.notes.trimmed()),
                      m_left, y + mm(1.5), m_width, 9.5, ink);
        return y;
    }

    // The interpreters in the order of their first turn, each once.
    QList<qint64> interpreterIds() const
    {
        QList<qint64> ids;
        for (const StaffedBooth::Shift& shift : m_booth.shifts) {
            if (!ids.contains(shift.shift.contactId))
                ids.append(shift.shift.contactId);
        }
        return ids;
    }
    QString interpreterName(qint64 contactId, const QString& stored) const
    {
        const Contact contact = m_sheet.interpreter(contactId);
        return contact.id > 0 ? FlyerContent::contactName(contact, first().key()) : stored;
    }

    // Who is live when: a row an interpreter, a bar a turn on the programme's time axis, the
    // programme's breaks shaded; then the turns as a list to read.
    qreal rota(qreal top)
    {
        qreal y = heading(QT_TRANSLATE_NOOP("BoothSheet", "Rota"), top);
        if (m_booth.shifts.isEmpty())
            return y
                + put(label(QT_TRANSLATE_NOOP("BoothSheet", "No turns are planned for this booth yet.")), m_left, y,
                      m_width, 10, secondaryInk);
        const Span span = m_sheet.span();
        const int from = minuteOf(span.start);
        const int minutes = qMax(30, minuteOf(span.end) - from);
        const qreal axisLeft = m_left + mm(nameColumnMm);
        const qreal axisWidth = m_width - mm(nameColumnMm);
        const auto xOf = [&](const QTime& time) {
            return axisLeft + axisWidth * qBound(0, minuteOf(time) - from, minutes) / minutes;
        };
        const QList<qint64> ids = interpreterIds();
        const qreal rowHeight = scaled(rotaRowMm);
        const qreal labelHeight = set(QStringLiteral("0:00"), QFont::Normal, 8, mm(20)).size().height();
        const qreal rowsTop = y + labelHeight + mm(1.5);
        const qreal rowsBottom = rowsTop + rowHeight * ids.size();

        for (const ProgrammeItem& item : m_sheet.m_programme) {
            if (item.kind == ProgrammeItem::Kind::Break && item.startsAt.isValid() && item.endsAt.isValid())
                fill(QRectF(xOf(item.startsAt), rowsTop, xOf(item.endsAt) - xOf(item.startsAt), rowsBottom - rowsTop),
                     breakShade);
        }
        // Every half hour a line; the labels every half hour, or every hour on a long day.
        const int labelEvery = minutes > 5 * 60 ? 60 : 30;
        for (int minute = 0; minute <= minutes; minute += 30) {
            const QTime time = span.start.addSecs(minute * 60);
            const qreal x = xOf(time);
            if (m_painter) {
                m_painter->setPen(QPen(rule, mm(minuteOf(time) % 60 == 0 ? 0.3 : 0.15)));
                m_painter->drawLine(QPointF(x, rowsTop - mm(1)), QPointF(x, rowsBottom));
            }
            if (minuteOf(time) % labelEvery == 0)
                put(clock(time), x - mm(10), y, mm(20), 8, secondaryInk, QFont::Normal, Qt::AlignHCenter);
        }
        for (int row = 0; row < ids.size(); ++row) {
            const qreal rowTop = rowsTop + row * rowHeight;
            const QColor colour = barColours[row % std::size(barColours)];
            QString name;
            for (const StaffedBooth::Shift& shift : m_booth.shifts) {
                if (shift.shift.contactId != ids.at(row))
                    continue;
                name = interpreterName(shift.shift.contactId, shift.interpreterName);
                bar(QRectF(xOf(shift.shift.startsAt.time()), rowTop + mm(1), 0, rowHeight - mm(2)),
                    xOf(shift.shift.endsAt.time()), colour, shift.shift);
            }
            rowName(name, QRectF(m_left, rowTop, mm(nameColumnMm - 2), rowHeight));
            line(m_left, rowTop + rowHeight, m_width, rule);
        }
        return turnList(rowsBottom + mm(3));
    }
    // One turn's bar from RECT's left to RIGHT, with its times in it where they fit.
    void bar(QRectF rect, qreal right, const QColor& colour, const InterpreterShift& shift)
    {
        rect.setRight(qMax(rect.left() + mm(0.5), right));
        fill(rect, colour);
        const QString times = timeRange(shift.startsAt.time(), shift.endsAt.time(), first());
        for (const QString& text : {times, clock(shift.startsAt.time())}) {
            const FittedText fitted = set(text, QFont::Normal, 7.5, mm(200));
            if (fitted.size().width() + mm(1.5) <= rect.width()) {
                put(text, rect.left() + mm(0.75), rect.top() + (rect.height() - fitted.size().height()) / 2,
                    rect.width() - mm(1.5), 7.5, ink);
                return;
            }
        }
    }
    // The turns in order, in columns: "13:30～14:00 通訳 一子".
    qreal turnList(qreal top)
    {
        const qreal columnWidth = m_width / turnColumns;
        const qreal timeWidth = scaled(24);
        const int perColumn = int((m_booth.shifts.size() + turnColumns - 1) / turnColumns);
        qreal y = top;
        for (int row = 0; row < perColumn; ++row) {
            qreal height = 0;
            for (int i = row, column = 0; i < m_booth.shifts.size(); i += perColumn, ++column) {
                const StaffedBooth::Shift& turn = m_booth.shifts.at(i);
                const qreal left = m_left + columnWidth * column;
                put(timeRange(turn.shift.startsAt.time(), turn.shift.endsAt.time(), first()), left, y, timeWidth, 8.5,
                    secondaryInk);
                height = qMax(height,
                              put(interpreterName(turn.shift.contactId, turn.interpreterName), left + timeWidth, y,
                                  columnWidth - timeWidth - mm(2), 8.5, ink));
            }
            y += height + scaled(0.8);
        }
        return y;
    }
    // An interpreter's name in their row of the timeline, smaller (down to two lines) when long.
    void rowName(const QString& name, const QRectF& box)
    {
        FittedText::Limits limits;
        limits.largestPt = 9.5 * m_scale;
        limits.smallestPt = 6.5 * m_scale;
        limits.maxLines = 2;
        const FittedText named
            = FittedText::fitted(name, BadgeStyle::font(QFont::Medium), box.size(), limits, m_device);
        if (!m_painter)
            return;
        m_painter->setPen(ink);
        named.paint(*m_painter, box, Qt::AlignLeft | Qt::AlignVCenter);
    }

    // Each item: its time, its title with the speakers under it, the language spoken.
    qreal programme(qreal top)
    {
        qreal y = heading(QT_TRANSLATE_NOOP("BoothSheet", "Programme"), top);
        if (m_sheet.m_programme.isEmpty())
            return y
                + put(label(QT_TRANSLATE_NOOP("BoothSheet", "The seminar has no programme yet.")), m_left, y, m_width,
                      10, secondaryInk);
        const qreal textLeft = m_left + mm(timeColumnMm);
        const qreal textWidth = m_width - mm(timeColumnMm + languageColumnMm);
        const qreal languageLeft = textLeft + textWidth + mm(2);
        const qreal labels = qMax(
            put(label(QT_TRANSLATE_NOOP("BoothSheet", "Time")), m_left, y, mm(timeColumnMm - 2), 8, secondaryInk),
            put(label(QT_TRANSLATE_NOOP("BoothSheet", "Spoken in")), languageLeft, y, mm(languageColumnMm - 2), 8,
                secondaryInk));
        y += labels + mm(1);
        for (const ProgrammeItem& item : m_sheet.m_programme)
            y = programmeItem(item, y, textLeft, textWidth, languageLeft);
        return y;
    }
    qreal programmeItem(const ProgrammeItem& item, qreal top, qreal textLeft, qreal textWidth, qreal languageLeft)
    {
        const bool isBreak = item.kind == ProgrammeItem::Kind::Break;
        const QColor colour = isBreak ? secondaryInk : ink;
        const qreal padding = scaled(1.2);
        QStringList times;
        QStringList titles;
        QStringList spoken;
        times.append(timeRange(item.startsAt, item.endsAt, first()));
        for (const OutputLanguage& language : m_sheet.m_languages) {
            titles.append(item.title(language.key()));
            if (!item.language.isEmpty())
                spoken.append(Seminar::languageName(item.language, language.key()));
        }
        qreal y = top + padding;
        const qreal timeHeight = put(joined(times, QStringLiteral("\n")), m_left, y, mm(timeColumnMm - 2), 9, colour);
        qreal textHeight = put(joined(titles, QStringLiteral("\n")), textLeft, y, textWidth, 9.5, colour,
                               isBreak ? QFont::Normal : QFont::Medium);
        for (const ProgrammeSpeaker& speaker : item.speakers) {
            QStringList lines;
            for (const OutputLanguage& language : m_sheet.m_languages) {
                if (lines.isEmpty() || writtenInBoth(speaker))
                    lines.append(FlyerContent::speakerLine(speaker, language.key()));
            }
            textHeight += put(joined(lines, QStringLiteral("\n")), textLeft + mm(3), y + textHeight, textWidth - mm(3),
                              8.5, secondaryInk);
        }
        const qreal languageHeight
            = put(joined(spoken), languageLeft, y, mm(languageColumnMm - 2), 9, colour, QFont::Medium);
        y += std::max({timeHeight, textHeight, languageHeight}) + padding;
        line(m_left, y, m_width, rule);
        return y;
    }

    // Whom to call: the booth's interpreters, the venue's contact (the technician's).
    qreal contacts(qreal top)
    {
        qreal y = heading(QT_TRANSLATE_NOOP("BoothSheet", "Contacts"), top);
        QList<std::pair<QString, Contact>> rows;
        for (qint64 id : interpreterIds())
            rows.append({label(QT_TRANSLATE_NOOP("BoothSheet", "Interpreter")), m_sheet.interpreter(id)});
        for (const Contact& contact : m_sheet.m_venueContacts)
            rows.append({label(QT_TRANSLATE_NOOP("BoothSheet", "Venue and technician")), contact});
        if (rows.isEmpty())
            return y
                + put(label(QT_TRANSLATE_NOOP("BoothSheet", "No interpreter or venue contact is set.")), m_left, y,
                      m_width, 10, secondaryInk);
        const qreal roleWidth = mm(34);
        const qreal phoneWidth = mm(40);
        const qreal nameWidth = m_width - roleWidth - phoneWidth - mm(56);
        for (const auto& [role, contact] : rows) {
            y += scaled(1);
            QStringList names;
            QStringList phones;
            for (const OutputLanguage& language : m_sheet.m_languages) {
                names.append(FlyerContent::contactName(contact, language.key()));
                if (!contact.tel.isEmpty())
                    phones.append(PhoneNumber::display(contact.tel, language.key()));
            }
            QString name = joined(names, QStringLiteral("\n"));
            if (!contact.organisation.isEmpty())
                name += QLatin1Char('\n') + FlyerContent::inLanguage(contact.organisation, first().key());
            const qreal heights[] = {
                put(role, m_left, y, roleWidth - mm(2), 9, secondaryInk),
                put(name, m_left + roleWidth, y, nameWidth - mm(2), 9.5, ink, QFont::Medium),
                put(phones.isEmpty() ? QStringLiteral("—") : joined(phones, QStringLiteral("\n")),
                    m_left + roleWidth + nameWidth, y, phoneWidth - mm(2), 10, ink, QFont::Bold),
                put(contact.email, m_left + roleWidth + nameWidth + phoneWidth, y, mm(56), 8.5, secondaryInk),
            };
            y += *std::max_element(std::begin(heights), std::end(heights)) + scaled(1);
            line(m_left, y, m_width, rule);
        }
        return y;
    }

    void footer(int pageNumber, int pageCount)
    {
        const QString text = QStringLiteral("%1　%2 / %3")
                                 .arg(label(QT_TRANSLATE_NOOP("BoothSheet", "Booth sheet")))
                                 .arg(pageNumber)
                                 .arg(pageCount);
        put(text, m_left, mm(pageHeightMm - 10), m_width, 7.5, secondaryInk, QFont::Normal, Qt::AlignRight);
    }

    const BoothSheet& m_sheet;
    const StaffedBooth& m_booth;
    const QPaintDevice* m_device;
    qreal m_mm;
    qreal m_scale;
    qreal m_left;
    qreal m_width;
    QPainter* m_painter = nullptr;
};

Result<BoothSheet> BoothSheet::load(const Database& database, qint64 seminarId)
{
    BoothSheet sheet;
    auto seminar = SeminarStore(database).find(seminarId);
    if (!seminar)
        return fail(seminar.error());
    sheet.m_seminar = *seminar;
    if (sheet.m_seminar.venueId > 0) {
        auto venue = VenueStore(database).find(sheet.m_seminar.venueId);
        if (!venue)
            return fail(venue.error());
        sheet.m_venue = *venue;
    }
    auto booths = BoothStore(database).staffedForSeminar(seminarId);
    if (!booths)
        return fail(booths.error());
    sheet.m_booths = *booths;
    const ContactStore contacts(database);
    for (const StaffedBooth& booth : sheet.m_booths) {
        for (const StaffedBooth::Shift& shift : booth.shifts) {
            if (sheet.m_interpreters.contains(shift.shift.contactId))
                continue;
            auto contact = contacts.find(shift.shift.contactId);
            if (!contact)
                return fail(contact.error());
            sheet.m_interpreters.insert(contact->id, *contact);
        }
    }
    auto venueContacts = contacts.forSeminar(seminarId, Contact::Role::Venue);
    if (!venueContacts)
        return fail(venueContacts.error());
    sheet.m_venueContacts = *venueContacts;
    auto programme = ProgrammeStore(database).forSeminar(seminarId);
    if (!programme)
        return fail(programme.error());
    sheet.m_programme = *programme;
    return sheet;
}

std::optional<BoothSheet::Languages> BoothSheet::languagesFromKey(const QString& key)
{
    const OutputLanguage japanese(OutputLanguage::Code::Japanese);
    const OutputLanguage english(OutputLanguage::Code::English);
    if (key == QLatin1String("ja"))
        return Languages {japanese};
    if (key == QLatin1String("en"))
        return Languages {english};
    if (key == QLatin1String("both"))
        return Languages {japanese, english};
    return std::nullopt;
}

QString BoothSheet::emptyReason() const
{
    if (!m_booths.isEmpty())
        return {};
    return tr("The seminar “%1” has no interpretation booths: add them on the Booths page first.")
        .arg(m_seminar.localTitle());
}

BoothSheet::Span BoothSheet::span() const
{
    int from = m_seminar.startsAt.isValid() ? minuteOf(m_seminar.startsAt.time()) : 24 * 60;
    int until = m_seminar.endsAt.isValid() && m_seminar.endsAt.date() == m_seminar.startsAt.date()
        ? minuteOf(m_seminar.endsAt.time())
        : 0;
    const auto widen = [&](const QTime& start, const QTime& end) {
        if (start.isValid()) {
            from = qMin(from, minuteOf(start));
            until = qMax(until, minuteOf(start));
        }
        if (end.isValid())
            until = qMax(until, minuteOf(end));
    };
    for (const ProgrammeItem& item : m_programme)
        widen(item.startsAt, item.endsAt);
    for (const StaffedBooth& booth : m_booths) {
        for (const StaffedBooth::Shift& shift : booth.shifts)
            widen(shift.shift.startsAt.time(), shift.shift.endsAt.time());
    }
    if (from > until)
        return {QTime(9, 0), QTime(17, 0)};
    from = from / 30 * 30;
    until = qMin(24 * 60 - 1, (until + 29) / 30 * 30);
    return {QTime(from / 60, from % 60), QTime(until / 60, until % 60)};
}

QPageLayout BoothSheet::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
}

void BoothSheet::setUpPage(QPagedPaintDevice& device)
{
    device.setPageLayout(pageLayout());
}

Status BoothSheet::paint(QPagedPaintDevice& device) const
{
    if (m_booths.isEmpty())
        return fail(emptyReason());
    const qreal pageBottom = (pageHeightMm - marginMm) * device.logicalDpiX() / 25.4;
    const int pageCount = int(m_booths.size());
    // Each booth's page at the largest type at which it holds all it says, measured before anything
    // is painted: a page that cannot hold it even in the smallest type stops the sheet.
    QList<qreal> scales;
    for (int page = 0; page < pageCount; ++page) {
        qreal scale = 1.0;
        while (PagePainter(*this, m_booths.at(page), &device, scale).paint(nullptr, page + 1, pageCount) > pageBottom) {
            scale -= 0.05;
            if (scale < smallestScale - 0.001)
                return fail(tr("The booth sheet of “%1” does not fit on one page, even in small type: print it in one "
                               "language, or shorten the programme.")
                                .arg(m_booths.at(page).booth.name));
        }
        scales.append(scale);
    }
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Could not start painting the booth sheet."));
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        PagePainter(*this, m_booths.at(page), &device, scales.at(page)).paint(&painter, page + 1, pageCount);
    }
    if (!painter.end())
        return fail(tr("Could not finish painting the booth sheet."));
    return {};
}

Result<std::optional<PrintedJob>> BoothSheet::print(const PrintTarget& target) const
{
    if (m_booths.isEmpty())
        return fail(emptyReason());
    const QString title = tr("Booth sheet: %1").arg(m_seminar.title(m_languages.constFirst().key()));
    return target.send(title, [this](QPdfWriter& writer) {
        setUpPage(writer);
        return paint(writer);
    });
}

Status BoothSheet::savePdf(const QString& path) const
{
    auto written = print(PrintTarget::pdfFile(path));
    return written ? Status() : fail(written.error());
}

} // namespace sd
