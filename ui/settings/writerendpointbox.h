#pragma once

#include "common/session.h"

#include <QGroupBox>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace herald {

class ChatCompletions;

// Settings for the tenant's writer endpoint (an OpenAI-compatible chat-completions
// service): URL, model, timeout and the API key, which goes to the system keyring.
// Test asks the endpoint for its models with the values as typed; Save (admins) keeps
// them. Everyone else sees them read-only. An empty URL means the built-in writer.
class WriterEndpointBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriterEndpointBox)

public:
    explicit WriterEndpointBox(QWidget *parent = nullptr);
    ~WriterEndpointBox() override;
    void setSession(const Session &session);
    void test();
    bool save();

signals:
    void statusMessage(const QString &message);

private:
    void load();

    Session m_session;
    QString m_storedKey; // the keyring entry the saved settings name
    QLineEdit *m_url = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_forgetKey = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_result = nullptr;
    std::unique_ptr<ChatCompletions> m_probe;
};

} // namespace herald
