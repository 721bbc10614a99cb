#include "gui/SharedDatabaseDialog.h"

#include <QPushButton>
#include <QSignalBlocker>

#include "core/data/ServerPassword.h"

#include "ui_SharedDatabaseDialog.h"

namespace sd {

SharedDatabaseDialog::SharedDatabaseDialog(const QStringList& recentAddresses, Opening open, QWidget* parent)
    : RecordDialog(parent)
    , m_ui(std::make_unique<Ui::SharedDatabaseDialog>())
    , m_open(std::move(open))
{
    m_ui->setupUi(this);
    // libpq's sslmode values, the safe default (prefer) first.
    m_ui->sslCombo->addItem(tr("When the server offers it (prefer)"), QStringLiteral("prefer"));
    m_ui->sslCombo->addItem(tr("Always (require)"), QStringLiteral("require"));
    m_ui->sslCombo->addItem(tr("Always, checking the server's certificate (verify-full)"),
                            QStringLiteral("verify-full"));
    m_ui->sslCombo->addItem(tr("Never (disable)"), QStringLiteral("disable"));
    m_ui->recentCombo->addItem(tr("A new connection"));
    for (const QString& recent : recentAddresses)
        m_ui->recentCombo->addItem(recent, recent);
    m_ui->recentLabel->setVisible(!recentAddresses.isEmpty());
    m_ui->recentCombo->setVisible(!recentAddresses.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Open)->setText(tr("&Open"));
    setErrorLabel(m_ui->errorLabel);

    connect(m_ui->recentCombo, &QComboBox::currentIndexChanged, this, &SharedDatabaseDialog::takeRecent);
    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit})
        connect(edit, &QLineEdit::textChanged, this, &SharedDatabaseDialog::showAddress);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &SharedDatabaseDialog::showAddress);
    connect(m_ui->sslCombo, &QComboBox::currentIndexChanged, this, &SharedDatabaseDialog::showAddress);
    // With a recent connection filled in, what is left to type is at most its password.
    if (!recentAddresses.isEmpty()) {
        m_ui->recentCombo->setCurrentIndex(1);
        m_ui->passwordEdit->setFocus();
    }
    showAddress();
}

SharedDatabaseDialog::~SharedDatabaseDialog() = default;

void SharedDatabaseDialog::setAddress(const DatabaseUrl& url)
{
    m_ui->hostEdit->setText(url.host());
    m_ui->portSpin->setValue(url.port() > 0 ? url.port() : 5432);
    m_ui->databaseEdit->setText(url.databaseName());
    m_ui->userEdit->setText(url.userName());
    const QString mode = url.sslMode().isEmpty() ? QStringLiteral("prefer") : url.sslMode();
    if (m_ui->sslCombo->findData(mode) < 0)
        m_ui->sslCombo->addItem(mode, mode); // allow or verify-ca, typed in an address
    m_ui->sslCombo->setCurrentIndex(m_ui->sslCombo->findData(mode));
    const QSignalBlocker quiet(m_ui->recentCombo);
    m_ui->recentCombo->setCurrentIndex(qMax(0, m_ui->recentCombo->findData(url.toString())));
    showAddress();
}

Result<DatabaseUrl> SharedDatabaseDialog::address() const
{
    // prefer is libpq's own default: an address without it reads as the user would write it.
    QString mode = m_ui->sslCombo->currentData().toString();
    if (mode == QLatin1String("prefer"))
        mode.clear();
    return DatabaseUrl::fromParts(m_ui->hostEdit->text().trimmed(), m_ui->portSpin->value(),
                                  m_ui->databaseEdit->text().trimmed(), m_ui->userEdit->text().trimmed(), mode);
}

void SharedDatabaseDialog::showMessage(const QString& message, bool passwordWanted)
{
    showEarly(message);
    if (passwordWanted)
        m_ui->passwordEdit->setFocus();
}

QString SharedDatabaseDialog::check() const
{
    if (m_ui->hostEdit->text().trimmed().isEmpty())
        return tr("Type the server's name or address in Host.");
    if (m_ui->databaseEdit->text().trimmed().isEmpty())
        return tr("Type the name of the database on the server in Database.");
    if (m_ui->userEdit->text().trimmed().isEmpty())
        return tr("Type the user name the server knows you by in User.");
    const Result<DatabaseUrl> url = address();
    return url ? QString() : url.error();
}

Status SharedDatabaseDialog::save()
{
    const Result<DatabaseUrl> url = address();
    if (!url)
        return fail(url.error());
    const QString password = m_ui->passwordEdit->text();
    if (Status opened = m_open(*url, password); !opened) {
        if (password.isEmpty() && ServerPassword::isMissing(*url)) {
            m_ui->passwordEdit->setFocus();
            return fail(ServerPassword::typeItMessage(*url));
        }
        return opened;
    }
    m_ui->passwordEdit->clear();
    return {};
}

void SharedDatabaseDialog::takeRecent(int index)
{
    const QString recent = m_ui->recentCombo->itemData(index).toString();
    if (recent.isEmpty())
        return;
    if (const Result<DatabaseUrl> url = DatabaseUrl::parse(recent))
        setAddress(*url);
}

void SharedDatabaseDialog::showAddress()
{
    const Result<DatabaseUrl> url = address();
    m_ui->addressLabel->setText(url ? url->toString() : tr("(not complete yet)"));
}

} // namespace sd
