#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

namespace herald {

enum class CampaignStatus;
enum class MessageStatus;

// Every colour the window gives a meaning to, in one place: error, warning, success and
// information text and banners, and the campaign status badges. Each has a light and a
// dark form, chosen by the palette, and each text keeps a contrast of at least 4.5:1
// (WCAG AA) with what it is drawn on (tst_tones computes it for both palettes).
namespace Tones {

enum class Tone { Error, Warning, Success, Info, Neutral };

struct Colors
{
    QColor background;
    QColor text;
    QColor border;
};

bool isDark(const QPalette &palette = QGuiApplication::palette());

// Text in `tone` on the palette's window and base backgrounds.
QColor text(Tone tone, const QPalette &palette = QGuiApplication::palette());
// A banner or box in `tone`: its own background, text and border.
Colors banner(Tone tone, const QPalette &palette = QGuiApplication::palette());
// A status badge: filled, with its text; the same in light and dark palettes.
Colors badge(CampaignStatus status);
Colors badge(Tone tone);
// What a message's state means: on its way (Info), done (Success), trying again
// (Warning), given up (Error), or not sent by choice (Neutral).
Tone toneOf(MessageStatus status);
// A highlighted cell (the calendar's today) with its text.
Colors highlight(const QPalette &palette = QGuiApplication::palette());
// Chart series, distinguishable and at least 3:1 against the base background.
QColor series(int index, const QPalette &palette = QGuiApplication::palette());
// A filled band of a chart in `tone` (the state mix): at least 3:1 against the base background.
QColor band(Tone tone, const QPalette &palette = QGuiApplication::palette());
// A text message as a phone shows it (the SMS previews): the bubble and its text.
Colors bubble(const QPalette &palette = QGuiApplication::palette());
// Lines and labels of a chart's axes and grid.
QColor axisText(const QPalette &palette = QGuiApplication::palette());
QColor gridLine(const QPalette &palette = QGuiApplication::palette());
// The printed report's page, white in every palette: what ui/report draws its charts
// on, and what the report tab shows them on, as printed.
QColor paper();

// Style sheets and rich text for the common cases.
QString textStyle(Tone tone, const QPalette &palette = QGuiApplication::palette()); // "color: #b3261e;"
QString bannerStyle(Tone tone, const QPalette &palette = QGuiApplication::palette()); // a QLabel rule
// A chat bubble's QLabel rule (SMS, Telegram and Viber previews), in bubble()'s colours.
QString bubbleStyle(const QPalette &palette = QGuiApplication::palette());
QString html(Tone tone, const QString &escapedText, const QPalette &palette = QGuiApplication::palette());

// The WCAG 2 contrast ratio of two colours, from 1 to 21.
double contrast(const QColor &a, const QColor &b);

} // namespace Tones

} // namespace herald
