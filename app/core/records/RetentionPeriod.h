// How long the desk keeps a person's data after their last seminar: Japan's APPI asks that personal
// data no longer needed be deleted. Counted in whole months.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "core/Result.h"

namespace sd {

class RetentionPeriod
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPeriod)

public:
    static constexpr int defaultMonths = 12;
    static constexpr int maximumMonths = 1200;

    explicit RetentionPeriod(int months = defaultMonths);
    // "12m" (months) or "2y" (years), as the command line takes it.
    static Result<RetentionPeriod> parse(const QString& text);

    int months() const { return m_months; }
    // A person whose last seminar ended before this time (the venue's wall-clock time) is past
    // the period.
    QDateTime lastSeminarBefore(const QDateTime& now) const;
    // "12 months", for the user.
    QString text() const;

private:
    int m_months;
};

} // namespace sd
