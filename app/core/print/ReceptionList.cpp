#include "core/print/ReceptionList.h"

#include <algorithm>
#include <functional>
#include <optional>

#include <QCollator>
#include <QRegularExpression>

#include "core/records/GojuonRow.h"
#include "core/records/PersonName.h"
#include "core/stores/SeminarStore.h"

namespace sd {

namespace {

const char* const context = "ReceptionList";

// A run of names the desks are cut between: one kana row, or all the Latin-script names.
struct Block
{
    int row = -1; // -1: the Latin-script names
    int size = 0;
};

bool writtenInLatin(const Attendee& attendee)
{
    return !PersonName::containsEastAsianScript(attendee.familyName + attendee.givenName);
}

// What a Latin-script name sorts by: the family name first, as in a register ("GARCIA María").
// A Latin name written for a Japanese one ("Taro YAMADA") gives its family name in capitals.
QString latinSortText(const Attendee& attendee)
{
    if (writtenInLatin(attendee))
        return attendee.familyName + QLatin1Char(' ') + attendee.givenName;
    static const QRegularExpression capitals(QStringLiteral("^[A-Z][A-Z'\\-]+$"));
    QStringList words = attendee.latinName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto family
        = std::find_if(words.begin(), words.end(), [](const QString& word) { return capitals.match(word).hasMatch(); });
    if (family != words.end())
        std::rotate(words.begin(), family, family + 1);
    return words.join(QLatin1Char(' '));
}

// How good a cut is: its largest part smallest, then the most even, then the earlier desks the
// fuller (the last one has the Latin names, and the walk-ins who come late).
struct CutQuality
{
    qint64 largest = 0;
    qint64 squares = 0;
    QList<qint64> sizes;

    bool betterThan(const CutQuality& other) const
    {
        if (largest != other.largest)
            return largest < other.largest;
        if (squares != other.squares)
            return squares < other.squares;
        return sizes > other.sizes;
    }
};

// The cut of BLOCKS into COUNT consecutive parts that is best (CutQuality); gives where each part
// after the first starts. A list has at most eleven blocks: trying every cut is quick.
QList<int> bestCuts(const QList<Block>& blocks, int count)
{
    QList<int> best;
    std::optional<CutQuality> bestQuality;
    QList<int> cuts;
    const std::function<void(int, int)> tryFrom = [&](int start, int partsLeft) {
        if (partsLeft == 1) {
            CutQuality quality;
            int begin = 0;
            QList<int> ends = cuts;
            ends.append(int(blocks.size()));
            for (int end : ends) {
                qint64 size = 0;
                for (int i = begin; i < end; ++i)
                    size += blocks.at(i).size;
                quality.largest = qMax(quality.largest, size);
                quality.squares += size * size;
                quality.sizes.append(size);
                begin = end;
            }
            if (!bestQuality || quality.betterThan(*bestQuality)) {
                best = cuts;
                bestQuality = quality;
            }
            return;
        }
        for (int cut = start + 1; cut <= blocks.size() - partsLeft + 1; ++cut) {
            cuts.append(cut);
            tryFrom(cut, partsLeft - 1);
            cuts.removeLast();
        }
    };
    tryFrom(0, count);
    return best;
}

QString cell(bool receiverNeeded, const OutputLanguage& language)
{
    return receiverNeeded ? language.text(context, QT_TRANSLATE_NOOP("ReceptionList", "Needed")) : QString();
}

} // namespace

Result<ReceptionList> ReceptionList::load(const Database& database, qint64 seminarId)
{
    ReceptionList list;
    auto seminar = SeminarStore(database).find(seminarId);
    if (!seminar)
        return fail(seminar.error());
    list.m_seminar = *seminar;
    // The people come in the order of their stored collation keys: gojuon for readings.
    Status visited
        = RegistrationStore(database).visitRegisteredAttendees(seminarId, [&list](const RegisteredAttendee& row) {
              const Registration::Status status = row.registration.status;
              if (status != Registration::Status::Registered && status != Registration::Status::Attended)
                  return true;
              const Attendee& attendee = row.attendee;
              Entry entry {row, Group::Other, GojuonRow::of(attendee.familyReading + attendee.givenReading)};
              if (entry.kanaRow >= 0) {
                  entry.group = Group::Kana;
                  list.m_kana.append(entry);
              } else if (!attendee.latinName.trimmed().isEmpty() || writtenInLatin(attendee)) {
                  entry.group = Group::Latin;
                  list.m_latin.append(entry);
              } else {
                  list.m_other.append(entry);
              }
              return true;
          });
    if (!visited)
        return fail(visited.error());
    // Collation keys sort a reading within its row; a person with only a given name's reading may
    // sort elsewhere by their name, so the rows are put in order, keeping the order within each.
    std::stable_sort(list.m_kana.begin(), list.m_kana.end(),
                     [](const Entry& a, const Entry& b) { return a.kanaRow < b.kanaRow; });
    QCollator alphabetical {QLocale(QLocale::English)};
    std::stable_sort(list.m_latin.begin(), list.m_latin.end(), [&](const Entry& a, const Entry& b) {
        return alphabetical.compare(latinSortText(a.person.attendee), latinSortText(b.person.attendee)) < 0;
    });
    return list;
}

QList<ReceptionList::Part> ReceptionList::parts(int desks) const
{
    QList<Block> blocks;
    for (const Entry& entry : m_kana) {
        if (blocks.isEmpty() || blocks.constLast().row != entry.kanaRow)
            blocks.append(Block {entry.kanaRow, 0});
        ++blocks.last().size;
    }
    if (!m_latin.isEmpty())
        blocks.append(Block {-1, int(m_latin.size())});
    QList<Part> parts;
    if (!blocks.isEmpty()) {
        const QList<int> cuts = bestCuts(blocks, qBound(1, desks, int(blocks.size())));
        QList<int> starts {0};
        starts.append(cuts);
        qsizetype kanaIndex = 0;
        for (int p = 0; p < starts.size(); ++p) {
            const int end = p + 1 < starts.size() ? starts.at(p + 1) : int(blocks.size());
            Part part;
            for (int b = starts.at(p); b < end; ++b) {
                const Block& block = blocks.at(b);
                if (block.row < 0) {
                    part.latin = true;
                    part.entries.append(m_latin);
                    continue;
                }
                // A desk covers the rows up to the next desk's first one, the empty ones between too.
                part.firstRow = part.firstRow < 0 ? (p == 0 ? 0 : block.row) : part.firstRow;
                part.lastRow = block.row;
                part.entries.append(m_kana.mid(kanaIndex, block.size));
                kanaIndex += block.size;
            }
            parts.append(part);
        }
        for (int p = 0; p < parts.size(); ++p) {
            if (parts.at(p).firstRow < 0)
                continue;
            const bool lastWithKana = p + 1 == parts.size() || parts.at(p + 1).firstRow < 0;
            parts[p].lastRow = lastWithKana ? GojuonRow::count - 1 : parts.at(p + 1).firstRow - 1;
        }
    }
    if (!m_other.isEmpty()) {
        Part other;
        other.other = true;
        other.entries = m_other;
        parts.append(other);
    }
    return parts;
}

int ReceptionList::deskCount(const QList<Part>& parts)
{
    return int(std::count_if(parts.cbegin(), parts.cend(), [](const Part& part) { return !part.other; }));
}

QString ReceptionList::partHeading(const Part& part, int desk, int desks, const OutputLanguage& language)
{
    if (part.other)
        return language.text(context, QT_TRANSLATE_NOOP("ReceptionList", "Other (no reading)"));
    if (desks <= 1)
        return QString();
    QStringList ranges;
    if (part.firstRow >= 0) {
        const QString kana = language.isJapanese()
            ? QStringLiteral("%1～%2").arg(GojuonRow::firstKana(part.firstRow), GojuonRow::lastKana(part.lastRow))
            : QStringLiteral("%1–%2 (%3–%4)")
                  .arg(GojuonRow::firstKana(part.firstRow), GojuonRow::lastKana(part.lastRow),
                       GojuonRow::firstRoman(part.firstRow), GojuonRow::lastRoman(part.lastRow));
        ranges.append(kana);
    }
    if (part.latin)
        ranges.append(language.isJapanese() ? QStringLiteral("A～Z") : QStringLiteral("A–Z"));
    const QString range = ranges.join(language.isJapanese() ? QStringLiteral("、") : QStringLiteral(", "));
    return language.text(context, QT_TRANSLATE_NOOP("ReceptionList", "Desk %1 of %2: %3"))
        .arg(desk)
        .arg(desks)
        .arg(range);
}

TablePrinter ReceptionList::printer(int desks, const OutputLanguage& language) const
{
    const auto text = [&language](const char* source) {
        return language.text(context, source);
    };
    const QList<TableSection::Column> columns {
        {text(QT_TRANSLATE_NOOP("ReceptionList", "No.")), 11, 1, Qt::AlignRight, false},
        {text(QT_TRANSLATE_NOOP("ReceptionList", "Name")), 0, 3, Qt::AlignLeft, false},
        {text(QT_TRANSLATE_NOOP("ReceptionList", "Reading")), 0, 2.6, Qt::AlignLeft, false},
        {text(QT_TRANSLATE_NOOP("ReceptionList", "Organisation")), 0, 4.4, Qt::AlignLeft, false},
        {text(QT_TRANSLATE_NOOP("ReceptionList", "Category")), 22, 1, Qt::AlignLeft, false},
        {text(QT_TRANSLATE_NOOP("ReceptionList", "Receiver")), 17, 1, Qt::AlignHCenter, false},
        {text(QT_TRANSLATE_NOOP("ReceptionList", "Check-in")), 16, 1, Qt::AlignHCenter, true},
    };
    const QList<Part> list = parts(desks);
    const int deskParts = ReceptionList::deskCount(list);
    QList<TableSection> sections;
    int number = 0;
    for (int p = 0; p < list.size(); ++p) {
        const Part& part = list.at(p);
        TableSection section;
        section.heading = partHeading(part, p + 1, deskParts, language);
        // With one desk the その他 group follows on; with several it is a part of its own.
        section.startsPage = !part.other || deskParts > 1;
        section.columns = columns;
        for (const Entry& entry : part.entries) {
            const Attendee& attendee = entry.person.attendee;
            const QString reading = entry.group == Group::Kana             ? attendee.name().displayReading()
                : entry.group == Group::Latin && !writtenInLatin(attendee) ? attendee.latinName
                                                                           : QString();
            section.rows.append({QString::number(++number), attendee.displayName(), reading, attendee.organisation,
                                 language.categoryName(attendee.category),
                                 cell(entry.person.registration.receiverNeeded, language), QString()});
        }
        sections.append(section);
    }
    if (sections.isEmpty()) {
        TableSection empty;
        empty.columns = columns;
        empty.emptyText = text(QT_TRANSLATE_NOOP("ReceptionList", "No one is registered for this seminar."));
        sections.append(empty);
    }
    const QString languageKey = language.key();
    return TablePrinter(text(QT_TRANSLATE_NOOP("ReceptionList", "Reception list")),
                        {m_seminar.title(languageKey), language.dateAndTimes(m_seminar.startsAt, m_seminar.endsAt)},
                        sections);
}

} // namespace sd
