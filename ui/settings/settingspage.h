#pragma once

#include "domain/channelkind.h"
#include "main/session.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace herald {

class Provider;
class WriterEndpointBox;

// Provider settings of the tenant, per channel kind: the provider and its settings as a
// form, "Test connection" that really connects with the values as typed (saved or
// not) and says what failed, and Save (admins only; everyone else sees them read-only).
// A password typed here is kept in the system keyring (never in the workspace); as on a
// server, the settings may name a 0600 file or an environment variable instead. Below,
// the writer endpoint (WriterEndpointBox).
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;

    void setSession(const Session &session);
    void refresh();
    // The settings JSON the form holds now (never a password).
    QString formJson() const;
    // The password typed in the form, not kept yet; empty: unchanged.
    QString typedPassword() const;

signals:
    void statusMessage(const QString &message);

private:
    struct Field
    {
        Field(QString k, QString l, QString p = {}, bool n = false, QStringList c = {})
            : key(std::move(k)), label(std::move(l)), placeholder(std::move(p)), number(n), choices(std::move(c))
        {}
        QString key;
        QString label;
        QString placeholder;
        bool number = false;
        QStringList choices; // a combo box when not empty
    };
    static QList<Field> fieldsOf(const QString &provider);
    static inline const QString kPasswordKey = QStringLiteral("password"); // typed: to the keyring
    void showChannel();
    void buildForm(const QString &provider, const QString &json);
    void testConnection();
    void save();

    Session m_session;
    QComboBox *m_channel = nullptr;
    QComboBox *m_provider = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_formHost = nullptr;
    QList<std::pair<Field, QWidget *>> m_editors;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_inbound = nullptr;
    WriterEndpointBox *m_writerEndpoint = nullptr;
    QString m_storedProvider, m_storedJson; // as saved, for providers without a form
    std::unique_ptr<Provider> m_probe;      // the provider a test connection runs on
};

} // namespace herald
