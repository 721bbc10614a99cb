#pragma once

#include <memory>

#include "gui/RecordDialog.h"

namespace Ui {
class SettingsDialog;
}

namespace sd {

class AppSettings;

// The program's own settings: the interface language, what opens at start, how long personal data
// is kept, and this computer's desk at the door: its name in the check-in log, and its sounds.
class SettingsDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // "" for the system's language.
    QString language() const;
    void setLanguage(const QString& language);

protected:
    QString check() const override;
    Status save() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
};

} // namespace sd
