#include "contactfields.h"

#include "audience/phonenumbers.h"
#include "content/mergefields.h"
#include "domain/inputtext.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace herald::contactfields {

bool isEmail(const QString &text)
{
    // No spaces, quotes or control characters (a NUL byte included), at most 254 characters (RFC 5321).
    static const QRegularExpression re(QStringLiteral(R"(\A[^@\s"\p{Cc}]+@[^@\s."\p{Cc}]+(\.[^@\s."\p{Cc}]+)+\z)"));
    return text.size() <= 254 && re.match(text).hasMatch();
}

Result<Contact> normalised(Contact c, const QString &defaultRegion)
{
    c.firstName = c.firstName.trimmed();
    c.lastName = c.lastName.trimmed();
    c.email = c.email.trimmed();
    c.timeZone = c.timeZone.trimmed();
    if (!c.email.isEmpty() && !isEmail(c.email))
        return Error::usage(Text::tr("email %1 is not an address such as ada@example.com").arg(quotedInput(c.email)));
    if (const QString typed = c.phone.trimmed(); !typed.isEmpty()) {
        c.phone = phone::toE164(typed, defaultRegion);
        if (c.phone.isEmpty())
            return Error::usage(Text::tr("phone %1 is not a phone number of %2 or in +country code form")
                                    .arg(quotedInput(typed), defaultRegion.toUpper()));
    }
    if (c.email.isEmpty() && c.phone.isEmpty())
        return Error::usage(Text::tr("a contact needs an email address or a phone number"));
    if (!c.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(c.timeZone.toUtf8()))
        return Error::usage(
            Text::tr("time zone %1 is not a time zone id such as Europe/London").arg(quotedInput(c.timeZone)));
    QStringList tags;
    for (const QString &tag : std::as_const(c.tags))
        if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed(), Qt::CaseInsensitive))
            tags << tag.trimmed();
    c.tags = tags;
    QMap<QString, QString> fields;
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it) {
        const QString name = it.key().trimmed();
        if (name.isEmpty()) {
            if (!it.value().trimmed().isEmpty())
                return Error::usage(
                    Text::tr("the custom field with the value '%1' needs a name").arg(it.value().trimmed()));
            continue;
        }
        if (MergeFields::standard().contains(name, Qt::CaseInsensitive))
            return Error::usage(Text::tr("'%1' is a standard field: give the custom field another name").arg(name));
        if (!it.value().trimmed().isEmpty())
            fields.insert(name, it.value().trimmed());
    }
    c.customFields = fields;
    return c;
}

} // namespace herald::contactfields
