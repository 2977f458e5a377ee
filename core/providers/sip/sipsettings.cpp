#include "sipsettings.h"

#include "domain/inputtext.h"
#include "providers/providersecret.h"
#include "providers/settingsjson.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace herald {

namespace {

// A number as the trunk wants it: E.164 with its "+", or the digits alone.
QString numberAs(const QString &e164, const QString &format)
{
    if (format == u"digits" && e164.startsWith(u'+'))
        return e164.mid(1);
    return e164;
}

QString hostPart(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host; // an IPv6 literal
}

bool isVoiceName(const QString &voice)
{
    static const QRegularExpression voiceName(QStringLiteral(R"(^[A-Za-z0-9_+-]{1,40}$)"));
    return voiceName.match(voice).hasMatch();
}

} // namespace

QString SipSettings::voiceOf(const QString &json)
{
    const QString voice = QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1StringView("voice")).toString();
    return isVoiceName(voice) ? voice : SipSettings().voice;
}

Result<SipSettings> SipSettings::fromJson(const QString &json, const QString &typedPassword)
{
    const Text what = Text::tr("SIP settings");
    auto o = SettingsJson::parse(json, what,
                                 {QStringLiteral("proxy"), QStringLiteral("transport"), QStringLiteral("user"),
                                  QStringLiteral("domain"), QStringLiteral("caller_id_format"),
                                  QStringLiteral("local_address"), QStringLiteral("ring_timeout_secs"),
                                  QStringLiteral("max_calls"), QStringLiteral("calls_per_minute"),
                                  QStringLiteral("keypress_wait_secs"), QStringLiteral("voice"),
                                  QStringLiteral("opt_out_key"), QStringLiteral("keys"), QStringLiteral("tls_ca_file")});
    if (!o)
        return o.error();
    SipSettings s;
    auto proxy = o->text(QLatin1StringView("proxy"));
    auto transport = o->text(QLatin1StringView("transport"), QStringLiteral("udp"));
    auto user = o->text(QLatin1StringView("user"));
    auto domain = o->text(QLatin1StringView("domain"));
    auto format = o->text(QLatin1StringView("caller_id_format"), s.callerIdFormat);
    auto local = o->text(QLatin1StringView("local_address"));
    auto voice = o->text(QLatin1StringView("voice"), s.voice);
    auto optOut = o->text(QLatin1StringView("opt_out_key"), QString(s.optOutKey));
    auto caFile = o->text(QLatin1StringView("tls_ca_file"));
    for (const auto *r : {&proxy, &transport, &user, &domain, &format, &local, &voice, &optOut, &caFile})
        if (!*r)
            return r->error();
    auto ring = o->integer(QLatin1StringView("ring_timeout_secs"), s.ringTimeoutSecs, 5, 300);
    auto calls = o->integer(QLatin1StringView("max_calls"), s.maxCalls, 1, 500);
    auto perMinute = o->integer(QLatin1StringView("calls_per_minute"), s.callsPerMinute, 1, 6000);
    auto wait = o->integer(QLatin1StringView("keypress_wait_secs"), s.keypressWaitSecs, 0, 60);
    for (const auto *r : {&ring, &calls, &perMinute, &wait})
        if (!*r)
            return r->error();

    const QString t = transport->trimmed().toLower();
    if (t == u"udp")
        s.transport = Transport::Udp;
    else if (t == u"tcp")
        s.transport = Transport::Tcp;
    else if (t == u"tls")
        s.transport = Transport::Tls;
    else
        return Error::usage(Text::tr("%1: %2 %3 is not udp, tcp or tls")
                                .arg(what, QStringLiteral("transport"), quotedInput(*transport)));

    if (proxy->trimmed().isEmpty())
        return Error::usage(Text::tr("%1: %2 is missing; give the trunk's proxy or registrar as sip:HOST:PORT, e.g. "
                                     "sip:pbx.example.org:5060")
                                .arg(what, QStringLiteral("proxy")));
    static const QRegularExpression uri(QStringLiteral(R"(^sips?:(?:([^@;]+)@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?(?:;.*)?$)"));
    const auto m = uri.match(proxy->trimmed());
    const uint port = m.hasMatch() && m.hasCaptured(3) ? m.captured(3).toUInt() : 0;
    if (!m.hasMatch() || (m.hasCaptured(3) && (port < 1 || port > 65535)))
        return Error::usage(Text::tr("%1: %2 %3 is not a SIP address such as sip:pbx.example.org:5060 or "
                                     "sip:192.0.2.10")
                                .arg(what, QStringLiteral("proxy"), quotedInput(*proxy)));
    s.proxyHost = m.captured(2);
    if (s.proxyHost.startsWith(u'['))
        s.proxyHost = s.proxyHost.mid(1, s.proxyHost.size() - 2);
    s.proxyPort = port != 0 ? quint16(port) : (s.transport == Transport::Tls ? 5061 : 5060);

    s.tlsCaFile = caFile->trimmed();
    if (!s.tlsCaFile.isEmpty()) {
        if (s.transport != Transport::Tls)
            return Error::usage(Text::tr("%1: %2 is for transport tls; the transport is %3")
                                    .arg(what, QStringLiteral("tls_ca_file"), s.transportName()));
        if (!QFileInfo(s.tlsCaFile).isReadable())
            return Error::usage(Text::tr("%1: %2 %3 cannot be read; give the PEM file of the authority that signed "
                                         "the trunk's certificate")
                                    .arg(what, QStringLiteral("tls_ca_file"), quotedInput(s.tlsCaFile)));
    }

    s.user = user->trimmed();
    s.domain = domain->trimmed().isEmpty() ? s.proxyHost : domain->trimmed();
    s.callerIdFormat = format->trimmed().toLower();
    if (s.callerIdFormat != u"e164" && s.callerIdFormat != u"digits")
        return Error::usage(Text::tr("%1: %2 %3 is not e164 or digits")
                                .arg(what, QStringLiteral("caller_id_format"), quotedInput(*format)));
    if (!local->trimmed().isEmpty()) {
        s.localAddress = QHostAddress(local->trimmed());
        if (s.localAddress.isNull())
            return Error::usage(Text::tr("%1: %2 %3 is not an IP address of this machine, such as 192.0.2.20")
                                    .arg(what, QStringLiteral("local_address"), quotedInput(*local)));
    }
    s.ringTimeoutSecs = *ring;
    s.maxCalls = *calls;
    s.callsPerMinute = *perMinute;
    s.keypressWaitSecs = *wait;
    if (!isVoiceName(*voice))
        return Error::usage(Text::tr("%1: %2 %3 is not an espeak-ng voice name such as en, en-us, de or fr")
                                .arg(what, QStringLiteral("voice"), quotedInput(*voice)));
    s.voice = *voice;
    static const QString dialPad = QStringLiteral("0123456789*#");
    const auto isKey = [](const QString &k) { return k.size() == 1 && dialPad.contains(k.at(0)); };
    if (!optOut->isEmpty() && !isKey(*optOut))
        return Error::usage(Text::tr("%1: %2 %3 is not one key of the dial pad (0-9, * or #), or \"\" for none")
                                .arg(what, QStringLiteral("opt_out_key"), quotedInput(*optOut)));
    s.optOutKey = optOut->isEmpty() ? QChar() : optOut->at(0);
    auto keys = o->object(QLatin1StringView("keys"));
    if (!keys)
        return keys.error();
    for (auto it = keys->constBegin(); it != keys->constEnd(); ++it) {
        if (!isKey(it.key()) || !it.value().isString() || it.value().toString().trimmed().isEmpty()
            || it.value().toString().size() > 200)
            return Error::usage(Text::tr("%1: %2 must map dial pad keys to what they mean, e.g. {\"1\": \"call me "
                                         "back\"}; %3 does not")
                                    .arg(what, QStringLiteral("keys"), quotedInput(it.key())));
        if (it.key().at(0) == s.optOutKey)
            return Error::usage(
                Text::tr("%1: key %2 is the opt-out key; give it no other meaning").arg(what, it.key()));
        s.keys.insert(it.key().at(0), it.value().toString().trimmed());
    }
    auto password = readProviderPassword(o->object(), what, typedPassword);
    if (!password)
        return password.error();
    s.password = *password;
    return s;
}

QString SipSettings::uriFor(const QString &e164) const
{
    return u"sip:" + numberAs(e164, callerIdFormat) + u'@' + proxyAddress()
           + (transport == Transport::Udp ? QString() : u";transport=" + transportName());
}

QString SipSettings::callerIdFor(const QString &e164) const
{
    return u"sip:" + numberAs(e164, callerIdFormat) + u'@' + hostPart(domain);
}

QString SipSettings::replyFor(QChar key) const
{
    const QString meaning = keys.value(key);
    return meaning.isEmpty() ? QString(key) : QString(key) + u": " + meaning;
}

QString SipSettings::proxyAddress() const
{
    return hostPart(proxyHost) + u':' + QString::number(proxyPort);
}

QString SipSettings::transportName() const
{
    switch (transport) {
    case Transport::Udp:
        return QStringLiteral("udp");
    case Transport::Tcp:
        return QStringLiteral("tcp");
    case Transport::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

} // namespace herald
