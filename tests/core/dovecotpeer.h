#pragma once

#include <QByteArray>
#include <QProcess>
#include <QTemporaryDir>

namespace herald::test {

// Dovecot (dovecot-imapd) on loopback with a throw-away configuration: one user
// ("herald", password "s3cret") whose maildir the test delivers into, IMAP with STARTTLS
// and IMAPS on free ports, a self-signed certificate for 127.0.0.1 that is its own CA.
class DovecotPeer final
{
public:
    DovecotPeer();
    ~DovecotPeer();
    DovecotPeer(const DovecotPeer &) = delete;
    DovecotPeer &operator=(const DovecotPeer &) = delete;

    static bool available();
    bool isUp() const { return m_up; }
    QString errors() const;
    quint16 imapsPort() const { return m_imaps; }
    quint16 imapPort() const { return m_imap; }
    QString certificate() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    static QString user() { return QStringLiteral("herald"); }
    static QString password() { return QStringLiteral("s3cret"); }
    // Delivers a message as a local delivery agent does: into tmp/, then renamed into new/.
    bool deliver(const QByteArray &message);
    // How many of the user's messages carry IMAP flag `flag` (\Seen as "S"; keywords by
    // the letter Dovecot gave them are not counted: only the standard maildir flags).
    int withMaildirFlag(char flag) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_imap = 0, m_imaps = 0;
    bool m_up = false;
    int m_delivered = 0;
};

} // namespace herald::test
