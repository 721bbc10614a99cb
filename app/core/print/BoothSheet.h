// The booth sheet: one A4 page per interpretation booth of a seminar, for the interpreters and the
// technician. The booth, its channel and language pair; the rota as bars on a time axis covering
// the programme; the programme with its speakers and the language each speaks; whom to call.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QTime>

#include "core/Result.h"
#include "core/print/OutputLanguage.h"
#include "core/print/PrintTarget.h"
#include "core/records/Contact.h"
#include "core/records/ProgrammeItem.h"
#include "core/records/Seminar.h"
#include "core/records/StaffedBooth.h"
#include "core/records/Venue.h"

class QPagedPaintDevice;

namespace sd {

class Database;

class BoothSheet
{
    Q_DECLARE_TR_FUNCTIONS(BoothSheet)

public:
    // The sheet's languages in the order it prints them: Japanese, English, or both.
    using Languages = QList<OutputLanguage>;

    // A minute of the seminar's day and the next: the time axis of the rota.
    struct Span
    {
        QTime start;
        QTime end;
    };

    static Result<BoothSheet> load(const Database& database, qint64 seminarId);
    // "ja", "en" or "both", as the command line says them.
    static std::optional<Languages> languagesFromKey(const QString& key);

    const Seminar& seminar() const { return m_seminar; }
    const QList<StaffedBooth>& booths() const { return m_booths; }
    // Why there is nothing to print: the seminar has no booths (empty when it has).
    QString emptyReason() const;
    // The interpreter of CONTACT_ID as stored in the contact book (an empty contact when unknown).
    Contact interpreter(qint64 contactId) const { return m_interpreters.value(contactId); }
    // The rota's time axis: the programme and every turn, widened to whole half hours.
    Span span() const;

    void setLanguages(const Languages& languages) { m_languages = languages; }
    const Languages& languages() const { return m_languages; }

    // Gives DEVICE an A4 portrait page without margins.
    static QPageLayout pageLayout();
    static void setUpPage(QPagedPaintDevice& device);
    // A page a booth, in channel order; fails with emptyReason() when there is no booth.
    Status paint(QPagedPaintDevice& device) const;
    // Prints the sheet on TARGET (a PDF file through a temporary file: a failure leaves any old
    // file); gives the job a queue took.
    Result<std::optional<PrintedJob>> print(const PrintTarget& target) const;
    Status savePdf(const QString& path) const;

private:
    class PagePainter;

    Seminar m_seminar;
    Venue m_venue; // id 0: no venue yet
    QList<StaffedBooth> m_booths;
    QHash<qint64, Contact> m_interpreters;
    QList<Contact> m_venueContacts; // the seminar's contacts with the role 'venue'
    QList<ProgrammeItem> m_programme;
    Languages m_languages {OutputLanguage(OutputLanguage::Code::Japanese)};
};

} // namespace sd
