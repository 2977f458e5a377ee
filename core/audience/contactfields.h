#pragma once

#include "domain/contact.h"
#include "domain/result.h"

namespace herald::contactfields {

// An email address as Herald takes one: something@domain.tld, no spaces or quotes.
bool isEmail(const QString &text);

// A Telegram chat id as the Bot API gives one: digits, a minus first for a group.
bool isTelegramChat(const QString &text);
// A Viber user id as Viber's callbacks give one: 1 to 64 printable characters, no spaces.
bool isViberUser(const QString &text);

// A browser's Web Push subscription made ready to store: an https endpoint (http only on
// this machine, for a push service under test), a P-256 public key (65 bytes) and a
// 16-byte auth secret, both base64url as browsers write them. The error names the part.
Result<PushSubscription> pushSubscription(const QString &endpoint, const QString &p256dh, const QString &auth);
// The same from the JSON a site's script gets from PushSubscription.toJSON():
// {"endpoint": "...", "keys": {"p256dh": "...", "auth": "..."}}.
Result<PushSubscription> pushSubscriptionFromJson(const QByteArray &json);

// A contact as a person typed it, made ready to store: every field trimmed, the email
// checked, the phone as E.164 (a number without "+" read in `defaultRegion`), the time
// zone a known id, tags without duplicates, custom fields named (and not after a standard
// merge field), Telegram and Viber ids of their form, and an email, a phone, a Telegram
// chat or a Viber user to reach it by. The error names the field and
// what was wrong with it.
Result<Contact> normalised(Contact contact, const QString &defaultRegion);

} // namespace herald::contactfields
