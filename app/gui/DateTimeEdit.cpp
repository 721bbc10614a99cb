#include "gui/DateTimeEdit.h"

#include <QEvent>
#include <QKeyEvent>

#include "core/records/DateTimeText.h"

namespace sd {

DateTimeEdit::DateTimeEdit(QWidget* parent)
    : QDateTimeEdit(parent)
{
    applyFormat();
}

DateTimeEdit::DateTimeEdit(const QDateTime& time, QWidget* parent)
    : QDateTimeEdit(time, parent)
{
    applyFormat();
}

void DateTimeEdit::applyFormat()
{
    setLocale(DateTimeText::locale());
    setDisplayFormat(DateTimeText::format());
    setCalendarPopup(true);
}

int DateTimeEdit::sectionAfter(int from, int step) const
{
    int to = from + step;
    if (to == DateTimeText::weekdaySection())
        to += step;
    return to;
}

void DateTimeEdit::selectSection(int index)
{
    // The weekday and the day are both day sections: choose by position, never by kind.
    setCurrentSectionIndex(index);
    setSelectedSection(sectionAt(index));
}

void DateTimeEdit::leaveWeekday(int step)
{
    if (currentSectionIndex() != DateTimeText::weekdaySection())
        return;
    const int forward = sectionAfter(currentSectionIndex(), step);
    selectSection(forward >= 0 && forward < sectionCount() ? forward : sectionAfter(currentSectionIndex(), -step));
}

bool DateTimeEdit::focusNextPrevChild(bool next)
{
    const int to = sectionAfter(currentSectionIndex(), next ? 1 : -1);
    if (to < 0 || to >= sectionCount())
        return QWidget::focusNextPrevChild(next); // past the last section: the next field
    selectSection(to);
    return true;
}

void DateTimeEdit::keyPressEvent(QKeyEvent* event)
{
    QDateTimeEdit::keyPressEvent(event);
    const bool backwards = event->key() == Qt::Key_Left || event->key() == Qt::Key_Backspace;
    leaveWeekday(backwards ? -1 : 1);
}

void DateTimeEdit::focusInEvent(QFocusEvent* event)
{
    QDateTimeEdit::focusInEvent(event);
    leaveWeekday(event->reason() == Qt::BacktabFocusReason ? -1 : 1);
}

void DateTimeEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        applyFormat();
    QDateTimeEdit::changeEvent(event);
}

} // namespace sd
