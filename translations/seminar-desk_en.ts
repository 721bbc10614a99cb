<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BadgeSheetPrinter</name>
    <message numerus="yes">
        <source>The organisation (or the country) was shortened to fit on %n badge(s): %1</source>
        <translation>
            <numerusform>The organisation (or the country) was shortened to fit on %n badge: %1</numerusform>
            <numerusform>The organisation (or the country) was shortened to fit on %n badges: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The badge fonts have no “%1”: check how it prints on %n badge(s): %2</source>
        <translation>
            <numerusform>The badge fonts have no “%1”: check how it prints on %n badge: %2</numerusform>
            <numerusform>The badge fonts have no “%1”: check how it prints on %n badges: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing badges… page %1 of %n</source>
        <translation>
            <numerusform>Writing badges… page %1 of %n</numerusform>
            <numerusform>Writing badges… page %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgesCommand</name>
    <message numerus="yes">
        <source>Wrote %n badge(s) on %1 sheet(s) of %2 to %3.</source>
        <translation>
            <numerusform>Wrote %n badge on %1 sheet(s) of %2 to %3.</numerusform>
            <numerusform>Wrote %n badges on %1 sheet(s) of %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n badge(s) on %1 sheet(s) of %2.</source>
        <translation>
            <numerusform>Printed %n badge on %1 sheet(s) of %2.</numerusform>
            <numerusform>Printed %n badges on %1 sheet(s) of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoothSheetCommand</name>
    <message numerus="yes">
        <source>Printed the booth sheet of “%1”: %n page(s), one a booth.</source>
        <translation>
            <numerusform>Printed the booth sheet of “%1”: %n page, one a booth.</numerusform>
            <numerusform>Printed the booth sheet of “%1”: %n pages, one a booth.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the booth sheet of “%1” to %2: %n page(s), one a booth.</source>
        <translation>
            <numerusform>Wrote the booth sheet of “%1” to %2: %n page, one a booth.</numerusform>
            <numerusform>Wrote the booth sheet of “%1” to %2: %n pages, one a booth.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>“%1” has %n problem(s):</source>
        <translation>
            <numerusform>“%1” has %n problem:</numerusform>
            <numerusform>“%1” has %n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message numerus="yes">
        <source>%n people match “%1”: give more of the name, or the check-in code.</source>
        <translation>
            <numerusform>%n person matches “%1”: give more of the name, or the check-in code.</numerusform>
            <numerusform>%n people match “%1”: give more of the name, or the check-in code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyDatabaseCommand</name>
    <message numerus="yes">
        <source>Copied %n row(s) of the table %1.</source>
        <translation>
            <numerusform>Copied %n row of the table %1.</numerusform>
            <numerusform>Copied %n rows of the table %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new attendee(s)</source>
        <translation>
            <numerusform>%n new attendee</numerusform>
            <numerusform>%n new attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored attendee(s) completed</source>
        <translation>
            <numerusform>%n stored attendee completed</numerusform>
            <numerusform>%n stored attendees completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) merged</source>
        <translation>
            <numerusform>%n duplicate merged</numerusform>
            <numerusform>%n duplicates merged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <source>%n row(s) of the table “%1” refer to rows of “%2” that are not there.</source>
        <translation>
            <numerusform>%n row of the table “%1” refers to rows of “%2” that are not there.</numerusform>
            <numerusform>%n rows of the table “%1” refer to rows of “%2” that are not there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>Created %1 with the demo seminar and %n attendee(s).</source>
        <translation>
            <numerusform>Created %1 with the demo seminar and %n attendee.</numerusform>
            <numerusform>Created %1 with the demo seminar and %n attendees.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %1 with the demo seminar and %n attendee(s).</source>
        <translation>
            <numerusform>Filled %1 with the demo seminar and %n attendee.</numerusform>
            <numerusform>Filled %1 with the demo seminar and %n attendees.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseCommand</name>
    <message numerus="yes">
        <source>Dry run, nothing changed: %n person(s) with %1 registration(s) are past %2 (last seminar before %3).</source>
        <translation>
            <numerusform>Dry run, nothing changed: %n person with %1 registration(s) is past %2 (last seminar before %3).</numerusform>
            <numerusform>Dry run, nothing changed: %n people with %1 registration(s) are past %2 (last seminar before %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s) and their %1 registration(s): their last seminar was before %2 (%3 ago).</source>
        <translation>
            <numerusform>Erased %n person and their %1 registration(s): their last seminar was before %2 (%3 ago).</numerusform>
            <numerusform>Erased %n people and their %1 registration(s): their last seminar was before %2 (%3 ago).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRows</name>
    <message numerus="yes">
        <source>Exporting registrations… row %1 of %n</source>
        <translation>
            <numerusform>Exporting registrations… row %1 of %n</numerusform>
            <numerusform>Exporting registrations… row %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportXlsxCommand</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverDesk</name>
    <message numerus="yes">
        <source>%n receiver(s) are numbered: the seminar has at least that many.</source>
        <translation>
            <numerusform>%n receiver is numbered: the seminar has at least that many.</numerusform>
            <numerusform>%n receivers are numbered: the seminar has at least that many.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receiver(s) are out now: the seminar has at least that many.</source>
        <translation>
            <numerusform>%n receiver is out now: the seminar has at least that many.</numerusform>
            <numerusform>%n receivers are out now: the seminar has at least that many.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n receiver(s) are out.</source>
        <translation>
            <numerusform>The %n receiver is out.</numerusform>
            <numerusform>All %n receivers are out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverForecast</name>
    <message numerus="yes">
        <source>%n receiver(s) short: the registrations call for %1 with the margin, and the seminar has %2.</source>
        <translation>
            <numerusform>%n receiver short: the registrations call for %1 with the margin, and the seminar has %2.</numerusform>
            <numerusform>%n receivers short: the registrations call for %1 with the margin, and the seminar has %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channel %1 (%2): %n receiver(s) short; %3 needed, %4 set to it or free to be set.</source>
        <translation>
            <numerusform>Channel %1 (%2): %n receiver short; %3 needed, %4 set to it or free to be set.</numerusform>
            <numerusform>Channel %1 (%2): %n receivers short; %3 needed, %4 set to it or free to be set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) prefer %1, which no booth interprets into: no channel counts them.</source>
        <translation>
            <numerusform>%n person prefers %1, which no booth interprets into: no channel counts them.</numerusform>
            <numerusform>%n people prefer %1, which no booth interprets into: no channel counts them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booth “%1” is on channel %2, but the receivers have %n channel(s).</source>
        <translation>
            <numerusform>Booth “%1” is on channel %2, but the receivers have %n channel.</numerusform>
            <numerusform>Booth “%1” is on channel %2, but the receivers have %n channels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forecast: %n receiver(s) needed, %1 for the registrations and a margin of %2 %; the seminar has %3.</source>
        <translation>
            <numerusform>Forecast: %n receiver needed, %1 for the registrations and a margin of %2 %; the seminar has %3.</numerusform>
            <numerusform>Forecast: %n receivers needed, %1 for the registrations and a margin of %2 %; the seminar has %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No booth into %1: %n person(s)</source>
        <translation>
            <numerusform>No booth into %1: %n person</numerusform>
            <numerusform>No booth into %1: %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiversCommand</name>
    <message numerus="yes">
        <source>%n people holding a receiver match “%1”: give more of the name, the code or the receiver&apos;s number.</source>
        <translation>
            <numerusform>%n person holding a receiver matches “%1”: give more of the name, the code or the receiver&apos;s number.</numerusform>
            <numerusform>%n people holding a receiver match “%1”: give more of the name, the code or the receiver&apos;s number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %n receiver(s) not returned to %1.</source>
        <translation>
            <numerusform>Wrote the %n receiver not returned to %1.</numerusform>
            <numerusform>Wrote the %n receivers not returned to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceptionListCommand</name>
    <message numerus="yes">
        <source>Wrote the reception list of %n people to %1: %2 page(s), %3 desk(s).</source>
        <translation>
            <numerusform>Wrote the reception list of %n person to %1: %2 page(s), %3 desk(s).</numerusform>
            <numerusform>Wrote the reception list of %n people to %1: %2 page(s), %3 desk(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n people</source>
        <translation>
            <numerusform>  %1: %n person</numerusform>
            <numerusform>  %1: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed the reception list of %n people: %1 page(s), %2 desk(s).</source>
        <translation>
            <numerusform>Printed the reception list of %n person: %1 page(s), %2 desk(s).</numerusform>
            <numerusform>Printed the reception list of %n people: %1 page(s), %2 desk(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPeriod</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotaCheck</name>
    <message numerus="yes">
        <source>Booth “%1” interprets %2 minutes and has %n interpreter(s); the norms ask for %3.</source>
        <translation>
            <numerusform>Booth “%1” interprets %2 minutes and has %n interpreter; the norms ask for %3.</numerusform>
            <numerusform>Booth “%1” interprets %2 minutes and has %n interpreters; the norms ask for %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The seminar is interpreted in %1 languages and has %n interpreter(s) in all; the norms ask for at least %2.</source>
        <translation>
            <numerusform>The seminar is interpreted in %1 languages and has %n interpreter in all; the norms ask for at least %2.</numerusform>
            <numerusform>The seminar is interpreted in %1 languages and has %n interpreters in all; the norms ask for at least %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message numerus="yes">
        <source>Writing “%1”… page %2 of %n</source>
        <translation>
            <numerusform>Writing “%1”… page %2 of %n</numerusform>
            <numerusform>Writing “%1”… page %2 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::AttendeePage</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::BadgeDialog</name>
    <message numerus="yes">
        <source>The %n selected registration(s)</source>
        <translation>
            <numerusform>The %n selected registration</numerusform>
            <numerusform>The %n selected registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 × %3 mm, %n per sheet</source>
        <translation>
            <numerusform>%1 — %2 × %3 mm, %n per sheet</numerusform>
            <numerusform>%1 — %2 × %3 mm, %n per sheet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One page with the outlines of the %n label(s) of the sheet.</source>
        <translation>
            <numerusform>One page with the outline of the %n label of the sheet.</numerusform>
            <numerusform>One page with the outlines of the %n labels of the sheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) on %1 sheet(s).</source>
        <translation>
            <numerusform>%n badge on %1 sheet(s).</numerusform>
            <numerusform>%n badges on %1 sheet(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::BoothSheetDialog</name>
    <message numerus="yes">
        <source>%n page(s), one a booth.</source>
        <translation>
            <numerusform>%n page, one a booth.</numerusform>
            <numerusform>%n pages, one a booth.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::CheckInPanel</name>
    <message numerus="yes">
        <source>%n queued badge(s) printed.</source>
        <translation>
            <numerusform>%n queued badge printed.</numerusform>
            <numerusform>%n queued badges printed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DeskPage</name>
    <message numerus="yes">
        <source>Erased %n people. Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Erased %n person. Edit ▸ Undo brings them back.</numerusform>
            <numerusform>Erased %n people. Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of these %n people? They and their registrations for every seminar leave the database.

%1

Edit ▸ Undo brings them back only while this window stays open.</source>
        <translation>
            <numerusform>Erase the personal data of this person? They and their registrations for every seminar leave the database.

%1

Edit ▸ Undo brings them back only while this window stays open.</numerusform>
            <numerusform>Erase the personal data of these %n people? They and their registrations for every seminar leave the database.

%1

Edit ▸ Undo brings them back only while this window stays open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DeskWidget</name>
    <message numerus="yes">
        <source>Delete the seminar “%1” with its %n registration(s), booths and contact links?
Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>Delete the seminar “%1” with its %n registration, booths and contact links?
Edit ▸ Undo brings it back.</numerusform>
            <numerusform>Delete the seminar “%1” with its %n registrations, booths and contact links?
Edit ▸ Undo brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to “%1”.
Registrations in the file: %n</source>
        <translation>
            <numerusform>Exported to “%1”.
Registrations in the file: %n</numerusform>
            <numerusform>Exported to “%1”.
Registrations in the file: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DoorBadgeDialog</name>
    <message numerus="yes">
        <source>%1 — %2 × %3 mm, %n per sheet</source>
        <translation>
            <numerusform>%1 — %2 × %3 mm, %n per sheet</numerusform>
            <numerusform>%1 — %2 × %3 mm, %n per sheet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labels used: %1. %n of %2 free.</source>
        <translation>
            <numerusform>Labels used: %1. %n of %2 free.</numerusform>
            <numerusform>Labels used: %1. %n of %2 free.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::EditConflictDialog</name>
    <message numerus="yes">
        <source>%1: someone else saved this while you were editing it. Nothing of yours is saved yet. The %n field(s) marked ≠ differ between your version and theirs.</source>
        <translation>
            <numerusform>%1: someone else saved this while you were editing it. Nothing of yours is saved yet. The field marked ≠ differs between your version and theirs.</numerusform>
            <numerusform>%1: someone else saved this while you were editing it. Nothing of yours is saved yet. The %n fields marked ≠ differ between your version and theirs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ImportCsvWizard</name>
    <message numerus="yes">
        <source>%n column(s) of the file would fill the field “%1”. Which one should be imported? The others will not be imported.</source>
        <translation>
            <numerusform>%n column of the file would fill the field “%1”. Which one should be imported? The others will not be imported.</numerusform>
            <numerusform>%n columns of the file would fill the field “%1”. Which one should be imported? The others will not be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message numerus="yes">
        <source>Copied %n rows of %1…</source>
        <translation>
            <numerusform>Copied %n row of %1…</numerusform>
            <numerusform>Copied %n rows of %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::OutstandingReceiversDialog</name>
    <message numerus="yes">
        <source>%n receiver(s) not returned.</source>
        <translation>
            <numerusform>%n receiver not returned.</numerusform>
            <numerusform>%n receivers not returned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::PastRetentionDialog</name>
    <message numerus="yes">
        <source>%n person(s) past the retention period (%1, set in File ▸ Settings): their last seminar ended before %2, or, registered for no seminar, their record last changed before then. Erasing them erases their registrations too.</source>
        <translation>
            <numerusform>%n person past the retention period (%1, set in File ▸ Settings): their last seminar ended before %2, or, registered for no seminar, their record last changed before then. Erasing them erases their registrations too.</numerusform>
            <numerusform>%n people past the retention period (%1, set in File ▸ Settings): their last seminar ended before %2, or, registered for no seminar, their record last changed before then. Erasing them erases their registrations too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Erase %n Person(s)…</source>
        <translation>
            <numerusform>&amp;Erase %n Person…</numerusform>
            <numerusform>&amp;Erase %n People…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the %n person(s) listed, with every registration of theirs?

%1

On a PostgreSQL server their rows are deleted; reclaiming the space they took is the server&apos;s business.

Edit ▸ Undo brings them back only while this database stays open in the window: once it is closed, Seminar Desk cannot bring them back.</source>
        <translation>
            <numerusform>Erase the %n person listed, with every registration of theirs?

%1

On a PostgreSQL server their rows are deleted; reclaiming the space they took is the server&apos;s business.

Edit ▸ Undo brings them back only while this database stays open in the window: once it is closed, Seminar Desk cannot bring them back.</numerusform>
            <numerusform>Erase the %n people listed, with every registration of theirs?

%1

On a PostgreSQL server their rows are deleted; reclaiming the space they took is the server&apos;s business.

Edit ▸ Undo brings them back only while this database stays open in the window: once it is closed, Seminar Desk cannot bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::PeoplePage</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s) past the retention period. Edit ▸ Undo brings them back while this window stays open.</source>
        <translation>
            <numerusform>Erased %n person past the retention period. Edit ▸ Undo brings them back while this window stays open.</numerusform>
            <numerusform>Erased %n people past the retention period. Edit ▸ Undo brings them back while this window stays open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ReceptionListDialog</name>
    <message numerus="yes">
        <source>%n people on the list.</source>
        <translation>
            <numerusform>%n person on the list.</numerusform>
            <numerusform>%n people on the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n person</numerusform>
            <numerusform>%1: %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::RecordEdits</name>
    <message numerus="yes">
        <source>Erase %n Person(s) Past the Retention Period</source>
        <translation>
            <numerusform>Erase %n Person Past the Retention Period</numerusform>
            <numerusform>Erase %n People Past the Retention Period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n People</source>
        <translation>
            <numerusform>Erase %n Person</numerusform>
            <numerusform>Erase %n People</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::WalkInForm</name>
    <message numerus="yes">
        <source>A new person (%n in the database may be them)</source>
        <translation>
            <numerusform>A new person (%n in the database may be them)</numerusform>
            <numerusform>A new person (%n in the database may be them)</numerusform>
        </translation>
    </message>
</context>
</TS>
