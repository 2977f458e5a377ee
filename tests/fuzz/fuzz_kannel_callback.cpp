// A Kannel gateway's callbacks (delivery reports, inbound messages) on any bytes: decoded
// within their bounds, or refused with a reason.
#include "fuzzsupport.h"
#include "providers/kannel/kannelcallback.h"
#include "providers/kannel/kannelprovider.h"

using namespace herald;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray form = fuzz::bytes(data, size);
    (void)kannelcallback::token(form);
    if (auto r = kannelcallback::decodeReport(form)) {
        HERALD_FUZZ_CHECK(r->messageId > 0, QString::number(r->messageId));
        HERALD_FUZZ_CHECK(KannelProvider::isReportType(r->type), QString::number(r->type));
        HERALD_FUZZ_CHECK(r->reason.size() <= kannelcallback::kMaxText, QString::number(r->reason.size()));
    } else {
        HERALD_FUZZ_CHECK(!r.error().message.isEmpty(), QString());
    }
    if (auto in = kannelcallback::decodeInbound(form)) {
        HERALD_FUZZ_CHECK(!in->from.isEmpty() && in->from.size() <= 33, in->from);
        HERALD_FUZZ_CHECK(in->text.size() <= kannelcallback::kMaxText && !in->text.contains(QChar(0)), in->text);
        for (const QChar c : std::as_const(in->from))
            HERALD_FUZZ_CHECK(c.unicode() < 0x80 && c.isPrint(), in->from);
    }
    return 0;
}
