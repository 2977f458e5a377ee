#include "keyringpeer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

namespace herald::test {

namespace {
const QString kDbusDaemon = QStringLiteral("/usr/bin/dbus-daemon");
const QString kKeyringDaemon = QStringLiteral("/usr/bin/gnome-keyring-daemon");
} // namespace

bool KeyringPeer::available()
{
    return QFileInfo(kDbusDaemon).isExecutable() && QFileInfo(kKeyringDaemon).isExecutable();
}

KeyringPeer::KeyringPeer()
{
    if (!m_dir.isValid()) {
        m_failure = QStringLiteral("no temporary folder");
        return;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *dir : {"home", "data", "config", "runtime"}) {
        QDir(m_dir.path()).mkpath(QLatin1StringView(dir));
        QFile::setPermissions(m_dir.filePath(QLatin1StringView(dir)),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));

    m_bus.setProcessEnvironment(env);
    m_bus.start(kDbusDaemon,
                {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nosyslog"),
                 u"--address=unix:path=" + m_dir.filePath(QStringLiteral("bus")), QStringLiteral("--print-address=1")});
    const QDeadlineTimer deadline(20000);
    while (!m_bus.canReadLine() && !deadline.hasExpired() && m_bus.state() != QProcess::NotRunning)
        m_bus.waitForReadyRead(200);
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (m_address.isEmpty()) {
        m_failure = u"dbus-daemon gave no address: " + QString::fromUtf8(m_bus.readAllStandardError());
        return;
    }
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());

    // --unlock reads the login keyring's password from standard input; with no keyring yet
    // it creates one, which becomes the default collection.
    m_keyring.setProcessEnvironment(env);
    m_keyring.start(kKeyringDaemon, {QStringLiteral("--foreground"), QStringLiteral("--components=secrets"),
                                     QStringLiteral("--unlock")});
    if (!m_keyring.waitForStarted(10000)) {
        m_failure = u"gnome-keyring-daemon: " + m_keyring.errorString();
        return;
    }
    m_keyring.write("herald-test-keyring");
    m_keyring.closeWriteChannel();
    // The daemon takes org.freedesktop.secrets on the bus when it is ready; a client that
    // comes before that has the bus start it (D-Bus activation is not configured here), so
    // the test waits for the control socket the daemon makes once it serves.
    const QString control = m_dir.filePath(QStringLiteral("runtime/keyring/control"));
    while (!QFileInfo::exists(control) && !deadline.hasExpired() && m_keyring.state() == QProcess::Running)
        m_keyring.waitForReadyRead(100);
    if (!QFileInfo::exists(control)) {
        m_failure = u"gnome-keyring-daemon did not start: " + QString::fromUtf8(m_keyring.readAllStandardError());
        return;
    }
    m_up = true;
}

KeyringPeer::~KeyringPeer()
{
    for (QProcess *p : {&m_keyring, &m_bus}) {
        if (p->state() == QProcess::NotRunning)
            continue;
        p->terminate();
        if (!p->waitForFinished(5000)) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace herald::test
