// A BulkStatement through Qt's driver, for PostgreSQL: QPSQL prepares it on the server once, and
// each row costs one round trip with its values sent apart from the SQL text.
#pragma once

#include "core/data/BulkStatement.h"
#include "core/data/SqlStatement.h"

namespace sd {

class DriverStatement final : public BulkStatement
{
public:
    DriverStatement(const Database& database, const QString& sql);

    Result<qint64> insert(const QVariantList& values) override;
    Status select(const QVariantList& values) override;
    bool next() override;
    QVariant value(int column) const override;
    QString errorText() const override { return m_error; }
    bool failedOn(SqlDialect::Constraint constraint, const QString& table, const QStringList& columns) const override;

private:
    SqlStatement m_statement;
    QString m_error;
};

} // namespace sd
