#include "libraryservice.h"

#include "audience/segmentrules.h"
#include "domain/inputtext.h"
#include "domain/permissions.h"
#include "domain/webaddress.h"
#include "providers/sip/callaudio.h"
#include "storage/audiencerepository.h"
#include "storage/contentrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QUrl>

namespace herald {

namespace {

constexpr qsizetype kNameMax = 100;

Action actionFor(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Goal:
        return Action::EditGoals;
    case CatalogKind::Writer:
        return Action::EditWriters;
    case CatalogKind::Segment:
        return Action::EditSegments;
    default:
        return Action::EditTemplates;
    }
}

// The live entry `id` of a list, or NotFound naming the kind.
template <typename T>
Result<T> entryOf(const Result<QList<T>> &all, Id id, CatalogKind kind)
{
    if (!all)
        return all.error();
    for (const T &e : *all)
        if (e.id == id)
            return e;
    return Error::notFound(CatalogRepository::noun(kind) + u' ' + QString::number(id) + u" not found in this tenant");
}

} // namespace

LibraryService::LibraryService(Database db, Id tenantId, User actor)
    : m_db(std::move(db)), m_tenantId(tenantId), m_actor(std::move(actor))
{
}

Result<CatalogEntry> LibraryService::find(CatalogKind kind, const QString &reference)
{
    if (reference.trimmed().isEmpty())
        return Error::usage(u"name the " + CatalogRepository::noun(kind));
    auto entry = CatalogRepository(m_db, m_tenantId).resolve(kind, reference.trimmed());
    if (entry && entry->deleted)
        return Error::notFound(CatalogRepository::noun(kind) + u" '" + entry->name + u"' was deleted");
    return entry;
}

Status LibraryService::checkChange(CatalogKind kind, const QString &name, Id self)
{
    if (auto st = Permissions::require(m_actor, actionFor(kind)); !st)
        return st;
    const QString noun = CatalogRepository::noun(kind);
    if (name.isEmpty())
        return Error::usage(u"a " + noun + u" needs a name");
    if (auto st = checkText(name, u"the name of a " + noun, kNameMax); !st)
        return st;
    auto all = CatalogRepository(m_db, m_tenantId).list(kind);
    if (!all)
        return all.error();
    for (const CatalogEntry &e : std::as_const(*all))
        if (!e.deleted && e.id != self && e.name.compare(name, Qt::CaseInsensitive) == 0)
            return Error::refused(u"another " + noun + u" is called '" + e.name + u"' already: choose another name");
    return {};
}

Result<QList<Goal>> LibraryService::goals()
{
    return ContentRepository(m_db, m_tenantId).goals();
}

Result<Goal> LibraryService::goal(const QString &reference)
{
    auto e = find(CatalogKind::Goal, reference);
    if (!e)
        return e.error();
    return ContentRepository(m_db, m_tenantId).goal(e->id);
}

Result<Goal> LibraryService::save(Goal g)
{
    g.tenantId = m_tenantId;
    g.name = g.name.trimmed();
    Transaction tx(m_db.connection()); // the name checked and taken under one write lock
    if (auto st = tx.begun(); !st)
        return st.error();
    if (auto st = checkChange(CatalogKind::Goal, g.name, g.id); !st)
        return st.error();
    if (auto st = checkText(g.metric, QStringLiteral("the goal's metric"), kNameMax); !st)
        return st.error();
    if (g.target < 0)
        return Error::usage(u"the target of goal '" + g.name + u"' cannot be negative");
    g.url = g.url.trimmed();
    if (!g.url.isEmpty()) {
        const QUrl url(g.url, QUrl::StrictMode);
        if (!isWebAddress(url))
            return Error::usage(u"the URL of goal '" + g.name + u"' must be an http or https address, not "
                                + quotedInput(g.url));
    }
    ContentRepository content(m_db, m_tenantId);
    if (g.id == 0) {
        auto id = content.addGoal(g);
        if (!id)
            return id.error();
        g.id = *id;
    } else if (auto st = content.updateGoal(g); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return g;
}

Result<QList<Writer>> LibraryService::writers()
{
    return ContentRepository(m_db, m_tenantId).writers();
}

Result<Writer> LibraryService::writer(const QString &reference)
{
    auto e = find(CatalogKind::Writer, reference);
    if (!e)
        return e.error();
    return ContentRepository(m_db, m_tenantId).writer(e->id);
}

Result<Writer> LibraryService::save(Writer w)
{
    w.tenantId = m_tenantId;
    w.name = w.name.trimmed();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    if (auto st = checkChange(CatalogKind::Writer, w.name, w.id); !st)
        return st.error();
    if (w.smsMaxSegments < 1 || w.smsMaxSegments > 10)
        return Error::usage(u"writer '" + w.name + u"': an SMS may take 1 to 10 segments, not "
                            + QString::number(w.smsMaxSegments));
    if (w.emailSubjectMax < 10 || w.emailSubjectMax > 200)
        return Error::usage(u"writer '" + w.name + u"': the longest email subject is 10 to 200 characters, not "
                            + QString::number(w.emailSubjectMax));
    ContentRepository content(m_db, m_tenantId);
    if (w.id == 0) {
        auto id = content.addWriter(w);
        if (!id)
            return id.error();
        w.id = *id;
    } else if (auto st = content.updateWriter(w); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return w;
}

Result<QList<MessageTemplate>> LibraryService::templates()
{
    return ContentRepository(m_db, m_tenantId).templates();
}

Result<MessageTemplate> LibraryService::messageTemplate(const QString &reference)
{
    auto e = find(CatalogKind::Template, reference);
    if (!e)
        return e.error();
    return ContentRepository(m_db, m_tenantId).messageTemplate(e->id);
}

Result<MessageTemplate> LibraryService::save(MessageTemplate t)
{
    t.tenantId = m_tenantId;
    t.name = t.name.trimmed();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    if (auto st = checkChange(CatalogKind::Template, t.name, t.id); !st)
        return st.error();
    if (t.body.trimmed().isEmpty())
        return Error::usage(u"template '" + t.name + u"' has no body: "
                            + (t.kind == ChannelKind::Email ? QStringLiteral("give the email's HTML or text")
                                                            : QStringLiteral("give the message's text")));
    if (auto st = checkText(t.subject, u"the subject of template '" + t.name + u'\'', 998); !st)
        return st.error();
    if (auto st = checkText(t.preheader, u"the preheader of template '" + t.name + u'\'', 998); !st)
        return st.error();
    // Files go with emails; a call script may have one: the recording played instead of
    // speaking it.
    if (t.kind == ChannelKind::Phone && t.attachments.size() > 1)
        return Error::usage(u"template '" + t.name + u"' has " + QString::number(t.attachments.size())
                            + u" recordings: a call plays one");
    if (t.kind != ChannelKind::Email && t.kind != ChannelKind::Phone && !t.attachments.isEmpty())
        return Error::usage(u"template '" + t.name + u"' is for " + displayName(t.kind)
                            + u": only email templates carry files, and call scripts a recording");
    for (const Attachment &a : std::as_const(t.attachments))
        if (t.kind == ChannelKind::Phone && !a.data.isEmpty()) // a new recording (stored ones were checked)
            if (auto pcm = CallAudio::decode(a.data, u"the recording " + a.fileName + u" of template '" + t.name + u'\'');
                !pcm)
                return pcm.error();
    ContentRepository content(m_db, m_tenantId);
    if (t.id == 0) {
        auto id = content.addTemplate(t);
        if (!id)
            return id.error();
        t.id = *id;
    } else {
        auto current = entryOf(content.templates(), t.id, CatalogKind::Template);
        if (!current)
            return current.error();
        if (current->kind != t.kind)
            return Error::usage(u"template '" + t.name + u"' is for " + displayName(current->kind)
                                + u": a template keeps its channel (make a new one for " + displayName(t.kind) + u')');
        if (auto st = content.updateTemplate(t); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return content.messageTemplate(t.id);
}

Result<QList<Id>> LibraryService::saveAsTemplates(const Campaign &campaign, const QString &name)
{
    if (auto st = Permissions::require(m_actor, Action::EditTemplates); !st)
        return st.error();
    return ContentRepository(m_db, m_tenantId).saveAsTemplates(campaign, name);
}

Result<QList<Segment>> LibraryService::segments()
{
    return AudienceRepository(m_db, m_tenantId).segments();
}

Result<Segment> LibraryService::segment(const QString &reference)
{
    auto e = find(CatalogKind::Segment, reference);
    if (!e)
        return e.error();
    return AudienceRepository(m_db, m_tenantId).segment(e->id);
}

Result<Segment> LibraryService::save(Segment s)
{
    s.tenantId = m_tenantId;
    s.name = s.name.trimmed();
    if (s.rules.trimmed().isEmpty())
        s.rules = QStringLiteral("{}");
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    if (auto st = checkChange(CatalogKind::Segment, s.name, s.id); !st)
        return st.error();
    if (auto st = SegmentRules::validate(s.rules); !st)
        return Error::usage(u"segment '" + s.name + u"': " + st.error().message);
    AudienceRepository audience(m_db, m_tenantId);
    if (s.id == 0) {
        auto id = audience.addSegment(s);
        if (!id)
            return id.error();
        s.id = *id;
    } else if (auto st = audience.updateSegment(s); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return s;
}

Result<QStringList> LibraryService::campaignsUsing(CatalogKind kind, Id id)
{
    switch (kind) {
    case CatalogKind::Template:
        return ContentRepository(m_db, m_tenantId).campaignsUsingTemplate(id);
    case CatalogKind::Segment:
        return AudienceRepository(m_db, m_tenantId).campaignsUsingSegment(id);
    default:
        break;
    }
    const QString column = kind == CatalogKind::Goal ? QStringLiteral("goal_id") : QStringLiteral("writer_id");
    SqlQuery q(m_db.connection(), u"SELECT name FROM campaigns WHERE tenant_id = ? AND " + column + u" = ? ORDER BY name");
    q.bind(m_tenantId).bind(id);
    if (auto st = q.exec(u"finding the campaigns that name " + CatalogRepository::noun(kind) + u' ' + QString::number(id));
        !st)
        return st.error();
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    return out;
}

Result<QStringList> LibraryService::remove(CatalogKind kind, const QString &reference)
{
    if (auto st = Permissions::require(m_actor, actionFor(kind)); !st)
        return st.error();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto e = find(kind, reference);
    if (!e)
        return e.error();
    auto using_ = campaignsUsing(kind, e->id);
    if (!using_)
        return using_.error();
    if (auto st = CatalogRepository(m_db, m_tenantId).softDelete(kind, e->id); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return using_;
}

} // namespace herald
