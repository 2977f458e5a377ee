#include "numberhealth.h"

#include "campaigndetaildata.h"

#include <QHeaderView>
#include <QLocale>

namespace herald {

NumberHealthTable::NumberHealthTable(QWidget *parent) : QTableWidget(0, 7, parent)
{
    setObjectName(QStringLiteral("numberHealth"));
    setAccessibleName(tr("Number pool health"));
    setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    setHorizontalHeaderLabels({tr("Number"), tr("State"), tr("This run"), tr("Delivered / answered"), tr("Failed"),
                               tr("Opt-outs"), tr("Rate")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setToolTip(tr("Double-click a number to open its record on the Number Pools page."));
    connect(this, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const QTableWidgetItem *number = item(row, 0))
            emit numberActivated(number->text());
    });
    connect(this, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *number = item(row, 0))
            emit numberActivated(number->text());
    });
}

bool NumberHealthTable::show(const CampaignDetailData &d)
{
    setRowCount(int(d.numbers.size()));
    for (int r = 0; r < d.numbers.size(); ++r) {
        const auto &[n, sent] = d.numbers.at(r);
        const auto rate = n.successRate();
        const QString state = n.state == PhoneNumber::State::Active   ? tr("Active")
                              : n.state == PhoneNumber::State::Paused ? tr("Paused")
                                                                      : tr("Quarantined");
        const QStringList cells{n.e164,
                                n.stateReason.isEmpty() || n.state == PhoneNumber::State::Active
                                    ? state
                                    : state + u": " + n.stateReason,
                                QLocale().toString(sent),
                                QLocale().toString(n.successes),
                                QLocale().toString(n.failures),
                                QLocale().toString(n.optOuts),
                                rate ? QLocale().toString(100.0 * *rate, 'f', 0) + u'%' : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(r, c, item);
        }
    }
    setFixedHeight(horizontalHeader()->height() + 2 * frameWidth()
                   + (rowCount() > 0 ? rowCount() * rowHeight(0) : 0));
    return rowCount() > 0;
}

} // namespace herald
