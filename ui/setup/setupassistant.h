#pragma once

#include "common/session.h"

#include <QWizard>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QTimeEdit;
class QCheckBox;

namespace herald {

class ProviderBox;

// The setup assistant: a short wizard an organisation's admin meets on a workspace that
// is not set up yet (a fresh `heraldctl init`), and reopens from Settings. Pages: the
// organisation (name, time zone, default send window), you (the first admin's name and
// email), then optional steps: email sending, SMS sending (provider, settings, Test
// connection), a sender identity, teammates. Each page's changes go through the core
// services when Next or Finish is pressed; a refusal keeps the page open with the reason.
// Finish marks the organisation set up.
class SetupAssistant final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupAssistant)

public:
    enum PageId { Organisation, You, Email, Sms, Sender, Teammates };
    explicit SetupAssistant(const Session &session, QWidget *parent = nullptr);

    bool validateCurrentPage() override;
    void accept() override;
    // The tenant's name after the assistant (it may have renamed it).
    QString tenantName() const { return m_tenantName; }
    // The acting admin's name after the assistant (they may have corrected it).
    QString userName() const { return m_session.user.name; }

signals:
    void statusMessage(const QString &message);

private:
    QWizardPage *organisationPage();
    QWizardPage *youPage();
    QWizardPage *providerPage(PageId id);
    QWizardPage *senderPage();
    QWizardPage *teammatesPage();
    // Applies the page; false with the reason shown.
    bool apply(int id);
    void refuse(const QString &message);

    Session m_session;
    QString m_tenantName;
    QLineEdit *m_orgName = nullptr;
    QComboBox *m_timeZone = nullptr;
    QCheckBox *m_windowOn = nullptr;
    QTimeEdit *m_windowFrom = nullptr;
    QTimeEdit *m_windowTo = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_adminEmail = nullptr;
    ProviderBox *m_email = nullptr;
    ProviderBox *m_sms = nullptr;
    QLineEdit *m_senderName = nullptr;
    QLineEdit *m_senderAddress = nullptr;
    QLineEdit *m_senderReplyTo = nullptr;
    QTableWidget *m_teammates = nullptr;
};

} // namespace herald
