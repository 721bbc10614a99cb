// A CSV file that the import can read as often as it needs (to detect the encoding, to preview, to
// import): a file as it is; standard input ("-"), a pipe or a device copied once, whole, into a
// temporary file that only its owner can read and that goes when the input does.
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

#include "core/Result.h"

class QTemporaryFile;

namespace sd {

class CsvInput
{
    Q_DECLARE_TR_FUNCTIONS(CsvInput)

public:
    CsvInput();
    ~CsvInput();
    Q_DISABLE_COPY_MOVE(CsvInput)

    // Opens ARGUMENT: a path, or "-" for standard input.
    Status open(const QString& argument);
    // Where to read it from.
    QString path() const { return m_path; }
    // What to call it: the file's name, or "stdin".
    QString name() const { return m_name; }

private:
    QString m_path;
    QString m_name;
    std::unique_ptr<QTemporaryFile> m_copy;
};

} // namespace sd
