#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include "support/CatchQt.h"

namespace {

QString read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_CASE("Every form in ui/ belongs to a class of the gui library that uses it", "[forms]")
{
    const QDir source(QStringLiteral(SEMINAR_DESK_SOURCE_DIR));
    const QString targetSources = read(source.filePath(QStringLiteral("app/gui/CMakeLists.txt")));
    REQUIRE_FALSE(targetSources.isEmpty());
    const QStringList forms = QDir(source.filePath(QStringLiteral("ui"))).entryList({QStringLiteral("*.ui")});
    REQUIRE(forms.size() >= 6);
    for (const QString& form : forms) {
        const QString name = form.chopped(3);
        INFO(form.toStdString());
        CHECK(targetSources.contains(QStringLiteral("${PROJECT_SOURCE_DIR}/ui/%1").arg(form)));
        // The class is in gui/, or in gui/desk/ for the desk and its pages.
        const bool inDesk = targetSources.contains(QStringLiteral(" desk/%1.cpp").arg(name));
        CHECK((inDesk || targetSources.contains(QStringLiteral(" %1.cpp").arg(name))));
        const QString folder = inDesk ? QStringLiteral("app/gui/desk") : QStringLiteral("app/gui");
        const QString implementation = read(source.filePath(QStringLiteral("%1/%2.cpp").arg(folder, name)));
        CHECK(implementation.contains(QStringLiteral("#include \"ui_%1.h\"").arg(name)));
        CHECK(read(source.filePath(QStringLiteral("ui/%1").arg(form)))
                  .contains(QStringLiteral("<class>%1</class>").arg(name)));
    }
}
