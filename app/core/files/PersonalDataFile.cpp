#include "core/files/PersonalDataFile.h"

#include <QDir>

#include "core/files/FileProblem.h"

namespace sd {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

PersonalDataFile::PersonalDataFile(const QString& path)
    : m_path(path)
    , m_file(path)
{
}

// An uncommitted file is discarded: a failed export leaves no half-written list behind.
PersonalDataFile::~PersonalDataFile() = default;

Status PersonalDataFile::open()
{
    // Unbuffered: a write that fails (a full disk) says so at once, while the part written is
    // still there to show where the space went.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(problem());
    // QSaveFile gives a new file the umask's permissions (0644 as a rule) and an existing one's
    // its own: both are narrowed before the first byte is written.
    if (!m_file.setPermissions(ownerOnly)) {
        m_file.cancelWriting();
        return fail(tr("Could not make “%1” readable by its owner only: %2")
                        .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    }
    return {};
}

Status PersonalDataFile::write(const QByteArray& bytes)
{
    if (m_file.write(bytes) != bytes.size())
        return fail(problem());
    return {};
}

QString PersonalDataFile::problem() const
{
    return FileProblem::ofWrite(m_file, m_path);
}

Status PersonalDataFile::commit()
{
    if (!m_file.commit())
        return fail(problem());
    return {};
}

} // namespace sd
