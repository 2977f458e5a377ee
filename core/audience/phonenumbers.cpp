#include "phonenumbers.h"

#include <QHash>

namespace herald::phone {

namespace {

struct Region
{
    int code;
    bool dropsLeadingZero; // national numbers are written with a trunk "0"
};

const QHash<QString, Region> &regions()
{
    // The regions Herald's users send to most; NANP members share +1.
    static const QHash<QString, Region> all{
        {QStringLiteral("US"), {1, false}},   {QStringLiteral("CA"), {1, false}},   {QStringLiteral("GB"), {44, true}},
        {QStringLiteral("IE"), {353, true}},  {QStringLiteral("FR"), {33, true}},   {QStringLiteral("DE"), {49, true}},
        {QStringLiteral("AT"), {43, true}},   {QStringLiteral("CH"), {41, true}},   {QStringLiteral("NL"), {31, true}},
        {QStringLiteral("BE"), {32, true}},   {QStringLiteral("LU"), {352, false}}, {QStringLiteral("ES"), {34, false}},
        {QStringLiteral("PT"), {351, false}}, {QStringLiteral("IT"), {39, false}},  {QStringLiteral("SE"), {46, true}},
        {QStringLiteral("NO"), {47, false}},  {QStringLiteral("DK"), {45, false}},  {QStringLiteral("FI"), {358, true}},
        {QStringLiteral("PL"), {48, false}},  {QStringLiteral("CZ"), {420, false}}, {QStringLiteral("GR"), {30, false}},
        {QStringLiteral("AU"), {61, true}},   {QStringLiteral("NZ"), {64, true}},   {QStringLiteral("IN"), {91, true}},
        {QStringLiteral("JP"), {81, true}},   {QStringLiteral("SG"), {65, false}},  {QStringLiteral("BR"), {55, true}},
        {QStringLiteral("MX"), {52, false}},  {QStringLiteral("ZA"), {27, true}},   {QStringLiteral("IL"), {972, true}},
    };
    return all;
}

} // namespace

bool isE164(const QString &number)
{
    if (number.size() < 8 || number.size() > 16 || number.at(0) != u'+' || number.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < number.size(); ++i)
        if (!number.at(i).isDigit() || number.at(i).unicode() > 127)
            return false;
    return true;
}

int callingCode(const QString &region)
{
    return regions().value(region.toUpper(), Region{0, false}).code;
}

QString toE164(const QString &text, const QString &defaultRegion)
{
    QString t = text.trimmed();
    t.replace(QStringLiteral("(0)"), QString()); // "+44 (0)20 ...": the trunk prefix, shown for callers at home
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.unicode() >= '0' && c.unicode() <= '9')
            digits += c;
        else if (c == u'+' && digits.isEmpty() && !plus)
            plus = true;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'/' && c != u'(' && c != u')' && c != u'\u00a0')
            return {};
    }
    if (digits.isEmpty())
        return {};
    QString e164;
    if (plus) {
        e164 = u'+' + digits;
    } else if (digits.startsWith(QStringLiteral("00"))) {
        e164 = u'+' + digits.mid(2);
    } else {
        const auto region = regions().constFind(defaultRegion.toUpper());
        if (region == regions().cend())
            return {};
        QString national = digits;
        if (region->code == 1) { // NANP: ten digits, maybe after the "1" dialled before them
            if (national.size() == 11 && national.startsWith(u'1'))
                national.remove(0, 1);
            if (national.size() != 10)
                return {};
        } else if (region->dropsLeadingZero && national.startsWith(u'0')) {
            national.remove(0, 1);
        }
        e164 = u'+' + QString::number(region->code) + national;
    }
    return isE164(e164) ? e164 : QString();
}

} // namespace herald::phone
