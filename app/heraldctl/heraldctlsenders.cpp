// heraldctl senders ... and pools ...: who messages come from, set up from a shell.
#include "heraldctl.h"

#include "organisation/numberpoolservice.h"
#include "organisation/senderservice.h"
#include "storage/senderrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace herald::ctl {

namespace {

QJsonObject senderJson(const SenderIdentity &s, const QString &pool)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("channel"), nameOf(s.kind)},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("address"), s.address},
                       {QStringLiteral("reply_to"), s.replyTo},
                       {QStringLiteral("pool"), pool.isEmpty() ? QJsonValue() : QJsonValue(pool)},
                       {QStringLiteral("paused"), s.paused},
                       {QStringLiteral("deleted"), s.deleted}};
}

QJsonObject numberJson(const PhoneNumber &n)
{
    return QJsonObject{{QStringLiteral("id"), n.id},
                       {QStringLiteral("e164"), n.e164},
                       {QStringLiteral("state"), nameOf(n.state)},
                       {QStringLiteral("daily_cap"), n.dailyCap},
                       {QStringLiteral("attempts"), n.attempts},
                       {QStringLiteral("successes"), n.successes},
                       {QStringLiteral("failures"), n.failures},
                       {QStringLiteral("opt_outs"), n.optOuts},
                       {QStringLiteral("removed"), n.removed}};
}

QJsonObject poolJson(const NumberPool &p, const QList<PhoneNumber> &numbers, const QStringList &senders)
{
    QJsonArray senderNames;
    for (const QString &s : senders)
        senderNames.append(s);
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("rotation"), p.rotation},
                       {QStringLiteral("quarantine_below"), p.quarantineBelowPercent},
                       {QStringLiteral("quarantine_min_sample"), p.quarantineMinSample},
                       {QStringLiteral("max_calls"), p.maxCalls},
                       {QStringLiteral("numbers"), numbers.size()},
                       {QStringLiteral("active_numbers"),
                        int(std::count_if(numbers.begin(), numbers.end(),
                                          [](const PhoneNumber &n) { return n.state == PhoneNumber::State::Active; }))},
                       {QStringLiteral("senders"), senderNames}};
}

} // namespace

int Heraldctl::senders()
{
    const QString command = m_cli.command();
    const bool json = m_cli.isSet(QStringLiteral("json"));
    auto kind = enumOption<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
    if (!kind)
        return usage(kind.error().message);
    SenderService service(*m_db, m_tenant.id, m_user);
    const auto print = [&](const SenderIdentity &s, const QString &said) {
        auto pool = service.poolName(s);
        if (!pool)
            return fail(pool.error());
        if (json)
            printJson(senderJson(s, *pool));
        else
            m_out << said << ' ' << displayName(s.kind) << " sender '" << s.name << "'"
                  << (s.address.isEmpty() ? QString() : u" <" + s.address + u'>')
                  << (pool->isEmpty() ? QString() : u" from pool '" + *pool + u'\'') << Qt::endl;
        return 0;
    };
    if (command == QLatin1StringView("senders list")) {
        auto all = service.list();
        if (!all)
            return fail(all.error());
        QJsonArray out;
        for (const SenderIdentity &s : std::as_const(*all)) {
            if (*kind && s.kind != **kind)
                continue;
            auto pool = service.poolName(s);
            if (!pool)
                return fail(pool.error());
            if (json)
                out.append(senderJson(s, *pool));
            else
                m_out << nameOf(s.kind).leftJustified(9) << s.name
                      << (s.address.isEmpty() ? QString() : u" <" + s.address + u'>')
                      << (s.replyTo.isEmpty() ? QString() : u"  reply-to " + s.replyTo)
                      << (pool->isEmpty() ? QString() : u"  pool '" + *pool + u'\'') << (s.paused ? "  (paused)" : "")
                      << Qt::endl;
        }
        if (json)
            printJson(out);
        return 0;
    }
    SenderService::Changes changes;
    const std::pair<const char *, std::optional<QString> *> options[] = {
        {"name", &changes.name}, {"address", &changes.address}, {"reply-to", &changes.replyTo}, {"pool", &changes.pool}};
    const bool changing = command == QLatin1StringView("senders add") || command == QLatin1StringView("senders edit");
    for (const auto &[option, target] : options)
        if (changing && m_cli.isSet(QString::fromLatin1(option)))
            *target = m_cli.value(QString::fromLatin1(option));
    if (command == QLatin1StringView("senders add")) {
        if (!*kind)
            return usage(u"'senders add' needs --channel (" + allNames<ChannelKind>() + u')');
        auto added = service.add(**kind, changes);
        return added ? print(*added, QStringLiteral("Added")) : fail(added.error());
    }
    const QString reference = m_cli.positional().first();
    Result<SenderIdentity> done = Error::usage(QString());
    QString said;
    if (command == QLatin1StringView("senders edit")) {
        done = service.edit(reference, *kind, changes);
        said = QStringLiteral("Changed");
    } else if (command == QLatin1StringView("senders pause") || command == QLatin1StringView("senders resume")) {
        const bool pause = command == QLatin1StringView("senders pause");
        done = service.setPaused(reference, *kind, pause);
        said = pause ? QStringLiteral("Paused") : QStringLiteral("Resumed");
    } else {
        done = service.remove(reference, *kind);
        said = QStringLiteral("Deleted");
    }
    return done ? print(*done, said) : fail(done.error());
}

int Heraldctl::pools()
{
    const QString command = m_cli.command();
    const bool json = m_cli.isSet(QStringLiteral("json"));
    NumberPoolService service(*m_db, m_tenant.id, m_user);
    SenderRepository repo(*m_db, m_tenant.id);
    const auto describe = [&](const NumberPool &p) -> Result<QJsonObject> {
        auto numbers = repo.numbers(p.id);
        if (!numbers)
            return numbers.error();
        auto senders = service.sendersUsing(p.id);
        if (!senders)
            return senders.error();
        return poolJson(p, *numbers, *senders);
    };
    if (command == QLatin1StringView("pools list")) {
        auto all = service.list();
        if (!all)
            return fail(all.error());
        QJsonArray out;
        for (const NumberPool &p : std::as_const(*all)) {
            auto o = describe(p);
            if (!o)
                return fail(o.error());
            if (json)
                out.append(*o);
            else
                m_out << p.name << "  " << p.rotation << "  " << o->value(QLatin1StringView("active_numbers")).toInt()
                      << " of " << o->value(QLatin1StringView("numbers")).toInt() << " numbers active" << Qt::endl;
        }
        if (json)
            printJson(out);
        return 0;
    }
    const QString poolRef = m_cli.positional().first();
    if (command == QLatin1StringView("pools show")) {
        auto pool = service.find(poolRef);
        if (!pool)
            return fail(pool.error());
        auto numbers = repo.numbers(pool->id);
        auto o = describe(*pool);
        if (!numbers || !o)
            return fail(!numbers ? numbers.error() : o.error());
        if (json) {
            QJsonArray list;
            for (const PhoneNumber &n : std::as_const(*numbers))
                list.append(numberJson(n));
            QJsonObject out = *o;
            out.insert(QStringLiteral("number_list"), list);
            printJson(out);
            return 0;
        }
        m_out << pool->name << " (" << pool->rotation << "; quarantine below " << pool->quarantineBelowPercent
              << "% over " << pool->quarantineMinSample << ")" << Qt::endl;
        for (const PhoneNumber &n : std::as_const(*numbers))
            m_out << "  " << n.e164.leftJustified(17) << nameOf(n.state).leftJustified(12) << n.attempts << " sent, "
                  << n.successes << " succeeded" << Qt::endl;
        return 0;
    }
    if (command == QLatin1StringView("pools create") || command == QLatin1StringView("pools edit")) {
        const bool creating = command == QLatin1StringView("pools create");
        NumberPool wanted;
        if (creating) {
            wanted.name = poolRef;
        } else {
            auto current = service.find(poolRef);
            if (!current)
                return fail(current.error());
            wanted = *current;
        }
        if (m_cli.isSet(QStringLiteral("rotation")))
            wanted.rotation = m_cli.value(QStringLiteral("rotation"));
        const std::pair<const char *, int *> numbers[] = {{"quarantine-below", &wanted.quarantineBelowPercent},
                                                          {"min-sample", &wanted.quarantineMinSample},
                                                          {"max-calls", &wanted.maxCalls}};
        for (const auto &[option, target] : numbers) {
            if (!m_cli.isSet(QString::fromLatin1(option)))
                continue;
            bool ok = false;
            *target = m_cli.value(QString::fromLatin1(option)).toInt(&ok);
            if (!ok)
                return usage(u"--" + QString::fromLatin1(option) + u" takes a whole number");
        }
        if (!creating) {
            if (auto st = service.save(wanted); !st)
                return fail(st.error());
            if (json) {
                auto o = describe(wanted);
                return o ? (printJson(*o), 0) : fail(o.error());
            }
            m_out << "Saved number pool '" << wanted.name << "' (" << wanted.rotation << ")" << Qt::endl;
            return 0;
        }
        auto created = service.create(wanted);
        if (!created)
            return fail(created.error());
        if (json) {
            auto o = describe(*created);
            return o ? (printJson(*o), 0) : fail(o.error());
        }
        m_out << "Created number pool '" << created->name << "' (" << created->rotation << ")" << Qt::endl;
        return 0;
    }
    if (command == QLatin1StringView("pools delete")) {
        auto deleted = service.remove(poolRef);
        if (!deleted)
            return fail(deleted.error());
        if (json)
            printJson(QJsonObject{{QStringLiteral("id"), deleted->id}, {QStringLiteral("name"), deleted->name},
                                  {QStringLiteral("deleted"), true}});
        else
            m_out << "Deleted number pool '" << deleted->name << "'" << Qt::endl;
        return 0;
    }
    if (command == QLatin1StringView("pools attach")) {
        auto kind = enumOption<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
        if (!kind)
            return usage(kind.error().message);
        auto sender = service.attach(poolRef, m_cli.positional().at(1), *kind);
        if (!sender)
            return fail(sender.error());
        SenderService senders(*m_db, m_tenant.id, m_user);
        auto pool = senders.poolName(*sender);
        if (!pool)
            return fail(pool.error());
        if (json)
            printJson(senderJson(*sender, *pool));
        else
            m_out << displayName(sender->kind) << " sender '" << sender->name << "' now sends from pool '" << *pool
                  << "'" << Qt::endl;
        return 0;
    }
    // add-number / remove-number: numbers as arguments, or a list from --file (- for standard input)
    QString list = m_cli.positional().mid(1).join(u'\n');
    if (m_cli.isSet(QStringLiteral("file"))) {
        auto data = readInput(m_cli.value(QStringLiteral("file")), QStringLiteral("the list of numbers"));
        if (!data)
            return fail(data.error());
        list += (list.isEmpty() ? QString() : QStringLiteral("\n")) + QString::fromUtf8(*data);
    }
    const bool adding = command == QLatin1StringView("pools add-number");
    auto done = adding ? service.addNumbers(poolRef, list) : service.removeNumbers(poolRef, list);
    if (!done)
        return fail(done.error());
    if (json) {
        QJsonArray out;
        for (const PhoneNumber &n : std::as_const(*done))
            out.append(numberJson(n));
        printJson(QJsonObject{{QStringLiteral("pool"), service.find(poolRef).value_or(NumberPool{}).name},
                              {adding ? QStringLiteral("added") : QStringLiteral("removed"), out}});
        return 0;
    }
    m_out << (adding ? "Added " : "Removed ") << done->size() << (done->size() == 1 ? " number" : " numbers")
          << (adding ? " to" : " from") << " pool '" << service.find(poolRef).value_or(NumberPool{}).name << "'"
          << Qt::endl;
    return 0;
}

} // namespace herald::ctl
