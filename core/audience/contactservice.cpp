#include "contactservice.h"

#include "domain/inputtext.h"
#include "domain/permissions.h"
#include "storage/audiencerepository.h"
#include "storage/uploadrepository.h"

namespace herald {

namespace {

constexpr qsizetype kListNameMax = 100;
constexpr qsizetype kTagMax = 60;

Status checkList(const ContactList &list)
{
    if (list.name.trimmed().isEmpty())
        return Error::usage(Text::tr("a contact list needs a name"));
    return checkText(list.name.trimmed(), Text::tr("the name of a contact list"), kListNameMax);
}

} // namespace

ContactService::ContactService(Database db, Id tenantId, User actor)
    : m_db(std::move(db)), m_tenantId(tenantId), m_actor(std::move(actor))
{
}

Result<Contact> ContactService::save(const Contact &contact, const QString &defaultRegion, const QList<Id> &listIds)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st.error();
    return AudienceRepository(m_db, m_tenantId).saveContact(contact, defaultRegion, listIds);
}

Status ContactService::setTags(Id contactId, const QStringList &tags)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st;
    QStringList clean;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (t.isEmpty())
            continue;
        if (auto st = checkText(t, Text::tr("a tag"), kTagMax); !st)
            return st;
        clean << t;
    }
    return AudienceRepository(m_db, m_tenantId).setTags(contactId, clean);
}

Result<ContactList> ContactService::addList(ContactList list)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st.error();
    if (auto st = checkList(list); !st)
        return st.error();
    list.tenantId = m_tenantId;
    list.name = list.name.trimmed();
    auto id = AudienceRepository(m_db, m_tenantId).addList(list);
    if (!id)
        return id.error();
    list.id = *id;
    return list;
}

Status ContactService::updateList(const ContactList &list)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st;
    if (auto st = checkList(list); !st)
        return st;
    return AudienceRepository(m_db, m_tenantId).updateList(list);
}

Status ContactService::deleteList(Id listId)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st;
    return AudienceRepository(m_db, m_tenantId).deleteList(listId);
}

Status ContactService::removeFromList(Id listId, const QList<Id> &contactIds)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st;
    return AudienceRepository(m_db, m_tenantId).removeFromList(listId, contactIds);
}

Status ContactService::linkUpload(Id uploadId, Id campaignId)
{
    if (auto st = Permissions::require(m_actor, Action::ImportContacts); !st)
        return st;
    return UploadRepository(m_db, m_tenantId).link(uploadId, campaignId);
}

} // namespace herald
