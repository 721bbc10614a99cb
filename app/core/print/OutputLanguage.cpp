#include "core/print/OutputLanguage.h"

#include <QTranslator>

#include "core/records/Attendee.h"

namespace sd {

namespace {

// The program's Japanese translation, as built into it.
const QTranslator& japanese()
{
    static const QTranslator* translator = [] {
        auto* loaded = new QTranslator();
        const bool found = loaded->load(QStringLiteral("seminar-desk_ja"), QStringLiteral(":/i18n"));
        Q_ASSERT_X(found, "OutputLanguage", "the Japanese translation is not built into the program");
        return loaded;
    }();
    return *translator;
}

} // namespace

std::optional<OutputLanguage> OutputLanguage::fromKey(const QString& key)
{
    if (key == QLatin1String("ja"))
        return OutputLanguage(Code::Japanese);
    if (key == QLatin1String("en"))
        return OutputLanguage(Code::English);
    return std::nullopt;
}

OutputLanguage OutputLanguage::ofProgram()
{
    return OutputLanguage(QLocale().language() == QLocale::Japanese ? Code::Japanese : Code::English);
}

QString OutputLanguage::key() const
{
    return isJapanese() ? QStringLiteral("ja") : QStringLiteral("en");
}

QLocale OutputLanguage::locale() const
{
    return isJapanese() ? QLocale(QLocale::Japanese, QLocale::Japan)
                        : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString OutputLanguage::text(const char* context, const char* source) const
{
    if (!isJapanese())
        return QString::fromUtf8(source);
    const QString translated = japanese().translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString OutputLanguage::categoryName(const QString& key) const
{
    return Attendee::categoryName(key, this->key());
}

QString OutputLanguage::dateAndTimes(const QDateTime& start, const QDateTime& end) const
{
    if (!start.isValid())
        return {};
    const QLocale words = locale();
    const QString from = start.time().toString(QStringLiteral("H:mm"));
    const QString until
        = end.isValid() && end.date() == start.date() ? end.time().toString(QStringLiteral("H:mm")) : QString();
    if (isJapanese()) {
        const QString date = QStringLiteral("%1（%2）")
                                 .arg(words.toString(start.date(), QStringLiteral("yyyy年M月d日")),
                                      words.toString(start.date(), QStringLiteral("ddd")));
        return until.isEmpty() ? QStringLiteral("%1%2").arg(date, from)
                               : QStringLiteral("%1%2～%3").arg(date, from, until);
    }
    const QString date = words.toString(start.date(), QStringLiteral("dddd d MMMM yyyy"));
    return until.isEmpty() ? QStringLiteral("%1, %2").arg(date, from)
                           : QStringLiteral("%1, %2–%3").arg(date, from, until);
}

QString OutputLanguage::dateTime(const QDateTime& time) const
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    if (isJapanese())
        return QStringLiteral("%1（%2）%3")
            .arg(local.toString(QStringLiteral("yyyy/MM/dd")), locale().toString(local.date(), QStringLiteral("ddd")),
                 local.toString(QStringLiteral("HH:mm")));
    return locale().toString(local, QStringLiteral("d MMM yyyy HH:mm"));
}

} // namespace sd
