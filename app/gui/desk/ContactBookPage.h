#pragma once

#include <memory>

#include "gui/desk/DeskPage.h"

namespace Ui {
class ContactBookPage;
}

namespace sd {

class ContactListModel;

// The shared contact book in gojuon order, searchable: organisers, venue staff, interpreters,
// partner cities, press.
class ContactBookPage final : public DeskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactBookPage)

public:
    ContactBookPage(const Database& database, RecordEdits& edits, QWidget* parent = nullptr);
    ~ContactBookPage() override;

    QString title() const override;
    bool followsSeminar() const override { return false; }
    void setSeminar(qint64 /*seminarId*/) override { }
    void reload() override;
    void addRecord() override;
    void editRecord() override;
    // Deletes the contact with its seminar links and interpreter shifts.
    void removeRecord() override;
    bool focusSearch() override;

protected:
    void retranslate() override;

private:
    std::unique_ptr<Ui::ContactBookPage> m_ui;
    ContactListModel* m_model = nullptr;
};

} // namespace sd
