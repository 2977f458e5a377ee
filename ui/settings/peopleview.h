#pragma once

#include "common/session.h"
#include "domain/user.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace herald {

// Settings → People: the tenant's people and their roles. Admins add people, change
// roles, deactivate and reactivate them (PeopleService decides; everyone else sees the
// list with the actions unavailable and why).
class PeopleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleView)

public:
    explicit PeopleView(QWidget *parent = nullptr);

    void setSession(const Session &session);
    void refresh();
    // The actions, also for tests; false when nothing changed.
    bool addPerson();
    bool changeRole();
    bool setActive(bool active);

signals:
    void statusMessage(const QString &message);
    void peopleChanged();

private:
    const User *selected() const;
    void updateEnabled();

    Session m_session;
    QList<User> m_people;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_deactivate = nullptr;
    QPushButton *m_reactivate = nullptr;
};

} // namespace herald
