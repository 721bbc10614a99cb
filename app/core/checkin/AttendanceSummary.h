// After the seminar: who was registered and who came, in all, by category and by organisation,
// with the walk-ins and the no-shows; printable, and every person as CSV with their check-in time.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include "core/Result.h"
#include "core/print/OutputLanguage.h"
#include "core/print/TablePrinter.h"
#include "core/records/Seminar.h"

namespace sd {

class Database;

class AttendanceSummary
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceSummary)

public:
    struct Figures
    {
        QString label; // a category key, an organisation, or empty for the whole seminar
        int registered = 0; // registered beforehand and still expected (not cancelled or waitlisted)
        int attended = 0; // every one checked in, walk-ins included
        int walkIns = 0; // registered at the door
        int noShows = 0; // registered, never checked in

        // Of those registered beforehand, the share who came (0 to 1; 0 when none were registered).
        double attendanceRate() const;
        // The rate as a percentage in LOCALE's digits: "66.7%"; a dash when none were registered.
        QString rateText(const QLocale& locale) const;
    };

    static Result<AttendanceSummary> load(const Database& database, qint64 seminarId);

    const Seminar& seminar() const { return m_seminar; }
    const Figures& total() const { return m_total; }
    // In the order of Attendee::categories(), then any other key; only categories with someone.
    const QList<Figures>& byCategory() const { return m_byCategory; }
    // Most attended first; people without an organisation under an empty label.
    const QList<Figures>& byOrganisation() const { return m_byOrganisation; }

    TablePrinter printer(const OutputLanguage& language) const;
    // Everyone registered or come, in gojuon order, with whether they came and when: CSV (RFC
    // 4180, CRLF, formula-guarded) with headers and values in LANGUAGE.
    static Result<QString> csv(const Database& database, qint64 seminarId, const OutputLanguage& language);

private:
    Seminar m_seminar;
    Figures m_total;
    QList<Figures> m_byCategory;
    QList<Figures> m_byOrganisation;
};

} // namespace sd
