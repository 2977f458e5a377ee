#pragma once

#include "common/session.h"
#include "domain/senderidentity.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace herald {

// Settings → Senders: who the tenant's messages come from, per channel (SenderService
// decides; admins add, edit, pause, resume and delete them).
class SendersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendersView)

public:
    explicit SendersView(QWidget *parent = nullptr);

    void setSession(const Session &session);
    void refresh();
    // The actions, also for tests; false when nothing changed.
    bool addSender();
    bool editSender();
    bool togglePaused();
    bool deleteSender();

signals:
    void statusMessage(const QString &message);
    void sendersChanged();

private:
    const SenderIdentity *selected() const;
    void updateEnabled();
    // The add/edit dialog over `sender` (id 0: new); false when cancelled or refused.
    bool runDialog(SenderIdentity sender);

    Session m_session;
    QList<SenderIdentity> m_senders;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace herald
