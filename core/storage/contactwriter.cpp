#include "contactwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace herald {

ContactWriter::ContactWriter(const QSqlDatabase &db, Id tenantId)
    : m_tenantId(tenantId),
      m_insert(db, QStringLiteral("INSERT INTO contacts (tenant_id, first_name, last_name, email, phone, time_zone, "
                                  "tags, custom_fields, created_at, telegram_chat, viber_user) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")),
      m_member(db, QStringLiteral("INSERT INTO contact_list_members (tenant_id, list_id, contact_id) VALUES (?, ?, ?) "
                                  "ON CONFLICT DO NOTHING")),
      m_fieldName(db, QStringLiteral("INSERT INTO custom_fields (tenant_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING")),
      m_statistics(db, {QStringLiteral("contacts"), QStringLiteral("contact_list_members")})
{}

Result<Id> ContactWriter::insert(const Contact &c, const QDateTime &now)
{
    m_insert.bind(m_tenantId).bind(c.firstName).bind(c.lastName).bind(c.email).bind(c.phone).bind(c.timeZone);
    m_insert.bind(tagsToSql(c.tags)).bind(customFieldsToSql(c.customFields));
    m_insert.bindTime(c.createdAt.isValid() ? c.createdAt : now).bind(c.telegramChat).bind(c.viberUser);
    auto id = m_insert.execId(u"adding contact " + c.firstName + u' ' + c.lastName);
    m_insert.raw().finish();
    if (!id)
        return id;
    if (auto st = m_statistics.rowAdded(); !st)
        return st.error();
    if (auto st = recordFieldNames(c.customFields); !st)
        return st.error();
    return id;
}

Status ContactWriter::recordFieldNames(const QMap<QString, QString> &fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (m_knownNames.contains(it.key()))
            continue;
        m_fieldName.bind(m_tenantId).bind(it.key());
        if (auto st = m_fieldName.exec(u"recording custom field " + it.key()); !st)
            return st;
        m_knownNames.insert(it.key());
    }
    return {};
}

Status ContactWriter::addToList(Id listId, Id contactId)
{
    m_member.bind(m_tenantId).bind(listId).bind(contactId);
    return m_member.exec(u"adding a contact to list " + QString::number(listId));
}

QString ContactWriter::tagsToSql(const QStringList &tags)
{
    return tags.isEmpty() ? QString() : u',' + tags.join(u',') + u',';
}

QStringList ContactWriter::tagsFromSql(const QString &text)
{
    return text.split(u',', Qt::SkipEmptyParts);
}

QString ContactWriter::customFieldsToSql(const QMap<QString, QString> &fields)
{
    if (fields.isEmpty())
        return {};
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> ContactWriter::customFieldsFromSql(const QString &text)
{
    QMap<QString, QString> out;
    if (text.isEmpty())
        return out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace herald
