#include "core/data/ServerProbe.h"

#include <atomic>
#include <memory>

#include <QThread>

#include <libpq-fe.h>

namespace sd {

namespace {

bool accepts(const std::vector<std::pair<QByteArray, QByteArray>>& parameters)
{
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (const auto& [keyword, value] : parameters) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    return PQpingParams(keywords.data(), values.data(), 0) == PQPING_OK;
}

} // namespace

ServerProbe::ServerProbe(pg_conn* server, QObject* parent)
    : QObject(parent)
{
    PQconninfoOption* options = server ? PQconninfo(server) : nullptr;
    for (PQconninfoOption* option = options; option && option->keyword; ++option) {
        const QByteArray keyword(option->keyword);
        if (option->val && *option->val && keyword != "password" && keyword != "connect_timeout")
            m_parameters.emplace_back(keyword, QByteArray(option->val));
    }
    PQconninfoFree(options);
    m_parameters.emplace_back("connect_timeout", QByteArray::number(qint64(patience.count())));
}

void ServerProbe::ask()
{
    if (m_asking)
        return;
    m_asking = true;
    // The thread outlives this probe if need be: it owns what it reads, and deletes itself.
    auto answer = std::make_shared<std::atomic<bool>>(false);
    QThread* thread = QThread::create([parameters = m_parameters, answer] { answer->store(accepts(parameters)); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, answer] {
        m_asking = false;
        Q_EMIT answered(answer->load());
    });
    thread->start();
}

} // namespace sd
