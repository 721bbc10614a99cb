// Writes a PDF file through a temporary file, so that a failure leaves any old file as it was.
#pragma once

#include <functional>

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
};

} // namespace sd
