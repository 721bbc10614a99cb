#include "gui/BoothEditor.h"

#include <algorithm>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>

#include "core/records/TimeRange.h"
#include "core/stores/BoothStore.h"
#include "gui/DateTimeEdit.h"

#include "ui_BoothEditor.h"

namespace sd {

BoothEditor::BoothEditor(const QList<Contact>& interpreters, const QList<Booth>& seminarBooths,
                         const QDateTime& shiftStart, const QDateTime& shiftEnd, Save save, QWidget* parent)
    : VersionedRecordDialog(parent)
    , m_ui(std::make_unique<Ui::BoothEditor>())
    , m_save(std::move(save))
    , m_interpreters(interpreters)
    , m_seminarBooths(seminarBooths)
    , m_shiftStart(shiftStart)
    , m_shiftEnd(shiftEnd)
{
    m_ui->setupUi(this);
    m_ui->languagePairCombo->addItems({QStringLiteral("ja-en"), QStringLiteral("ja-zh"), QStringLiteral("ja-ko"),
                                       QStringLiteral("en-zh"), QStringLiteral("en-ko")});
    m_ui->channelSpin->setMinimum(1);
    m_ui->channelSpin->setMaximum(99);
    m_ui->shiftsTable->setColumnCount(3);
    m_ui->shiftsTable->setHorizontalHeaderLabels({tr("Interpreter"), tr("From"), tr("Until")});
    QHeaderView* header = m_ui->shiftsTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(InterpreterColumn, QHeaderView::Stretch);
    // The times are cell widgets, which the header's own sizing does not see: as wide as a field.
    const int timeWidth = DateTimeEdit().sizeHint().width() + fontMetrics().averageCharWidth() * 2;
    for (int column : {StartsColumn, EndsColumn}) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        m_ui->shiftsTable->setColumnWidth(column, timeWidth);
    }
    m_ui->shiftsTable->verticalHeader()->setDefaultSectionSize(DateTimeEdit().sizeHint().height());
    m_ui->newInterpreterButton->hide();
    m_ui->proposeRotaButton->hide();
    m_ui->rotaWarningsLabel->hide();
    connect(m_ui->proposeRotaButton, &QPushButton::clicked, this, &BoothEditor::proposeRota);
    updateInterpreterChoices();
    connect(m_ui->newInterpreterButton, &QPushButton::clicked, this, &BoothEditor::addNewInterpreter);
    // A channel taken by another booth shows as it is typed, not only on Save.
    connect(m_ui->channelSpin, &QSpinBox::valueChanged, this,
            [this] { showEarly(BoothStore::channelError(booth(), m_seminarBooths)); });
    connect(m_ui->addShiftButton, &QPushButton::clicked, this, [this] {
        InterpreterShift shift;
        shift.contactId = m_interpreters.value(0).id;
        shift.startsAt = m_shiftStart;
        shift.endsAt = m_shiftEnd;
        const int row = addShift(shift);
        m_ui->shiftsTable->setCurrentCell(row, InterpreterColumn);
        m_ui->shiftsTable->cellWidget(row, InterpreterColumn)->setFocus();
    });
    connect(m_ui->removeShiftButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->shiftsTable->currentRow();
        if (row >= 0)
            m_ui->shiftsTable->removeRow(row);
        showRotaWarnings();
    });
    setErrorLabel(m_ui->errorLabel);
    setBooth(Booth(), {});
}

BoothEditor::~BoothEditor() = default;

void BoothEditor::setNewInterpreter(NewInterpreter newInterpreter)
{
    m_newInterpreter = std::move(newInterpreter);
    m_ui->newInterpreterButton->setVisible(bool(m_newInterpreter));
    updateInterpreterChoices();
}

void BoothEditor::setRota(const SeminarRota& rota)
{
    m_rota = rota;
    m_ui->proposeRotaButton->show();
    showRotaWarnings();
}

void BoothEditor::proposeRota()
{
    const QList<InterpreterShift> turns = m_rota->proposalFor(booth(), shifts());
    if (turns.isEmpty()) {
        showEarly(m_rota->interpretedMinutes(booth()) == 0
                      ? tr("The programme has no session for this booth to interpret.")
                      : tr("There is nobody to take turns: add interpreters to the table, or link interpreters to "
                           "the seminar."));
        return;
    }
    m_ui->shiftsTable->setRowCount(0);
    for (const InterpreterShift& turn : turns)
        addShift(turn);
    showRotaWarnings();
}

void BoothEditor::showRotaWarnings()
{
    if (!m_rota)
        return;
    QList<StaffedBooth::Shift> named;
    for (const InterpreterShift& shift : shifts()) {
        const auto contact = std::find_if(m_interpreters.cbegin(), m_interpreters.cend(),
                                          [&shift](const Contact& each) { return each.id == shift.contactId; });
        named.append({shift, contact == m_interpreters.cend() ? QString() : contact->name});
    }
    QStringList lines;
    for (const RotaCheck::Warning& warning : m_rota->warningsWith(booth(), named))
        lines.append(QStringLiteral("⚠ %1").arg(warning.message));
    m_ui->rotaWarningsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->rotaWarningsLabel->setVisible(!lines.isEmpty());
}

void BoothEditor::updateInterpreterChoices()
{
    m_ui->addShiftButton->setEnabled(!m_interpreters.isEmpty());
    m_ui->noInterpretersLabel->setVisible(m_interpreters.isEmpty() && m_newInterpreter);
}

void BoothEditor::addNewInterpreter()
{
    const std::optional<Contact> added = m_newInterpreter();
    if (!added)
        return;
    m_interpreters.append(*added);
    for (int row = 0; row < m_ui->shiftsTable->rowCount(); ++row)
        qobject_cast<QComboBox*>(m_ui->shiftsTable->cellWidget(row, InterpreterColumn))
            ->addItem(added->name, added->id);
    updateInterpreterChoices();
    InterpreterShift shift;
    shift.contactId = added->id;
    shift.startsAt = m_shiftStart;
    shift.endsAt = m_shiftEnd;
    const int row = addShift(shift);
    m_ui->shiftsTable->setCurrentCell(row, StartsColumn);
    m_ui->shiftsTable->cellWidget(row, StartsColumn)->setFocus();
}

void BoothEditor::setBooth(const Booth& booth, const QList<InterpreterShift>& shifts)
{
    m_booth = booth;
    setWindowTitle(booth.id == 0 ? tr("New Booth") : tr("Booth “%1”").arg(booth.name));
    m_ui->nameEdit->setText(booth.name);
    m_ui->languagePairCombo->setCurrentText(booth.languagePair);
    m_ui->channelSpin->setValue(booth.channel);
    m_ui->notesEdit->setPlainText(booth.notes);
    m_ui->shiftsTable->setRowCount(0);
    for (const InterpreterShift& shift : shifts)
        addShift(shift);
    showRotaWarnings();
    m_ui->nameEdit->setFocus();
}

int BoothEditor::addShift(const InterpreterShift& shift)
{
    const int row = m_ui->shiftsTable->rowCount();
    m_ui->shiftsTable->insertRow(row);
    auto* interpreter = new QComboBox(m_ui->shiftsTable);
    for (const Contact& contact : m_interpreters)
        interpreter->addItem(contact.name, contact.id);
    interpreter->setCurrentIndex(qMax(0, interpreter->findData(shift.contactId)));
    m_ui->shiftsTable->setCellWidget(row, InterpreterColumn, interpreter);
    auto* starts = new DateTimeEdit(shift.startsAt, m_ui->shiftsTable);
    auto* ends = new DateTimeEdit(shift.endsAt, m_ui->shiftsTable);
    // As in the seminar's form, moving the start moves the end: a shift keeps its length.
    connect(starts, &QDateTimeEdit::dateTimeChanged, ends,
            [ends, previous = shift.startsAt](const QDateTime& start) mutable {
                ends->setDateTime(TimeRange {previous, ends->dateTime()}.movedTo(start).end);
                previous = start;
            });
    m_ui->shiftsTable->setCellWidget(row, StartsColumn, starts);
    m_ui->shiftsTable->setCellWidget(row, EndsColumn, ends);
    connect(interpreter, &QComboBox::currentIndexChanged, this, &BoothEditor::showRotaWarnings);
    connect(starts, &QDateTimeEdit::dateTimeChanged, this, &BoothEditor::showRotaWarnings);
    connect(ends, &QDateTimeEdit::dateTimeChanged, this, &BoothEditor::showRotaWarnings);
    showRotaWarnings();
    return row;
}

Booth BoothEditor::booth() const
{
    Booth booth = m_booth;
    booth.name = m_ui->nameEdit->text().trimmed();
    booth.languagePair = m_ui->languagePairCombo->currentText().trimmed();
    booth.channel = m_ui->channelSpin->value();
    booth.notes = m_ui->notesEdit->toPlainText();
    return booth;
}

QList<InterpreterShift> BoothEditor::shifts() const
{
    QList<InterpreterShift> shifts;
    for (int row = 0; row < m_ui->shiftsTable->rowCount(); ++row) {
        InterpreterShift shift;
        shift.boothId = m_booth.id;
        shift.contactId = qobject_cast<QComboBox*>(m_ui->shiftsTable->cellWidget(row, InterpreterColumn))
                              ->currentData()
                              .toLongLong();
        shift.startsAt = qobject_cast<QDateTimeEdit*>(m_ui->shiftsTable->cellWidget(row, StartsColumn))->dateTime();
        shift.endsAt = qobject_cast<QDateTimeEdit*>(m_ui->shiftsTable->cellWidget(row, EndsColumn))->dateTime();
        shifts.append(shift);
    }
    return shifts;
}

QString BoothEditor::check() const
{
    if (QString invalid = BoothStore::validationError(booth(), m_seminarBooths); !invalid.isEmpty())
        return invalid;
    const QList<InterpreterShift> all = shifts();
    for (int row = 0; row < all.size(); ++row) {
        if (QString invalid = BoothStore::validationError(all.at(row)); !invalid.isEmpty())
            return tr("Interpreter %1: %2").arg(row + 1).arg(invalid);
    }
    return {};
}

Status BoothEditor::save()
{
    return m_save(booth(), shifts());
}

BoothWithShifts BoothEditor::formRecord() const
{
    return {booth(), shifts()};
}

void BoothEditor::takeVersionsOf(const BoothWithShifts& theirs)
{
    m_booth.version = theirs.booth.version;
}

void BoothEditor::showTheirs(const BoothWithShifts& theirs)
{
    setBooth(theirs.booth, theirs.shifts);
}

} // namespace sd
