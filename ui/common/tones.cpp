#include "tones.h"

#include "domain/campaignstatus.h"
#include "domain/messagestatus.h"

#include <QtMath>

#include <array>

namespace herald::Tones {

namespace {

QColor rgb(unsigned value)
{
    return QColor::fromRgb(QRgb(value));
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor text(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return rgb(dark ? 0xff8a80 : 0xb3261e);
    case Tone::Warning:
        return rgb(dark ? 0xfdd663 : 0x7a5c00);
    case Tone::Success:
        return rgb(dark ? 0x81c995 : 0x1b6e2f);
    case Tone::Info:
        return rgb(dark ? 0x8ab4f8 : 0x0b5cad);
    case Tone::Neutral:
        break;
    }
    return rgb(dark ? 0xb0b4ba : 0x5f6368); // muted, still 4.5:1
}

Colors banner(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? Colors{rgb(0x5c1f1b), rgb(0xffdad6), rgb(0x8c3a33)} : Colors{rgb(0xfdecea), rgb(0x611a15), rgb(0xf5c2c0)};
    case Tone::Warning:
        return dark ? Colors{rgb(0x4d3c00), rgb(0xffe08a), rgb(0x7a6210)} : Colors{rgb(0xfff4ce), rgb(0x4d3800), rgb(0xe0c870)};
    case Tone::Success:
        return dark ? Colors{rgb(0x113d22), rgb(0xc4eed0), rgb(0x2e6b41)} : Colors{rgb(0xe6f4ea), rgb(0x0d4f1f), rgb(0xa8d5b5)};
    case Tone::Info:
        return dark ? Colors{rgb(0x0d2c4d), rgb(0xcfe3ff), rgb(0x2f5a8a)} : Colors{rgb(0xe8f1fb), rgb(0x0b3a66), rgb(0x9cc2e8)};
    case Tone::Neutral:
        break;
    }
    return {palette.color(QPalette::AlternateBase), palette.color(QPalette::Text), palette.color(QPalette::Mid)};
}

Colors badge(CampaignStatus status)
{
    const QColor white = Qt::white;
    switch (status) {
    case CampaignStatus::Draft:
        return {rgb(0x656b73), white, {}};
    case CampaignStatus::Ready:
        return {rgb(0x1565c0), white, {}};
    case CampaignStatus::Scheduled:
        return {rgb(0x6a3fc9), white, {}};
    case CampaignStatus::Running:
        return {rgb(0x177a45), white, {}};
    case CampaignStatus::Paused:
        return {rgb(0x9c5700), white, {}};
    case CampaignStatus::Completed:
        return {rgb(0x2f6f4f), white, {}};
    case CampaignStatus::Stopped:
        return {rgb(0x8a5129), white, {}};
    case CampaignStatus::Failed:
        return {rgb(0xc62828), white, {}};
    case CampaignStatus::Archived:
        return {rgb(0x5f6368), white, {}};
    }
    return {rgb(0x5f6368), white, {}};
}

Colors badge(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return badge(CampaignStatus::Failed);
    case Tone::Warning:
        return badge(CampaignStatus::Paused);
    case Tone::Success:
        return badge(CampaignStatus::Running);
    case Tone::Info:
        return badge(CampaignStatus::Ready);
    case Tone::Neutral:
        break;
    }
    return badge(CampaignStatus::Archived);
}

Tone toneOf(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Queued:
    case MessageStatus::Sending:
    case MessageStatus::Dialing:
    case MessageStatus::Ringing:
        return Tone::Info;
    case MessageStatus::Sent:
    case MessageStatus::Delivered:
    case MessageStatus::AssumedDelivered:
    case MessageStatus::Answered:
    case MessageStatus::Completed:
        return Tone::Success;
    case MessageStatus::Retrying:
    case MessageStatus::NoAnswer:
    case MessageStatus::Busy:
        return Tone::Warning;
    case MessageStatus::Failed:
    case MessageStatus::TimedOut:
        return Tone::Error;
    case MessageStatus::OptedOut:
    case MessageStatus::Cancelled:
        break;
    }
    return Tone::Neutral;
}

Colors highlight(const QPalette &palette)
{
    return isDark(palette) ? Colors{rgb(0x4a3f10), rgb(0xfff3c4), rgb(0x8a7420)}
                           : Colors{rgb(0xfff4c2), rgb(0x1a1a1a), rgb(0xe0c870)};
}

QColor series(int index, const QPalette &palette)
{
    // Tableau 10, and a lighter set for dark backgrounds.
    static constexpr std::array<unsigned, 10> light{0x1f77b4, 0xd95f02, 0x2c8c2c, 0xd62728, 0x9467bd,
                                                    0x8c564b, 0xc2417f, 0x6f6f6f, 0x8a8a00, 0x138d9b};
    static constexpr std::array<unsigned, 10> dark{0x6cb4ee, 0xffa25c, 0x7bd67b, 0xff7b7b, 0xc5a3f0,
                                                   0xd1a08f, 0xf59ccf, 0xbdbdbd, 0xdede5c, 0x5fd6e5};
    const auto &set = isDark(palette) ? dark : light;
    return rgb(set[std::size_t(index) % set.size()]);
}

QColor band(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return rgb(dark ? 0xf06b6b : 0xc62828);
    case Tone::Warning:
        return rgb(dark ? 0xf2c94c : 0x9c6b00);
    case Tone::Success:
        return rgb(dark ? 0x4cbf7f : 0x1e9e5a);
    case Tone::Info:
        return rgb(dark ? 0x5aa2f0 : 0x1f7ae0);
    case Tone::Neutral:
        break;
    }
    return rgb(dark ? 0x8a949e : 0x87919c);
}

Colors bubble(const QPalette &palette)
{
    return isDark(palette) ? Colors{rgb(0x404045), rgb(0xffffff), {}} : Colors{rgb(0xe5e5ea), rgb(0x000000), {}};
}

QColor axisText(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

QColor gridLine(const QPalette &palette)
{
    return isDark(palette) ? rgb(0x4a4a4a) : rgb(0xdddddd);
}

QColor paper()
{
    return Qt::white;
}

QString textStyle(Tone tone, const QPalette &palette)
{
    return u"color: " + text(tone, palette).name() + u';';
}

QString bannerStyle(Tone tone, const QPalette &palette)
{
    const Colors c = banner(tone, palette);
    return u"QLabel { background: " + c.background.name() + u"; color: " + c.text.name() + u"; border: 1px solid "
           + c.border.name() + u"; border-radius: 3px; padding: 6px; }";
}

QString bubbleStyle(const QPalette &palette)
{
    const Colors c = bubble(palette);
    return u"QLabel { background: " + c.background.name() + u"; color: " + c.text.name()
           + u"; border-radius: 16px; padding: 10px 14px; }";
}

QString html(Tone tone, const QString &escapedText, const QPalette &palette)
{
    return u"<span style='color:" + text(tone, palette).name() + u"'>" + escapedText + u"</span>";
}

double contrast(const QColor &a, const QColor &b)
{
    double la = luminance(a), lb = luminance(b);
    if (la < lb)
        std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

} // namespace herald::Tones
