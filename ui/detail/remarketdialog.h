#pragma once

#include "common/session.h"
#include "dispatch/remarketing.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace herald {

// Remarket: a Draft follow-up of an ended or stopped campaign for the contacts who
// failed, did not reply, did not answer, or were selected in the task table. Counts who
// that is as the choices change; Create makes the campaign (Remarketing::remarket).
class RemarketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemarketDialog)

public:
    RemarketDialog(const Session &session, const Campaign &source, const QList<Id> &selected,
                   QWidget *parent = nullptr);
    Remarketing::Request request() const;
    qint64 count() const { return m_count; }
    // The follow-up's id once created; 0 before.
    Id created() const { return m_created; }

    void accept() override;

private:
    void recount();

    Session m_session;
    Campaign m_source;
    QList<Id> m_selected;
    qint64 m_count = 0;
    Id m_created = 0;
    QButtonGroup *m_target = nullptr;
    QComboBox *m_from = nullptr;
    QList<std::pair<ChannelKind, QCheckBox *>> m_channels;
    QLineEdit *m_name = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace herald
