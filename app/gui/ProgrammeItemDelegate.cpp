#include "gui/ProgrammeItemDelegate.h"

#include <QComboBox>
#include <QLineEdit>

#include "core/models/ProgrammeTableModel.h"

namespace sd {

ProgrammeItemDelegate::ProgrammeItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QWidget* ProgrammeItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                             const QModelIndex& index) const
{
    using Model = ProgrammeTableModel;
    switch (index.column()) {
    case Model::LanguageColumn: {
        auto* box = new QComboBox(parent);
        box->addItem(Model::languageText(QString()), QString());
        QStringList codes = m_languages;
        // A language the item has that the seminar no longer lists stays choosable.
        const QString current = index.data(Qt::EditRole).toString();
        if (!current.isEmpty() && !codes.contains(current))
            codes.append(current);
        for (const QString& code : codes)
            box->addItem(Model::languageText(code), code);
        return box;
    }
    case Model::KindColumn: {
        auto* box = new QComboBox(parent);
        for (ProgrammeItem::Kind kind : ProgrammeItem::kinds())
            box->addItem(ProgrammeItem::kindName(kind), ProgrammeItem::kindKey(kind));
        return box;
    }
    case Model::StartsColumn:
    case Model::EndsColumn:
    case Model::SpeakersColumn: {
        auto* edit = qobject_cast<QLineEdit*>(QStyledItemDelegate::createEditor(parent, option, index));
        if (edit)
            edit->setPlaceholderText(index.column() == Model::SpeakersColumn
                                         ? tr("Name (Affiliation); Name (Affiliation)")
                                         : QStringLiteral("13:30"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ProgrammeItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ProgrammeItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace sd
