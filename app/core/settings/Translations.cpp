#include "core/settings/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace sd {

namespace {

// Owned by the application object, replaced when the language changes.
QTranslator* s_program = nullptr;
QTranslator* s_qt = nullptr;

void replace(QTranslator*& slot, const QLocale& locale, const QString& name, const QString& folder)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
        slot = nullptr;
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
        slot = translator;
    } else {
        delete translator;
    }
}

} // namespace

void Translations::install(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    replace(s_program, locale, QStringLiteral("seminar-desk"), QStringLiteral(":/i18n"));
    replace(s_qt, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

} // namespace sd
