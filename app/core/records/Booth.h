#pragma once

#include <QString>

namespace sd {

// An interpretation booth of a seminar; its receiver channel is unique within the seminar.
struct Booth
{
    qint64 id = 0;
    qint64 seminarId = 0;
    QString name;
    QString languagePair = QStringLiteral("ja-en");
    int channel = 1;
    QString notes;
};

} // namespace sd
