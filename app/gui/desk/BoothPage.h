#pragma once

#include <memory>

#include "gui/desk/DeskPage.h"

namespace Ui {
class BoothPage;
}

namespace sd {

class BoothListModel;

// The seminar's interpretation booths in channel order, with their interpreters.
class BoothPage final : public DeskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoothPage)

public:
    BoothPage(const Database& database, RecordEdits& edits, QWidget* parent = nullptr);
    ~BoothPage() override;

    QString title() const override;
    bool followsSeminar() const override { return true; }
    void setSeminar(qint64 seminarId) override;
    void reload() override;
    void addRecord() override { editBooth(0); }
    void editRecord() override;
    void removeRecord() override;

protected:
    void retranslate() override;

private:
    // Opens the booth form on BOOTH_ID, or on a new booth on the next free channel when 0.
    void editBooth(qint64 boothId);
    // The timeline and every warning of the seminar's rota, in one place under the booths.
    void showRota();
    // The booth sheet of the seminar: preview, print, PDF.
    void showBoothSheet();

    std::unique_ptr<Ui::BoothPage> m_ui;
    BoothListModel* m_model = nullptr;
    qint64 m_seminarId = 0;
};

} // namespace sd
