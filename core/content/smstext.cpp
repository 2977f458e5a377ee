#include "smstext.h"

namespace herald {

namespace {

// GSM 03.38 basic character set and its extension table (the latter costs an escape).
const QString &basic()
{
    static const QString s =
        QStringLiteral("@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\u00D8\u00F8\r\u00C5\u00E5"
                       "\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\u00C6\u00E6\u00DF\u00C9"
                       " !\"#\u00A4%&'()*+,-./0123456789:;<=>?"
                       "\u00A1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00C4\u00D6\u00D1\u00DC\u00A7"
                       "\u00BFabcdefghijklmnopqrstuvwxyz\u00E4\u00F6\u00F1\u00FC\u00E0");
    return s;
}

const QString &extension()
{
    static const QString s = QStringLiteral("^{}\\[~]|\u20AC\f");
    return s;
}

} // namespace

SmsText SmsText::measure(const QString &text)
{
    SmsText out;
    int septets = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (basic().contains(c)) {
            septets += 1;
        } else if (extension().contains(c)) {
            septets += 2;
        } else {
            out.unicode = true;
            out.forcesUnicodeAt = i;
            out.forcesUnicode = text.mid(i, c.isHighSurrogate() && i + 1 < text.size() ? 2 : 1);
            break;
        }
    }
    if (out.unicode) {
        out.units = int(text.size());
        out.segments = out.units == 0 ? 0 : (out.units <= 70 ? 1 : (out.units + 66) / 67);
    } else {
        out.units = septets;
        out.segments = septets == 0 ? 0 : (septets <= 160 ? 1 : (septets + 152) / 153);
    }
    return out;
}

} // namespace herald
