#pragma once

#include <QDialog>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace herald {

// File -> Open Team Workspace...: the server, database and login of a team workspace on
// PostgreSQL, tried before the dialog closes (it says why a connection failed and keeps
// what was typed). Recent connections are kept in QSettings without their passwords; a
// password the user asks to keep goes to the system keyring.
class TeamWorkspaceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamWorkspaceDialog(QWidget *parent = nullptr);

    // What `herald --database` takes to open the workspace chosen (libpq key=value
    // pairs, never the password).
    QString conninfo() const { return m_conninfo; }
    // The password it connected with (typed, or from the keyring); empty when none was.
    QString password() const { return m_usedPassword; }

    // Recent connections, newest first: {host, port, database, login, keyring}.
    static QList<QVariantMap> recent();
    // The keyring entry of a connection's password.
    static QString passwordKey(const QString &conninfo);
    // Whether a password for `conninfo` was kept in the keyring.
    static bool passwordKept(const QString &conninfo);

    void accept() override;

private:
    void fill(const QVariantMap &connection);
    QVariantMap connection() const;
    static QString conninfoOf(const QVariantMap &connection);

    QComboBox *m_recent = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_keep = nullptr;
    QLabel *m_error = nullptr;
    QString m_conninfo;
    QString m_usedPassword;
};

} // namespace herald
