#include "communicationstable.h"
#include "models/timetext.h"

#include <QHeaderView>

namespace herald {

CommunicationsTable::CommunicationsTable(About about, QWidget *parent) : QTableWidget(parent), m_about(about)
{
    setColumnCount(5);
    setHorizontalHeaderLabels({tr("When"), tr("Channel"), about == About::Contact ? tr("Campaign") : tr("Contact"),
                               tr("What"), tr("Text or state")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

void CommunicationsTable::show(const QList<Communication> &items)
{
    setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const Communication &c = items.at(r);
        QString who = m_about == About::Contact
                        ? (c.campaignShortId.isEmpty() ? tr("(no campaign)") : c.campaignName + u" (" + c.campaignShortId + u')')
                        : c.contact;
        QString what;
        switch (c.kind) {
        case Communication::Kind::Message:
            what = tr("message");
            break;
        case Communication::Kind::Reply:
            what = tr("replied");
            break;
        case Communication::Kind::OptOut:
            what = tr("opted out");
            break;
        }
        QString text = c.text;
        if (!c.detail.isEmpty())
            text += u" \u2014 " + c.detail;
        const QStringList cells{TimeText::shortText(c.at),
                                c.channel ? displayName(*c.channel) : tr("All channels"), who, what, text};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 4)
                item->setToolTip(text);
            setItem(r, col, item);
        }
    }
    resizeColumnsToContents();
}

} // namespace herald
