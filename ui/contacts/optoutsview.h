#pragma once

#include "common/session.h"
#include "domain/channelkind.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

namespace herald {

class EmptyState;

// The tenant's opt-out list (core/audience/optoutlist.h): who is opted out of which
// channel, from where and when, and the history of changes with who made them. Managers
// and admins add an address (Add, through a small dialog), remove one (asks first: the
// contact may be messaged again), import a suppression CSV and export the list.
class OptOutsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutsView)

public:
    explicit OptOutsView(QWidget *parent = nullptr);
    void setSession(const Session &session);
    void refresh();

    // What the buttons do once their dialogs have answered (tests call them directly).
    bool add(const QString &address, std::optional<ChannelKind> channel, const QString &region);
    bool removeSelected();
    bool importFile(const QString &path);
    bool exportTo(const QString &path);

signals:
    void statusMessage(const QString &message);

private:
    void askToAdd();

    Session m_session;
    QTableWidget *m_list = nullptr;
    QTableWidget *m_history = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    EmptyState *m_empty = nullptr;
};

} // namespace herald
