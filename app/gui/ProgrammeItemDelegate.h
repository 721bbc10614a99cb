#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace sd {

// How the programme's cells are typed into: the language spoken and the kind chosen from a list,
// times and speakers in a line with an example of what to type.
class ProgrammeItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgrammeItemDelegate)

public:
    explicit ProgrammeItemDelegate(QObject* parent = nullptr);

    // The languages offered besides "Mixed / not said": the seminar's, as its form has them now.
    void setLanguages(const QStringList& codes) { m_languages = codes; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QStringList m_languages;
};

} // namespace sd
