#include "chatpreview.h"

#include "common/tones.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QPixmap>
#include <QUrl>
#include <QVBoxLayout>

namespace herald::chatpreview {

namespace {

// A rounded bubble under a small bold name, as the apps draw an incoming message.
QWidget *bubble(const QString &objectName, const QString &name, const QString &richText, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(box);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setText(u"<b>" + name.toHtmlEscaped() + u"</b><br>" + richText);
    label->setWordWrap(true);
    label->setMaximumWidth(360);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(Tones::bubbleStyle());
    layout->addWidget(label);
    layout->addStretch(1);
    return box;
}

} // namespace

QWidget *telegram(const QString &bot, const QString &html, const QByteArray &photo, QWidget *parent)
{
    // Telegram keeps the text's line breaks; rich text would fold them.
    QWidget *box =
        bubble(QStringLiteral("telegramBubble"), bot, QString(html).replace(u'\n', QStringLiteral("<br>")), parent);
    if (QImage image; !photo.isEmpty() && image.loadFromData(photo)) {
        auto *picture = new QLabel(box);
        picture->setObjectName(QStringLiteral("telegramPhoto"));
        picture->setPixmap(QPixmap::fromImage(image.width() > 360 ? image.scaledToWidth(360, Qt::SmoothTransformation)
                                                                  : image));
        static_cast<QVBoxLayout *>(box->layout())->insertWidget(0, picture); // above its caption
    }
    return box;
}

QWidget *viber(const QString &sender, const QString &text, QWidget *parent)
{
    return bubble(QStringLiteral("viberBubble"), sender, text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")),
                  parent);
}

QWidget *push(const QByteArray &payload, QWidget *parent)
{
    const QJsonObject p = QJsonDocument::fromJson(payload).object();
    const QUrl url(p.value(u"url").toString());
    auto *card = new QLabel(parent);
    card->setObjectName(QStringLiteral("pushNotification"));
    card->setTextFormat(Qt::RichText);
    card->setWordWrap(true);
    card->setMaximumWidth(380);
    card->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString text = u"<b>" + p.value(u"title").toString().toHtmlEscaped() + u"</b><br>"
                   + p.value(u"body").toString().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    if (url.isValid() && !url.host().isEmpty())
        text += u"<br><small>" + url.host().toHtmlEscaped() + u"</small>";
    card->setText(text);
    card->setToolTip(url.isValid() ? QCoreApplication::translate("herald::chatpreview", "A click opens %1").arg(url.toString())
                                   : QString());
    const QPalette palette = card->palette();
    card->setStyleSheet(u"QLabel { background: " + palette.color(QPalette::Base).name() + u"; color: "
                        + palette.color(QPalette::Text).name() + u"; border: 1px solid " + palette.color(QPalette::Mid).name()
                        + u"; border-radius: 8px; padding: 10px 14px; }");
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    card->setParent(box);
    layout->addWidget(card);
    layout->addStretch(1);
    return box;
}

} // namespace herald::chatpreview
