#pragma once

#include "domain/contact.h"
#include "domain/result.h"

namespace herald::contactfields {

// An email address as Herald takes one: something@domain.tld, no spaces or quotes.
bool isEmail(const QString &text);

// A contact as a person typed it, made ready to store: every field trimmed, the email
// checked, the phone as E.164 (a number without "+" read in `defaultRegion`), the time
// zone a known id, tags without duplicates, custom fields named (and not after a standard
// merge field), and an email or a phone to reach it by. The error names the field and
// what was wrong with it.
Result<Contact> normalised(Contact contact, const QString &defaultRegion);

} // namespace herald::contactfields
