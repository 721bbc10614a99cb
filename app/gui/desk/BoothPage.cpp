#include "gui/desk/BoothPage.h"

#include <QPushButton>

#include "core/models/BoothListModel.h"
#include "core/rota/SeminarRota.h"
#include "core/stores/BoothStore.h"
#include "core/stores/ContactStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/SeminarStore.h"
#include "gui/BoothEditor.h"
#include "gui/BoothSheetDialog.h"
#include "gui/RotaTimeline.h"
#include "gui/desk/TableViews.h"

#include "ui_BoothPage.h"

namespace sd {

BoothPage::BoothPage(const Database& database, RecordEdits& edits, QWidget* parent)
    : DeskPage(database, edits, QStringLiteral("booths"), parent)
    , m_ui(std::make_unique<Ui::BoothPage>())
    , m_model(new BoothListModel(database, this))
{
    m_ui->setupUi(this);
    m_ui->boothView->setModel(m_model);
    setView(m_ui->boothView, ColumnWidths::FitContents);
    restoreViewState();
    connect(m_ui->boothSheetButton, &QPushButton::clicked, this, &BoothPage::showBoothSheet);
}

BoothPage::~BoothPage() = default;

QString BoothPage::title() const
{
    return tr("&Booths");
}

void BoothPage::setSeminar(qint64 seminarId)
{
    m_seminarId = seminarId;
    m_model->setSeminar(seminarId);
    showRota();
    m_ui->boothSheetButton->setEnabled(seminarId > 0);
}

void BoothPage::reload()
{
    keepSelection([this] { m_model->reload(); });
    showRota();
}

void BoothPage::showRota()
{
    auto rota = m_seminarId > 0 ? SeminarRota::load(database(), m_seminarId) : Result<SeminarRota>(SeminarRota());
    if (!rota) {
        m_ui->rotaChecksLabel->setText(rota.error());
        return;
    }
    m_ui->rotaTimeline->setRota(*rota);
    QStringList lines;
    for (const RotaCheck::Warning& warning : rota->warnings)
        lines.append(QStringLiteral("⚠ %1").arg(warning.message));
    m_ui->rotaChecksLabel->setText(lines.isEmpty() && !rota->booths.isEmpty() ? tr("The rota passes every check.")
                                                                              : lines.join(QLatin1Char('\n')));
}

void BoothPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_model->retranslate();
    showRota();
}

void BoothPage::editRecord()
{
    if (const qint64 boothId = selectedId(); boothId > 0)
        editBooth(boothId);
}

void BoothPage::removeRecord()
{
    removeSelected([this](qint64 id, int) { return edits().deleteBooth(id); });
}

void BoothPage::showBoothSheet()
{
    BoothSheetDialog dialog(database(), m_seminarId, this);
    dialog.exec();
}

void BoothPage::editBooth(qint64 boothId)
{
    auto seminar = SeminarStore(database()).find(m_seminarId);
    auto interpreters = ContactStore(database()).interpreterChoices(m_seminarId);
    if (!seminar || !interpreters) {
        showError(tr("Booth"), seminar ? interpreters.error() : seminar.error());
        return;
    }
    const QList<Booth> booths = m_model->booths();
    qint64 added = 0;
    BoothEditor editor(
        *interpreters, booths, seminar->startsAt, seminar->endsAt,
        [this, boothId, &added](const Booth& booth, const QList<InterpreterShift>& shifts) -> Status {
            if (boothId > 0)
                return edits().editBooth(booth, shifts);
            return keepId(edits().addBooth(booth, shifts), added);
        },
        this);
    editor.setNewInterpreter([this, &editor]() -> std::optional<Contact> {
        const qint64 contactId = editContact(0, &editor);
        auto contact = contactId > 0 ? ContactStore(database()).find(contactId) : Result<Contact>(fail(QString()));
        return contact ? std::optional<Contact>(*contact) : std::nullopt;
    });
    if (auto rota = SeminarRota::load(database(), m_seminarId))
        editor.setRota(*rota);
    if (boothId > 0) {
        BoothStore store(database());
        auto booth = store.find(boothId);
        auto shifts = store.shifts(boothId);
        if (!booth || !shifts) {
            showError(tr("Booth"), booth ? shifts.error() : booth.error());
            return;
        }
        editor.setBooth(*booth, *shifts);
        editor.setLoad([this](const BoothWithShifts& mine) -> Result<BoothWithShifts> {
            BoothStore booths(database());
            auto stored = booths.find(mine.booth.id);
            if (!stored)
                return fail(stored.error());
            auto storedShifts = booths.shifts(mine.booth.id);
            if (!storedShifts)
                return fail(storedShifts.error());
            return BoothWithShifts {*stored, *storedShifts};
        });
    } else {
        Booth booth;
        booth.seminarId = m_seminarId;
        booth.channel = Booth::nextFreeChannel(booths);
        editor.setBooth(booth, {});
    }
    if (editor.exec() == QDialog::Accepted)
        TableViews::selectId(m_ui->boothView, added);
}

} // namespace sd
