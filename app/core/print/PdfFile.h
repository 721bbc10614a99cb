// Writes a PDF file, readable by its owner only (see PersonalDataFile), through a temporary file, so
// that a failure leaves any old file as it was. Every PDF the program writes goes through here.
#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/Result.h"

class QPdfWriter;

namespace sd {

class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(PdfFile)

public:
    // Creates PATH with the pages PAINT draws on the writer it is given (titled TITLE).
    static Status write(const QString& path, const QString& title, const std::function<Status(QPdfWriter&)>& paint);
    // The same PDF in memory, as it is sent to a printer.
    static Result<QByteArray> make(const QString& title, const std::function<Status(QPdfWriter&)>& paint);
};

} // namespace sd
