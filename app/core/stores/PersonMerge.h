// Two records of one person made one, field by field: which value each field keeps, and what
// becomes of both records' registrations. RecordEdits::mergePeople applies it as one step.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include "core/Result.h"
#include "core/records/Attendee.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

class Database;

class PersonMerge
{
    Q_DECLARE_TR_FUNCTIONS(PersonMerge)

public:
    enum class Field {
        FamilyName,
        GivenName,
        FamilyReading,
        GivenReading,
        LatinName,
        BadgeName,
        Organisation,
        Position,
        Country,
        Email,
        Phone,
        PreferredLanguage,
        Category,
        Notes
    };
    // Kept: the record that stays, the one recorded first (the lower id: the id that exports and
    // lists have shown the longest). Other: the record merged into it, which then goes.
    enum class Side { Kept, Other };

    struct Person
    {
        Attendee attendee;
        QList<SeminarRegistration> registrations;
    };

    // Both were registered for one seminar: the registration that went further stays with the
    // person kept, the other one goes.
    struct Clash
    {
        Seminar seminar;
        Registration staying;
        Side stayingFrom = Side::Kept;
        Registration dropped;
        // Whether the staying one went further; else both went as far, and the kept record's stays.
        bool wentFurther = false;
    };

    // Reads both people with their registrations.
    static Result<PersonMerge> of(const Database& database, qint64 firstId, qint64 secondId);
    // FIRST and SECOND in either order; each field starts with its default choice: the value that
    // is not empty, or, when both differ, the one of the record changed last.
    PersonMerge(const Person& first, const Person& second);

    const Person& person(Side side) const { return side == Side::Kept ? m_kept : m_other; }
    Side choice(Field field) const { return m_choices.value(field, Side::Kept); }
    void choose(Field field, Side side) { m_choices.insert(field, side); }
    // The person kept, each field taken from the side chosen for it.
    Attendee merged() const;
    // The other record's registrations that move to the person kept.
    QList<Registration> moving() const;
    // The registrations that go, each having lost a clash.
    QList<Registration> dropped() const;
    const QList<Clash>& clashes() const { return m_clashes; }

    static QList<Field> fields();
    static QString fieldName(Field field);
    // The value of FIELD as stored, and as the desk shows it (a category or language by its name).
    static QString value(const Attendee& attendee, Field field);
    static QString shownValue(const Attendee& attendee, Field field);
    // How far a registration went, to settle a clash: attended, registered, waitlisted, cancelled.
    static int advancement(Registration::Status status);

private:
    Side defaultChoice(Field field) const;
    void findClashes();

    Person m_kept;
    Person m_other;
    QMap<Field, Side> m_choices;
    QList<Clash> m_clashes;
};

} // namespace sd
