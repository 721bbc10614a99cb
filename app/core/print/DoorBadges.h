// The badge of someone who has just come to the door (a walk-in, a badge left at home): printed at
// once on a single-badge card (Card A6) or on the next free label of the partly used sheet in the
// printer, or queued and printed later with the others, after the sheet's last used label.
// BadgeSheetPrinter paints them; the badges are marked printed and the labels used once painted.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include "core/Result.h"
#include "core/print/BadgeSheetPrinter.h"
#include "core/print/BadgeStyle.h"
#include "core/print/PrintTarget.h"

namespace sd {

class Database;
class SheetInPrinter;
struct RegisteredAttendee;

class DoorBadges
{
    Q_DECLARE_TR_FUNCTIONS(DoorBadges)

public:
    enum class Stock {
        Card, // one badge per A6 card
        NextLabel, // the next free label of the sheet in the printer
    };

    // Where a desk sends the badge of someone registered at the door: printed at once on one of the
    // stocks, or queued (the setting AppSettings::doorBadgeRoute keeps it by its key).
    enum class Route { Card, NextLabel, Queue };

    static QString cardName() { return QStringLiteral("Card A6"); }
    static QList<Route> routes() { return {Route::Queue, Route::Card, Route::NextLabel}; }
    static QString routeKey(Route route);
    static std::optional<Route> routeFromKey(const QString& key);
    static QString routeName(Route route);
    // The route the settings name; the queue (nothing printed until asked) when none is chosen.
    static Route routeOf(const QString& key);

    DoorBadges(const Database& database, qint64 seminarId, SheetInPrinter& sheet,
               BadgeStyle style = BadgeStyle::standard());

    // How far the printer prints off from where it should (AppSettings::printerOffsetMm).
    void setPrinterOffsetMm(const QPointF& offset) { m_offsetMm = offset; }

    // Prints the badge of the registration REGISTRATION_ID on TARGET, then, once the file is
    // written or a queue has taken the job, marks it printed and, on a sheet, its label used. Gives
    // the label it went on (0-based; 0 on a card).
    Result<int> print(const PrintTarget& target, qint64 registrationId, Stock stock);
    // The same into the PDF file PATH.
    Result<int> savePdf(const QString& path, qint64 registrationId, Stock stock);

    // The queue: people registered at the door whose badge has not been printed.
    Result<QList<RegisteredAttendee>> queued() const;
    // How many they are, counted in the database (the desk shows it after every check-in).
    Result<int> queuedCount() const;
    // Prints the queue on TARGET, from the label after the last used one of the sheet in the
    // printer, going on to fresh sheets; gives how many badges.
    Result<int> printQueue(const PrintTarget& target);
    Result<int> saveQueuePdf(const QString& path);
    // The job a print queue took in the last print run (none after a PDF file or a failure).
    const std::optional<PrintedJob>& lastJob() const { return m_lastJob; }

private:
    struct Job;
    Result<Job> single(qint64 registrationId, Stock stock) const;
    Result<Job> queue() const;
    Result<int> run(const Job& job, const PrintTarget& target, const QString& title);

    const Database& m_database;
    qint64 m_seminarId;
    SheetInPrinter& m_sheet;
    BadgeStyle m_style;
    QPointF m_offsetMm;
    std::optional<PrintedJob> m_lastJob;
};

} // namespace sd
