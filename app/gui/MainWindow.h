#pragma once

#include <memory>

#include <QMainWindow>

class QTableView;

namespace sd {

class Database;
class RegistrationListModel;
class SeminarListModel;

// The desk: the seminars, and the attendees registered for the one picked.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens PATH, or the default database when PATH is empty.
    void openInitialDatabase(const QString& path);
    bool openDatabase(const QString& path);

private:
    void showSeminar(qint64 seminarId);

    std::unique_ptr<Database> m_database;
    SeminarListModel* m_seminars = nullptr;
    RegistrationListModel* m_registrations = nullptr;
    QTableView* m_seminarView = nullptr;
    QTableView* m_registrationView = nullptr;
};

} // namespace sd
