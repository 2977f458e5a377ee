#pragma once

#include "audience/communications.h"

#include <QTableWidget>

namespace herald {

// Messages, replies and opt-outs, newest first: a contact's (with the campaign of each)
// or a campaign's (with the contact of each).
class CommunicationsTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunicationsTable)

public:
    enum class About { Contact, Campaign };
    CommunicationsTable(About about, QWidget *parent = nullptr);
    void show(const QList<Communication> &items);

private:
    About m_about;
};

} // namespace herald
