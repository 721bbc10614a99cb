#include "support/SeminarFixture.h"

#include <catch2/catch.hpp>

#include "core/stores/AttendeeStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"

SeminarFixture::SeminarFixture()
{
    auto inserted = sd::SeminarStore(file.database()).insert(makeSeminar());
    REQUIRE(inserted.ok());
    seminarId = *inserted;
}

SeminarFixture::Registered SeminarFixture::registerAttendee(const sd::Attendee& attendee, sd::Registration registration)
{
    auto attendeeId = sd::AttendeeStore(file.database()).insert(attendee);
    INFO(attendeeId.error().toStdString());
    REQUIRE(attendeeId.ok());
    registration.seminarId = seminarId;
    registration.attendeeId = *attendeeId;
    auto registrationId = sd::RegistrationStore(file.database()).insert(registration);
    INFO(registrationId.error().toStdString());
    REQUIRE(registrationId.ok());
    return {*attendeeId, *registrationId};
}

SeminarFixture::Registered SeminarFixture::registerAttendee(const sd::Attendee& attendee,
                                                            sd::Registration::Status status)
{
    sd::Registration registration;
    registration.status = status;
    return registerAttendee(attendee, registration);
}
