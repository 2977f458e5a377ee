#pragma once

#include <QString>

namespace herald::phone {

// "+", a country code and the subscriber number, 7 to 15 digits in all, the first not 0.
bool isE164(const QString &number);

// The calling code of an ISO 3166 region ("GB" -> 44, "US" -> 1); 0 when Herald does not
// know the region.
int callingCode(const QString &region);

// `text` as E.164, or empty when it is not a phone number. Accepted: "+" or "00" and
// the country code ("+44 7700 900123", "0044 7700 900123"), or a national number of
// `defaultRegion` with its trunk prefix ("07700 900123" in GB, "(415) 555-0100" or
// "1 415 555 0100" in the US). Spaces, dots, dashes, slashes, parentheses and a "(0)"
// after the country code are ignored; letters are not.
QString toE164(const QString &text, const QString &defaultRegion);

} // namespace herald::phone
