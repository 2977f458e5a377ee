// Segment rules JSON on any text: parsed or refused; what parses writes back to JSON that
// parses to the same rules, and compiles to SQL or a reason.
#include "audience/segmentrules.h"
#include "fuzzsupport.h"

using namespace herald;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString json = QString::fromUtf8(fuzz::bytes(data, size));
    (void)SegmentRules::validate(json);
    auto root = SegmentRules::parse(json);
    if (!root)
        return 0;
    const QString written = SegmentRules::toJson(*root);
    auto again = SegmentRules::parse(written);
    HERALD_FUZZ_CHECK(again.ok(), written + u": " + (again ? QString() : again.error().message));
    HERALD_FUZZ_CHECK(SegmentRules::toJson(*again) == written, written);
    (void)SegmentRules::compile(*root, SqlDialect());
    return 0;
}
