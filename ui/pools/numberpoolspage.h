#pragma once

#include "main/session.h"

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

// Administrators' page for the tenant's number pools: each pool's rotation and
// quarantine threshold; its numbers with their counters and health; add a number
// (E.164), pause, resume, release a quarantined one (asks first), set a daily cap; and
// the selected number's record.
class NumberPoolsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberPoolsPage)

public:
    explicit NumberPoolsPage(QWidget *parent = nullptr);

    void setSession(const Session &session);
    // Reads pools and numbers again (counters move while messages go out).
    void refresh();

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
    QLabel *m_record = nullptr;
};

} // namespace herald
