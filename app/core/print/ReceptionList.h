// The reception list (受付名簿): everyone expected at a seminar in gojuon order of their readings,
// Latin-script names alphabetically after them, names with neither in a final その他 group; for
// several desks, cut at kana-row boundaries into parts of about equal size. Printed with
// TablePrinter: No., name, reading, organisation, category, receiver and a box to tick.
#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/Result.h"
#include "core/print/OutputLanguage.h"
#include "core/print/TablePrinter.h"
#include "core/records/Seminar.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

class Database;

class ReceptionList
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionList)

public:
    enum class Group {
        Kana, // by the reading, in gojuon order
        Latin, // no reading, a name in Latin letters: alphabetically
        Other, // neither: その他
    };

    struct Entry
    {
        RegisteredAttendee person;
        Group group = Group::Other;
        int kanaRow = -1; // GojuonRow of the reading, for Kana
    };

    // One desk's part of the list, or the final その他 group.
    struct Part
    {
        int firstRow = -1; // the kana rows the desk covers (GojuonRow), -1 for none
        int lastRow = -1;
        bool latin = false; // the Latin-script names are with this desk
        bool other = false; // the その他 group
        QList<Entry> entries;
    };

    static constexpr int maxDesks = 10;

    // Everyone registered or attended at the seminar.
    static Result<ReceptionList> load(const Database& database, qint64 seminarId);

    const Seminar& seminar() const { return m_seminar; }
    int size() const { return int(m_kana.size() + m_latin.size() + m_other.size()); }
    // The list for DESKS desks (fewer when it has fewer kana rows with names), then the その他
    // group if anyone is in it.
    QList<Part> parts(int desks) const;
    // How many of PARTS are desks' parts (the その他 group is none).
    static int deskCount(const QList<Part>& parts);
    // What a part's header says: "受付 2／3：さ～と", "Desk 2 of 3: さ–と (SA–TO)".
    static QString partHeading(const Part& part, int desk, int desks, const OutputLanguage& language);
    // The printable list (preview, printer or PDF) in LANGUAGE.
    TablePrinter printer(int desks, const OutputLanguage& language) const;

private:
    Seminar m_seminar;
    QList<Entry> m_kana; // in gojuon order
    QList<Entry> m_latin; // alphabetical
    QList<Entry> m_other;
};

} // namespace sd
