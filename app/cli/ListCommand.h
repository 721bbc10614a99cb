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
    struct TableColumn
    {
        QString header;
        QString field; // the JSON field shown
        // How the table shows the field's value, in the program's language (statuses by their names,
        // phone numbers in the language's form); none: as it is.
        std::function<QString(const QVariant&)> shown = {};
    };
    struct Kind
    {
        QString name;
        QList<TableColumn> tableColumns;
        std::function<Status(const Database&, qint64 seminarId, const Emit&)> list;
    };
    static QList<Kind> kinds();
};

} // namespace sd
