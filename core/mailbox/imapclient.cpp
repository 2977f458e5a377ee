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
                                       const QString &doing)
{
    CURL *c = m_handle->curl;
    if (!c)
        return Error::runtime(QStringLiteral("cannot start an IMAP connection (libcurl)"));
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
        return Error::runtime(doing + u": stopped");
    if (sink.overflow)
        return Error::runtime(doing + u": more than " + QString::number(maxBytes / (1024 * 1024)) + u" MB");
    QString why = QString::fromUtf8(m_handle->error).trimmed();
    if (why.isEmpty())
        why = QString::fromUtf8(curl_easy_strerror(code));
    QString fix;
    switch (code) {
    case CURLE_LOGIN_DENIED:
        fix = u" (check the user '" + m_settings.user + u"' and its password)";
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        fix = QStringLiteral(" (the server's certificate is not trusted: give the CA that signed it as ca_file)");
        break;
    case CURLE_USE_SSL_FAILED:
        fix = QStringLiteral(" (the server offers no STARTTLS: use tls implicit and port 993)");
        break;
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_OPERATION_TIMEDOUT:
        fix = QStringLiteral(" (check host and port, and that the server is up)");
        break;
    default:
        break;
    }
    return Error::runtime(doing + u" at " + where + u": " + why + fix);
}

Status ImapClient::probe()
{
    auto r = perform(m_settings.url(), "NOOP", kCommandReplyLimit,
                     u"cannot open folder " + m_settings.folder + u" of the mailbox");
    if (!r)
        return r.error();
    return {};
}

Result<QList<qint64>> ImapClient::unread()
{
    auto r = perform(m_settings.url(), "UID SEARCH NOT KEYWORD HeraldRead", kCommandReplyLimit,
                     u"cannot list the new mail in folder " + m_settings.folder);
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
                   u"cannot read message " + QString::number(uid) + u" of folder " + m_settings.folder);
}

Status ImapClient::markRead(qint64 uid, bool leaveUnseen)
{
    const QByteArray id = QByteArray::number(uid);
    const QString doing = u"cannot mark message " + QString::number(uid) + u" read";
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
