#pragma once

#include "common/session.h"

#include "domain/numberpool.h"
#include "domain/phonenumber.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace herald {

class EmptyState;

// Administrators' page for the tenant's number pools: create and delete pools, each
// pool's rotation, quarantine threshold and the senders using it (attach one); its
// numbers with their counters and health; add a number or paste a list (E.164, all or
// none), remove one, pause, resume, release a quarantined one (asks first), set a daily
// cap; and the selected number's record. NumberPoolService decides every change.
class NumberPoolsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberPoolsPage)

public:
    explicit NumberPoolsPage(QWidget *parent = nullptr);

    void setSession(const Session &session);
    // Reads pools and numbers again (counters move while messages go out).
    void refresh();
    // Shows a pool, or the pool holding a number with that number selected (the
    // campaign's number pool health links here).
    bool selectPool(const QString &name);
    bool selectNumber(const QString &e164);
    // The actions, also for tests; false when nothing changed.
    bool newPool();
    bool deletePool();
    bool pasteNumbers();
    bool removeNumber();
    bool attachSender();

signals:
    void statusMessage(const QString &message);

private:
    void showPool();
    void showNumber();
    void savePool();
    void addNumber();
    void setState(PhoneNumber::State state);
    void setCap();
    bool mayChange();
    QString today() const;
    const PhoneNumber *selectedNumber() const;

    Session m_session;
    QList<NumberPool> m_pools;
    QList<PhoneNumber> m_numbers; // of the selected pool
    QLabel *m_notice = nullptr;
    QListWidget *m_poolList = nullptr;
    QComboBox *m_rotation = nullptr;
    QSpinBox *m_quarantineBelow = nullptr;
    QSpinBox *m_minSample = nullptr;
    QSpinBox *m_maxCalls = nullptr;
    QPushButton *m_savePool = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_newNumber = nullptr;
    QLabel *m_newNumberError = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_release = nullptr;
    QSpinBox *m_cap = nullptr;
    QPushButton *m_setCap = nullptr;
    QPushButton *m_newPool = nullptr;
    QPushButton *m_deletePool = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_attach = nullptr;
    QLabel *m_usedBy = nullptr;
    QLabel *m_record = nullptr;
    EmptyState *m_noNumbers = nullptr; // over the numbers of a pool that has none
};

} // namespace herald
