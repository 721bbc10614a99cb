#include "gui/MergePeopleDialog.h"

#include <QButtonGroup>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>

#include "core/records/DateTimeText.h"
#include "core/stores/AttendeeStore.h"

#include "ui_MergePeopleDialog.h"

namespace sd {

namespace {

constexpr int longestValueShown = 60; // a long note is shown whole in its tooltip

// VALUE as a radio button's text: on one line, no mnemonic, not too long.
QString choiceText(const QString& value)
{
    QString line = value.simplified();
    if (line.size() > longestValueShown)
        line = line.left(longestValueShown - 1) + QChar(0x2026);
    return line.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

MergePeopleDialog::MergePeopleDialog(const PersonMerge& merge, Save save, QWidget* parent)
    : RecordDialog(parent)
    , m_ui(std::make_unique<Ui::MergePeopleDialog>())
    , m_merge(merge)
    , m_save(std::move(save))
{
    m_ui->setupUi(this);
    const Attendee& kept = m_merge.person(PersonMerge::Side::Kept).attendee;
    const Attendee& other = m_merge.person(PersonMerge::Side::Other).attendee;
    m_ui->introLabel->setText(
        tr("Choose for each field the value to keep: the one filled in, or the newer one, is chosen already. "
           "The record with attendee ID %1 stays; the record with attendee ID %2 gives it its registrations "
           "and goes. Edit ▸ Undo takes the merge back.")
            .arg(kept.id)
            .arg(other.id));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MergePeopleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MergePeopleDialog::reject);
    addChoices();
    describeRegistrations();
    setErrorLabel(m_ui->errorLabel);
}

MergePeopleDialog::~MergePeopleDialog() = default;

void MergePeopleDialog::addChoices()
{
    QGridLayout* grid = m_ui->fieldGrid;
    const QList<PersonMerge::Side> sides {PersonMerge::Side::Kept, PersonMerge::Side::Other};
    for (int column = 0; column < sides.size(); ++column) {
        const Attendee& person = m_merge.person(sides.at(column)).attendee;
        const QString heading
            = sides.at(column) == PersonMerge::Side::Kept ? tr("Stays: attendee ID %1") : tr("Goes: attendee ID %1");
        auto* label = new QLabel(heading.arg(person.id), m_ui->fieldsGroup);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        grid->addWidget(label, 0, column + 1);
        grid->addWidget(
            new QLabel(tr("changed %1").arg(DateTimeText::dateTime(person.updatedAt.toLocalTime())), m_ui->fieldsGroup),
            1, column + 1);
    }
    int row = 2;
    for (PersonMerge::Field field : PersonMerge::fields()) {
        grid->addWidget(new QLabel(PersonMerge::fieldName(field), m_ui->fieldsGroup), row, 0);
        auto* group = new QButtonGroup(this);
        for (int column = 0; column < sides.size(); ++column) {
            const PersonMerge::Side side = sides.at(column);
            const QString value = PersonMerge::shownValue(m_merge.person(side).attendee, field);
            auto* choice
                = new QRadioButton(value.trimmed().isEmpty() ? tr("(empty)") : choiceText(value), m_ui->fieldsGroup);
            choice->setObjectName(QStringLiteral("choice_%1_%2").arg(int(field)).arg(column));
            choice->setToolTip(value);
            choice->setChecked(m_merge.choice(field) == side);
            group->addButton(choice);
            grid->addWidget(choice, row, column + 1);
            connect(choice, &QRadioButton::toggled, this, [this, field, side](bool checked) {
                if (checked)
                    m_merge.choose(field, side);
            });
        }
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
}

void MergePeopleDialog::describeRegistrations()
{
    const QString keptId = QString::number(m_merge.person(PersonMerge::Side::Kept).attendee.id);
    const QString otherId = QString::number(m_merge.person(PersonMerge::Side::Other).attendee.id);
    QSet<qint64> moving;
    for (const Registration& each : m_merge.moving())
        moving.insert(each.id);
    // A registration that moves having won a clash is told of with the clash.
    for (const PersonMerge::Clash& clash : m_merge.clashes())
        moving.remove(clash.staying.id);
    QStringList lines;
    for (const SeminarRegistration& each : m_merge.person(PersonMerge::Side::Other).registrations) {
        if (moving.contains(each.registration.id)) {
            lines.append(tr("“%1” (%2): the registration of ID %3 moves to ID %4.")
                             .arg(each.seminar.localTitle(), Registration::statusName(each.registration.status),
                                  otherId, keptId));
        }
    }
    for (const PersonMerge::Clash& clash : m_merge.clashes()) {
        const bool keptStays = clash.stayingFrom == PersonMerge::Side::Kept;
        const QString because = clash.wentFurther
            ? tr("Both are registered for “%1”: the registration of ID %2 as %3 stays, having gone further; "
                 "the one of ID %4 as %5 is removed.")
            : tr("Both are registered for “%1”: the registration of ID %2 as %3 stays, the one of the record kept; "
                 "the one of ID %4 as %5 is removed.");
        lines.append(because.arg(clash.seminar.localTitle(), keptStays ? keptId : otherId,
                                 Registration::statusName(clash.staying.status), keptStays ? otherId : keptId,
                                 Registration::statusName(clash.dropped.status)));
    }
    if (lines.isEmpty())
        lines.append(tr("ID %1 has no registrations to move.").arg(otherId));
    m_ui->registrationsLabel->setText(lines.join(QLatin1Char('\n')));
}

QString MergePeopleDialog::check() const
{
    return AttendeeStore::validationError(m_merge.merged());
}

Status MergePeopleDialog::save()
{
    return m_save(m_merge);
}

} // namespace sd
