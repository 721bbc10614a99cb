#include "core/records/CheckInCode.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace sd {

namespace {

const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int alphabetSize = 32;
constexpr int randomLength = 10; // 50 bits: collisions are negligible even over millions
const QLatin1String prefix("SD-");

} // namespace

QString CheckInCode::generate()
{
    QString code = prefix;
    // Seeded from the system's generator once a thread: a draw from that one is a slow CPU
    // instruction (RDSEED), and imports make 100,000 codes. The codes only need to be unique
    // and not guessable from a badge or two, not to keep a secret.
    thread_local QRandomGenerator generator = QRandomGenerator::securelySeeded();
    quint64 bits = generator.generate64(); // all 50 bits, five a character
    for (int i = 0; i < randomLength; ++i) {
        code.append(QLatin1Char(alphabet[bits % alphabetSize]));
        bits /= alphabetSize;
    }
    return code;
}

bool CheckInCode::isWellFormed(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^SD-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}$"));
    return pattern.match(code).hasMatch();
}

QString CheckInCode::normalized(const QString& typed)
{
    QString code = typed.trimmed().toUpper();
    if (!code.startsWith(prefix) && code.startsWith(QLatin1String("SD")))
        code.insert(2, QLatin1Char('-'));
    for (int i = prefix.size(); i < code.size(); ++i) {
        if (code[i] == QLatin1Char('O'))
            code[i] = QLatin1Char('0');
        else if (code[i] == QLatin1Char('I') || code[i] == QLatin1Char('L'))
            code[i] = QLatin1Char('1');
    }
    return code;
}

QString CheckInCode::fromTyped(const QString& typed)
{
    QString characters = typed.trimmed().toUpper();
    if (characters.startsWith(prefix))
        characters.remove(0, prefix.size());
    else if (characters.size() == randomLength + 2 && characters.startsWith(QLatin1String("SD")))
        characters.remove(0, 2);
    if (characters.size() != randomLength)
        return {};
    const QString code = normalized(prefix + characters);
    return isWellFormed(code) ? code : QString();
}

} // namespace sd
