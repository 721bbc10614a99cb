// Times the desk's attendee view on a large database: opening it, and each keystroke of a search
// (the model's reset plus the first page drawn). Usage: gui-benchmark [DATABASE] (default: a new
// demo database with 100,000 attendees in a temporary folder).
#include <algorithm>

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "core/models/PagedSqlModel.h"
#include "core/stores/DemoSeminar.h"
#include "gui/MainWindow.h"

namespace {

constexpr int demoAttendees = 100000;

void typeCharacter(QWidget* widget, QChar character)
{
    if (character.unicode() < 0x80) {
        QTest::keyClick(widget, character.toLatin1());
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(QString(character));
    QApplication::sendEvent(widget, &commit);
}

// Draws the view, which fetches the rows on screen from the model.
void draw(QWidget* view)
{
    QApplication::processEvents();
    view->grab();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("seminar-desk-benchmarks"));
    QTextStream out(stdout);
    QTemporaryDir folder;
    QString path = app.arguments().value(1);
    if (path.isEmpty()) {
        path = folder.filePath(QStringLiteral("big.sqlite"));
        out << "Creating a demo database with " << demoAttendees << " attendees..." << Qt::endl;
        if (sd::Status created = sd::DemoSeminar::create(path, demoAttendees); !created) {
            out << created.error() << Qt::endl;
            return 1;
        }
    }

    sd::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QElapsedTimer timer;
    timer.start();
    if (!window.openDatabase(path))
        return 1;
    // The desk, with its pages, comes with the database.
    auto* view = window.findChild<QTableView*>(QStringLiteral("attendeeView"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    draw(view);
    const auto* model = qobject_cast<const sd::PagedSqlModel*>(view->model());
    Q_ASSERT(model);
    out << "Opening the attendee view (" << view->model()->rowCount() << " rows): " << timer.elapsed() << " ms"
        << Qt::endl;

    for (const QString& query : {QStringLiteral("やまだ"), QStringLiteral("yamada"), QStringLiteral("example.jp")}) {
        search->clear();
        draw(view);
        QList<qint64> times;
        for (const QChar character : query) {
            timer.restart();
            typeCharacter(search, character);
            const qint64 reset = timer.elapsed();
            view->grab(); // what the user sees: the first page of the new result
            times.append(timer.elapsed());
            // The full count follows when typing pauses; it only moves the scroll bar and label.
            if (!QTest::qWaitFor([&] { return !model->isCounting(); })) {
                out << "The count did not finish within 5 s." << Qt::endl;
                return 1;
            }
            const qint64 settled = timer.elapsed();
            out << QStringLiteral("  after “%1”: first page shown in %2 ms (model reset %3 ms); all %4 rows "
                                  "counted after %5 ms")
                       .arg(search->text())
                       .arg(times.last())
                       .arg(reset)
                       .arg(view->model()->rowCount())
                       .arg(settled)
                << Qt::endl;
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("Typing “%1”: per keystroke median %2 ms, slowest %3 ms")
                   .arg(query)
                   .arg(times.at(times.size() / 2))
                   .arg(times.last())
            << Qt::endl;
    }
    return 0;
}
