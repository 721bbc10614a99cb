#include "core/csv/CsvInput.h"

#include <cstdio>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace sd {

CsvInput::CsvInput() = default;

CsvInput::~CsvInput() = default;

Status CsvInput::open(const QString& argument)
{
    const bool standardInput = argument == QLatin1String("-");
    QFile source(standardInput ? QString() : argument);
    if (!(standardInput ? source.open(stdin, QIODevice::ReadOnly) : source.open(QIODevice::ReadOnly)))
        return fail(tr("Could not read “%1”: %2").arg(argument, source.errorString()));
    m_name = standardInput ? QStringLiteral("stdin") : QFileInfo(argument).fileName();
    if (!standardInput && !source.isSequential()) {
        m_path = argument;
        return {};
    }
    // Standard input has no path to read again (it may be a file given with `< FILE`), and a pipe
    // is read once: keep what it gives, however it cuts it, until it ends.
    m_copy = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/seminar-desk-import-XXXXXX.csv"));
    if (!m_copy->open())
        return fail(tr("Could not keep a copy of “%1” to import: %2").arg(argument, m_copy->errorString()));
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 read = source.read(buffer.data(), buffer.size());
        if (read < 0)
            return fail(tr("Could not read “%1”: %2").arg(argument, source.errorString()));
        if (read == 0)
            break;
        if (m_copy->write(buffer.constData(), read) != read)
            return fail(tr("Could not keep a copy of “%1” to import: %2").arg(argument, m_copy->errorString()));
    }
    if (!m_copy->flush())
        return fail(tr("Could not keep a copy of “%1” to import: %2").arg(argument, m_copy->errorString()));
    m_path = m_copy->fileName();
    return {};
}

} // namespace sd
