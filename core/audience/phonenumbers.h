#pragma once

#include <QString>

namespace herald::phone {

// "+", a country code and the subscriber number, 7 to 15 digits in all, the first not 0.
bool isE164(const QString &number);

// The calling code of an ISO 3166 region ("GB" -> 44, "US" -> 1); 0 for one that is not.
int callingCode(const QString &region);

// `text` as E.164, or empty when it is not a phone number (Google's libphonenumber, the
// rules of every region): "+" and the country code ("+44 7700 900123", a trunk zero kept
// by mistake as in "+44 07911 123456" or "+44 (0)20 ..." dropped), the international
// prefix of `defaultRegion` ("0044 ..." in most of the world, "0011 44 ..." in Australia,
// "011 44 ..." in the US), or a national number of `defaultRegion` ("07700 900123" in
// GB, "(415) 555-0100" or "1 415 555 0100" in the US). It must be a possible number for
// its country (its length), dialable from anywhere (not local-only without its area
// code). Spaces, dots, dashes, slashes and parentheses are ignored; letters are refused.
// An empty `defaultRegion` reads only "+" or "00" and the country code.
QString toE164(const QString &text, const QString &defaultRegion);

} // namespace herald::phone
