#include "support/OtherWriter.h"

#include <chrono>

#include <QSqlDatabase>
#include <QSqlQuery>

OtherWriter::OtherWriter(const QString& path, int holdMs)
{
    m_thread = std::thread([this, path, holdMs] {
        const QString name = QStringLiteral("other-writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                m_locked = query.exec(QStringLiteral("BEGIN IMMEDIATE"))
                    && query.exec(QStringLiteral("INSERT INTO venue (name) VALUES ('Theirs')"));
            }
            m_ready.release();
            std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    m_ready.acquire();
}

OtherWriter::~OtherWriter()
{
    m_thread.join();
}
