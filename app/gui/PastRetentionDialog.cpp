#include "gui/PastRetentionDialog.h"

#include <QIcon>
#include <QPushButton>

#include "core/models/PastRetentionListModel.h"
#include "core/records/DateTimeText.h"
#include "gui/MessageBox.h"
#include "gui/desk/TableViews.h"

#include "ui_PastRetentionDialog.h"

namespace sd {

PastRetentionDialog::PastRetentionDialog(const PersonalDataErasure& erasure, Erase erase, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PastRetentionDialog>())
    , m_people(new PastRetentionListModel(erasure, this))
    , m_erase(std::move(erase))
{
    m_ui->setupUi(this);
    m_ui->peopleView->setModel(m_people);
    TableViews::setUp(m_ui->peopleView);
    TableViews::fitColumns(m_ui->peopleView);
    // Return must not start an erasure: the erase button is clicked, or reached with its Alt key.
    QPushButton* eraseButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    eraseButton->setAutoDefault(false);
    eraseButton->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-delete"), QIcon(QStringLiteral(":/icons/edit-delete.svg"))));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PastRetentionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PastRetentionDialog::reject);
    connect(m_people, &RecordListModel::loadFailed, this,
            [this](const QString& message) { MessageBox::critical(this, windowTitle(), message); });
    if (!m_people->lastError().isEmpty())
        MessageBox::critical(this, windowTitle(), m_people->lastError());
    describe();
}

PastRetentionDialog::~PastRetentionDialog() = default;

void PastRetentionDialog::describe()
{
    const PersonalDataErasure& erasure = m_people->erasure();
    const int people = m_people->rowCount();
    const QString period = erasure.period().text();
    const QString before = DateTimeText::date(erasure.lastSeminarBefore().date());
    if (people == 0) {
        m_ui->introLabel->setText(tr("Nobody is past the retention period (%1, set in File ▸ Settings): every last "
                                     "seminar ended on %2 or later, and everyone registered for no seminar had their "
                                     "record changed since.")
                                      .arg(period, before));
    } else {
        m_ui->introLabel->setText(tr("%n person(s) past the retention period (%1, set in File ▸ Settings): their last "
                                     "seminar ended before %2, or, registered for no seminar, their record last "
                                     "changed before then. Erasing them erases their registrations too.",
                                     nullptr, people)
                                      .arg(period, before));
    }
    QPushButton* eraseButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    eraseButton->setText(tr("&Erase %n Person(s)…", nullptr, people));
    eraseButton->setEnabled(people > 0);
}

QString PastRetentionDialog::confirmation(int people) const
{
    return tr("Erase the %n person(s) listed, with every registration of theirs?\n\n%1\n\nOn a PostgreSQL server "
              "their rows are deleted; reclaiming the space they took is the server's business.\n\nEdit ▸ Undo "
              "brings them back only while this database stays open in the window: once it is closed, Seminar Desk "
              "cannot bring them back.",
              nullptr, people)
        .arg(m_people->erasure().promise());
}

void PastRetentionDialog::accept()
{
    const QList<qint64> people = m_people->attendeeIds();
    if (people.isEmpty())
        return;
    const QString title = tr("Erase People Past the Retention Period");
    if (MessageBox::question(this, title, confirmation(int(people.size()))) != QMessageBox::Yes)
        return;
    auto erased = m_erase(m_people->erasure(), people);
    if (!erased) {
        MessageBox::critical(this, title, erased.error());
        m_people->reload();
        describe();
        return;
    }
    m_outcome = *erased;
    QDialog::accept();
}

} // namespace sd
