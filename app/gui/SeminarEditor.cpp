#include "gui/SeminarEditor.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableView>

#include "core/models/ProgrammeTableModel.h"
#include "core/records/TimeRange.h"
#include "core/stores/ProgrammeStore.h"
#include "core/stores/SeminarStore.h"
#include "gui/ProgrammeItemDelegate.h"

#include "ui_SeminarEditor.h"

namespace sd {

namespace {

// The deadline box's earliest date, shown as "None".
const QDate noDeadline(2000, 1, 1);

} // namespace

SeminarEditor::SeminarEditor(const QList<Venue>& venues, Save save, QWidget* parent)
    : VersionedRecordDialog(parent)
    , m_ui(std::make_unique<Ui::SeminarEditor>())
    , m_save(std::move(save))
{
    m_ui->setupUi(this);
    m_ui->venueCombo->addItem(tr("No venue yet"), qint64(0));
    for (const Venue& venue : venues)
        m_ui->venueCombo->addItem(venue.name, venue.id);
    for (Seminar::Status status : Seminar::statuses())
        m_ui->statusCombo->addItem(Seminar::statusName(status), Seminar::statusKey(status));
    m_ui->capacitySpin->setSpecialValueText(tr("Unlimited"));
    m_ui->languagesEdit->setPlaceholderText(tr("Language codes, e.g. ja, en"));
    m_ui->shortTitleEdit->setPlaceholderText(tr("A short title that fits on a name badge"));
    m_ui->feeSpin->setSpecialValueText(tr("Free of charge"));
    m_ui->feeSpin->setSuffix(tr(" yen"));
    m_ui->turnSpin->setRange(Seminar::shortestTurnMinutes, Seminar::longestTurnMinutes);
    m_ui->turnSpin->setSuffix(tr(" minutes"));
    // The earliest value of each stands for "not said".
    m_ui->receptionEdit->setSpecialValueText(tr("Not said"));
    m_ui->deadlineEdit->setMinimumDate(noDeadline);
    m_ui->deadlineEdit->setSpecialValueText(tr("None"));
    m_ui->urlEdit->setPlaceholderText(tr("https://… (shown on the flyer with a QR code)"));
    m_ui->registrationEmailEdit->setPlaceholderText(tr("Where applications by e-mail go"));
    setUpProgramme();
    setErrorLabel(m_ui->errorLabel);
    setSeminar(Seminar());
    // Moving the start moves the end with it: a seminar moved to another day or hour keeps its length.
    connect(m_ui->startsAtEdit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& start) {
        m_ui->endsAtEdit->setDateTime(TimeRange {m_shownStart, m_ui->endsAtEdit->dateTime()}.movedTo(start).end);
        m_shownStart = start;
    });
}

SeminarEditor::~SeminarEditor() = default;

void SeminarEditor::setUpProgramme()
{
    using Model = ProgrammeTableModel;
    m_programme = new ProgrammeTableModel(this);
    m_programmeDelegate = new ProgrammeItemDelegate(this);
    QTableView* view = m_ui->programmeView;
    view->setModel(m_programme);
    view->setItemDelegate(m_programmeDelegate);
    // Typing into a cell starts editing it, as in a spreadsheet.
    view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    QHeaderView* header = view->horizontalHeader();
    for (int column : {Model::StartsColumn, Model::EndsColumn, Model::LanguageColumn, Model::KindColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : {Model::TitleJaColumn, Model::TitleEnColumn, Model::SpeakersColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    connect(m_ui->addItemButton, &QPushButton::clicked, this, &SeminarEditor::addProgrammeItem);
    connect(m_ui->removeItemButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->programmeView->currentIndex().row();
        m_programme->removeItem(row);
        if (m_programme->rowCount() > 0)
            m_ui->programmeView->setCurrentIndex(m_programme->index(qMin(row, m_programme->rowCount() - 1), 0));
    });
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveProgrammeItem(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveProgrammeItem(1); });
    // In the table: Insert adds an item, Ctrl+Up and Ctrl+Down move the current one.
    const auto bind = [this, view](const QKeySequence& key, auto action) {
        auto* shortcut = new QShortcut(key, view);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    bind(QKeySequence(Qt::Key_Insert), &SeminarEditor::addProgrammeItem);
    bind(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveProgrammeItem(-1); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveProgrammeItem(1); });
    // Times that overlap or end too early show in their row and below the form as they are typed.
    const auto recheck = [this] {
        showEarly(ProgrammeStore::validationError(m_programme->items()));
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_programme, signal, this, recheck);
    connect(m_programme, &QAbstractItemModel::dataChanged, this, recheck);
    connect(m_programme, &QAbstractItemModel::rowsMoved, this, recheck);
    const auto offerLanguages = [this] {
        m_programmeDelegate->setLanguages(seminar().languages);
    };
    connect(m_ui->languagesEdit, &QLineEdit::textChanged, this, offerLanguages);
}

void SeminarEditor::addProgrammeItem()
{
    const int row
        = m_programme->addItemAfter(m_ui->programmeView->currentIndex().row(), m_ui->startsAtEdit->dateTime().time());
    const QModelIndex start = m_programme->index(row, ProgrammeTableModel::StartsColumn);
    m_ui->programmeView->setCurrentIndex(start);
    m_ui->programmeView->setFocus();
    m_ui->programmeView->edit(start);
}

void SeminarEditor::moveProgrammeItem(int by)
{
    const QModelIndex current = m_ui->programmeView->currentIndex();
    if (m_programme->moveItem(current.row(), by))
        m_ui->programmeView->setCurrentIndex(m_programme->index(current.row() + by, current.column()));
}

void SeminarEditor::setSeminar(const Seminar& seminar, const QList<ProgrammeItem>& programme)
{
    m_seminar = seminar;
    setWindowTitle(seminar.id == 0 ? tr("New Seminar") : tr("Seminar “%1”").arg(seminar.localTitle()));
    m_ui->titleJaEdit->setText(seminar.titleJa);
    m_ui->titleEnEdit->setText(seminar.titleEn);
    m_ui->shortTitleEdit->setText(seminar.shortTitle);
    const QDateTime defaultStart(QDate::currentDate().addDays(30), QTime(13, 30));
    m_shownStart = seminar.startsAt.isValid() ? seminar.startsAt : defaultStart;
    {
        // The times shown are the seminar's own, not a move.
        const QSignalBlocker blocker(m_ui->startsAtEdit);
        m_ui->startsAtEdit->setDateTime(m_shownStart);
    }
    m_ui->endsAtEdit->setDateTime(seminar.endsAt.isValid() ? seminar.endsAt : defaultStart.addSecs(3 * 3600));
    m_ui->venueCombo->setCurrentIndex(qMax(0, m_ui->venueCombo->findData(seminar.venueId)));
    m_ui->organiserEdit->setText(seminar.organiser);
    m_ui->capacitySpin->setValue(seminar.capacity);
    m_ui->languagesEdit->setText(seminar.languages.join(QStringLiteral(", ")));
    m_ui->statusCombo->setCurrentIndex(qMax(0, m_ui->statusCombo->findData(Seminar::statusKey(seminar.status))));
    m_ui->feeSpin->setValue(seminar.participationFee);
    m_ui->turnSpin->setValue(seminar.turnMinutes);
    m_ui->receptionEdit->setTime(seminar.receptionOpens.isValid() ? seminar.receptionOpens
                                                                  : m_ui->receptionEdit->minimumTime());
    m_ui->deadlineEdit->setDate(seminar.registrationDeadline.isValid() ? seminar.registrationDeadline : noDeadline);
    m_ui->webCheck->setChecked(seminar.applicationMethods.contains(Seminar::ApplicationMethod::Web));
    m_ui->emailCheck->setChecked(seminar.applicationMethods.contains(Seminar::ApplicationMethod::Email));
    m_ui->faxCheck->setChecked(seminar.applicationMethods.contains(Seminar::ApplicationMethod::Fax));
    m_ui->urlEdit->setText(seminar.registrationUrl);
    m_ui->registrationEmailEdit->setText(seminar.registrationEmail);
    m_ui->descriptionJaEdit->setPlainText(seminar.descriptionJa);
    m_ui->descriptionEnEdit->setPlainText(seminar.descriptionEn);
    m_programme->setItems(programme);
    m_programmeDelegate->setLanguages(seminar.languages);
    m_ui->tabs->setCurrentIndex(0);
    m_ui->titleJaEdit->setFocus();
}

Seminar SeminarEditor::seminar() const
{
    Seminar seminar = m_seminar;
    seminar.titleJa = m_ui->titleJaEdit->text().trimmed();
    seminar.titleEn = m_ui->titleEnEdit->text().trimmed();
    seminar.shortTitle = m_ui->shortTitleEdit->text().trimmed();
    seminar.startsAt = m_ui->startsAtEdit->dateTime();
    seminar.endsAt = m_ui->endsAtEdit->dateTime();
    seminar.venueId = m_ui->venueCombo->currentData().toLongLong();
    seminar.organiser = m_ui->organiserEdit->text().trimmed();
    seminar.capacity = m_ui->capacitySpin->value();
    static const QRegularExpression separators(QStringLiteral("[\\s,、]+"));
    seminar.languages = m_ui->languagesEdit->text().toLower().split(separators, Qt::SkipEmptyParts);
    seminar.status = Seminar::statusFromKey(m_ui->statusCombo->currentData().toString()).value_or(seminar.status);
    seminar.participationFee = m_ui->feeSpin->value();
    seminar.turnMinutes = m_ui->turnSpin->value();
    const QTime reception = m_ui->receptionEdit->time();
    seminar.receptionOpens = reception == m_ui->receptionEdit->minimumTime() ? QTime() : reception;
    const QDate deadline = m_ui->deadlineEdit->date();
    seminar.registrationDeadline = deadline == noDeadline ? QDate() : deadline;
    seminar.applicationMethods.clear();
    const std::pair<QCheckBox*, Seminar::ApplicationMethod> methods[]
        = {{m_ui->webCheck, Seminar::ApplicationMethod::Web},
           {m_ui->emailCheck, Seminar::ApplicationMethod::Email},
           {m_ui->faxCheck, Seminar::ApplicationMethod::Fax}};
    for (const auto& [check, method] : methods) {
        if (check->isChecked())
            seminar.applicationMethods.append(method);
    }
    seminar.registrationUrl = m_ui->urlEdit->text().trimmed();
    seminar.registrationEmail = m_ui->registrationEmailEdit->text().trimmed();
    seminar.descriptionJa = m_ui->descriptionJaEdit->toPlainText();
    seminar.descriptionEn = m_ui->descriptionEnEdit->toPlainText();
    return seminar;
}

QList<ProgrammeItem> SeminarEditor::programme() const
{
    return m_programme->items();
}

QString SeminarEditor::check() const
{
    if (QString invalid = SeminarStore::validationError(seminar()); !invalid.isEmpty())
        return invalid;
    return ProgrammeStore::validationError(programme());
}

Status SeminarEditor::save()
{
    return m_save(seminar(), programme());
}

SeminarWithProgramme SeminarEditor::formRecord() const
{
    return {seminar(), programme()};
}

void SeminarEditor::takeVersionsOf(const SeminarWithProgramme& theirs)
{
    m_seminar.version = theirs.seminar.version;
}

void SeminarEditor::showTheirs(const SeminarWithProgramme& theirs)
{
    setSeminar(theirs.seminar, theirs.programme);
}

} // namespace sd
