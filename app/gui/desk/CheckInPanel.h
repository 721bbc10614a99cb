#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QTimer>
#include <QWidget>

#include "core/Result.h"
#include "core/checkin/CheckInAnswer.h"
#include "core/checkin/ScanAssembler.h"
#include "core/print/DoorBadges.h"
#include "core/stores/ReceiverLoanStore.h"

namespace Ui {
class CheckInPanel;
}

class QTableView;

namespace sd {

class AnswerSounds;
class CheckInDesk;
class CheckInMatchModel;
class Database;
class ReceiverDesk;
class RecordEdits;

// The door of one seminar, keyboard first: one field that takes what a badge scanner types (the
// code, with or without Enter) or a name as it is typed, the answer in words and a colour of its
// own, the live counts, and the keys for what follows an answer (register here, issue a
// receiver), walk-ins and their badges, and the return of receivers at the exit. The Check-in page
// shows one; the door mode another, in large type, on the same database and undo stack.
class CheckInPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInPanel)

public:
    // Gives where the door's badges go: a printer's queue, or a PDF file; none when none was chosen.
    using PrinterSource = std::function<std::optional<PrintTarget>(QWidget* parent)>;

    CheckInPanel(const Database& database, RecordEdits& edits, QWidget* parent = nullptr);
    ~CheckInPanel() override;

    // Where badges print: the printer chosen once and remembered (DoorPrinter) unless set here.
    void setPrinterSource(PrinterSource source) { m_printerSource = std::move(source); }

    // The seminar at the door (0: none).
    void setSeminar(qint64 seminarId);
    qint64 seminarId() const { return m_seminarId; }
    // The records changed (here, at another desk, or by undo): the counts and matches follow.
    void reload();
    void retranslate();
    // The door mode: large type, no door or inventory button, Ctrl+Z on the undo button (there is
    // no menu).
    void setDoorMode();

    QTableView* view() const;
    // The answer shown last, in words.
    QString answerText() const;
    // The match selected, or in return mode the holder selected: its id, 0 when none.
    qint64 selectedId() const;
    bool returnMode() const;

    // Checks in the match selected (Enter in the list).
    void checkInSelected();
    // The walk-in form; registers and checks in the person it gives.
    void walkIn();
    // Takes back the check-in of the match selected, as a step on the undo stack.
    void takeBackSelected();
    // Prints again the badge of the match selected, or else of the person who has just arrived.
    void reprintBadge();
    // Prints the badges of the walk-ins that wait in the queue.
    void printQueue();

Q_SIGNALS:
    void doorModeRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Back from the Settings, the log takes the desk's name as it is now.
    void changeEvent(QEvent* event) override;

private:
    void openDesks();
    void textEdited(const QString& text);
    void enterPressed();
    void takeSettledScan();
    void handle(const Scan& scan);
    void checkInCode(const QString& code);
    void returnReceiver(const Scan& scan);
    void showMatches(const QString& typed);
    void registerHere();
    void issueReceiver();
    void setReturnMode(bool on);
    void editInventory();
    void editBadgePrinting();
    // After ANSWER, the badge of someone just registered at the door: printed at once or queued, as
    // the desk's setting says.
    void sendDoorBadge(const Result<CheckInAnswer>& answer);
    // Prints the badge of REGISTRATION_ID at once on STOCK; gives the label it went on.
    Result<int> printBadge(qint64 registrationId, DoorBadges::Stock stock);
    // Runs PRINT with the door's badges onto the door's printer.
    Result<int> printOnDoorPrinter(const std::function<Result<int>(DoorBadges&, const PrintTarget&)>& print);
    void showAnswer(const Result<CheckInAnswer>& answer);
    void showReturned(const Result<LentReceiver>& returned);
    void showIssued(const Result<LentReceiver>& issued);
    // The answer line: TEXT in the colour of its kind. A check-in's answers each have their own;
    // Done and Refused are what the receivers and errors answer.
    enum class Tone {
        Neutral,
        CheckedIn,
        AlreadyCheckedIn,
        Cancelled,
        Waitlisted,
        NotRegistered,
        OtherSeminar,
        UnknownCode,
        Done,
        Refused
    };
    void say(const QString& text, Tone tone);
    // The answer's sound, when the desk has sounds on (Settings).
    void playSound(CheckInAnswer::Outcome outcome);
    static Tone toneOf(CheckInAnswer::Outcome outcome);
    void updateCounts();
    // The receivers the registrations call for, and what the inventory lacks.
    void updateForecast();
    void updateBadges();
    void updateButtons();

    const Database& m_database;
    RecordEdits& m_edits;
    std::unique_ptr<Ui::CheckInPanel> m_ui;
    CheckInMatchModel* m_matches = nullptr;
    std::unique_ptr<CheckInDesk> m_desk;
    std::unique_ptr<ReceiverDesk> m_receivers;
    qint64 m_seminarId = 0;
    ScanAssembler m_scans;
    QTimer m_settle; // takes a code a scanner typed without Enter
    std::optional<CheckInAnswer> m_lastAnswer; // what F2 and F3 act on
    std::optional<CheckInAnswer> m_lastArrival; // who came last, whose badge F6 prints again
    Tone m_tone = Tone::Neutral; // of the answer shown
    PrinterSource m_printerSource;
    AnswerSounds* m_sounds = nullptr; // made when the first sound plays
    bool m_listWasCut = false; // the answer line says that the matches shown are not all
};

} // namespace sd
