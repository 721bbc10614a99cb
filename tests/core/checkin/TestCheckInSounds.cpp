#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QtEndian>

#include "core/checkin/CheckInSounds.h"
#include "support/CatchQt.h"

using namespace sd;
using Outcome = CheckInAnswer::Outcome;

namespace {

// The file in the source tree that the resource path ":/sounds/x.wav" comes from (resources/app.qrc).
QString sourceFile(const QString& resource)
{
    return QDir(QStringLiteral(SEMINAR_DESK_SOURCE_DIR "/resources")).filePath(resource.mid(2));
}

QByteArray read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("Each check-in answer has a sound of its own, a short WAV file the program carries", "[sounds]")
{
    const QString appResources = QString::fromUtf8(read(QStringLiteral(SEMINAR_DESK_SOURCE_DIR "/resources/app.qrc")));
    REQUIRE_FALSE(appResources.isEmpty());
    const CheckInSounds sounds(true);
    QSet<QString> files;
    QSet<QByteArray> contents;
    for (Outcome outcome : CheckInSounds::soundingOutcomes()) {
        const QString sound = sounds.soundFor(outcome);
        INFO(sound.toStdString());
        REQUIRE(sound.startsWith(QStringLiteral(":/sounds/")));
        CHECK(sound == CheckInSounds::soundOf(outcome));
        CHECK(appResources.contains(QStringLiteral("<file>%1</file>").arg(sound.mid(2))));
        const QByteArray wave = read(sourceFile(sound));
        REQUIRE(wave.size() > 44);
        CHECK(wave.left(4) == "RIFF");
        CHECK(wave.mid(8, 4) == "WAVE");
        // PCM at 16 bits, and short: under half a second, so that the next badge is not kept waiting.
        CHECK(qFromLittleEndian<quint16>(wave.constData() + 20) == 1);
        CHECK(qFromLittleEndian<quint16>(wave.constData() + 34) == 16);
        const quint32 bytesPerSecond = qFromLittleEndian<quint32>(wave.constData() + 28);
        CHECK(wave.size() - 44 < int(bytesPerSecond / 2));
        files.insert(sound);
        contents.insert(QCryptographicHash::hash(wave, QCryptographicHash::Sha256));
    }
    CHECK(files.size() == 7);
    CHECK(contents.size() == 7);
}

TEST_CASE("Nothing sounds when the setting is off, nor for an undo", "[sounds]")
{
    const CheckInSounds off(false);
    CHECK_FALSE(off.isOn());
    for (Outcome outcome : CheckInSounds::soundingOutcomes())
        CHECK(off.soundFor(outcome).isEmpty());
    CHECK(CheckInSounds(true).soundFor(Outcome::Undone).isEmpty());
    CHECK_FALSE(CheckInSounds::soundingOutcomes().contains(Outcome::Undone));
}
