// Turns what arrives in the desk's one input field, keystroke by keystroke, into scans: a badge
// scanner types a code faster than any hand, sometimes without Enter, sometimes twice.
#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QString>

namespace sd {

// What the desk is to do with the field's text.
struct Scan
{
    enum class Kind {
        Code, // a check-in code: check in at once
        Name, // anything else: a name to look up
        Repeat, // the code just taken, again (a scanner sending twice): nothing to do
        Nothing, // an empty field (a scanner's Enter after its code was taken already)
    };

    Kind kind = Kind::Name;
    QString text; // as it was in the field
    QString code; // for Code and Repeat: the code as stored
    bool codePrefixed = false; // the code came with SD: no name is meant
};

class ScanAssembler
{
public:
    // Milliseconds on a clock that never goes back; tests give their own.
    using Clock = std::function<qint64()>;

    // A scanner types each character within this of the one before; a hand never types a whole code so.
    static constexpr qint64 scannerGapMs = 100;
    // A code that came as a scanner types it is taken this long after its last character, Enter or not.
    static constexpr qint64 settleMs = 300;
    // The same code again within this is the same scan.
    static constexpr qint64 repeatMs = 2000;

    explicit ScanAssembler(Clock clock = steadyClock());

    // The field's text is now TEXT: a key typed, a character deleted, something pasted or scanned.
    void textEdited(const QString& text);
    // When takeIfDue() will take the text, in milliseconds from now (0: now); nothing when only
    // Enter will (text typed by hand, or not a code).
    std::optional<qint64> msUntilDue() const;
    // The text as a scan when a scanner typed a code and stopped settleMs ago. The field is then
    // taken as empty.
    std::optional<Scan> takeIfDue();
    // Enter was pressed on TEXT: what to do with it. The field is then taken as empty.
    Scan enter(const QString& text);

    static Clock steadyClock();

private:
    Scan take(QString text);
    bool cameFromScanner() const;

    Clock m_clock;
    QString m_text;
    QList<qint64> m_arrivals; // when each character of m_text arrived
    bool m_edited = false; // changed other than by characters added at the end
    QString m_lastCode;
    qint64 m_lastCodeAt = 0;
};

} // namespace sd
