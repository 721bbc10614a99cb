// A file that holds personal data (CSV lists, badges, flyers, reception lists): only its owner may
// read it, from its first byte on, as with the database itself; it is written under a temporary
// name and renamed over PATH when complete, so a failure leaves any old file as it was.
#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include "core/Result.h"

namespace sd {

class PersonalDataFile
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataFile)

public:
    explicit PersonalDataFile(const QString& path);
    ~PersonalDataFile();
    Q_DISABLE_COPY_MOVE(PersonalDataFile)

    // Creates the temporary file, readable and writable by its owner only.
    Status open();
    // Where to write between open() and commit().
    QIODevice& device() { return m_file; }
    Status write(const QByteArray& bytes);
    // Why writing failed, in words naming the file (a full disk, a read-only folder ...).
    QString problem() const;
    // Renames the finished file over PATH; on failure PATH is left as it was.
    Status commit();

private:
    QString m_path;
    QSaveFile m_file;
};

} // namespace sd
