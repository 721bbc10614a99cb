#include "core/print/LabelSheet.h"

#include <QJsonArray>

namespace sd {

namespace {

// A tolerance for labels that touch the page edge, as many die-cut sheets do.
constexpr qreal edgeToleranceMm = 0.5;

} // namespace

QString LabelSheet::name() const
{
    return QStringLiteral("%1 %2").arg(brand, partNumber).trimmed();
}

int LabelSheet::labelsPerSheet() const
{
    int count = 0;
    for (const LabelLayout& layout : layouts)
        count += layout.count();
    return count;
}

QRectF LabelSheet::labelRectMm(int index) const
{
    Q_ASSERT(index >= 0 && index < labelsPerSheet());
    for (const LabelLayout& layout : layouts) {
        if (index < layout.count()) {
            const int row = index / layout.columns;
            const int column = index % layout.columns;
            return {layout.leftMm + column * layout.horizontalPitchMm, layout.topMm + row * layout.verticalPitchMm,
                    labelWidthMm, labelHeightMm};
        }
        index -= layout.count();
    }
    return {};
}

QPageSize LabelSheet::pageSize() const
{
    // QPageSize recognises A4, Letter and the other standard sizes from their portrait dimensions;
    // a landscape size given as it is would be turned twice by the page layout's orientation.
    const QSizeF portrait(qMin(pageSizeMm.width(), pageSizeMm.height()), qMax(pageSizeMm.width(), pageSizeMm.height()));
    return QPageSize(portrait, QPageSize::Millimeter, QString(), QPageSize::FuzzyMatch);
}

QPageLayout::Orientation LabelSheet::orientation() const
{
    return pageSizeMm.width() > pageSizeMm.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
}

QMarginsF LabelSheet::roomAroundMm(int index) const
{
    const QRectF label = labelRectMm(index);
    QMarginsF room(label.left(), label.top(), pageSizeMm.width() - label.right(), pageSizeMm.height() - label.bottom());
    for (int other = 0; other < labelsPerSheet(); ++other) {
        const QRectF next = labelRectMm(other);
        if (other == index)
            continue;
        const bool besideIt = next.top() < label.bottom() && next.bottom() > label.top();
        const bool aboveOrBelow = next.left() < label.right() && next.right() > label.left();
        if (besideIt && next.left() >= label.right() - edgeToleranceMm)
            room.setRight(qMin(room.right(), (next.left() - label.right()) / 2));
        if (besideIt && next.right() <= label.left() + edgeToleranceMm)
            room.setLeft(qMin(room.left(), (label.left() - next.right()) / 2));
        if (aboveOrBelow && next.top() >= label.bottom() - edgeToleranceMm)
            room.setBottom(qMin(room.bottom(), (next.top() - label.bottom()) / 2));
        if (aboveOrBelow && next.bottom() <= label.top() + edgeToleranceMm)
            room.setTop(qMin(room.top(), (label.top() - next.bottom()) / 2));
    }
    return {qMax(room.left(), 0.0), qMax(room.top(), 0.0), qMax(room.right(), 0.0), qMax(room.bottom(), 0.0)};
}

bool LabelSheet::hasRoomBesideAndBelow(qreal mm) const
{
    for (int i = 0; i < labelsPerSheet(); ++i) {
        const QMarginsF room = roomAroundMm(i);
        if (qMin(qMin(room.left(), room.right()), room.bottom()) < mm - 0.01)
            return false;
    }
    return true;
}

QString LabelSheet::validationError() const
{
    if (pageSizeMm.width() <= 0 || pageSizeMm.height() <= 0)
        return tr("The sheet %1 has no page size.").arg(name());
    if (labelWidthMm <= 0 || labelHeightMm <= 0)
        return tr("The labels of %1 have no size.").arg(name());
    if (labelsPerSheet() <= 0)
        return tr("The sheet %1 has no labels.").arg(name());
    const QRectF page(QPointF(0, 0), pageSizeMm);
    for (int i = 0; i < labelsPerSheet(); ++i) {
        if (!page.adjusted(-edgeToleranceMm, -edgeToleranceMm, edgeToleranceMm, edgeToleranceMm)
                 .contains(labelRectMm(i)))
            return tr("Label %1 of the sheet %2 lies off the page.").arg(i + 1).arg(name());
    }
    return {};
}

QJsonObject LabelSheet::toJson() const
{
    QJsonArray layoutArray;
    for (const LabelLayout& layout : layouts) {
        layoutArray.append(QJsonObject {{QStringLiteral("columns"), layout.columns},
                                        {QStringLiteral("rows"), layout.rows},
                                        {QStringLiteral("leftMm"), layout.leftMm},
                                        {QStringLiteral("topMm"), layout.topMm},
                                        {QStringLiteral("horizontalPitchMm"), layout.horizontalPitchMm},
                                        {QStringLiteral("verticalPitchMm"), layout.verticalPitchMm}});
    }
    return {{QStringLiteral("name"), name()},
            {QStringLiteral("brand"), brand},
            {QStringLiteral("part"), partNumber},
            {QStringLiteral("description"), description},
            {QStringLiteral("pageWidthMm"), pageSizeMm.width()},
            {QStringLiteral("pageHeightMm"), pageSizeMm.height()},
            {QStringLiteral("labelWidthMm"), labelWidthMm},
            {QStringLiteral("labelHeightMm"), labelHeightMm},
            {QStringLiteral("cornerRadiusMm"), cornerRadiusMm},
            {QStringLiteral("labelsPerSheet"), labelsPerSheet()},
            {QStringLiteral("layouts"), layoutArray}};
}

Result<LabelSheet> LabelSheet::fromJson(const QJsonObject& json)
{
    LabelSheet sheet;
    sheet.brand = json[QLatin1String("brand")].toString();
    sheet.partNumber = json[QLatin1String("part")].toString();
    sheet.description = json[QLatin1String("description")].toString();
    sheet.pageSizeMm
        = QSizeF(json[QLatin1String("pageWidthMm")].toDouble(), json[QLatin1String("pageHeightMm")].toDouble());
    sheet.labelWidthMm = json[QLatin1String("labelWidthMm")].toDouble();
    sheet.labelHeightMm = json[QLatin1String("labelHeightMm")].toDouble();
    sheet.cornerRadiusMm = json[QLatin1String("cornerRadiusMm")].toDouble();
    for (const QJsonValue& value : json[QLatin1String("layouts")].toArray()) {
        const QJsonObject object = value.toObject();
        LabelLayout layout;
        layout.columns = object[QLatin1String("columns")].toInt();
        layout.rows = object[QLatin1String("rows")].toInt();
        layout.leftMm = object[QLatin1String("leftMm")].toDouble();
        layout.topMm = object[QLatin1String("topMm")].toDouble();
        // A missing pitch means labels that touch: the pitch is the label's size.
        layout.horizontalPitchMm = object[QLatin1String("horizontalPitchMm")].toDouble(sheet.labelWidthMm);
        layout.verticalPitchMm = object[QLatin1String("verticalPitchMm")].toDouble(sheet.labelHeightMm);
        if (layout.columns <= 0 || layout.rows <= 0)
            return fail(tr("A layout of the sheet %1 has no columns or rows.").arg(sheet.name()));
        sheet.layouts.append(layout);
    }
    if (const QString error = sheet.validationError(); !error.isEmpty())
        return fail(error);
    return sheet;
}

} // namespace sd
