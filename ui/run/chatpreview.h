#pragma once

#include <QByteArray>
#include <QString>

class QWidget;

namespace herald {

// How a message of the messaging channels looks where it arrives, for the run dialog's
// previews: a Telegram chat bubble (the bot's name over the text as Telegram's HTML), a
// Viber bubble (the sender's name over the text), a browser's push notification (title,
// text, the site it opens). `text` is merged already: HTML-escaped for Telegram.
namespace chatpreview {

// `photo`: the template's picture (its text is then the caption), or empty.
QWidget *telegram(const QString &bot, const QString &html, const QByteArray &photo, QWidget *parent);
QWidget *viber(const QString &sender, const QString &text, QWidget *parent);
// `payload`: the JSON the browser decrypts (WebPushProvider::payloadOf).
QWidget *push(const QByteArray &payload, QWidget *parent);

} // namespace chatpreview
} // namespace herald
