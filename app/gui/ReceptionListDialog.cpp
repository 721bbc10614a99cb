#include "gui/ReceptionListDialog.h"

#include <QSpinBox>
#include <QStringList>

namespace sd {

ReceptionListDialog::ReceptionListDialog(const Database& database, qint64 seminarId, QWidget* parent)
    : TablePrintDialog(tr("reception-list"), parent)
    , m_list(ReceptionList::load(database, seminarId))
    , m_desksSpin(new QSpinBox(this))
{
    setWindowTitle(tr("Reception List"));
    m_desksSpin->setObjectName(QStringLiteral("desksSpin"));
    m_desksSpin->setRange(1, ReceptionList::maxDesks);
    m_desksSpin->setToolTip(tr("Split the list at kana-row boundaries, a part for each reception desk."));
    addOption(tr("Reception des&ks:"), m_desksSpin);
    connect(m_desksSpin, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
        updateSummary();
        refresh();
    });
    updateSummary();
    refresh();
    m_desksSpin->setFocus();
}

ReceptionListDialog::~ReceptionListDialog() = default;

int ReceptionListDialog::desks() const
{
    return m_desksSpin->value();
}

void ReceptionListDialog::setDesks(int desks)
{
    m_desksSpin->setValue(desks);
}

Result<TablePrinter> ReceptionListDialog::makePrinter(const OutputLanguage& language) const
{
    if (!m_list)
        return fail(m_list.error());
    return m_list->printer(desks(), language);
}

// Who stands at which desk, in the program's language whatever the list's.
void ReceptionListDialog::updateSummary()
{
    if (!m_list)
        return;
    if (m_list->size() == 0) {
        setSummary(tr("No one is registered for this seminar yet."));
        return;
    }
    const QList<ReceptionList::Part> parts = m_list->parts(desks());
    const int deskParts = ReceptionList::deskCount(parts);
    QStringList lines {tr("%n people on the list.", nullptr, m_list->size())};
    for (int p = 0; p < parts.size(); ++p) {
        const QString heading = ReceptionList::partHeading(parts.at(p), p + 1, deskParts, OutputLanguage::ofProgram());
        if (!heading.isEmpty())
            lines.append(tr("%1: %n people", nullptr, int(parts.at(p).entries.size())).arg(heading));
    }
    setSummary(lines.join(QLatin1Char('\n')));
}

} // namespace sd
