// The partly used sheet of badge labels in the door's printer: which sheet, and which of its labels
// are used, remembered between runs, so that a walk-in's badge goes on the next free label.
#pragma once

#include <QList>
#include <QString>

namespace sd {

class AppSettings;

class SheetInPrinter
{
public:
    explicit SheetInPrinter(AppSettings& settings);

    // The sheet's name ("A-One 51002"; the default sheet until one is chosen).
    QString sheetName() const;
    // A fresh sheet of NAME is in the printer: every label free.
    void loadFreshSheet(const QString& name);
    QList<int> usedLabels() const;
    void markUsed(const QList<int>& labels);
    // The first free label of a sheet of LABELS_PER_SHEET, or -1 when every one is used.
    int nextFreeLabel(int labelsPerSheet) const;
    // Where a run of badges can start without passing over a used label: after the last used one
    // (labelsPerSheet when the sheet is used to its end).
    int afterLastUsed() const;

private:
    AppSettings& m_settings;
};

} // namespace sd
