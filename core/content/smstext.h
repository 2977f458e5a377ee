#pragma once

#include <QString>

namespace herald {

// How an SMS text travels: GSM-7 when every character is in the GSM 03.38 alphabet
// (extension characters count twice), else UCS-2; and how many segments that takes
// (160/153 septets or 70/67 UCS-2 characters per segment).
struct SmsText
{
    bool unicode = false;
    int units = 0;    // septets (GSM-7) or UTF-16 code units (UCS-2)
    int segments = 0; // 0 for an empty text
    // What makes it UCS-2: the first character outside GSM-7 (a surrogate pair stays
    // whole) and its position in the text; empty and -1 for GSM-7.
    QString forcesUnicode;
    qsizetype forcesUnicodeAt = -1;

    static SmsText measure(const QString &text);
};

} // namespace herald
