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

void replace(QTranslator*& slot, const QLocale& locale, const QString& name, const QString& folder,
             const QString& fallback = {})
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
        slot = nullptr;
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder)
        || (!fallback.isEmpty() && translator->load(fallback))) {
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
    // In any language it has no translation for, the program speaks English: with the English
    // plural forms ("1 row", "2 rows") of its "%n row(s)" strings.
    replace(s_program, locale, QStringLiteral("seminar-desk"), QStringLiteral(":/i18n"),
            QStringLiteral(":/i18n/seminar-desk_en.qm"));
    replace(s_qt, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString Translations::current()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString Translations::text(const QString& language, const char* context, const char* source)
{
    if (language == QLatin1String("ja")) {
        // Loaded once, apart from the installed translators, and only read after that.
        static QTranslator japanese;
        static const bool loaded = japanese.load(QStringLiteral(":/i18n/seminar-desk_ja.qm"));
        Q_ASSERT(loaded);
        if (QString translated = japanese.translate(context, source); !translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

} // namespace sd
