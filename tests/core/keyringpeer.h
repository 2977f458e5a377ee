#pragma once

#include <QProcess>
#include <QTemporaryDir>

namespace herald::test {

// A real system keyring for tests: a private D-Bus session bus (dbus-daemon) and GNOME
// Keyring's Secret Service (gnome-keyring-daemon) with a fresh, unlocked login keyring in
// a temporary folder. The constructor points this process at that bus
// (DBUS_SESSION_BUS_ADDRESS) before anything connects to one; children started later
// (heraldctl) inherit it.
class KeyringPeer final
{
public:
    KeyringPeer();
    ~KeyringPeer();
    KeyringPeer(const KeyringPeer &) = delete;
    KeyringPeer &operator=(const KeyringPeer &) = delete;

    static bool available(); // packages dbus-daemon and gnome-keyring
    bool isUp() const { return m_up; }
    QString errors() const { return m_failure; }
    QString busAddress() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    bool m_up = false;
    QString m_failure;
};

} // namespace herald::test
