#include "dovecotpeer.h"

#include "smtpsink.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <pwd.h>
#include <grp.h>
#include <unistd.h>

namespace herald::test {

namespace {
const QString kDovecot = QStringLiteral("/usr/sbin/dovecot");

QString userName(uid_t uid)
{
    const passwd *pw = ::getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(uid);
}

QString groupName(gid_t gid)
{
    const group *gr = ::getgrgid(gid);
    return gr ? QString::fromLocal8Bit(gr->gr_name) : QString::number(gid);
}
} // namespace

bool DovecotPeer::available()
{
    return QFile::exists(kDovecot) && QFile::exists(QStringLiteral("/usr/lib/dovecot/imap"));
}

DovecotPeer::DovecotPeer()
{
    const QDir dir(m_dir.path());
    if (!loopbackCertificate(certificate(), dir.filePath(QStringLiteral("key.pem"))))
        return;
    QFile passwd(dir.filePath(QStringLiteral("passwd")));
    if (!passwd.open(QIODevice::WriteOnly))
        return;
    passwd.write((user() + u":{PLAIN}" + password() + u'\n').toUtf8());
    passwd.close();
    // Dovecot will not run its login processes as root: as root it uses its own users
    // (dovecot, dovenull) and reads mail as nobody; otherwise everything runs as us.
    const bool root = ::geteuid() == 0;
    const QString mailUid = root ? QStringLiteral("65534") : QString::number(::getuid());
    const QString mailGid = root ? QStringLiteral("65534") : QString::number(::getgid());
    const QString mail = dir.filePath(QStringLiteral("mail"));
    for (const char *sub : {"cur", "new", "tmp"})
        dir.mkpath(mail + u'/' + user() + u'/' + QLatin1StringView(sub));
    if (root) {
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
        const QString box = mail + u'/' + user();
        for (const QString &d : QStringList{mail, box, box + u"/cur", box + u"/new", box + u"/tmp"})
            QFile::setPermissions(d, QFileDevice::Permissions(0x7777));
    }
    dir.mkpath(QStringLiteral("run"));
    m_imap = freeLoopbackPort();
    m_imaps = freeLoopbackPort();
    while (m_imaps == m_imap)
        m_imaps = freeLoopbackPort();
    const QString conf = QStringLiteral(R"(base_dir = %1/run
state_dir = %1/run
log_path = %1/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <%1/cert.pem
ssl_key = <%1/key.pem
auth_mechanisms = plain login
default_internal_user = %2
default_internal_group = %3
default_login_user = %4
first_valid_uid = 0
mail_location = maildir:%1/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN %1/passwd
}
userdb {
  driver = static
  args = uid=%5 gid=%6 home=%1/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    port = %7
  }
  inet_listener imaps {
    port = %8
    ssl = yes
  }
}
service anvil {
  chroot =
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
  inet_listener pop3s {
    port = 0
  }
}
)")
                             .arg(m_dir.path(), root ? QStringLiteral("dovecot") : userName(::getuid()),
                                  root ? QStringLiteral("dovecot") : groupName(::getgid()),
                                  root ? QStringLiteral("dovenull") : userName(::getuid()), mailUid, mailGid)
                             .arg(m_imap)
                             .arg(m_imaps);
    QFile confFile(dir.filePath(QStringLiteral("dovecot.conf")));
    if (!confFile.open(QIODevice::WriteOnly))
        return;
    confFile.write(conf.toUtf8());
    confFile.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(kDovecot, {QStringLiteral("-F"), QStringLiteral("-c"), confFile.fileName()});
    m_up = waitUntilListening(m_process, m_imaps, 20000);
}

DovecotPeer::~DovecotPeer()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString DovecotPeer::errors() const
{
    QFile log(m_dir.filePath(QStringLiteral("dovecot.log")));
    const QString logged = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(4000)) : QString();
    return logged;
}

bool DovecotPeer::deliver(const QByteArray &message)
{
    const QString box = m_dir.filePath(QStringLiteral("mail/") + user());
    const QString name = QString::number(QDateTime::currentMSecsSinceEpoch()) + u".M" + QString::number(++m_delivered)
                         + u"P" + QString::number(::getpid()) + u".herald-test";
    QFile f(box + u"/tmp/" + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(message) != message.size())
        return false;
    f.close();
    f.setPermissions(QFileDevice::Permissions(0x6666));
    return QFile::rename(box + u"/tmp/" + name, box + u"/new/" + name);
}

int DovecotPeer::withMaildirFlag(char flag) const
{
    int n = 0;
    const QDir cur(m_dir.filePath(QStringLiteral("mail/") + user() + u"/cur"));
    for (const QString &file : cur.entryList(QDir::Files)) {
        const qsizetype info = file.indexOf(QStringLiteral(":2,"));
        if (info >= 0 && file.mid(info + 3).toLatin1().contains(flag))
            ++n;
    }
    return n;
}

} // namespace herald::test
