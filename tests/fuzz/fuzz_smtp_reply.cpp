// SMTP replies on any bytes, in any pieces: the same replies whether the bytes come at
// once or cut at the points the input chooses, and within the bounds.
#include "fuzzsupport.h"
#include "providers/smtp/smtpreply.h"

using namespace herald;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int step = 1 + data[0]; // where the pieces are cut
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    SmtpReplyReader whole;
    const QList<SmtpReplyReader::Reply> once = whole.feed(input);
    SmtpReplyReader pieces;
    QList<SmtpReplyReader::Reply> cut;
    for (qsizetype i = 0; i < input.size(); i += step)
        cut += pieces.feed(input.mid(i, step));
    HERALD_FUZZ_CHECK(whole.overflowed() == pieces.overflowed() || whole.overflowed(), QString());
    if (whole.overflowed() || pieces.overflowed())
        return 0;
    HERALD_FUZZ_CHECK(once.size() == cut.size(), QString::number(once.size()) + u" <> " + QString::number(cut.size()));
    for (qsizetype i = 0; i < once.size(); ++i) {
        HERALD_FUZZ_CHECK(once.at(i).code == cut.at(i).code && once.at(i).lines == cut.at(i).lines,
                          once.at(i).lines.join(u'|') + u" <> " + cut.at(i).lines.join(u'|'));
        HERALD_FUZZ_CHECK(once.at(i).code >= 0 && once.at(i).code <= 999, QString::number(once.at(i).code));
        HERALD_FUZZ_CHECK(once.at(i).lines.size() <= SmtpReplyReader::kMaxLines, QString());
    }
    return 0;
}
