// The fields a CSV column can map to, and the field a column's header suggests.
#include "contactimport.h"

namespace herald {

namespace {

QString squeezed(const QString &header)
{
    QString out;
    for (const QChar c : header)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

} // namespace

QStringList ContactImport::fields()
{
    return {QStringLiteral("first_name"),     QStringLiteral("last_name"),
            QStringLiteral("name"),           QStringLiteral("email"),
            QStringLiteral("phone"),          QStringLiteral("time_zone"),
            QStringLiteral("tags"),           QStringLiteral("telegram_chat_id"),
            QStringLiteral("viber_user_id"),  QStringLiteral("webpush_endpoint"),
            QStringLiteral("webpush_p256dh"), QStringLiteral("webpush_auth")};
}

QString ContactImport::fieldForHeader(const QString &header)
{
    static const QHash<QString, QString> synonyms{
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("emailaddress"), QStringLiteral("email")},
        {QStringLiteral("mail"), QStringLiteral("email")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("phonenumber"), QStringLiteral("phone")},
        {QStringLiteral("mobile"), QStringLiteral("phone")},
        {QStringLiteral("mobilephone"), QStringLiteral("phone")},
        {QStringLiteral("mobilenumber"), QStringLiteral("phone")},
        {QStringLiteral("cell"), QStringLiteral("phone")},
        {QStringLiteral("cellphone"), QStringLiteral("phone")},
        {QStringLiteral("msisdn"), QStringLiteral("phone")},
        {QStringLiteral("tel"), QStringLiteral("phone")},
        {QStringLiteral("telephone"), QStringLiteral("phone")},
        {QStringLiteral("firstname"), QStringLiteral("first_name")},
        {QStringLiteral("first"), QStringLiteral("first_name")},
        {QStringLiteral("givenname"), QStringLiteral("first_name")},
        {QStringLiteral("forename"), QStringLiteral("first_name")},
        {QStringLiteral("lastname"), QStringLiteral("last_name")},
        {QStringLiteral("last"), QStringLiteral("last_name")},
        {QStringLiteral("surname"), QStringLiteral("last_name")},
        {QStringLiteral("familyname"), QStringLiteral("last_name")},
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("fullname"), QStringLiteral("name")},
        {QStringLiteral("contactname"), QStringLiteral("name")},
        {QStringLiteral("timezone"), QStringLiteral("time_zone")},
        {QStringLiteral("tz"), QStringLiteral("time_zone")},
        {QStringLiteral("tags"), QStringLiteral("tags")},
        {QStringLiteral("tag"), QStringLiteral("tags")},
        {QStringLiteral("labels"), QStringLiteral("tags")},
        {QStringLiteral("telegram"), QStringLiteral("telegram_chat_id")},
        {QStringLiteral("telegramchat"), QStringLiteral("telegram_chat_id")},
        {QStringLiteral("telegramchatid"), QStringLiteral("telegram_chat_id")},
        {QStringLiteral("viber"), QStringLiteral("viber_user_id")},
        {QStringLiteral("viberid"), QStringLiteral("viber_user_id")},
        {QStringLiteral("viberuser"), QStringLiteral("viber_user_id")},
        {QStringLiteral("viberuserid"), QStringLiteral("viber_user_id")},
        {QStringLiteral("webpushendpoint"), QStringLiteral("webpush_endpoint")},
        {QStringLiteral("pushendpoint"), QStringLiteral("webpush_endpoint")},
        {QStringLiteral("endpoint"), QStringLiteral("webpush_endpoint")},
        {QStringLiteral("webpushp256dh"), QStringLiteral("webpush_p256dh")},
        {QStringLiteral("p256dh"), QStringLiteral("webpush_p256dh")},
        {QStringLiteral("webpushauth"), QStringLiteral("webpush_auth")},
        {QStringLiteral("auth"), QStringLiteral("webpush_auth")},
    };
    const QString key = squeezed(header);
    if (key.isEmpty())
        return QStringLiteral("ignore");
    return synonyms.value(key, u"custom." + header.trimmed());
}

} // namespace herald
