// A progress for tests: keeps every report, and asks to stop at a chosen one.
#pragma once

#include <QList>
#include <QString>

#include <catch2/catch.hpp>

#include "core/Progress.h"

struct RecordedProgress final : sd::Progress
{
    struct Report
    {
        QString text;
        qint64 done = 0;
        qint64 total = 0;
    };

    // Asks to stop at report STOP_AT, counted from 1; 0: never.
    explicit RecordedProgress(int stopAt = 0)
        : stopAt(stopAt)
    {
    }

    bool report(const QString& text, qint64 done, qint64 total) override
    {
        reports.append({text, done, total});
        return stopAt == 0 || reports.size() < stopAt;
    }

    // Done never goes back and never passes the total; a known total never changes; the last
    // report is TOTAL of TOTAL.
    void checkMonotonicTo(qint64 total) const
    {
        REQUIRE_FALSE(reports.isEmpty());
        for (qsizetype i = 1; i < reports.size(); ++i) {
            INFO("report " << i << ": " << reports.at(i).done << " of " << reports.at(i).total);
            CHECK(reports.at(i).done >= reports.at(i - 1).done);
            CHECK((reports.at(i).total == 0 || reports.at(i).done <= reports.at(i).total));
            if (reports.at(i - 1).total > 0)
                CHECK(reports.at(i).total == reports.at(i - 1).total);
        }
        CHECK(reports.constLast().done == total);
        CHECK(reports.constLast().total == total);
    }

    int stopAt;
    QList<Report> reports;
};
