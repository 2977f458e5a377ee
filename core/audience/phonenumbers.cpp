#include "phonenumbers.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace herald::phone {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// What a person types around a number: digits, one leading "+", and the separators
// people write. Letters are refused rather than read as a keypad's ("77OO" is a typo).
bool onlyPhoneCharacters(QStringView text)
{
    bool digitSeen = false, plusSeen = false;
    for (const QChar c : text) {
        if (c.unicode() >= '0' && c.unicode() <= '9')
            digitSeen = true;
        else if (c == u'+' && !digitSeen && !plusSeen)
            plusSeen = true;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'/' && c != u'(' && c != u')' && c != u'\u00a0')
            return false;
    }
    return digitSeen;
}

} // namespace

bool isE164(const QString &number)
{
    if (number.size() < 8 || number.size() > 16 || number.at(0) != u'+' || number.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < number.size(); ++i)
        if (number.at(i).unicode() < '0' || number.at(i).unicode() > '9')
            return false;
    return true;
}

int callingCode(const QString &region)
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.trimmed().toUpper().toStdString());
}

QString toE164(const QString &text, const QString &defaultRegion)
{
    QString t = text.trimmed();
    if (t.size() > 64 || !onlyPhoneCharacters(t))
        return {};
    // Without a region only international numbers are read; "00" is the prefix dialled
    // abroad from most of the world.
    QString region = defaultRegion.trimmed().toUpper();
    if (region.isEmpty()) {
        if (t.startsWith(QStringLiteral("00")))
            t = u'+' + t.mid(2);
        region = QStringLiteral("ZZ");
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    // A number that can be dialled from anywhere (not a local-only one without its area
    // code), by its length for the country: not whether it is assigned today.
    const auto read = [util](const QString &digits, const QString &in, PhoneNumber *number) {
        return util->Parse(digits.toStdString(), in.toStdString(), number) == PhoneNumberUtil::NO_PARSING_ERROR
               && util->IsPossibleNumberWithReason(*number) == PhoneNumberUtil::IS_POSSIBLE;
    };
    PhoneNumber number;
    // "00" is how most of the world dials abroad, and how lists from there write numbers:
    // read so where the region's own prefix differs (011 in the US) and nothing else fits.
    if (!read(t, region, &number) && !(t.startsWith(QStringLiteral("00")) && read(u'+' + t.mid(2), region, &number)))
        return {};
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    const QString out = QString::fromStdString(e164);
    return isE164(out) ? out : QString();
}

} // namespace herald::phone
