#pragma once

#include <functional>

#include "cli/Command.h"
#include "cli/JsonRecord.h"
#include "core/Result.h"

namespace sd {

// seminar-desk list seminars|attendees|registrations|booths|contacts --db FILE [--seminar ID]
//                  [--format table|json]
class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    bool needsGui() const override { return false; }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

    using Emit = std::function<void(const JsonRecord&)>;

private:
    struct Kind
    {
        QString name;
        QList<QPair<QString, QString>> tableColumns; // header, JSON field
        std::function<Status(const Database&, qint64 seminarId, const Emit&)> list;
    };
    static QList<Kind> kinds();
};

} // namespace sd
