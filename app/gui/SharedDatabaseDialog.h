#pragma once

#include <functional>
#include <memory>

#include <QStringList>

#include "core/data/DatabaseUrl.h"
#include "gui/RecordDialog.h"

namespace Ui {
class SharedDatabaseDialog;
}

namespace sd {

// File ▸ Open Shared Database: the address of a database on a PostgreSQL server, built from its
// parts and shown as it will be opened, and the password when the server wants one (never stored:
// the dialog forgets it once the database is open). Open tries the address through the callback it
// is given; when that fails the server's reason shows and every field stays as typed.
class SharedDatabaseDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedDatabaseDialog)

public:
    // Opens the database at the address with the password typed ("" : libpq's own).
    using Opening = std::function<Status(const DatabaseUrl& url, const QString& password)>;

    // RECENT_ADDRESSES: the shared databases opened before, most recent first, offered in the form.
    SharedDatabaseDialog(const QStringList& recentAddresses, Opening open, QWidget* parent = nullptr);
    ~SharedDatabaseDialog() override;

    // Fills the fields from URL (a recent address, or one named on the command line).
    void setAddress(const DatabaseUrl& url);
    // The address the fields give, or what is wrong with them.
    Result<DatabaseUrl> address() const;
    // Shows MESSAGE (why the last attempt failed) and puts the cursor where the user acts next.
    void showMessage(const QString& message, bool passwordWanted);

protected:
    QString check() const override;
    Status save() override;

private:
    void takeRecent(int index);
    void showAddress();

    std::unique_ptr<Ui::SharedDatabaseDialog> m_ui;
    Opening m_open;
};

} // namespace sd
