#include "core/checkin/AttendanceSummary.h"

#include <algorithm>

#include <QCollator>
#include <QHash>

#include "core/csv/CsvWriter.h"
#include "core/records/Attendee.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"

namespace sd {

namespace {

const char* const context = "AttendanceSummary";

bool isWalkIn(const Registration& registration)
{
    return registration.source == Registration::walkInSource();
}

bool isExpected(const Registration& registration)
{
    return registration.status == Registration::Status::Registered
        || registration.status == Registration::Status::Attended;
}

void count(AttendanceSummary::Figures& figures, const Registration& registration)
{
    const bool attended = registration.status == Registration::Status::Attended;
    if (!isWalkIn(registration))
        ++figures.registered;
    if (attended)
        ++figures.attended;
    if (attended && isWalkIn(registration))
        ++figures.walkIns;
    if (registration.status == Registration::Status::Registered)
        ++figures.noShows;
}

// As the CSV export writes times: local, sortable, no weekday.
QString csvTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QStringList figureCells(const AttendanceSummary::Figures& figures, const QString& label, const OutputLanguage& language)
{
    return {label,
            QString::number(figures.registered),
            QString::number(figures.attended),
            QString::number(figures.walkIns),
            QString::number(figures.noShows),
            figures.rateText(language.locale())};
}

} // namespace

double AttendanceSummary::Figures::attendanceRate() const
{
    return registered > 0 ? double(attended - walkIns) / registered : 0;
}

QString AttendanceSummary::Figures::rateText(const QLocale& locale) const
{
    // Walk-ins alone make no rate: "0.0%" would read as if everyone expected stayed away.
    if (registered == 0)
        return QStringLiteral("—");
    return locale.toString(attendanceRate() * 100, 'f', 1) + QLatin1Char('%');
}

Result<AttendanceSummary> AttendanceSummary::load(const Database& database, qint64 seminarId)
{
    AttendanceSummary summary;
    auto seminar = SeminarStore(database).find(seminarId);
    if (!seminar)
        return fail(seminar.error());
    summary.m_seminar = *seminar;
    QHash<QString, Figures> categories;
    QHash<QString, Figures> organisations;
    Status visited
        = RegistrationStore(database).visitRegisteredAttendees(seminarId, [&](const RegisteredAttendee& row) {
              if (!isExpected(row.registration))
                  return true;
              count(summary.m_total, row.registration);
              count(categories[row.attendee.category], row.registration);
              count(organisations[row.attendee.organisation.trimmed()], row.registration);
              return true;
          });
    if (!visited)
        return fail(visited.error());
    QStringList keys = Attendee::categories();
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        if (!keys.contains(it.key()))
            keys.append(it.key());
    }
    for (const QString& key : keys) {
        if (categories.contains(key)) {
            summary.m_byCategory.append(categories.value(key));
            summary.m_byCategory.last().label = key;
        }
    }
    for (auto it = organisations.begin(); it != organisations.end(); ++it) {
        it->label = it.key();
        summary.m_byOrganisation.append(*it);
    }
    QCollator collator;
    std::sort(summary.m_byOrganisation.begin(), summary.m_byOrganisation.end(),
              [&collator](const Figures& a, const Figures& b) {
                  if (a.attended != b.attended)
                      return a.attended > b.attended;
                  return collator.compare(a.label, b.label) < 0;
              });
    return summary;
}

TablePrinter AttendanceSummary::printer(const OutputLanguage& language) const
{
    const auto text = [&language](const char* source) {
        return language.text(context, source);
    };
    const auto columns = [&](const QString& first) {
        return QList<TableSection::Column> {
            {first, 0, 1, Qt::AlignLeft, false},
            {text(QT_TRANSLATE_NOOP("AttendanceSummary", "Registered")), 24, 1, Qt::AlignRight, false},
            {text(QT_TRANSLATE_NOOP("AttendanceSummary", "Attended")), 24, 1, Qt::AlignRight, false},
            {text(QT_TRANSLATE_NOOP("AttendanceSummary", "Walk-ins")), 24, 1, Qt::AlignRight, false},
            {text(QT_TRANSLATE_NOOP("AttendanceSummary", "No-shows")), 24, 1, Qt::AlignRight, false},
            {text(QT_TRANSLATE_NOOP("AttendanceSummary", "Rate")), 24, 1, Qt::AlignRight, false},
        };
    };
    TableSection total;
    total.heading = text(QT_TRANSLATE_NOOP("AttendanceSummary", "In all"));
    total.startsPage = false;
    total.columns = columns(QString());
    total.rows.append(figureCells(m_total, text(QT_TRANSLATE_NOOP("AttendanceSummary", "Everyone")), language));
    TableSection categories;
    categories.heading = text(QT_TRANSLATE_NOOP("AttendanceSummary", "By category"));
    categories.startsPage = false;
    categories.columns = columns(text(QT_TRANSLATE_NOOP("AttendanceSummary", "Category")));
    for (const Figures& figures : m_byCategory)
        categories.rows.append(figureCells(figures, language.categoryName(figures.label), language));
    TableSection organisations;
    organisations.heading = text(QT_TRANSLATE_NOOP("AttendanceSummary", "By organisation"));
    organisations.startsPage = false;
    organisations.columns = columns(text(QT_TRANSLATE_NOOP("AttendanceSummary", "Organisation")));
    const QString none = text(QT_TRANSLATE_NOOP("AttendanceSummary", "(no organisation)"));
    for (const Figures& figures : m_byOrganisation)
        organisations.rows.append(figureCells(figures, figures.label.isEmpty() ? none : figures.label, language));
    const QString empty = text(QT_TRANSLATE_NOOP("AttendanceSummary", "No one registered."));
    categories.emptyText = empty;
    organisations.emptyText = empty;
    return TablePrinter(text(QT_TRANSLATE_NOOP("AttendanceSummary", "Attendance summary")),
                        {m_seminar.title(language.key()), language.dateAndTimes(m_seminar.startsAt, m_seminar.endsAt)},
                        {total, categories, organisations});
}

Result<QString> AttendanceSummary::csv(const Database& database, qint64 seminarId, const OutputLanguage& language)
{
    const auto text = [&language](const char* source) {
        return language.text(context, source);
    };
    const CsvWriter writer;
    QString out;
    writer.appendRecord({text(QT_TRANSLATE_NOOP("AttendanceSummary", "Name")),
                         text(QT_TRANSLATE_NOOP("AttendanceSummary", "Reading")),
                         text(QT_TRANSLATE_NOOP("AttendanceSummary", "Organisation")),
                         text(QT_TRANSLATE_NOOP("AttendanceSummary", "Category")),
                         text(QT_TRANSLATE_NOOP("AttendanceSummary", "Attendance")),
                         text(QT_TRANSLATE_NOOP("AttendanceSummary", "Checked in at")),
                         text(QT_TRANSLATE_NOOP("AttendanceSummary", "Walk-in")),
                         text(QT_TRANSLATE_NOOP("AttendanceSummary", "Check-in code"))},
                        out);
    const QString came = text(QT_TRANSLATE_NOOP("AttendanceSummary", "Attended"));
    const QString stayedAway = text(QT_TRANSLATE_NOOP("AttendanceSummary", "No-show"));
    const QString walkIn = text(QT_TRANSLATE_NOOP("AttendanceSummary", "Yes"));
    Status visited
        = RegistrationStore(database).visitRegisteredAttendees(seminarId, [&](const RegisteredAttendee& row) {
              const Registration& registration = row.registration;
              if (!isExpected(registration))
                  return true;
              const bool attended = registration.status == Registration::Status::Attended;
              writer.appendRecord({row.attendee.displayName(), row.attendee.name().displayReading(),
                                   row.attendee.organisation, language.categoryName(row.attendee.category),
                                   attended ? came : stayedAway, csvTime(registration.checkedInAt),
                                   isWalkIn(registration) ? walkIn : QString(), registration.checkInCode},
                                  out);
              return true;
          });
    if (!visited)
        return fail(visited.error());
    return out;
}

} // namespace sd
