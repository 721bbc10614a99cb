// A sheet of labels as a printer sees it: page size and where each label sits, in millimetres.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include "core/Result.h"

namespace sd {

// One regular grid of labels on a sheet; most sheets have one, some staggered ones two.
struct LabelLayout
{
    int columns = 1;
    int rows = 1;
    qreal leftMm = 0; // the first label's top left corner
    qreal topMm = 0;
    qreal horizontalPitchMm = 0; // from one label's left edge to the next one's
    qreal verticalPitchMm = 0;

    int count() const { return columns * rows; }
};

class LabelSheet
{
    Q_DECLARE_TR_FUNCTIONS(LabelSheet)

public:
    QString brand;
    QString partNumber;
    QString description;
    QSizeF pageSizeMm;
    qreal labelWidthMm = 0;
    qreal labelHeightMm = 0;
    qreal cornerRadiusMm = 0;
    QList<LabelLayout> layouts;

    // "A-One 51002": what users type to choose the sheet.
    QString name() const;
    int labelsPerSheet() const;
    // Label INDEX (0 .. labelsPerSheet() - 1, row by row) on the page, in millimetres.
    QRectF labelRectMm(int index) const;
    // The paper, named in its portrait form (A4, or a custom size), and how it is turned.
    QPageSize pageSize() const;
    QPageLayout::Orientation orientation() const;
    // The room around label INDEX before half the gap to a neighbour or the page's edge, in
    // millimetres: how far a band may bleed past it without reaching the next label.
    QMarginsF roomAroundMm(int index) const;
    // Whether every label has MM of room to its left, right and below.
    bool hasRoomBesideAndBelow(qreal mm) const;
    // What is wrong with the geometry (labels off the page, no labels), or empty.
    QString validationError() const;

    // The built-in sheets' JSON form, shared with `seminar-desk sheets --format json`.
    QJsonObject toJson() const;
    static Result<LabelSheet> fromJson(const QJsonObject& json);
};

} // namespace sd
