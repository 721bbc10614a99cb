#include "core/data/DatabaseUrl.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

namespace sd {

namespace {

const QStringList& sslModes()
{
    static const QStringList modes {QStringLiteral("disable"),   QStringLiteral("allow"),
                                    QStringLiteral("prefer"),    QStringLiteral("require"),
                                    QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

// A value in libpq's connection string: quoted, with its quotes and backslashes escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

QString encoded(const QString& part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

bool DatabaseUrl::isUrl(const QString& text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(text).hasMatch();
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    static const QRegularExpression postgresScheme(QStringLiteral("^postgres(ql)?://"),
                                                   QRegularExpression::CaseInsensitiveOption);
    const auto scheme = postgresScheme.match(text);
    if (!scheme.hasMatch()) {
        return fail(tr("“%1” is not the address of a PostgreSQL database: write postgresql://USER@HOST/DATABASE, or "
                       "give the path of a database file.")
                        .arg(text));
    }
    static const QRegularExpression badPercent(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    if (badPercent.match(text).hasMatch())
        return fail(
            tr("“%1” has a % sign that is not followed by two hexadecimal digits; write % itself as %25.").arg(text));

    QString rest = text.mid(scheme.capturedLength());
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'), slash < 0 ? -1 : slash);
    const QString userInfo = at < 0 ? QString() : rest.left(at);
    if (userInfo.contains(QLatin1Char(':'))) {
        const QString withoutPassword
            = text.left(scheme.capturedLength()) + userInfo.section(QLatin1Char(':'), 0, 0) + rest.mid(at);
        return fail(tr("“%1” contains a password. Seminar Desk never keeps a password in an address: leave it out, "
                       "and type it when the server asks for it, or keep it in ~/.pgpass.")
                        .arg(withoutPassword));
    }

    DatabaseUrl url;
    url.m_userName = QUrl::fromPercentEncoding(userInfo.toUtf8());
    if (url.m_userName.isEmpty())
        return fail(
            tr("“%1” names no user: write the user before the host, as in postgresql://USER@HOST/DATABASE.").arg(text));
    if (slash < 0 || rest.mid(slash + 1).isEmpty()) {
        return fail(
            tr("“%1” names no database: write it after the host, as in postgresql://USER@HOST/DATABASE.").arg(text));
    }
    url.m_databaseName = QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8());

    QString hostPort = rest.mid(at + 1, slash - at - 1);
    QString port;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(tr("“%1” opens an address with [ but does not close it with ].").arg(text));
        port = hostPort.mid(close + 1);
        if (!port.isEmpty() && !port.startsWith(QLatin1Char(':')))
            return fail(tr("“%1” has “%2” after the host's address, where only :PORT may stand.").arg(text, port));
        port = port.mid(1);
        hostPort = hostPort.mid(1, close - 1);
    } else if (const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        port = hostPort.mid(colon + 1);
        hostPort.truncate(colon);
    }
    url.m_host = QUrl::fromPercentEncoding(hostPort.toUtf8());
    if (!port.isNull()) {
        if (Status taken = url.takePort(text, port); !taken)
            return fail(taken.error());
    }
    if (Status taken = url.takeQuery(text, query); !taken)
        return fail(taken.error());
    if (url.m_host.isEmpty()) {
        return fail(tr("“%1” names no host: write the server's name after the user, as in "
                       "postgresql://USER@HOST/DATABASE, or its socket folder as ?host=/FOLDER.")
                        .arg(text));
    }
    return url;
}

Result<DatabaseUrl> DatabaseUrl::fromParts(const QString& host, int port, const QString& databaseName,
                                           const QString& userName, const QString& sslMode)
{
    QString text = QStringLiteral("postgresql://") + encoded(userName) + QLatin1Char('@');
    QStringList settings;
    if (host.startsWith(QLatin1Char('/'))) {
        settings.append(QStringLiteral("host=") + encoded(host));
        settings.append(QStringLiteral("port=%1").arg(port));
    } else {
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
        text += QLatin1Char(':') + QString::number(port);
    }
    text += QLatin1Char('/') + encoded(databaseName);
    if (!sslMode.isEmpty())
        settings.append(QStringLiteral("sslmode=") + encoded(sslMode));
    return parse(settings.isEmpty() ? text : text + QLatin1Char('?') + settings.join(QLatin1Char('&')));
}

Status DatabaseUrl::takePort(const QString& text, const QString& port)
{
    bool number = false;
    m_port = port.toInt(&number);
    if (!number || m_port < 1 || m_port > 65535 || !port.at(0).isDigit())
        return fail(tr("The port “%2” in “%1” is not a number from 1 to 65535.").arg(text, port));
    return {};
}

// The settings after "?": what libpq allows in an address and Seminar Desk has a use for.
Status DatabaseUrl::takeQuery(const QString& text, const QString& query)
{
    const QStringList known {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("sslmode"),
                             QStringLiteral("sslrootcert"), QStringLiteral("connect_timeout")};
    QStringList seen;
    for (const QString& setting : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString name = QUrl::fromPercentEncoding(setting.section(QLatin1Char('='), 0, 0).toUtf8());
        const QString value = QUrl::fromPercentEncoding(setting.section(QLatin1Char('='), 1).toUtf8());
        if (!known.contains(name)) {
            return fail(tr("“%1” has the setting “%2”, which Seminar Desk does not take; it takes %3.")
                            .arg(text, name, known.join(QStringLiteral(", "))));
        }
        const bool alreadyGiven = seen.contains(name) || (name == QLatin1String("host") && !m_host.isEmpty())
            || (name == QLatin1String("port") && m_port > 0);
        if (alreadyGiven)
            return fail(tr("“%1” gives the %2 twice.").arg(text, name));
        seen.append(name);
        // QPSQL takes the options as one text with ; between them.
        if (value.isEmpty() || value.contains(QLatin1Char(';')))
            return fail(tr("“%1” gives the setting %2 no usable value (empty, or with a ;).").arg(text, name));
        if (name == QLatin1String("host")) {
            m_host = value;
            m_hostIsSocketFolder = value.startsWith(QLatin1Char('/'));
        } else if (name == QLatin1String("port")) {
            if (Status taken = takePort(text, value); !taken)
                return taken;
        } else if (name == QLatin1String("sslmode")) {
            if (!sslModes().contains(value)) {
                return fail(tr("“%1” asks for the sslmode “%2”; libpq knows %3.")
                                .arg(text, value, sslModes().join(QStringLiteral(", "))));
            }
            m_sslMode = value;
        } else if (name == QLatin1String("sslrootcert")) {
            m_sslRootCertificate = value;
        } else {
            bool number = false;
            m_connectTimeoutSeconds = value.toInt(&number);
            if (!number || m_connectTimeoutSeconds < 1 || !value.at(0).isDigit())
                return fail(tr("The connect_timeout “%2” in “%1” is not a number of seconds.").arg(text, value));
        }
    }
    return {};
}

QString DatabaseUrl::toString() const
{
    QString text = QStringLiteral("postgresql://") + encoded(m_userName) + QLatin1Char('@');
    if (!m_hostIsSocketFolder)
        text += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : encoded(m_host);
    if (m_port > 0 && !m_hostIsSocketFolder)
        text += QLatin1Char(':') + QString::number(m_port);
    text += QLatin1Char('/') + encoded(m_databaseName);
    QStringList settings;
    if (m_hostIsSocketFolder) {
        settings.append(QStringLiteral("host=") + encoded(m_host));
        if (m_port > 0)
            settings.append(QStringLiteral("port=%1").arg(m_port));
    }
    if (!m_sslMode.isEmpty())
        settings.append(QStringLiteral("sslmode=") + m_sslMode);
    if (!m_sslRootCertificate.isEmpty())
        settings.append(QStringLiteral("sslrootcert=") + encoded(m_sslRootCertificate));
    if (m_connectTimeoutSeconds > 0)
        settings.append(QStringLiteral("connect_timeout=%1").arg(m_connectTimeoutSeconds));
    return settings.isEmpty() ? text : text + QLatin1Char('?') + settings.join(QLatin1Char('&'));
}

QString DatabaseUrl::displayName() const
{
    return QStringLiteral("%1@%2/%3").arg(m_userName, m_host, m_databaseName);
}

QString DatabaseUrl::connectOptions() const
{
    QStringList options;
    if (!m_sslMode.isEmpty())
        options.append(QStringLiteral("sslmode=") + m_sslMode);
    if (!m_sslRootCertificate.isEmpty())
        options.append(QStringLiteral("sslrootcert=") + quoted(m_sslRootCertificate));
    if (m_connectTimeoutSeconds > 0)
        options.append(QStringLiteral("connect_timeout=%1").arg(m_connectTimeoutSeconds));
    return options.join(QLatin1Char(';'));
}

void DatabaseUrl::applyTo(QSqlDatabase& database) const
{
    database.setHostName(m_host);
    if (m_port > 0)
        database.setPort(m_port);
    database.setDatabaseName(m_databaseName);
    database.setUserName(m_userName);
    database.setConnectOptions(connectOptions());
}

} // namespace sd
