#pragma once

#include "common/session.h"
#include "domain/channelkind.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace herald {

class Provider;

// Provider settings of the tenant, per channel kind: the provider and its settings as a
// form, "Test connection" that really connects with the values as typed (saved or
// not) and says what failed, and Save (admins only; everyone else sees them read-only).
// A password typed here is kept in the system keyring (never in the workspace); as on a
// server, the settings may name a 0600 file or an environment variable instead. Used by
// Settings → Providers and by the setup assistant (one channel, fixed).
class ProviderBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderBox)

public:
    explicit ProviderBox(QWidget *parent = nullptr);
    ~ProviderBox() override;

    void setSession(const Session &session);
    void refresh();
    // Shows the channel; `fixed` hides the choice of channel.
    void setChannel(ChannelKind kind, bool fixed);
    // Saves the provider and its settings; false (with the reason shown) when refused.
    bool save();
    // Whether the person changed the provider or a setting since it was shown.
    bool isModified() const { return m_modified; }
    // The settings JSON the form holds now (never a password).
    QString formJson() const;
    // The password typed in the form, not kept yet; empty: unchanged.
    QString typedPassword() const;

signals:
    void statusMessage(const QString &message);
    void providerSaved();

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

    Session m_session;
    QComboBox *m_channel = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_passwordNote = nullptr; // for the providers with a password
    QFormLayout *m_form = nullptr;
    QWidget *m_formHost = nullptr;
    QList<std::pair<Field, QWidget *>> m_editors;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_inbound = nullptr;
    QFormLayout *m_channelRow = nullptr;
    bool m_modified = false;
    QString m_storedProvider, m_storedJson; // as saved, for providers without a form
    std::unique_ptr<Provider> m_probe;      // the provider a test connection runs on
};

} // namespace herald
