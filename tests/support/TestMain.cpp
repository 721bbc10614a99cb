// The one main of every test executable: a Qt application on the offscreen platform, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("seminar-desk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("seminar-desk-tests"));
    return Catch::Session().run(argc, argv);
}
