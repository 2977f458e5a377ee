#pragma once

class QHttpServer;

namespace herald {

// The endpoint Viber calls back on a tenant's listener:
//   POST /viber/callback?token=T   delivery reports, subscriptions, conversations, messages
// routed to the ViberProvider attached under the tenant's token (CallbackRegistry), which
// verifies the body's X-Viber-Content-Signature. A request without a known token or with a
// wrong signature gets 403 and changes nothing; an accepted one gets 200, as Viber expects.
namespace vibercallbacks {

void route(QHttpServer &server);

} // namespace vibercallbacks
} // namespace herald
