#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

namespace herald {

// The providers of type P in this thread that a listener's callbacks reach, by their
// tenant's secret token (the token in the callback URL). While a replaced provider
// finishes its messages both are attached, oldest first: the newest takes what is not
// the older one's.
template <class P>
class CallbackRegistry final
{
public:
    static void attach(const QString &token, P *provider)
    {
        auto &attached = map()[token];
        attached.removeAll(provider);
        attached.append(provider);
    }
    static void detach(const QString &token, P *provider)
    {
        auto found = map().find(token);
        if (found == map().end())
            return;
        found->removeIf([provider](const QPointer<P> &p) { return !p || p == provider; });
        if (found->isEmpty())
            map().erase(found);
    }
    // Oldest first; empty for an unknown token.
    static QList<QPointer<P>> attached(const QString &token) { return token.isEmpty() ? QList<QPointer<P>>{} : map().value(token); }

private:
    static QHash<QString, QList<QPointer<P>>> &map()
    {
        thread_local QHash<QString, QList<QPointer<P>>> providers;
        return providers;
    }
};

} // namespace herald
