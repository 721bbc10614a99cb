#include "gui/SettingsDialog.h"

#include <QLocale>

#include "core/settings/AppSettings.h"
#include "core/settings/Translations.h"

#include "ui_SettingsDialog.h"

namespace sd {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : RecordDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("System language"), QString());
    // Each language is named in itself, so that a user can find their own.
    for (const QString& code : Translations::available()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (code == QStringLiteral("en"))
            name = QStringLiteral("English");
        m_ui->languageCombo->addItem(name, code);
    }
    setErrorLabel(m_ui->errorLabel);
    setLanguage(settings.language());
    m_ui->reopenCheck->setChecked(settings.reopenLastFile());
    m_ui->retentionSpin->setMaximum(RetentionPeriod::maximumMonths);
    m_ui->retentionSpin->setValue(settings.retentionPeriod().months());
    // Until a name is given the log records the computer's: shown as the field's placeholder.
    m_ui->deskNameEdit->setPlaceholderText(AppSettings::defaultDeskName());
    const QString deskName = settings.deskName();
    m_ui->deskNameEdit->setText(deskName == AppSettings::defaultDeskName() ? QString() : deskName);
    m_ui->soundsCheck->setChecked(settings.checkInSounds());
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::setLanguage(const QString& language)
{
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(language)));
}

QString SettingsDialog::check() const
{
    return {};
}

Status SettingsDialog::save()
{
    m_settings.setLanguage(language());
    m_settings.setReopenLastFile(m_ui->reopenCheck->isChecked());
    m_settings.setRetentionPeriod(RetentionPeriod(m_ui->retentionSpin->value()));
    m_settings.setDeskName(m_ui->deskNameEdit->text());
    m_settings.setCheckInSounds(m_ui->soundsCheck->isChecked());
    return {};
}

} // namespace sd
