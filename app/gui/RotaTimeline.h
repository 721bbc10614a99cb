#pragma once

#include <QWidget>

#include "core/rota/SeminarRota.h"

namespace sd {

// A seminar's rota at a glance: one row a booth, time running left to right over the seminar,
// each turn a bar with its interpreter's name, the programme's breaks shaded across every row.
class RotaTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotaTimeline)

public:
    explicit RotaTimeline(QWidget* parent = nullptr);

    void setRota(const SeminarRota& rota);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;
    int headerHeight() const;
    int labelWidth() const;
    // Where TIME falls across the width given to the turns.
    double xOf(const QDateTime& time) const;

    SeminarRota m_rota;
};

} // namespace sd
