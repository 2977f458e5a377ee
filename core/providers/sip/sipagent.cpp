#include "sipagent.h"

#include "callaudio.h"

#include <QHostInfo>
#include <QUdpSocket>

#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <re.h>
// re_dbg.h's dbg_init, for a file that prints nothing of its own through it.
#define DEBUG_MODULE "herald-sip"
#define DEBUG_LEVEL 0
#include <re_dbg.h>

#include <cstring>
#include <functional>
#include <future>
#include <map>
#include <string>
#include <thread>
#include <utility>

// libre 1.1 exports its TLS context's OpenSSL SSL_CTX without declaring it in re_tls.h.
extern "C" SSL_CTX *tls_openssl_context(const struct tls *tls);

namespace herald {

namespace {

enum Command { DialCall, SendOptions, Quit };
constexpr int kFrameMs = 20;
constexpr int kFrameBytes = 160;       // 20 ms of G.711 at 8 kHz
constexpr int kTelephoneEvent = 101;   // the payload type offered for RFC 4733 events
constexpr uint8_t kSilenceU = 0xff;    // G.711 silence, mu-law and A-law
constexpr uint8_t kSilenceA = 0xd5;

QString text(const pl &p)
{
    return QString::fromUtf8(p.p, qsizetype(p.l));
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

} // namespace

struct SipAgent::Engine
{
    struct Leg;

    SipAgent *owner = nullptr;
    SipSettings settings;
    std::string user, password, route, fromDomain, proxyUri;
    sa laddr{};
    std::thread thread;
    mqueue *mq = nullptr;
    sip *stack = nullptr;
    sipsess_sock *sock = nullptr;
    sip_auth *optionsAuth = nullptr;
    sip_dialog *optionsDialog = nullptr;
    struct sip_request *optionsRequest = nullptr; // "struct": libre has a function of the name
    bool optionsChallenged = false;
    tmr quitTimer{};
    std::map<quint64, Leg *> legs;
    struct tls *tls = nullptr; // transport tls: verifies the trunk's certificate
    std::string tlsRefusal;    // why the trunk's certificate was refused, until it answers again

    // OpenSSL's verdict on the trunk's certificate, kept to say why a connection failed.
    static int verifyCertificate(int ok, X509_STORE_CTX *store)
    {
        auto *ssl = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
        if (auto *e = ssl ? static_cast<Engine *>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl))) : nullptr) {
            if (!ok)
                e->tlsRefusal = X509_verify_cert_error_string(X509_STORE_CTX_get_error(store));
            else if (X509_STORE_CTX_get_error_depth(store) == 0)
                e->tlsRefusal.clear(); // the trunk's own certificate passed
        }
        return ok;
    }

    // TLS to the trunk: its certificate must be valid for the proxy's name (or address) and
    // signed by an authority the system trusts, or by the one in tls_ca_file.
    Status useTls()
    {
        const QString ca = settings.tlsCaFile;
        if (const int err = tls_alloc(&tls, TLS_METHOD_SSLV23, nullptr, nullptr); err != 0)
            return Error::runtime(
                Text::tr("cannot set up TLS for SIP: %1").arg(QString::fromLocal8Bit(std::strerror(err))));
        const auto refuse = [this](const Text &why) -> Status {
            tls = static_cast<struct tls *>(mem_deref(tls));
            return Error::usage(why);
        };
        if (!ca.isEmpty() && tls_add_ca(tls, utf8(ca).c_str()) != 0)
            return refuse(
                Text::tr("SIP settings: %1 %2 holds no PEM certificate").arg(QStringLiteral("tls_ca_file"), ca));
        SSL_CTX *ctx = tls_openssl_context(tls);
        if (ca.isEmpty())
            SSL_CTX_set_default_verify_paths(ctx);
        SSL_CTX_set_app_data(ctx, this);
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verifyCertificate);
        // The name (or address, written as OpenSSL reads it) the certificate must be for;
        // every connection's SSL is made from this context and inherits it.
        X509_VERIFY_PARAM *param = SSL_CTX_get0_param(ctx);
        const QHostAddress ip(settings.proxyHost);
        int set = 0;
        if (ip.isNull()) {
            X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
            set = X509_VERIFY_PARAM_set1_host(param, utf8(settings.proxyHost).c_str(), 0);
        } else {
            set = X509_VERIFY_PARAM_set1_ip_asc(param, utf8(ip.toString()).c_str());
        }
        if (set != 1)
            return refuse(
                Text::tr("SIP settings: cannot check the trunk's certificate against %1").arg(settings.proxyHost));
        return {};
    }

    // Why a request got no answer: the system's words, and the certificate's fault first.
    Text failure(int err) const
    {
        const QString why = QString::fromLocal8Bit(std::strerror(err));
        // Refused or unanswered connections never reached the handshake.
        return tlsRefusal.empty() || err == ECONNREFUSED || err == ETIMEDOUT
                   ? Text(why)
                   : Text::tr("the trunk's TLS certificate was refused (%1): %2")
                         .arg(QString::fromStdString(tlsRefusal), why);
    }

    struct Leg
    {
        Engine *engine = nullptr;
        quint64 id = 0;
        sipsess *sess = nullptr;
        sdp_session *sdp = nullptr;
        sdp_media *media = nullptr;
        struct rtp_sock *rtp = nullptr;
        telev *events = nullptr;
        tmr ringTimer{}, frameTimer{}, freeTimer{};
        QByteArray pcm;   // the message as samples, until the callee chooses a codec
        QByteArray audio; // then as that codec's G.711 bytes
        uint8_t pt = 0, silence = kSilenceU;
        bool rang = false, established = false, done = false;
        uint64_t answeredAt = 0;
        int frames = 0;
        uint32_t ts = 0;

        ~Leg()
        {
            tmr_cancel(&ringTimer);
            tmr_cancel(&frameTimer);
            tmr_cancel(&freeTimer);
            mem_deref(sess); // CANCEL while it rings, BYE once answered
            mem_deref(rtp);
            mem_deref(sdp);
            mem_deref(events);
        }
    };

    // Runs `f` on the owner in its thread.
    void post(std::function<void(SipAgent *)> f)
    {
        SipAgent *o = owner;
        QMetaObject::invokeMethod(o, [o, f = std::move(f)] { f(o); }, Qt::QueuedConnection);
    }

    static int auth(char **username, char **pw, const char *, void *arg)
    {
        auto *e = static_cast<Engine *>(arg);
        if (e->user.empty())
            return EAUTH; // nothing to answer a challenge with
        int err = str_dup(username, e->user.c_str());
        return err ? err : str_dup(pw, e->password.c_str());
    }

    static void incoming(const sip_msg *msg, void *arg)
    {
        auto *e = static_cast<Engine *>(arg);
        sip_treply(nullptr, e->stack, msg, 603, "Decline"); // Herald places calls, it takes none
    }

    void finish(Leg *leg, Ending ending)
    {
        if (leg->done)
            return;
        leg->done = true;
        if (leg->established && ending.end == End::Completed)
            ending.talkMs = qint64(tmr_jiffies() - leg->answeredAt);
        tmr_cancel(&leg->ringTimer);
        tmr_cancel(&leg->frameTimer);
        const quint64 id = leg->id;
        post([id, ending](SipAgent *o) { emit o->ended(id, ending); });
        // Freed from the loop, not inside one of libre's handlers for the session.
        tmr_start(&leg->freeTimer, 0, [](void *arg) {
            auto *l = static_cast<Leg *>(arg);
            l->engine->legs.erase(l->id);
            delete l;
        }, leg);
    }

    static void progress(const sip_msg *msg, void *arg)
    {
        auto *leg = static_cast<Leg *>(arg);
        if (leg->rang || (msg->scode != 180 && msg->scode != 183))
            return;
        leg->rang = true;
        const quint64 id = leg->id;
        leg->engine->post([id](SipAgent *o) { emit o->ringing(id); });
    }

    static int answer(const sip_msg *msg, void *arg)
    {
        auto *leg = static_cast<Leg *>(arg);
        return sdp_decode(leg->sdp, msg->mb, false);
    }

    static void sendFrame(void *arg)
    {
        auto *leg = static_cast<Leg *>(arg);
        Engine *e = leg->engine;
        const QByteArray &audio = leg->audio;
        const qsizetype at = qsizetype(leg->frames) * kFrameBytes;
        if (at >= audio.size()) { // the message is over: a last chance for a key, then BYE
            tmr_start(&leg->frameTimer, uint64_t(e->settings.keypressWaitSecs) * 1000,
                      [](void *a) {
                          auto *l = static_cast<Leg *>(a);
                          l->engine->finish(l, {End::Completed, 200, {}, 0}); // BYE
                      },
                      leg);
            return;
        }
        mbuf *mb = mbuf_alloc(RTP_HEADER_SIZE + kFrameBytes);
        if (mb) {
            mb->pos = RTP_HEADER_SIZE;
            const qsizetype n = std::min<qsizetype>(kFrameBytes, audio.size() - at);
            mbuf_write_mem(mb, reinterpret_cast<const uint8_t *>(audio.constData() + at), size_t(n));
            for (qsizetype i = n; i < kFrameBytes; ++i)
                mbuf_write_u8(mb, leg->silence);
            mb->pos = RTP_HEADER_SIZE;
            rtp_send(leg->rtp, sdp_media_raddr(leg->media), false, leg->frames == 0, leg->pt, leg->ts, mb);
            mem_deref(mb);
        }
        ++leg->frames;
        leg->ts += kFrameBytes;
        // Paced against the answer's time, not the last timer: no drift over a long message.
        const uint64_t due = leg->answeredAt + uint64_t(leg->frames) * kFrameMs;
        const uint64_t now = tmr_jiffies();
        tmr_start(&leg->frameTimer, due > now ? due - now : 0, sendFrame, leg);
    }

    static void established(const sip_msg *, void *arg)
    {
        auto *leg = static_cast<Leg *>(arg);
        Engine *e = leg->engine;
        tmr_cancel(&leg->ringTimer);
        const quint64 id = leg->id;
        if (!leg->rang) { // answered at once: it rang, if only for a moment
            leg->rang = true;
            e->post([id](SipAgent *o) { emit o->ringing(id); });
        }
        leg->established = true;
        leg->answeredAt = tmr_jiffies();
        e->post([id](SipAgent *o) { emit o->answered(id); });
        const sdp_format *format = sdp_media_rformat(leg->media, "PCMU");
        if (!format)
            format = sdp_media_rformat(leg->media, "PCMA");
        if (!format || !sdp_media_raddr(leg->media) || !sa_isset(sdp_media_raddr(leg->media), SA_ALL)) {
            e->finish(leg, {End::Failed, 488, QStringLiteral("the callee accepts neither PCMU nor PCMA audio"), 0});
            return;
        }
        const bool alaw = str_casecmp(format->name, "PCMA") == 0;
        leg->audio = CallAudio::toG711(std::exchange(leg->pcm, {}), alaw);
        leg->silence = alaw ? kSilenceA : kSilenceU;
        leg->pt = uint8_t(format->pt);
        leg->ts = rand_u32();
        sendFrame(leg);
    }

    static void closed(int err, const sip_msg *msg, void *arg)
    {
        auto *leg = static_cast<Leg *>(arg);
        Engine *e = leg->engine;
        if (leg->established) { // the callee hung up
            e->finish(leg, {End::Completed, 200, QStringLiteral("the callee hung up"), 0});
            return;
        }
        if (err || !msg) {
            e->finish(leg, {End::Unreachable, 0, e->failure(err).english(), 0});
            return;
        }
        e->tlsRefusal.clear(); // the trunk answers
        const int code = msg->scode;
        const QString words = QString::number(code) + u' ' + text(msg->reason);
        End end = End::Failed;
        if (code == 486 || code == 600)
            end = End::Busy;
        else if (code == 480 || code == 408)
            end = End::NoAnswer;
        else if (code == 603)
            end = End::Declined;
        else if (code == 404 || code == 484)
            end = End::InvalidNumber;
        else if (code == 503)
            end = End::Unreachable;
        e->finish(leg, {end, code, words, 0});
    }

    static void rtpIn(const sa *, const rtp_header *hdr, mbuf *mb, void *arg)
    {
        auto *leg = static_cast<Leg *>(arg);
        if (hdr->pt != kTelephoneEvent || leg->done)
            return;
        int event = 0;
        bool end = false;
        if (telev_recv(leg->events, mb, &event, &end) != 0 || end)
            return; // a repeat, or the end of an event already told
        const int digit = telev_code2digit(event);
        if (digit <= 0)
            return;
        const quint64 id = leg->id;
        const QChar key = QChar(char16_t(digit));
        leg->engine->post([id, key](SipAgent *o) { emit o->keyPressed(id, key); });
    }

    void dial(quint64 id, const std::string &to, const std::string &from, QByteArray pcm)
    {
        auto *leg = new Leg;
        leg->engine = this;
        leg->id = id;
        leg->pcm = std::move(pcm);
        legs[id] = leg;
        sa rtpAddress = laddr;
        sa_set_port(&rtpAddress, 0);
        int err = rtp_listen(&leg->rtp, IPPROTO_UDP, &rtpAddress, 10000, 60000, false, rtpIn, nullptr, leg);
        err = err ? err : telev_alloc(&leg->events, TELEV_PTIME);
        err = err ? err : sdp_session_alloc(&leg->sdp, &rtpAddress);
        err = err ? err : sdp_media_add(&leg->media, leg->sdp, "audio", sa_port(rtp_local(leg->rtp)), "RTP/AVP");
        err = err ? err : sdp_format_add(nullptr, leg->media, false, "0", "PCMU", 8000, 1, nullptr, nullptr, nullptr, false, nullptr);
        err = err ? err : sdp_format_add(nullptr, leg->media, false, "8", "PCMA", 8000, 1, nullptr, nullptr, nullptr, false, nullptr);
        err = err ? err
                  : sdp_format_add(nullptr, leg->media, false, "101", telev_rtpfmt, 8000, 1, nullptr, nullptr, nullptr,
                                   false, "0-15");
        mbuf *offer = nullptr;
        err = err ? err : sdp_encode(&offer, leg->sdp, true);
        if (!err) {
            const char *routev[] = {route.c_str()};
            const std::string identity = "P-Asserted-Identity: <" + from + ">\r\n";
            err = sipsess_connect(&leg->sess, sock, to.c_str(), nullptr, from.c_str(),
                                  user.empty() ? "herald" : user.c_str(), routev, 1, "application/sdp", offer, auth,
                                  this, false, nullptr, answer, progress, established, nullptr, nullptr, closed, leg,
                                  "%s", identity.c_str());
        }
        mem_deref(offer);
        if (err) {
            finish(leg, {End::Unreachable, 0, failure(err).english(), 0});
            return;
        }
        tmr_start(&leg->ringTimer, uint64_t(settings.ringTimeoutSecs) * 1000,
                  [](void *a) {
                      auto *l = static_cast<Leg *>(a);
                      l->engine->finish(l, {End::NoAnswer, 0,
                                            QStringLiteral("no answer within %1 s").arg(l->engine->settings.ringTimeoutSecs),
                                            0});
                  },
                  leg);
    }

    static void optionsAnswer(int err, const sip_msg *msg, void *arg)
    {
        auto *e = static_cast<Engine *>(arg);
        e->optionsRequest = nullptr;
        const QString proxy = e->settings.proxyAddress();
        if (err || !msg) {
            const Text why = e->failure(err);
            e->post([proxy, why, tls = why.english().startsWith(u"the trunk's TLS certificate")](SipAgent *o) {
                // What Test connection shows, kept nowhere: in the user interface's language.
                const QString transport = o->m_settings.transportName();
                emit o->optionsAnswered(
                    false, tls ? Text::tr("no answer from the SIP proxy at %1 over %2: %3; check the proxy's name, or "
                                         "give %4 for a private authority")
                                     .arg(proxy, transport, why, QStringLiteral("tls_ca_file"))
                                     .shown()
                               : Text::tr("no answer from the SIP proxy at %1 over %2: %3; check proxy and transport")
                                     .arg(proxy, transport, why)
                                     .shown());
            });
            return;
        }
        e->tlsRefusal.clear();
        const int code = msg->scode;
        if ((code == 401 || code == 407) && !e->optionsChallenged && !e->user.empty()
            && sip_auth_authenticate(e->optionsAuth, msg) == 0) {
            e->optionsChallenged = true;
            e->sendOptions();
            return;
        }
        const QString words = QString::number(code) + u' ' + text(msg->reason);
        const bool ok = code < 500 && code != 401 && code != 407 && code != 403;
        e->post([ok, words, proxy](SipAgent *o) {
            const QString user = o->m_settings.user;
            Text detail = Text::tr("the SIP proxy at %1 answered: %2").arg(proxy, words);
            if (!ok && words.startsWith(u"40"))
                detail = user.isEmpty() ? Text::tr("the SIP proxy at %1 refused calls without credentials: %2; check "
                                                   "user and password")
                                              .arg(proxy, words)
                                        : Text::tr("the SIP proxy at %1 refused user %2: %3; check user and password")
                                              .arg(proxy, user, words);
            emit o->optionsAnswered(ok, detail.shown());
        });
    }

    void sendOptions()
    {
        if (!optionsDialog) {
            const std::string self = "sip:" + (user.empty() ? std::string("herald") : user) + "@" + fromDomain;
            const char *routev[] = {route.c_str()};
            if (int err = sip_dialog_alloc(&optionsDialog, proxyUri.c_str(), proxyUri.c_str(), nullptr, self.c_str(),
                                           routev, 1)) {
                optionsAnswer(err, nullptr, this);
                return;
            }
            sip_auth_alloc(&optionsAuth, auth, this, false);
        }
        const int err = sip_drequestf(&optionsRequest, stack, true, "OPTIONS", optionsDialog, 0, optionsAuth, nullptr,
                                      optionsAnswer, this, "Accept: application/sdp\r\nContent-Length: 0\r\n\r\n");
        if (err)
            optionsAnswer(err, nullptr, this);
    }

    void quit()
    {
        for (auto &[id, leg] : legs)
            leg->done = true; // nobody listens any more
        while (!legs.empty()) {
            delete legs.begin()->second; // BYE and CANCEL go out before the stack closes
            legs.erase(legs.begin());
        }
        optionsRequest = nullptr;
        optionsDialog = static_cast<sip_dialog *>(mem_deref(optionsDialog));
        optionsAuth = static_cast<sip_auth *>(mem_deref(optionsAuth));
        sipsess_close_all(sock);
        sip_close(stack, false);
        // A moment for the last requests to leave; a peer that never answers them does not
        // hold up the end.
        tmr_start(&quitTimer, 300, [](void *) { re_cancel(); }, nullptr);
    }

    static void command(int id, void *data, void *arg)
    {
        auto *e = static_cast<Engine *>(arg);
        switch (id) {
        case DialCall: {
            std::unique_ptr<Call> c(static_cast<Call *>(data));
            e->dial(c->id, utf8(c->to), utf8(c->from), std::move(c->pcm));
            break;
        }
        case SendOptions:
            e->optionsChallenged = false;
            e->sendOptions();
            break;
        case Quit:
            e->quit();
            break;
        }
    }

    // In the thread: the stack, its transport and the queue, then the loop.
    void run(std::promise<int> &started)
    {
        re_thread_init();
        dbg_init(DBG_ERR, DBG_NONE); // libre's warnings on stderr: its failures reach the caller with words of ours
        // Hash tables sized for thousands of transactions and dialogs: finished ones linger
        // for SIP's timers (32 s for an INVITE's), and short chains keep set-up fast.
        int err = sip_alloc(&stack, nullptr, 1024, 1024, 256, "Herald", nullptr, nullptr);
        if (!err)
            err = tls ? sip_transp_add(stack, SIP_TRANSP_TLS, &laddr, tls)
                      : sip_transp_add(stack, settings.transport == SipSettings::Transport::Tcp ? SIP_TRANSP_TCP
                                                                                                : SIP_TRANSP_UDP,
                                       &laddr);
        if (!err)
            err = sipsess_listen(&sock, stack, 1024, incoming, this);
        if (!err)
            err = mqueue_alloc(&mq, command, this);
        started.set_value(err);
        if (!err)
            re_main(nullptr);
        tmr_cancel(&quitTimer);
        mem_deref(sock);
        mem_deref(stack);
        mem_deref(mq);
        mem_deref(tls);
        re_thread_close();
    }
};

SipAgent::SipAgent(const SipSettings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    qRegisterMetaType<herald::SipAgent::Ending>();
}

SipAgent::~SipAgent()
{
    if (m_engine && m_engine->thread.joinable()) {
        mqueue_push(m_engine->mq, Quit, nullptr);
        m_engine->thread.join();
    }
}

Status SipAgent::start()
{
    if (m_engine)
        return {};
    const QString proxy = m_settings.proxyAddress();
    QHostAddress proxyIp(m_settings.proxyHost);
    if (proxyIp.isNull()) {
        const QHostInfo found = QHostInfo::fromName(m_settings.proxyHost);
        if (found.addresses().isEmpty())
            return Error::runtime(Text::tr("cannot find the SIP proxy %1: %2; check \"%3\" in the phone provider "
                                           "settings")
                                      .arg(m_settings.proxyHost, found.errorString(), QStringLiteral("proxy")));
        proxyIp = found.addresses().first();
    }
    QHostAddress local = m_settings.localAddress;
    if (local.isNull()) { // the address the system routes to the proxy from; nothing is sent
        QUdpSocket probe;
        probe.connectToHost(proxyIp, m_settings.proxyPort);
        local = probe.localAddress();
        if (local.isNull())
            return Error::runtime(Text::tr("no route to the SIP proxy at %1; check \"%2\", or give \"%3\"")
                                      .arg(proxy, QStringLiteral("proxy"), QStringLiteral("local_address")));
    }
    auto engine = std::make_unique<Engine>();
    engine->owner = this;
    engine->settings = m_settings;
    engine->user = utf8(m_settings.user);
    engine->password = utf8(m_settings.password);
    engine->fromDomain = utf8(m_settings.domain);
    const QString host = proxyIp.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + proxyIp.toString() + u']'
                                                                              : proxyIp.toString();
    const QString transport =
        m_settings.transport == SipSettings::Transport::Udp ? QString() : u";transport=" + m_settings.transportName();
    engine->route = utf8(u"sip:" + host + u':' + QString::number(m_settings.proxyPort) + transport + u";lr");
    engine->proxyUri = utf8(u"sip:" + host + u':' + QString::number(m_settings.proxyPort) + transport);
    if (sa_set_str(&engine->laddr, utf8(local.toString()).c_str(), 0) != 0)
        return Error::runtime(Text::tr("cannot use the local address %1 for SIP").arg(local.toString()));
    if (m_settings.transport == SipSettings::Transport::Tls)
        if (auto st = engine->useTls(); !st)
            return st;
    std::promise<int> started;
    auto ready = started.get_future();
    Engine *e = engine.get();
    engine->thread = std::thread([e, &started] { e->run(started); });
    const int err = ready.get();
    if (err != 0) {
        engine->thread.join();
        return Error::runtime(Text::tr("cannot start SIP on %1: %2; check \"%3\" in the phone provider settings")
                                  .arg(local.toString(), QString::fromLocal8Bit(std::strerror(err)),
                                       QStringLiteral("local_address")));
    }
    m_engine = std::move(engine);
    return {};
}

void SipAgent::dial(const Call &call)
{
    if (!m_engine) {
        emit ended(call.id, {End::Unreachable, 0, QStringLiteral("SIP is not started"), 0});
        return;
    }
    mqueue_push(m_engine->mq, DialCall, new Call(call));
}

void SipAgent::ping()
{
    if (!m_engine) {
        emit optionsAnswered(false, Text::tr("SIP is not started").shown());
        return;
    }
    mqueue_push(m_engine->mq, SendOptions, nullptr);
}

} // namespace herald
