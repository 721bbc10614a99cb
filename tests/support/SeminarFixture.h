// A fresh database with one seminar, and a short way to register people for it: the setup that
// most store, model, CSV and dialog tests start from.
#pragma once

#include "core/records/Attendee.h"
#include "core/records/Registration.h"
#include "support/TestDatabaseFile.h"

struct SeminarFixture
{
    struct Registered
    {
        qint64 attendeeId = 0;
        qint64 registrationId = 0;
    };

    SeminarFixture();

    // Stores ATTENDEE and registers them for the seminar as REGISTRATION says (its seminar and
    // attendee are filled in here).
    Registered registerAttendee(const sd::Attendee& attendee, sd::Registration registration = {});
    // The same with only a status.
    Registered registerAttendee(const sd::Attendee& attendee, sd::Registration::Status status);

    TestDatabaseFile file;
    qint64 seminarId = 0;
};
