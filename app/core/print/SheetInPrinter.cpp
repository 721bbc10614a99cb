#include "core/print/SheetInPrinter.h"

#include <algorithm>

#include "core/print/LabelSheetCatalog.h"
#include "core/settings/AppSettings.h"

namespace sd {

SheetInPrinter::SheetInPrinter(AppSettings& settings)
    : m_settings(settings)
{
}

QString SheetInPrinter::sheetName() const
{
    const QString name = m_settings.doorSheet();
    return name.isEmpty() ? LabelSheetCatalog::defaultSheetName() : name;
}

void SheetInPrinter::loadFreshSheet(const QString& name)
{
    m_settings.setDoorSheet(name);
    m_settings.setUsedDoorLabels({});
}

QList<int> SheetInPrinter::usedLabels() const
{
    QList<int> labels = m_settings.usedDoorLabels();
    std::sort(labels.begin(), labels.end());
    return labels;
}

void SheetInPrinter::markUsed(const QList<int>& labels)
{
    QList<int> used = usedLabels();
    for (int label : labels) {
        if (label >= 0 && !used.contains(label))
            used.append(label);
    }
    std::sort(used.begin(), used.end());
    m_settings.setUsedDoorLabels(used);
}

int SheetInPrinter::nextFreeLabel(int labelsPerSheet) const
{
    const QList<int> used = usedLabels();
    for (int label = 0; label < labelsPerSheet; ++label) {
        if (!used.contains(label))
            return label;
    }
    return -1;
}

int SheetInPrinter::afterLastUsed() const
{
    const QList<int> used = usedLabels();
    return used.isEmpty() ? 0 : used.constLast() + 1;
}

} // namespace sd
