#include "imapclient.h"

#include <curl/curl.h>

#include <algorithm>

#include <mutex>

namespace herald {

namespace {

struct Sink
{
    QByteArray data;
    qsizetype limit = 0;
    bool overflow = false;
};

size_t write(char *ptr, size_t size, size_t count, void *userdata)
{
    auto *sink = static_cast<Sink *>(userdata);
    const size_t bytes = size * count;
    if (sink->data.size() + qsizetype(bytes) > sink->limit) {
        sink->overflow = true;
        return 0; // aborts the transfer
    }
    sink->data.append(ptr, qsizetype(bytes));
    return bytes;
}

int progress(void *clientp, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancel = static_cast<const std::atomic<bool> *>(clientp);
    return cancel && *cancel ? 1 : 0; // non-zero aborts
}

constexpr qsizetype kCommandReplyLimit = 16 * 1024 * 1024;

} // namespace

struct ImapClient::Handle
{
    CURL *curl = nullptr;
    char error[CURL_ERROR_SIZE] = {};
};

ImapClient::ImapClient(const MailboxSettings &settings, const std::atomic<bool> *cancel)
    : m_handle(std::make_unique<Handle>()), m_settings(settings), m_cancel(cancel)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_handle->curl = curl_easy_init();
}

ImapClient::~ImapClient()
{
    if (m_handle->curl)
        curl_easy_cleanup(m_handle->curl);
}

Result<QByteArray> ImapClient::perform(const QString &url, const QByteArray &command, qsizetype maxBytes,
                                       const Text &doing)
{
    CURL *c = m_handle->curl;
    if (!c)
        return Error::runtime(Text::tr("cannot start an IMAP connection (libcurl)"));
    Sink sink;
    sink.limit = maxBytes;
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toLocal8Bit();
    curl_easy_reset(c);
    curl_easy_setopt(c, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 300L);
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData()); // the system's stay in CAPATH
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    if (!command.isEmpty())
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, command.constData());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &write);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    if (m_cancel) {
        curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, &progress);
        curl_easy_setopt(c, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool> *>(m_cancel));
    }
    m_handle->error[0] = '\0';
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, m_handle->error);
    const CURLcode code = curl_easy_perform(c);
    if (code == CURLE_OK)
        return sink.data;
    const QString where = m_settings.host + u':' + QString::number(m_settings.port);
    if (code == CURLE_ABORTED_BY_CALLBACK)
        return Error::runtime(Text::tr("%1: stopped").arg(doing));
    if (sink.overflow)
        return Error::runtime(Text::tr("%1: more than %2 MB").arg(doing, QString::number(maxBytes / (1024 * 1024))));
    QString why = QString::fromUtf8(m_handle->error).trimmed();
    if (why.isEmpty())
        why = QString::fromUtf8(curl_easy_strerror(code));
    switch (code) {
    case CURLE_LOGIN_DENIED:
        return Error::runtime(
            Text::tr("%1 at %2: %3 (check the user '%4' and its password)").arg(doing, where, why, m_settings.user));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return Error::runtime(
            Text::tr("%1 at %2: %3 (the server's certificate is not trusted: give the CA that signed it as %4)")
                .arg(doing, where, why, QStringLiteral("ca_file")));
    case CURLE_USE_SSL_FAILED:
        return Error::runtime(Text::tr("%1 at %2: %3 (the server offers no STARTTLS: use %4 and port 993)")
                                  .arg(doing, where, why, QStringLiteral("tls implicit")));
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_OPERATION_TIMEDOUT:
        return Error::runtime(
            Text::tr("%1 at %2: %3 (check host and port, and that the server is up)").arg(doing, where, why));
    default:
        break;
    }
    return Error::runtime(Text::tr("%1 at %2: %3").arg(doing, where, why));
}

Status ImapClient::probe()
{
    auto r = perform(m_settings.url(), "NOOP", kCommandReplyLimit,
                     Text::tr("cannot open folder %1 of the mailbox").arg(m_settings.folder));
    if (!r)
        return r.error();
    return {};
}

Result<QList<qint64>> ImapClient::unread()
{
    auto r = perform(m_settings.url(), "UID SEARCH NOT KEYWORD HeraldRead", kCommandReplyLimit,
                     Text::tr("cannot list the new mail in folder %1").arg(m_settings.folder));
    if (!r)
        return r.error();
    // "* SEARCH 4 7 9": the one untagged answer libcurl passes on.
    QList<qint64> uids;
    for (const QByteArray &line : r->split('\n')) {
        const QByteArray l = line.trimmed();
        if (!l.startsWith("* SEARCH"))
            continue;
        for (const QByteArray &word : l.mid(8).split(' ')) {
            bool ok = false;
            const qint64 uid = word.toLongLong(&ok);
            if (ok && uid > 0)
                uids << uid;
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

Result<QByteArray> ImapClient::fetch(qint64 uid, qsizetype maxBytes)
{
    return perform(m_settings.url() + u"/;UID=" + QString::number(uid), {}, maxBytes,
                   Text::tr("cannot read message %1 of folder %2").arg(QString::number(uid), m_settings.folder));
}

Status ImapClient::markRead(qint64 uid, bool leaveUnseen)
{
    const QByteArray id = QByteArray::number(uid);
    const Text doing = Text::tr("cannot mark message %1 read").arg(uid);
    if (auto r = perform(m_settings.url(), "UID STORE " + id + " +FLAGS.SILENT (HeraldRead)", kCommandReplyLimit, doing);
        !r)
        return r.error();
    if (leaveUnseen)
        if (auto r = perform(m_settings.url(), "UID STORE " + id + " -FLAGS.SILENT (\\Seen)", kCommandReplyLimit, doing);
            !r)
            return r.error();
    return {};
}

} // namespace herald
