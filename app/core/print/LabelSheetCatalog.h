// Every label sheet the program offers: the built-in ones and those of glabels' template database.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/Result.h"
#include "core/print/LabelSheet.h"

namespace sd {

class LabelSheetCatalog
{
    Q_DECLARE_TR_FUNCTIONS(LabelSheetCatalog)

public:
    // The built-in sheets, then those in GLABELS_FOLDER when it exists (an empty folder: none).
    explicit LabelSheetCatalog(const QString& glabelsFolder = defaultGlabelsFolder());

    static QString defaultGlabelsFolder();
    static QString defaultSheetName() { return QStringLiteral("A-One 51002"); }
    static QList<LabelSheet> builtIn();

    const QList<LabelSheet>& sheets() const { return m_sheets; }
    // Template files that could not be read, one message each.
    const QStringList& warnings() const { return m_warnings; }
    // By "brand part" ("Avery L7418"), ignoring case and spaces; built-in sheets win.
    Result<LabelSheet> find(const QString& name) const;

private:
    QList<LabelSheet> m_sheets;
    QStringList m_warnings;
};

} // namespace sd
