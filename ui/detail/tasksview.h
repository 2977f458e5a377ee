#pragma once

#include "common/session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace herald {

class MessageTableModel;
struct CampaignDetailData;

// Every message of a run (contact, channel, state, attempts, reason, times), filtered
// by state and channel, over a key-paged model so a million-message run scrolls smoothly.
class TasksView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksView)

public:
    explicit TasksView(QWidget *parent = nullptr);

    void setSession(const Session &session);
    void show(const CampaignDetailData &data);
    // The run's messages may have moved on: read them again, keeping filter and scroll.
    void refresh();
    QTableView *table() const { return m_table; }
    MessageTableModel *model() const { return m_model; }
    // The contacts of the selected rows, each once (Remarket's hand-picked selection).
    QList<Id> selectedContacts() const;

private:
    void applyFilter();
    void updateSummary();
    Status reloadKeepingPlace();

    Session m_session;
    QComboBox *m_run = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    MessageTableModel *m_model = nullptr;
};

} // namespace herald
