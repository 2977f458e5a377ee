#include "numberpoolservice.h"

#include "audience/phonenumbers.h"
#include "domain/inputtext.h"
#include "domain/permissions.h"
#include "organisation/senderservice.h"
#include "storage/senderrepository.h"
#include "storage/transaction.h"

#include <QHash>
#include <QRegularExpression>

namespace herald {

namespace {

constexpr qsizetype kNameMax = 100;
constexpr int kProblemsShown = 10;

Text joined(const QList<Text> &parts, const QString &separator)
{
    Text out;
    for (qsizetype i = 0; i < parts.size(); ++i)
        out = i == 0 ? parts.at(i) : out + separator + parts.at(i);
    return out;
}

} // namespace

NumberPoolService::NumberPoolService(Database db, Id tenantId, User actor)
    : m_db(std::move(db)), m_tenantId(tenantId), m_actor(std::move(actor))
{
}

Result<QList<NumberPool>> NumberPoolService::list()
{
    return SenderRepository(m_db, m_tenantId).pools();
}

Result<NumberPool> NumberPoolService::find(const QString &reference)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return Error::usage(Text::tr("name the number pool"));
    auto all = list();
    if (!all)
        return all.error();
    bool numeric = false;
    const Id id = ref.toLongLong(&numeric);
    for (const NumberPool &p : std::as_const(*all))
        if (numeric ? p.id == id : p.name.compare(ref, Qt::CaseInsensitive) == 0)
            return p;
    return Error::notFound(Text::tr("no number pool %1 in this tenant (%2 shows them)")
                               .arg(quotedInput(ref), QStringLiteral("heraldctl pools list")));
}

Result<NumberPool> NumberPoolService::create(const NumberPool &wanted)
{
    if (auto st = Permissions::require(m_actor, Action::ManageNumberPools); !st)
        return st.error();
    NumberPool pool = wanted;
    pool.tenantId = m_tenantId;
    pool.name = pool.name.trimmed();
    if (pool.name.isEmpty())
        return Error::usage(Text::tr("a number pool needs a name"));
    if (auto st = checkText(pool.name, Text::tr("the name of a number pool"), kNameMax); !st)
        return st.error();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    if (auto existing = find(pool.name))
        return Error::refused(Text::tr("number pool %1 exists already").arg(quotedName(existing->name)));
    else if (existing.error().kind != Error::Kind::NotFound)
        return existing.error();
    auto id = SenderRepository(m_db, m_tenantId).addPool(pool);
    if (!id)
        return id.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    pool.id = *id;
    return pool;
}

Status NumberPoolService::save(const NumberPool &pool)
{
    if (auto st = Permissions::require(m_actor, Action::ManageNumberPools); !st)
        return st;
    return SenderRepository(m_db, m_tenantId).updatePool(pool);
}

Status NumberPoolService::setNumberState(Id numberId, PhoneNumber::State state, const QString &reason)
{
    if (auto st = Permissions::require(m_actor, Action::ManageNumberPools); !st)
        return st;
    return SenderRepository(m_db, m_tenantId).setNumberState(numberId, state, reason, QDateTime::currentDateTimeUtc());
}

Status NumberPoolService::setDailyCap(Id numberId, int cap)
{
    if (auto st = Permissions::require(m_actor, Action::ManageNumberPools); !st)
        return st;
    if (cap < 0)
        return Error::usage(Text::tr("a daily cap cannot be negative (0 means no cap)"));
    return SenderRepository(m_db, m_tenantId).setDailyCap(numberId, cap);
}

Result<QStringList> NumberPoolService::sendersUsing(Id poolId)
{
    auto senders = SenderRepository(m_db, m_tenantId).senders();
    if (!senders)
        return senders.error();
    QStringList out;
    for (const SenderIdentity &s : std::as_const(*senders))
        if (s.numberPoolId == poolId)
            out << quotedName(s.name) + u" (" + displayName(s.kind) + u')';
    return out;
}

Result<NumberPool> NumberPoolService::remove(const QString &reference)
{
    if (auto st = Permissions::require(m_actor, Action::ManageNumberPools); !st)
        return st.error();
    Transaction tx(m_db.connection()); // no sender takes the pool between the check and the delete
    if (auto st = tx.begun(); !st)
        return st.error();
    auto pool = find(reference);
    if (!pool)
        return pool.error();
    auto senders = SenderRepository(m_db, m_tenantId).senders();
    if (!senders)
        return senders.error();
    QList<Text> users;
    for (const SenderIdentity &s : std::as_const(*senders))
        if (s.numberPoolId == pool->id)
            users << Text(quotedName(s.name) + u" (") + displayText(s.kind) + QStringLiteral(")");
    if (!users.isEmpty())
        return Error::refused(Text::tr("number pool %1 is used by the sender(s) %2: give them another pool or delete "
                                       "them first",
                                       nullptr, int(users.size()))
                                  .arg(quotedName(pool->name), joined(users, QStringLiteral(", "))));
    if (auto st = SenderRepository(m_db, m_tenantId).deletePool(pool->id); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return pool;
}

QList<NumberPoolService::Item> NumberPoolService::items(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\t]"));
    QList<Item> out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (const QString &piece : lines.at(i).split(separators)) {
            const QString t = piece.trimmed();
            if (t.isEmpty() || t.startsWith(u'#'))
                continue;
            QString e164 = phone::toE164(t, QString()); // + or 00 and the country code: no region guessed
            if (!phone::isE164(e164))
                e164.clear();
            out.append({int(i + 1), t, e164});
        }
    }
    return out;
}

Result<NumberPoolService::Plan> NumberPoolService::plan(const QString &poolRef, const QString &text)
{
    Plan out;
    auto pool = find(poolRef);
    if (!pool)
        return pool.error();
    out.pool = *pool;
    auto all = SenderRepository(m_db, m_tenantId).allNumbers();
    if (!all)
        return all.error();
    auto pools = list();
    if (!pools)
        return pools.error();
    QHash<Id, QString> poolNames;
    for (const NumberPool &p : std::as_const(*pools))
        poolNames.insert(p.id, p.name);
    for (const PhoneNumber &n : std::as_const(*all))
        out.known.insert(n.e164, n);

    out.items = items(text);
    QHash<QString, int> seen; // e164 -> line
    for (const Item &item : std::as_const(out.items)) {
        if (item.e164.isEmpty()) {
            out.problems.append({item.line, item.text,
                                 Text::tr("not a phone number in E.164 form: + (or 00), the country code and the "
                                          "number, e.g. +44 7700 900123")});
            continue;
        }
        if (const auto first = seen.constFind(item.e164); first != seen.cend()) {
            out.problems.append({item.line, item.text, Text::tr("twice in the list (line %1)").arg(*first)});
            continue;
        }
        seen.insert(item.e164, item.line);
        const auto it = out.known.constFind(item.e164);
        if (it == out.known.cend() || it->removed)
            continue;
        out.problems.append(
            {item.line, item.text,
             it->poolId == pool->id
                 ? Text::tr("in pool %1 already").arg(quotedName(pool->name))
                 : Text::tr("in pool %1 already: remove it there first").arg(quotedName(poolNames.value(it->poolId)))});
    }
    if (seen.isEmpty() && out.problems.isEmpty())
        out.problems.append({0, QString(), Text::tr("the list holds no numbers")});
    return out;
}

Result<QList<NumberPoolService::LineProblem>> NumberPoolService::checkNumbers(const QString &poolRef,
                                                                              const QString &text)
{
    auto checked = plan(poolRef, text);
    if (!checked)
        return checked.error();
    return checked->problems;
}

Text NumberPoolService::describe(const QList<LineProblem> &problems, int lines, const Text &sentence)
{
    QList<Text> parts;
    for (const LineProblem &p : problems.mid(0, kProblemsShown))
        parts << (p.line ? Text::tr("line %1 %2: %3").arg(QString::number(p.line), quotedInput(p.text), p.reason)
                         : p.reason);
    if (problems.size() > kProblemsShown)
        parts << Text::tr("and %1 more").arg(problems.size() - kProblemsShown);
    const Text list = joined(parts, QStringLiteral("; "));
    if (lines == 0)
        return list;
    return sentence.arg(QString::number(problems.size()), QString::number(lines), list);
}

Result<QList<PhoneNumber>> NumberPoolService::addNumbers(const QString &poolRef, const QString &text)
{
    if (auto st = Permissions::require(m_actor, Action::ManageNumberPools); !st)
        return st.error();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto checked = plan(poolRef, text);
    if (!checked)
        return checked.error();
    if (!checked->problems.isEmpty())
        return Error::usage(describe(checked->problems, int(checked->items.size()),
                                     Text::tr("%1 of %2 numbers cannot be added, so none was: %3")));
    SenderRepository repo(m_db, m_tenantId);
    QList<PhoneNumber> added;
    for (const Item &item : std::as_const(checked->items)) {
        PhoneNumber n = checked->known.value(item.e164); // a removed one comes back with its counters
        if (n.id != 0) {
            if (auto st = repo.restoreNumber(n.id, checked->pool.id); !st)
                return st.error();
            n.removed = false;
        } else {
            n.tenantId = m_tenantId;
            n.e164 = item.e164;
            n.poolId = checked->pool.id;
            auto id = repo.addNumber(n);
            if (!id)
                return id.error();
            n.id = *id;
        }
        n.poolId = checked->pool.id;
        added.append(n);
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return added;
}

Result<QList<PhoneNumber>> NumberPoolService::removeNumbers(const QString &poolRef, const QString &text)
{
    if (auto st = Permissions::require(m_actor, Action::ManageNumberPools); !st)
        return st.error();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto pool = find(poolRef);
    if (!pool)
        return pool.error();
    SenderRepository repo(m_db, m_tenantId);
    auto inPool = repo.numbers(pool->id);
    if (!inPool)
        return inPool.error();
    QHash<QString, PhoneNumber> members;
    for (const PhoneNumber &n : std::as_const(*inPool))
        members.insert(n.e164, n);
    const QList<Item> wanted = items(text);
    QList<LineProblem> problems;
    QList<PhoneNumber> removing;
    QHash<QString, int> seen;
    for (const Item &item : wanted) {
        if (item.e164.isEmpty())
            problems.append({item.line, item.text, Text::tr("not a phone number in E.164 form")});
        else if (seen.contains(item.e164))
            problems.append({item.line, item.text, Text::tr("twice in the list (line %1)").arg(seen.value(item.e164))});
        else if (!members.contains(item.e164))
            problems.append({item.line, item.text, Text::tr("not in pool %1").arg(quotedName(pool->name))});
        else
            removing.append(members.value(item.e164));
        if (!item.e164.isEmpty() && !seen.contains(item.e164))
            seen.insert(item.e164, item.line);
    }
    if (wanted.isEmpty())
        problems.append({0, QString(), Text::tr("the list holds no numbers")});
    if (!problems.isEmpty())
        return Error::usage(describe(problems, int(wanted.size()),
                                     Text::tr("%1 of %2 numbers cannot be removed, so none was: %3")));
    for (PhoneNumber &n : removing) {
        if (auto st = repo.removeNumber(n.id); !st)
            return st.error();
        n.removed = true;
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return removing;
}

Result<SenderIdentity> NumberPoolService::attach(const QString &poolRef, const QString &senderRef,
                                                 std::optional<ChannelKind> kind)
{
    if (auto st = Permissions::require(m_actor, Action::ManageNumberPools); !st)
        return st.error();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto pool = find(poolRef);
    if (!pool)
        return pool.error();
    SenderService senders(m_db, m_tenantId, m_actor);
    auto sender = senders.find(senderRef, kind);
    if (!sender)
        return sender.error();
    if (sender->kind != ChannelKind::Sms && sender->kind != ChannelKind::Phone)
        return Error::usage(Text::tr("only SMS and phone senders send from a number pool; %1 is a %2 sender")
                                .arg(quotedName(sender->name), displayText(sender->kind)));
    sender->numberPoolId = pool->id;
    if (auto st = SenderRepository(m_db, m_tenantId).updateSender(*sender); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return sender;
}

} // namespace herald
