#pragma once

#include <QDateTimeEdit>

namespace sd {

// A date and time field written as the desk's lists write it (DateTimeText: 2027/02/12（金）13:30,
// Fri 12 Feb 2027 13:30), with a calendar to pick from. The keyboard steps over the weekday: Tab,
// Shift+Tab, the arrow keys and typing go from the day straight to the hour and back, so that
// "20270212" then "1330" types a date and time, as the weekday follows from the date.
class DateTimeEdit final : public QDateTimeEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateTimeEdit)

public:
    explicit DateTimeEdit(QWidget* parent = nullptr);
    explicit DateTimeEdit(const QDateTime& time, QWidget* parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyFormat();
    // The section STEP (+1 or -1) away from FROM, the weekday left out; out of range at either end.
    int sectionAfter(int from, int step) const;
    void selectSection(int index);
    // When the cursor stands on the weekday, moves it on in STEP's direction (or back, at an end).
    void leaveWeekday(int step);
};

} // namespace sd
