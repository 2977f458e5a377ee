#pragma once

#include <QTextBrowser>

namespace herald {

struct SmsText;

// "143 characters, 1 segment, GSM-7", or what forces UCS-2 and where: the one wording
// the builder, the template editor and the run dialog use.
QString smsSizeText(const SmsText &sms);

// An email's HTML as its recipient's client lays it out, and nothing more: no image,
// stylesheet or frame is loaded (remote or local), no link opens, scripts and event
// handlers are dropped before Qt's rich text (which runs none anyway) sees them.
class SafeHtmlView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeHtmlView)

public:
    explicit SafeHtmlView(QWidget *parent = nullptr);
    void showHtml(const QString &html);
    // The distinct resources the last HTML asked for and did not get.
    int blockedResources() const { return int(m_blocked.size()); }
    QVariant loadResource(int type, const QUrl &name) override;
    static QString withoutScripts(const QString &html);

private:
    QList<QUrl> m_blocked;
};

} // namespace herald
