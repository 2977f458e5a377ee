// Whatever arrives in a tenant's mailbox (bounces, complaints, replies, anything at all):
// read without crashing, within bounds, and the same every time.
#include "fuzzsupport.h"
#include "mailbox/inboundmail.h"
#include "mailbox/mailboxsettings.h"

using namespace herald;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = fuzz::bytes(data, size);
    const InboundMail mail = InboundMail::parse(raw);
    const InboundMail again = InboundMail::parse(raw);
    HERALD_FUZZ_CHECK(mail.kind == again.kind && mail.references == again.references
                          && mail.addresses == again.addresses && mail.text == again.text,
                      QString());
    HERALD_FUZZ_CHECK(mail.diagnostic.size() <= 200, mail.diagnostic);
    HERALD_FUZZ_CHECK(!mail.permanent || mail.kind == InboundMail::Kind::Bounce, QString());
    // A VERP address is only ever one Herald signed.
    for (const QString &address : mail.addresses)
        HERALD_FUZZ_CHECK(!MailboxSettings::verpMessage(address, QStringLiteral("00112233445566778899aabbccddeeff"), 1),
                          address);
    return 0;
}
