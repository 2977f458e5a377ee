#include "libraryservice.h"

#include "audience/segmentrules.h"
#include "domain/inputtext.h"
#include "domain/permissions.h"
#include "domain/webaddress.h"
#include "providers/sip/callaudio.h"
#include "providers/telegram/telegramphoto.h"
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
    return Error::notFound(
        Text::tr("%1 %2 not found in this tenant").arg(CatalogRepository::nounText(kind), QString::number(id)));
}

} // namespace

LibraryService::LibraryService(Database db, Id tenantId, User actor)
    : m_db(std::move(db)), m_tenantId(tenantId), m_actor(std::move(actor))
{
}

Result<CatalogEntry> LibraryService::find(CatalogKind kind, const QString &reference)
{
    if (reference.trimmed().isEmpty())
        return Error::usage(Text::tr("name the %1").arg(CatalogRepository::nounText(kind)));
    auto entry = CatalogRepository(m_db, m_tenantId).resolve(kind, reference.trimmed());
    if (entry && entry->deleted)
        return Error::notFound(Text::tr("%1 '%2' was deleted").arg(CatalogRepository::nounText(kind), entry->name));
    return entry;
}

Status LibraryService::checkChange(CatalogKind kind, const QString &name, Id self)
{
    if (auto st = Permissions::require(m_actor, actionFor(kind)); !st)
        return st;
    const Text noun = CatalogRepository::nounText(kind);
    if (name.isEmpty())
        return Error::usage(Text::tr("a %1 needs a name").arg(noun));
    if (auto st = checkText(name, Text::tr("the name of a %1").arg(noun), kNameMax); !st)
        return st;
    auto all = CatalogRepository(m_db, m_tenantId).list(kind);
    if (!all)
        return all.error();
    for (const CatalogEntry &e : std::as_const(*all))
        if (!e.deleted && e.id != self && e.name.compare(name, Qt::CaseInsensitive) == 0)
            return Error::refused(
                Text::tr("another %1 is called '%2' already: choose another name").arg(noun, e.name));
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
    if (auto st = checkText(g.metric, Text::tr("the goal's metric"), kNameMax); !st)
        return st.error();
    if (g.target < 0)
        return Error::usage(Text::tr("the target of goal '%1' cannot be negative").arg(g.name));
    g.url = g.url.trimmed();
    if (!g.url.isEmpty()) {
        const QUrl url(g.url, QUrl::StrictMode);
        if (!isWebAddress(url))
            return Error::usage(Text::tr("the URL of goal '%1' must be an http or https address, not %2")
                                    .arg(g.name, quotedInput(g.url)));
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
        return Error::usage(Text::tr("writer '%1': an SMS may take 1 to 10 segments, not %2")
                                .arg(w.name, QString::number(w.smsMaxSegments)));
    if (w.emailSubjectMax < 10 || w.emailSubjectMax > 200)
        return Error::usage(Text::tr("writer '%1': the longest email subject is 10 to 200 characters, not %2")
                                .arg(w.name, QString::number(w.emailSubjectMax)));
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
        return Error::usage((t.kind == ChannelKind::Email
                                 ? Text::tr("template '%1' has no body: give the email's HTML or text")
                                 : Text::tr("template '%1' has no body: give the message's text"))
                                .arg(t.name));
    if (auto st = checkText(t.subject, Text::tr("the subject of template '%1'").arg(t.name), 998); !st)
        return st.error();
    if (auto st = checkText(t.preheader, Text::tr("the preheader of template '%1'").arg(t.name), 998); !st)
        return st.error();
    // Files go with emails; a call script may have one: the recording played instead of
    // speaking it; a Telegram message one photo, its text the caption.
    if (t.kind == ChannelKind::Phone && t.attachments.size() > 1)
        return Error::usage(Text::tr("template '%1' has %2 recordings: a call plays one")
                                .arg(t.name, QString::number(t.attachments.size())));
    if (t.kind == ChannelKind::Telegram && t.attachments.size() > 1)
        return Error::usage(Text::tr("template '%1' has %2 photos: a Telegram message carries one")
                                .arg(t.name, QString::number(t.attachments.size())));
    if (t.kind != ChannelKind::Email && t.kind != ChannelKind::Phone && t.kind != ChannelKind::Telegram
        && !t.attachments.isEmpty())
        return Error::usage(Text::tr("template '%1' is for %2: only email templates carry files, call scripts a "
                                     "recording and Telegram messages a photo")
                                .arg(t.name, displayText(t.kind)));
    if (t.kind == ChannelKind::Telegram && !t.attachments.isEmpty()) {
        if (auto st = telegramphoto::check(t.attachments.constFirst(), t.name); !st)
            return st.error();
        if (const qsizetype length = telegramphoto::captionLength(t.body); length > telegramphoto::kMaxCaption)
            return Error::usage(Text::tr("template '%1' has a photo, so its text is the photo's caption, which "
                                         "holds %2 characters; this text has %3. Shorten it or remove the photo.")
                                    .arg(t.name, QString::number(telegramphoto::kMaxCaption), QString::number(length)));
    }
    for (const Attachment &a : std::as_const(t.attachments))
        if (t.kind == ChannelKind::Phone && !a.data.isEmpty()) // a new recording (stored ones were checked)
            if (auto pcm =
                    CallAudio::decode(a.data, Text::tr("the recording %1 of template '%2'").arg(a.fileName, t.name));
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
            return Error::usage(
                Text::tr("template '%1' is for %2: a template keeps its channel (make a new one for %3)")
                    .arg(t.name, displayText(current->kind), displayText(t.kind)));
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
        return Error::usage(Text::tr("segment '%1': %2").arg(s.name, st.error().text()));
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
