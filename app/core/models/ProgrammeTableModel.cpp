#include "core/models/ProgrammeTableModel.h"

#include <QColor>
#include <QRegularExpression>

#include "core/records/Seminar.h"
#include "core/stores/ProgrammeStore.h"

namespace sd {

namespace {

const QString timeFormat = QStringLiteral("HH:mm");

QString timeText(const QTime& time)
{
    return time.isValid() ? time.toString(timeFormat) : QString();
}

} // namespace

ProgrammeTableModel::ProgrammeTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProgrammeTableModel::setItems(const QList<ProgrammeItem>& items)
{
    beginResetModel();
    m_items = items;
    m_problems = QList<QString>(m_items.size());
    endResetModel();
    recheck();
}

int ProgrammeTableModel::addItemAfter(int row, const QTime& firstStart)
{
    const int at = row < 0 || row >= m_items.size() ? int(m_items.size()) : row + 1;
    ProgrammeItem item;
    item.startsAt = firstStart;
    // The nearest item above with a time: the new one starts at its end, or waits for a time
    // when it has none.
    for (int above = at - 1; above >= 0; --above) {
        if (m_items.at(above).startsAt.isValid()) {
            item.startsAt = m_items.at(above).endsAt;
            break;
        }
    }
    beginInsertRows({}, at, at);
    m_items.insert(at, item);
    m_problems.insert(at, QString());
    endInsertRows();
    recheck();
    return at;
}

void ProgrammeTableModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    m_problems.removeAt(row);
    endRemoveRows();
    recheck();
}

bool ProgrammeTableModel::moveItem(int row, int by)
{
    const int to = row + by;
    if (row < 0 || row >= m_items.size() || to < 0 || to >= m_items.size() || by == 0)
        return false;
    // Qt counts a move down by the row the item goes before.
    if (!beginMoveRows({}, row, row, {}, by > 0 ? to + 1 : to))
        return false;
    m_items.move(row, to);
    m_problems.move(row, to);
    endMoveRows();
    recheck();
    return true;
}

QString ProgrammeTableModel::problemAt(int row) const
{
    return m_problems.value(row);
}

std::optional<QTime> ProgrammeTableModel::timeFromText(const QString& text)
{
    const QString typed = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (typed.isEmpty())
        return QTime();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})[:.]?(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(typed);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

QString ProgrammeTableModel::languageText(const QString& code)
{
    return code.isEmpty() ? tr("Mixed / not said") : Seminar::languageName(code);
}

int ProgrammeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ProgrammeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgrammeTableModel::editText(const ProgrammeItem& item, int column) const
{
    switch (column) {
    case StartsColumn:
        return timeText(item.startsAt);
    case EndsColumn:
        return timeText(item.endsAt);
    case TitleJaColumn:
        return item.titleJa;
    case TitleEnColumn:
        return item.titleEn;
    case LanguageColumn:
        return item.language;
    case KindColumn:
        return ProgrammeItem::kindKey(item.kind);
    case SpeakersColumn:
        return ProgrammeSpeaker::listText(item.speakers);
    default:
        return {};
    }
}

QVariant ProgrammeTableModel::displayText(const ProgrammeItem& item, int column) const
{
    switch (column) {
    case LanguageColumn:
        return languageText(item.language);
    case KindColumn:
        return ProgrammeItem::kindName(item.kind);
    default:
        return editText(item, column);
    }
}

QVariant ProgrammeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ProgrammeItem& item = m_items.at(index.row());
    const QString& problem = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(item, index.column());
    case Qt::EditRole:
        return editText(item, index.column());
    case Qt::ToolTipRole:
        // The problem, or the whole of a text too long for its cell: a speaker a line.
        if (!problem.isEmpty())
            return problem;
        if (index.column() == SpeakersColumn)
            return editText(item, index.column()).toString().replace(QStringLiteral("; "), QStringLiteral("\n"));
        if (index.column() == TitleJaColumn || index.column() == TitleEnColumn)
            return editText(item, index.column());
        return {};
    case Qt::BackgroundRole:
        // The times in question stand out in their row.
        if (!problem.isEmpty() && (index.column() == StartsColumn || index.column() == EndsColumn))
            return QColor(0xf8, 0xd7, 0xd7);
        return {};
    case Qt::ForegroundRole:
        if (!problem.isEmpty() && (index.column() == StartsColumn || index.column() == EndsColumn))
            return QColor(0xb0, 0x10, 0x10);
        return {};
    default:
        return {};
    }
}

bool ProgrammeTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_items.size() || role != Qt::EditRole)
        return false;
    ProgrammeItem& item = m_items[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case StartsColumn:
    case EndsColumn: {
        const std::optional<QTime> time = timeFromText(text);
        if (!time)
            return false;
        (index.column() == StartsColumn ? item.startsAt : item.endsAt) = *time;
        break;
    }
    case TitleJaColumn:
        item.titleJa = text.trimmed();
        break;
    case TitleEnColumn:
        item.titleEn = text.trimmed();
        break;
    case LanguageColumn:
        item.language = text;
        break;
    case KindColumn:
        item.kind = ProgrammeItem::kindFromKey(text).value_or(item.kind);
        break;
    case SpeakersColumn:
        item.speakers = ProgrammeSpeaker::listFromText(text);
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    recheck();
    return true;
}

Qt::ItemFlags ProgrammeTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ProgrammeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section == SpeakersColumn)
        return tr("Name (Affiliation); Name (Affiliation)");
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case StartsColumn:
        return tr("Start");
    case EndsColumn:
        return tr("End");
    case TitleJaColumn:
        return tr("Title (Japanese)");
    case TitleEnColumn:
        return tr("Title (English)");
    case LanguageColumn:
        return tr("Language spoken");
    case KindColumn:
        return tr("Kind");
    case SpeakersColumn:
        return tr("Speakers");
    default:
        return {};
    }
}

void ProgrammeTableModel::recheck()
{
    QList<QString> problems(m_items.size());
    for (const ProgrammeStore::Problem& problem : ProgrammeStore::problems(m_items))
        problems[problem.item] = problem.message;
    for (int row = 0; row < m_items.size(); ++row) {
        if (problems.at(row) == m_problems.value(row))
            continue;
        m_problems[row] = problems.at(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace sd
