// The one main of every test executable: a home of its own, a Qt application on the offscreen
// platform, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#if defined(__SANITIZE_ADDRESS__)
// Qt's print support opens a queue's PPD through libcups, whose PPD cache (libcups 2.4.2, Debian 12)
// keeps the duplex keywords it copied after the cache itself is freed. That leak is the library's;
// LeakSanitizer would fail every test that names a printer for it. Any leak of ours still fails.
extern "C" const char* __lsan_default_suppressions();
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:_ppdCacheCreateWithPPD\n";
}
#endif

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The same UTF-8 locale on every machine, for this process and the tools a test starts
    // (pdftotext, cupsd, the program itself), whatever the shell that started ctest had.
    qputenv("LC_ALL", "C.UTF-8");
    // ctest runs test processes side by side: each gets its own settings file, data folder and
    // recent-files list, and leaves the user's untouched. The executables a test starts inherit it.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/.local/share")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/.cache")).toLocal8Bit());
    // Qt wants a runtime folder that only its owner may enter (and warns on stderr without one).
    const QString runtime = home.path() + QStringLiteral("/runtime");
    if (!QDir().mkpath(runtime)
        || !QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return 2;
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("seminar-desk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("seminar-desk-tests"));
    Catch::Session session;
    if (const int error = session.applyCommandLine(argc, argv))
        return error;
    // However a test is started (ctest or by hand): a test case that asserts nothing fails, since it
    // could not fail otherwise; and a name that matches no test case fails rather than passing with
    // nothing run (a semicolon in a name splits its ctest test in two).
    auto& config = session.configData();
    config.warnings = static_cast<Catch::WarnAbout::What>(config.warnings | Catch::WarnAbout::NoAssertions
                                                          | Catch::WarnAbout::NoTests);
    return session.run();
}
