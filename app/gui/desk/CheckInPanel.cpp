#include "gui/desk/CheckInPanel.h"

#include <QKeyEvent>
#include <QMap>
#include <QShortcut>
#include <QUndoStack>

#include "core/checkin/CheckInDesk.h"
#include "core/checkin/CheckInSounds.h"
#include "core/checkin/ReceiverDesk.h"
#include "core/checkin/ReceiverForecast.h"
#include "core/models/CheckInMatchModel.h"
#include "core/print/SheetInPrinter.h"
#include "core/records/ArrivalCounts.h"
#include "core/settings/AppSettings.h"
#include "core/stores/RecordEdits.h"
#include "gui/AnswerSounds.h"
#include "gui/DoorBadgeDialog.h"
#include "gui/DoorPrinter.h"
#include "gui/MessageBox.h"
#include "gui/ReceiverInventoryDialog.h"
#include "gui/WalkInForm.h"
#include "gui/desk/TableViews.h"

#include "ui_CheckInPanel.h"

namespace sd {

CheckInPanel::CheckInPanel(const Database& database, RecordEdits& edits, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_edits(edits)
    , m_ui(std::make_unique<Ui::CheckInPanel>())
    , m_matches(new CheckInMatchModel(this))
    , m_printerSource(&DoorPrinter::open)
{
    m_ui->setupUi(this);
    m_ui->matchView->setModel(m_matches);
    TableViews::setUp(m_ui->matchView);
    // The keyboard stays in the field, where the arrows choose among the matches.
    m_ui->matchView->setFocusPolicy(Qt::NoFocus);
    m_ui->matchView->setFocusProxy(m_ui->scanField);
    m_ui->scanField->installEventFilter(this);
    setFocusProxy(m_ui->scanField);
    m_settle.setSingleShot(true);

    // The keys work wherever the keyboard is in the panel, and act at once (a button's own
    // shortcut clicks it a moment later, when the next badge may already be arriving).
    const auto key = [this](QAbstractButton* button, QKeySequence sequence) {
        button->setFocusPolicy(Qt::NoFocus);
        auto* shortcut = new QShortcut(sequence, this, button, &QAbstractButton::click);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    };
    key(m_ui->registerButton, Qt::Key_F2);
    key(m_ui->issueButton, Qt::Key_F3);
    key(m_ui->returnModeButton, Qt::Key_F4);
    key(m_ui->walkInButton, Qt::Key_F5);
    key(m_ui->reprintButton, Qt::Key_F6);
    key(m_ui->categoriesButton, Qt::Key_F7);
    key(m_ui->printQueueButton, Qt::Key_F8);
    key(m_ui->badgeSettingsButton, Qt::Key_F9);
    key(m_ui->doorButton, Qt::Key_F11);
    m_ui->undoButton->setFocusPolicy(Qt::NoFocus);
    m_ui->inventoryButton->setFocusPolicy(Qt::NoFocus);

    connect(m_ui->scanField, &QLineEdit::textEdited, this, &CheckInPanel::textEdited);
    connect(m_ui->scanField, &QLineEdit::returnPressed, this, &CheckInPanel::enterPressed);
    connect(&m_settle, &QTimer::timeout, this, &CheckInPanel::takeSettledScan);
    connect(m_ui->registerButton, &QPushButton::clicked, this, &CheckInPanel::registerHere);
    connect(m_ui->issueButton, &QPushButton::clicked, this, &CheckInPanel::issueReceiver);
    connect(m_ui->returnModeButton, &QPushButton::toggled, this, &CheckInPanel::setReturnMode);
    connect(m_ui->walkInButton, &QPushButton::clicked, this, &CheckInPanel::walkIn);
    connect(m_ui->inventoryButton, &QPushButton::clicked, this, &CheckInPanel::editInventory);
    connect(m_ui->reprintButton, &QPushButton::clicked, this, &CheckInPanel::reprintBadge);
    connect(m_ui->printQueueButton, &QPushButton::clicked, this, &CheckInPanel::printQueue);
    connect(m_ui->badgeSettingsButton, &QPushButton::clicked, this, &CheckInPanel::editBadgePrinting);
    connect(m_ui->undoButton, &QPushButton::clicked, m_edits.undoStack(), &QUndoStack::undo);
    connect(m_ui->categoriesButton, &QPushButton::toggled, m_ui->categoryCountsLabel, &QLabel::setVisible);
    connect(m_ui->doorButton, &QPushButton::clicked, this, &CheckInPanel::doorModeRequested);
    connect(m_edits.undoStack(), &QUndoStack::canUndoChanged, this, &CheckInPanel::updateButtons);
    retranslate();
    updateButtons();
}

CheckInPanel::~CheckInPanel() = default;

void CheckInPanel::setSeminar(qint64 seminarId)
{
    if (seminarId == m_seminarId)
        return;
    m_seminarId = seminarId;
    openDesks();
    m_lastAnswer.reset();
    m_lastArrival.reset();
    m_ui->scanField->clear();
    m_matches->clear();
    say(QString(), Tone::Neutral);
    updateCounts();
    updateButtons();
}

void CheckInPanel::openDesks()
{
    const Desk desk = Desk::named(AppSettings().deskName());
    m_desk = m_seminarId > 0 ? std::make_unique<CheckInDesk>(m_database, m_edits, m_seminarId, desk) : nullptr;
    m_receivers = m_seminarId > 0 ? std::make_unique<ReceiverDesk>(m_database, m_edits, m_seminarId, desk) : nullptr;
}

void CheckInPanel::reload()
{
    updateCounts();
    if (m_ui->scanField->text().isEmpty())
        return;
    // A search in progress stays as the user left it: the match chosen with the arrows stays chosen
    // while it is still a match.
    const qint64 chosen = selectedId();
    showMatches(m_ui->scanField->text());
    for (int row = 0; row < m_matches->rowCount(); ++row) {
        if (m_matches->index(row, 0).data(Qt::UserRole).toLongLong() == chosen)
            TableViews::select(m_ui->matchView, row);
    }
}

void CheckInPanel::retranslate()
{
    const int deposit = m_ui->depositCombo->currentIndex();
    m_ui->retranslateUi(this);
    m_ui->depositCombo->clear();
    for (ReceiverLoan::Deposit each : ReceiverLoan::deposits())
        m_ui->depositCombo->addItem(ReceiverLoan::depositName(each), int(each));
    m_ui->depositCombo->setCurrentIndex(qMax(deposit, 0));
    m_matches->retranslate();
    updateCounts();
}

void CheckInPanel::setDoorMode()
{
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    setFont(large);
    QFont field = large;
    field.setPointSizeF(large.pointSizeF() * 1.4);
    m_ui->scanField->setFont(field);
    m_ui->answerLabel->setFont(field);
    m_ui->doorButton->hide();
    m_ui->inventoryButton->hide();
    auto* undo = new QShortcut(QKeySequence::Undo, this, m_ui->undoButton, &QAbstractButton::click);
    undo->setContext(Qt::WidgetWithChildrenShortcut);
}

QTableView* CheckInPanel::view() const
{
    return m_ui->matchView;
}

QString CheckInPanel::answerText() const
{
    return m_ui->answerLabel->text();
}

qint64 CheckInPanel::selectedId() const
{
    return TableViews::currentId(m_ui->matchView);
}

bool CheckInPanel::returnMode() const
{
    return m_ui->returnModeButton->isChecked();
}

bool CheckInPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down in the field choose among the matches, as in a completer.
    if (watched == m_ui->scanField && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Up || key == Qt::Key_Down) && m_matches->rowCount() > 0) {
            const int row = m_ui->matchView->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1);
            TableViews::select(m_ui->matchView, qBound(0, row, m_matches->rowCount() - 1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CheckInPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_desk
        && m_desk->desk().name != AppSettings().deskName())
        openDesks();
    QWidget::changeEvent(event);
}

void CheckInPanel::textEdited(const QString& text)
{
    m_scans.textEdited(text);
    if (const std::optional<qint64> due = m_scans.msUntilDue())
        m_settle.start(int(*due));
    else
        m_settle.stop();
    showMatches(text);
}

void CheckInPanel::enterPressed()
{
    m_settle.stop();
    const QString text = m_ui->scanField->text();
    m_ui->scanField->clear();
    handle(m_scans.enter(text));
}

void CheckInPanel::takeSettledScan()
{
    if (std::optional<Scan> scan = m_scans.takeIfDue()) {
        m_ui->scanField->clear();
        handle(*scan);
    }
}

void CheckInPanel::handle(const Scan& scan)
{
    if (!m_desk)
        return;
    switch (scan.kind) {
    case Scan::Kind::Code:
        if (returnMode())
            returnReceiver(scan);
        else
            checkInCode(scan.code);
        break;
    case Scan::Kind::Name:
        if (returnMode())
            returnReceiver(scan);
        else if (selectedId() > 0)
            checkInSelected();
        else
            say(tr("No one registered for this seminar matches “%1”.").arg(scan.text.trimmed()), Tone::Refused);
        break;
    case Scan::Kind::Repeat: // the scanner sent the code again: it was taken once
    case Scan::Kind::Nothing:
        break;
    }
    m_matches->clear();
}

void CheckInPanel::checkInCode(const QString& code)
{
    showAnswer(m_desk->checkInCode(code));
}

void CheckInPanel::checkInSelected()
{
    if (!m_desk)
        return;
    if (returnMode()) {
        if (const qint64 holder = selectedId(); holder > 0)
            showReturned(m_receivers->takeBackFrom(holder));
    } else if (const qint64 id = selectedId(); id > 0) {
        const bool registered = m_matches->content() == CheckInMatchModel::Content::Registrations;
        showAnswer(registered ? m_desk->checkIn(id) : m_desk->checkInAttendee(id));
    }
    m_ui->scanField->clear();
    m_scans.enter(QString());
    m_matches->clear();
    m_ui->scanField->setFocus();
}

void CheckInPanel::returnReceiver(const Scan& scan)
{
    if (scan.kind == Scan::Kind::Code) {
        showReturned(m_receivers->takeBackByCode(scan.code));
    } else if (const qint64 holder = selectedId(); holder > 0) {
        showReturned(m_receivers->takeBackFrom(holder));
    } else {
        showReturned(m_receivers->takeBackBySerial(scan.text.trimmed()));
    }
}

void CheckInPanel::showMatches(const QString& typed)
{
    if (!m_desk || typed.trimmed().isEmpty()) {
        m_matches->clear();
        return;
    }
    if (returnMode()) {
        m_matches->showHolders(m_receivers->holdersMatching(typed));
    } else {
        m_matches->showRegistrations(m_desk->matches(typed));
        // No one registered by that name: perhaps someone of the database, to register here.
        if (m_matches->lastError().isEmpty() && m_matches->total() == 0)
            m_matches->showPeople(m_desk->peopleMatching(typed));
    }
    const bool cut = m_matches->total() > m_matches->rowCount();
    if (!m_matches->lastError().isEmpty())
        say(m_matches->lastError(), Tone::Refused);
    else if (cut)
        say(tr("The first %1 of %2 matches are shown: type more of the name.")
                .arg(m_matches->rowCount())
                .arg(m_matches->total()),
            Tone::Neutral);
    else if (m_listWasCut)
        say(QString(), Tone::Neutral); // the typing has made the list short: its note goes
    m_listWasCut = cut;
    TableViews::select(m_ui->matchView, 0);
}

void CheckInPanel::registerHere()
{
    if (!m_desk || !m_lastAnswer || !m_lastAnswer->canRegisterHere())
        return;
    const Result<CheckInAnswer> answer = m_desk->registerAndCheckIn(*m_lastAnswer);
    showAnswer(answer);
    sendDoorBadge(answer);
}

void CheckInPanel::issueReceiver()
{
    if (!m_receivers || !m_lastAnswer || m_lastAnswer->outcome != CheckInAnswer::Outcome::CheckedIn)
        return;
    const auto deposit = ReceiverLoan::Deposit(m_ui->depositCombo->currentData().toInt());
    showIssued(m_receivers->issue(m_lastAnswer->registration.id, m_ui->serialField->text().trimmed(), deposit));
    m_ui->serialField->clear();
    m_ui->scanField->setFocus();
}

void CheckInPanel::walkIn()
{
    if (!m_desk)
        return;
    std::optional<Result<CheckInAnswer>> answer;
    WalkInForm form([this](const Attendee& person) { return m_desk->knownPeople(person); },
                    [this, &answer](const Attendee& person, bool receiverNeeded) -> Status {
                        answer = m_desk->walkIn(person, receiverNeeded);
                        return *answer ? Status() : Status(fail(answer->error()));
                    },
                    this);
    if (form.exec() == QDialog::Accepted && answer) {
        showAnswer(*answer);
        sendDoorBadge(*answer);
    }
    m_ui->scanField->setFocus();
}

void CheckInPanel::sendDoorBadge(const Result<CheckInAnswer>& answer)
{
    // Someone registered at the door needs a badge; someone registered before has one already.
    if (!answer || answer->outcome != CheckInAnswer::Outcome::CheckedIn
        || answer->registration.source != Registration::walkInSource())
        return;
    const qint64 registrationId = answer->registration.id;
    const QString checkedIn = answerText();
    const DoorBadges::Route route = DoorBadges::routeOf(AppSettings().doorBadgeRoute());
    if (route == DoorBadges::Route::Queue) {
        say(tr("%1 Their badge waits in the queue: F8 prints the queue.").arg(checkedIn), m_tone);
        return;
    }
    const DoorBadges::Stock stock
        = route == DoorBadges::Route::Card ? DoorBadges::Stock::Card : DoorBadges::Stock::NextLabel;
    auto label = printBadge(registrationId, stock);
    if (!label)
        say(tr("%1 Their badge was not printed: %2 It waits in the queue.").arg(checkedIn, label.error()),
            Tone::Refused);
    else if (stock == DoorBadges::Stock::Card)
        say(tr("%1 Their badge is printed on a card.").arg(checkedIn), m_tone);
    else
        say(tr("%1 Their badge is printed on label %2 of the sheet in the printer.").arg(checkedIn).arg(*label + 1),
            m_tone);
    updateBadges();
}

void CheckInPanel::reprintBadge()
{
    if (!m_desk || returnMode())
        return;
    const bool matchChosen = m_matches->content() == CheckInMatchModel::Content::Registrations && selectedId() > 0;
    const qint64 registrationId = matchChosen ? selectedId() : m_lastArrival ? m_lastArrival->registration.id : 0;
    if (registrationId <= 0) {
        say(tr("Check the person in, or choose them among the matches: then F6 prints their badge again."),
            Tone::Refused);
        return;
    }
    const QString name = matchChosen ? m_matches->index(m_matches->rowOf(registrationId), 0).data().toString()
                                     : m_lastArrival->attendee.displayName();
    // A badge asked for again is for someone standing at the desk: never queued. On a card when the
    // desk prints on cards; else on the sheet in the printer, which the queue prints on too.
    const bool onCard = DoorBadges::routeOf(AppSettings().doorBadgeRoute()) == DoorBadges::Route::Card;
    const DoorBadges::Stock stock = onCard ? DoorBadges::Stock::Card : DoorBadges::Stock::NextLabel;
    auto label = printBadge(registrationId, stock);
    if (!label)
        say(tr("The badge of %1 was not printed: %2").arg(name, label.error()), Tone::Refused);
    else if (onCard)
        say(tr("The badge of %1 is printed again on a card.").arg(name), Tone::Done);
    else
        say(tr("The badge of %1 is printed again on label %2 of the sheet in the printer.").arg(name).arg(*label + 1),
            Tone::Done);
    m_ui->scanField->clear();
    m_scans.enter(QString());
    m_matches->clear();
    updateBadges();
    m_ui->scanField->setFocus();
}

void CheckInPanel::printQueue()
{
    if (!m_desk)
        return;
    auto printed
        = printOnDoorPrinter([](DoorBadges& badges, const PrintTarget& target) { return badges.printQueue(target); });
    if (printed)
        say(tr("%n queued badge(s) printed.", nullptr, *printed), Tone::Done);
    else
        say(printed.error(), Tone::Refused);
    updateBadges();
    m_ui->scanField->setFocus();
}

Result<int> CheckInPanel::printBadge(qint64 registrationId, DoorBadges::Stock stock)
{
    return printOnDoorPrinter([registrationId, stock](DoorBadges& badges, const PrintTarget& target) {
        return badges.print(target, registrationId, stock);
    });
}

Result<int> CheckInPanel::printOnDoorPrinter(const std::function<Result<int>(DoorBadges&, const PrintTarget&)>& print)
{
    const std::optional<PrintTarget> target = m_printerSource(this);
    if (!target)
        return fail(tr("No printer was chosen."));
    AppSettings settings;
    SheetInPrinter sheet(settings);
    DoorBadges badges(m_database, m_seminarId, sheet);
    if (!target->isPdfFile())
        badges.setPrinterOffsetMm(settings.printerOffsetMm(target->queueName()));
    // The badges count as printed, and their labels as used, only once the queue took the job.
    auto printed = print(badges, *target);
    if (printed && badges.lastJob() && badges.lastJob()->waiting)
        MessageBox::information(this, tr("Badges at the door"), badges.lastJob()->message());
    return printed;
}

void CheckInPanel::editInventory()
{
    if (!m_receivers)
        return;
    auto inventory = m_receivers->inventory();
    if (!inventory) {
        say(inventory.error(), Tone::Refused);
        return;
    }
    auto forecast = ReceiverForecast::forInventories(m_database, m_seminarId);
    if (!forecast) {
        say(forecast.error(), Tone::Refused);
        return;
    }
    ReceiverInventoryDialog dialog(
        *inventory, [this](const ReceiverInventory& changed) { return m_receivers->setInventory(changed); }, *forecast,
        this);
    dialog.setLoad([this](const ReceiverInventory&) { return m_receivers->inventory(); });
    if (dialog.exec() == QDialog::Accepted)
        updateCounts();
    m_ui->scanField->setFocus();
}

void CheckInPanel::editBadgePrinting()
{
    AppSettings settings;
    DoorBadgeDialog dialog(settings, this);
    if (dialog.exec() == QDialog::Accepted)
        updateBadges();
    m_ui->scanField->setFocus();
}

void CheckInPanel::takeBackSelected()
{
    const qint64 registration = selectedId();
    if (!m_desk || m_matches->content() != CheckInMatchModel::Content::Registrations || registration <= 0)
        return;
    const QString code = m_matches->checkInCodeAt(m_matches->rowOf(registration));
    showAnswer(m_desk->undoCheckIn(code));
    m_matches->clear();
}

void CheckInPanel::setReturnMode(bool on)
{
    m_lastAnswer.reset();
    m_lastArrival.reset();
    m_matches->clear();
    m_ui->scanField->clear();
    m_scans.enter(QString());
    say(on ? tr("Return mode: scan a badge, or type a name or a receiver number, to take a receiver back.") : QString(),
        Tone::Neutral);
    updateButtons();
    m_ui->scanField->setFocus();
}

void CheckInPanel::showAnswer(const Result<CheckInAnswer>& answer)
{
    if (!answer) {
        m_lastAnswer.reset();
        say(answer.error(), Tone::Refused);
    } else {
        m_lastAnswer = *answer;
        using Outcome = CheckInAnswer::Outcome;
        if (answer->outcome == Outcome::CheckedIn || answer->outcome == Outcome::AlreadyCheckedIn)
            m_lastArrival = *answer;
        playSound(answer->outcome);
        QString text = answer->message();
        if (answer->canRegisterHere())
            text = tr("%1 Press F2 to register them for this seminar and check them in.").arg(text);
        else if (answer->outcome == CheckInAnswer::Outcome::CheckedIn && answer->registration.receiverNeeded)
            text = tr("%1 They need a receiver: press F3 to issue one.").arg(text);
        say(text, toneOf(answer->outcome));
    }
    updateCounts();
    updateButtons();
}

void CheckInPanel::showIssued(const Result<LentReceiver>& issued)
{
    if (!issued) {
        say(issued.error(), Tone::Refused);
    } else {
        const QString serial = issued->loan.serial;
        say(serial.isEmpty() ? tr("Receiver issued to %1.").arg(issued->holder.displayName())
                             : tr("Receiver %1 issued to %2.").arg(serial, issued->holder.displayName()),
            Tone::Done);
        m_lastAnswer.reset();
    }
    updateCounts();
    updateButtons();
}

void CheckInPanel::showReturned(const Result<LentReceiver>& returned)
{
    if (!returned) {
        say(returned.error(), Tone::Refused);
    } else {
        const QString deposit = ReceiverLoan::depositName(returned->loan.deposit);
        say(tr("Receiver returned by %1. Hand back the deposit: %2.").arg(returned->holder.displayName(), deposit),
            Tone::Done);
    }
    updateCounts();
}

void CheckInPanel::playSound(CheckInAnswer::Outcome outcome)
{
    // Read at each answer: a change in the Settings is heard at the next badge.
    const QString sound = CheckInSounds(AppSettings().checkInSounds()).soundFor(outcome);
    if (sound.isEmpty())
        return;
    if (!m_sounds)
        m_sounds = new AnswerSounds(this);
    m_sounds->play(sound);
}

void CheckInPanel::say(const QString& text, Tone tone)
{
    m_tone = tone;
    m_ui->answerLabel->setText(text);
    m_ui->answerLabel->setAutoFillBackground(tone != Tone::Neutral);
    QPalette palette = m_ui->answerLabel->parentWidget()->palette();
    if (tone != Tone::Neutral) {
        // Each answer its own colour, light enough for dark text in daylight at the door; an
        // unknown code the one dark one.
        static const QMap<Tone, QColor> backgrounds {
            {Tone::CheckedIn, QColor(0xb8, 0xf0, 0xb8)},     {Tone::AlreadyCheckedIn, QColor(0xff, 0xd8, 0x80)},
            {Tone::Cancelled, QColor(0xff, 0xb0, 0xb0)},     {Tone::Waitlisted, QColor(0xe0, 0xc8, 0xff)},
            {Tone::NotRegistered, QColor(0xb8, 0xd8, 0xff)}, {Tone::OtherSeminar, QColor(0xa8, 0xee, 0xe8)},
            {Tone::UnknownCode, QColor(0x50, 0x50, 0x50)},   {Tone::Done, QColor(0xb8, 0xf0, 0xb8)},
            {Tone::Refused, QColor(0xff, 0xb0, 0xb0)}};
        palette.setColor(QPalette::Window, backgrounds.value(tone));
        palette.setColor(QPalette::WindowText, tone == Tone::UnknownCode ? Qt::white : Qt::black);
    }
    m_ui->answerLabel->setPalette(palette);
}

CheckInPanel::Tone CheckInPanel::toneOf(CheckInAnswer::Outcome outcome)
{
    switch (outcome) {
    case CheckInAnswer::Outcome::CheckedIn:
        return Tone::CheckedIn;
    case CheckInAnswer::Outcome::AlreadyCheckedIn:
        return Tone::AlreadyCheckedIn;
    case CheckInAnswer::Outcome::Cancelled:
        return Tone::Cancelled;
    case CheckInAnswer::Outcome::Waitlisted:
        return Tone::Waitlisted;
    case CheckInAnswer::Outcome::NotRegistered:
        return Tone::NotRegistered;
    case CheckInAnswer::Outcome::OtherSeminar:
        return Tone::OtherSeminar;
    case CheckInAnswer::Outcome::UnknownCode:
        return Tone::UnknownCode;
    case CheckInAnswer::Outcome::Undone:
        return Tone::Neutral;
    }
    return Tone::Neutral;
}

void CheckInPanel::updateCounts()
{
    updateBadges();
    if (!m_desk) {
        m_ui->arrivalCountsLabel->clear();
        m_ui->categoryCountsLabel->clear();
        m_ui->receiverCountsLabel->clear();
        m_ui->receiverForecastLabel->clear();
        m_ui->receiverWarningLabel->hide();
        return;
    }
    const auto line = [](const ArrivalCounts& counts) {
        return tr("Expected %1 · Checked in %2 · Walk-ins %3 · Not yet arrived %4 · Receivers out %5")
            .arg(counts.expected)
            .arg(counts.checkedIn)
            .arg(counts.walkIns)
            .arg(counts.notArrived())
            .arg(counts.receiversOut);
    };
    auto counts = m_desk->counts();
    m_ui->arrivalCountsLabel->setText(counts ? line(*counts) : counts.error());
    QStringList categories;
    if (auto byCategory = m_desk->countsByCategory(); !byCategory) {
        categories.append(byCategory.error());
    } else {
        for (const ArrivalCounts& each : *byCategory)
            categories.append(tr("%1: %2").arg(Attendee::categoryName(each.category), line(each)));
    }
    m_ui->categoryCountsLabel->setText(categories.join(QLatin1Char('\n')));
    auto receivers = m_receivers->counts();
    m_ui->receiverCountsLabel->setText(receivers ? tr("Receivers: issued %1 · returned %2 · outstanding %3 · of %4")
                                                       .arg(receivers->issued)
                                                       .arg(receivers->returned)
                                                       .arg(receivers->outstanding())
                                                       .arg(receivers->inventory)
                                                 : receivers.error());
    updateForecast();
}

void CheckInPanel::updateForecast()
{
    auto forecast = ReceiverForecast::ofSeminar(*m_receivers);
    m_ui->receiverForecastLabel->setText(forecast ? forecast->summary() : forecast.error());
    const QStringList warnings = forecast ? forecast->warnings() : QStringList();
    m_ui->receiverWarningLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->receiverWarningLabel->setVisible(!warnings.isEmpty());
}

void CheckInPanel::updateBadges()
{
    AppSettings settings;
    SheetInPrinter sheet(settings);
    switch (DoorBadges::routeOf(settings.doorBadgeRoute())) {
    case DoorBadges::Route::Card:
        m_ui->badgeRouteLabel->setText(tr("Walk-in badges: on a card (%1)").arg(DoorBadges::cardName()));
        break;
    case DoorBadges::Route::NextLabel:
        m_ui->badgeRouteLabel->setText(tr("Walk-in badges: on the next free label of %1").arg(sheet.sheetName()));
        break;
    case DoorBadges::Route::Queue:
        m_ui->badgeRouteLabel->setText(tr("Walk-in badges: queued, to print on %1").arg(sheet.sheetName()));
        break;
    }
    int waiting = 0;
    if (m_desk) {
        auto queued = DoorBadges(m_database, m_seminarId, sheet).queuedCount();
        if (!queued)
            m_ui->badgeRouteLabel->setText(queued.error());
        waiting = queued ? *queued : 0;
    }
    m_ui->printQueueButton->setText(tr("Print Queued Badges (%1) (F8)").arg(waiting));
    m_ui->printQueueButton->setEnabled(waiting > 0);
}

void CheckInPanel::updateButtons()
{
    const bool open = m_desk != nullptr;
    const bool returning = returnMode();
    m_ui->scanField->setEnabled(open);
    m_ui->registerButton->setEnabled(!returning && m_lastAnswer && m_lastAnswer->canRegisterHere());
    m_ui->issueButton->setEnabled(!returning && m_lastAnswer
                                  && m_lastAnswer->outcome == CheckInAnswer::Outcome::CheckedIn);
    m_ui->walkInButton->setEnabled(open && !returning);
    m_ui->reprintButton->setEnabled(open && !returning);
    m_ui->inventoryButton->setEnabled(open);
    m_ui->undoButton->setEnabled(m_edits.undoStack()->canUndo());
    m_ui->doorButton->setEnabled(open);
}

} // namespace sd
