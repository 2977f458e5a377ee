#pragma once

#include "common/backgroundtask.h"
#include "common/session.h"
#include "domain/tenant.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace herald {

// Settings → Organisations → Mailbox…: where the organisation's bounces, complaints and
// replies arrive (docs/providers.md, "Inbound mailbox"). Test connection logs in with
// what the form says; Read now reads the saved mailbox. Both run off the GUI thread and
// answer in the dialog's status line.
class MailboxDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxDialog)

public:
    MailboxDialog(const Session &session, const Tenant &tenant, QWidget *parent = nullptr);

    // The settings as the form has them, the stored password source kept; "" without a
    // server (no mailbox).
    QString settingsJson() const;
    // A password typed now (kept in the system keyring on saving), else "".
    QString typedPassword() const;

signals:
    // Test connection or Read now answered (for tests).
    void answered(bool ok, const QString &text);

private:
    void testConnection();
    void readNow();
    using Answer = std::pair<bool, QString>; // worked; what to say
    void run(const QString &doing, std::function<Answer(const Database &)> work);
    void showAnswer(const Answer &answer);
    void updateEnabled();

    Session m_session;
    Tenant m_tenant;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_bounce = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_read = nullptr;
    BackgroundTask<Answer> m_task{this, [this](const Answer &answer) { showAnswer(answer); }};
};

} // namespace herald
