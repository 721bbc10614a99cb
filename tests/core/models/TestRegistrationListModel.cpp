#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include "core/models/RegistrationListModel.h"
#include "core/records/CheckInCode.h"
#include "core/stores/RegistrationStore.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

struct ListFixture : SeminarFixture
{
    // Gives the registration's id.
    qint64 add(const Attendee& attendee, Registration::Status status = Registration::Status::Registered)
    {
        return registerAttendee(attendee, status).registrationId;
    }
};

QStringList column(const RegistrationListModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

TEST_CASE("The registration list shows a seminar's people in gojuon order", "[model]")
{
    ListFixture fixture;
    fixture.add(makeAttendee(QStringLiteral("渡辺"), QStringLiteral("誠"), QStringLiteral("ワタナベ"),
                             QStringLiteral("マコト")));
    fixture.add(
        makeAttendee(QStringLiteral("青木"), QStringLiteral("彩"), QStringLiteral("アオキ"), QStringLiteral("アヤ")));
    Attendee maria = makeAttendee(QStringLiteral("Santos"), QStringLiteral("Maria"));
    maria.organisation = QStringLiteral("Cebu City Government");
    fixture.add(maria, Registration::Status::Waitlisted);

    RegistrationListModel model(fixture.file.database());
    model.setSeminar(fixture.seminarId);
    REQUIRE(model.rowCount() == 3);
    CHECK(column(model, RegistrationListModel::NameColumn)
          == QStringList {QStringLiteral("Maria Santos"), QStringLiteral("青木 彩"), QStringLiteral("渡辺 誠")});
    CHECK(model.index(0, RegistrationListModel::StatusColumn).data().toString() == QStringLiteral("Waitlisted"));

    model.sort(RegistrationListModel::OrganisationColumn, Qt::DescendingOrder);
    CHECK(model.index(0, RegistrationListModel::OrganisationColumn).data().toString()
          == QStringLiteral("Cebu City Government"));
}

TEST_CASE("The registration list finds people by kana, kanji, Latin script and e-mail", "[model][search]")
{
    ListFixture fixture;
    Attendee hanako = makeAttendee(QStringLiteral("山田"), QStringLiteral("花子"), QStringLiteral("ヤマダ"),
                                   QStringLiteral("ハナコ"));
    hanako.latinName = QStringLiteral("Hanako YAMADA");
    hanako.email = QStringLiteral("h.yamada@example.jp");
    const qint64 hanakoId = fixture.add(hanako);
    fixture.add(makeAttendee(QStringLiteral("山本"), QStringLiteral("一郎"), QStringLiteral("ヤマモト"),
                             QStringLiteral("イチロウ")));

    RegistrationListModel model(fixture.file.database());
    model.setSeminar(fixture.seminarId);
    for (const QString& typed :
         {QStringLiteral("やまだ"), QStringLiteral("ﾔﾏﾀﾞ"), QStringLiteral("山田 花"), QStringLiteral("山田花子"),
          QStringLiteral("花子　山田"), QStringLiteral("hanako yam"), QStringLiteral("Yamada Hanako"),
          QStringLiteral("YAMADA"), QStringLiteral("h.yamada@"), QStringLiteral("ハナコ example.jp")}) {
        model.setSearchText(typed);
        INFO(typed.toStdString());
        REQUIRE(model.rowCount() == 1);
        CHECK(model.idAt(0) == hanakoId);
    }
    model.setSearchText(QStringLiteral("やま"));
    CHECK(model.rowCount() == 2);
    model.setSearchText(QStringLiteral("%"));
    CHECK(model.rowCount() == 0);
    model.setSearchText(QString());
    CHECK(model.rowCount() == 2);
}

TEST_CASE("The registration list finds people by romaji, without accents, by check-in code and full-width e-mail",
          "[model][search]")
{
    ListFixture fixture;
    const qint64 makoto = fixture.add(makeAttendee(QStringLiteral("渡辺"), QStringLiteral("誠"),
                                                   QStringLiteral("ワタナベ"), QStringLiteral("マコト")));
    const qint64 yuko = fixture.add(makeAttendee(QStringLiteral("大野"), QStringLiteral("裕子"),
                                                 QStringLiteral("おおの"), QStringLiteral("ゆうこ")));
    const qint64 maria = fixture.add(makeAttendee(QStringLiteral("García"), QStringLiteral("María")));
    Attendee test = makeAttendee(QStringLiteral("Test"), QStringLiteral("Person"));
    test.email = QStringLiteral("ｔｅｓｔ＠ｅｘａｍｐｌｅ．ｊｐ");
    const qint64 tester = fixture.add(test);
    const QString code = RegistrationStore(fixture.file.database()).find(yuko)->checkInCode;
    REQUIRE(CheckInCode::isWellFormed(code));
    const QString bare = code.mid(3);

    RegistrationListModel model(fixture.file.database());
    model.setSeminar(fixture.seminarId);
    const QList<QPair<QString, qint64>> searches {
        {QStringLiteral("makoto"), makoto},
        {QStringLiteral("watanabe makoto"), makoto},
        {QStringLiteral("MAKOTO Watanabe"), makoto},
        {QStringLiteral("yuko"), yuko},
        {QStringLiteral("yuuko oono"), yuko},
        {QStringLiteral("ono yuko"), yuko},
        {QStringLiteral("garcia"), maria},
        {QStringLiteral("maria GARCIA"), maria},
        {QStringLiteral("García"), maria},
        {code, yuko},
        {code.toLower(), yuko},
        {bare, yuko},
        {bare.toLower(), yuko},
        {QStringLiteral("test@example.jp"), tester},
        {QStringLiteral("ｔｅｓｔ＠ｅｘａｍｐｌｅ．ｊｐ"), tester},
    };
    for (const auto& [typed, id] : searches) {
        model.setSearchText(typed);
        INFO(typed.toStdString());
        REQUIRE(model.rowCount() == 1);
        CHECK(model.idAt(0) == id);
    }
    model.setSearchText(QStringLiteral("SD-") + bare.left(9));
    CHECK(model.rowCount() == 0); // a code is found whole, not by a part
}

TEST_CASE("The registration list filters by status and category", "[model]")
{
    ListFixture fixture;
    Attendee speaker = makeAttendee(QStringLiteral("Speaker"), QStringLiteral("Sam"));
    speaker.category = QStringLiteral("speaker");
    fixture.add(speaker);
    fixture.add(makeAttendee(QStringLiteral("Waiting"), QStringLiteral("Wes")), Registration::Status::Waitlisted);
    fixture.add(makeAttendee(QStringLiteral("Gone"), QStringLiteral("Gail")), Registration::Status::Cancelled);

    RegistrationListModel model(fixture.file.database());
    model.setSeminar(fixture.seminarId);
    model.setStatuses({QStringLiteral("registered"), QStringLiteral("waitlisted")});
    CHECK(model.rowCount() == 2);
    model.setCategory(QStringLiteral("speaker"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, RegistrationListModel::CategoryColumn).data().toString() == QStringLiteral("Speaker"));
}

TEST_CASE("The registration list pages through many rows and finds a row by id", "[model]")
{
    ListFixture fixture;
    qint64 last = 0;
    for (int i = 0; i < 3 * PagedSqlModel::pageSize + 5; ++i)
        last = fixture.add(
            makeAttendee(QStringLiteral("Person"), QStringLiteral("N%1").arg(i, 4, 10, QLatin1Char('0'))));
    RegistrationListModel model(fixture.file.database());
    model.setSeminar(fixture.seminarId);
    REQUIRE(model.rowCount() == 3 * PagedSqlModel::pageSize + 5);
    CHECK(model.index(model.rowCount() - 1, RegistrationListModel::NameColumn).data().toString()
          == QStringLiteral("N%1 Person").arg(3 * PagedSqlModel::pageSize + 4, 4, 10, QLatin1Char('0')));
    CHECK(model.rowOf(last) == model.rowCount() - 1);
    CHECK(model.idAt(model.rowOf(last)) == last);
}

TEST_CASE("While typing, the full count of a long result follows the first page", "[model][search]")
{
    ListFixture fixture;
    for (int i = 0; i < PagedSqlModel::pageSize + 40; ++i)
        fixture.add(makeAttendee(QStringLiteral("山田"), QString::number(i), QStringLiteral("ヤマダ")));
    fixture.add(makeAttendee(QStringLiteral("青木"), QStringLiteral("彩"), QStringLiteral("アオキ")));
    RegistrationListModel model(fixture.file.database());
    model.setSeminar(fixture.seminarId);
    CHECK(model.rowCount() == PagedSqlModel::pageSize + 41); // counted at once

    QList<int> settled;
    QObject::connect(&model, &PagedSqlModel::rowCountSettled, [&](int rows) { settled.append(rows); });
    model.setSearchText(QStringLiteral("やまだ"));
    CHECK(model.isCounting());
    CHECK(model.rowCount() == PagedSqlModel::pageSize);
    CHECK(model.index(0, RegistrationListModel::NameColumn).data().toString().startsWith(QStringLiteral("山田")));
    REQUIRE(QTest::qWaitFor([&] { return !model.isCounting(); }));
    CHECK_FALSE(model.isCounting());
    CHECK(model.rowCount() == PagedSqlModel::pageSize + 40);
    CHECK(settled == QList<int> {PagedSqlModel::pageSize + 40});

    // A short result is whole at once; a count still pending for an older text is dropped.
    model.setSearchText(QStringLiteral("やま"));
    model.setSearchText(QStringLiteral("あおき"));
    CHECK(model.rowCount() == 1);
    QTest::qWait(200);
    CHECK(model.rowCount() == 1);
    CHECK(settled.last() == 1);
}

TEST_CASE("An attendee list that cannot be read says why", "[model]")
{
    ListFixture fixture;
    fixture.add(makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ")));
    RegistrationListModel model(fixture.file.database());
    model.setSeminar(fixture.seminarId);
    REQUIRE(model.rowCount() == 1);
    QSignalSpy failed(&model, &PagedSqlModel::loadFailed);
    QSqlQuery query(fixture.file.database().connection());
    REQUIRE(query.exec(QStringLiteral("ALTER TABLE attendee RENAME TO attendee_gone")));
    model.reload();
    CHECK(model.rowCount() == 0);
    REQUIRE(failed.count() == 1);
    CHECK_FALSE(failed.at(0).at(0).toString().isEmpty());
}
