#include "providerbox.h"

#include "common/dialogs.h"
#include "common/shown.h"
#include "common/tones.h"
#include "domain/permissions.h"
#include "providers/providerregistry.h"
#include "providers/providersecret.h"
#include "providers/providersettings.h"
#include "storage/tenantrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace herald {

using Tones::Tone;

ProviderBox::ProviderBox(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QFormLayout;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("settingsChannel"));
    for (ChannelKind k : {ChannelKind::Email, ChannelKind::Sms, ChannelKind::Phone, ChannelKind::Telegram, ChannelKind::Viber,
                          ChannelKind::WebPush})
        m_channel->addItem(displayName(k), int(k));
    top->addRow(tr("Channe&l:"), m_channel);
    m_channelRow = top;
    m_channel->setMaximumWidth(360);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("settingsProvider"));
    m_provider->setMaximumWidth(360);
    top->addRow(tr("Provide&r:"), m_provider);
    layout->addLayout(top);

    auto *box = new QGroupBox(tr("Provider settings"), this);
    auto *boxLayout = new QVBoxLayout(box);
    m_formHost = new QWidget(box);
    m_form = new QFormLayout(m_formHost);
    boxLayout->addWidget(m_formHost);
    auto *note = m_passwordNote = new QLabel(tr("Passwords are never stored in the workspace: one typed here is kept in the system "
                               "keyring. On a machine without a keyring, name a file only its owner may read "
                               "(chmod 600) or an environment variable that holds it instead."),
                            box);
    note->setWordWrap(true);
    note->setStyleSheet(Tones::textStyle(Tone::Neutral));
    boxLayout->addWidget(note);
    layout->addWidget(box);

    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("settingsTest"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("settingsSave"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    buttons->addWidget(m_test);
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("settingsResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_inbound = new QLabel(this);
    m_inbound->setObjectName(QStringLiteral("settingsInbound"));
    m_inbound->setWordWrap(true);
    m_inbound->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_inbound);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &ProviderBox::showChannel);
    connect(m_provider, &QComboBox::activated, this, [this] { m_modified = true; });
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        buildForm(m_provider->currentText(), QString());
        m_result->clear();
    });
    connect(m_test, &QPushButton::clicked, this, &ProviderBox::testConnection);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this, this, [this] { save(); });
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
}

ProviderBox::~ProviderBox() = default;

QList<ProviderBox::Field> ProviderBox::fieldsOf(const QString &provider)
{
    const Field password{kPasswordKey, tr("Pass&word:")};
    const Field passwordFile{QStringLiteral("password_file"), tr("Password &file:"),
                             tr("/etc/herald/password (mode 0600)")};
    const Field passwordEnv{QStringLiteral("password_env"), tr("Password &variable:"), tr("an environment variable")};
    if (provider == u"smtp")
        return {{QStringLiteral("host"), tr("&Host:"), QStringLiteral("mail.example.com")},
                {QStringLiteral("port"), tr("P&ort:"), tr("587 (465 with implicit TLS)"), true},
                {QStringLiteral("tls"),
                 tr("T&LS:"),
                 {},
                 false,
                 {QStringLiteral("starttls"), QStringLiteral("implicit"), QStringLiteral("none")}},
                {QStringLiteral("ca_file"), tr("Extra &CA file:"), tr("PEM; the system's CAs are always trusted")},
                {QStringLiteral("user"), tr("&User:"), tr("empty: no authentication")},
                password,
                passwordFile,
                passwordEnv,
                {QStringLiteral("connections"), tr("Co&nnections:"), QStringLiteral("2"), true},
                {QStringLiteral("timeout_ms"), tr("Ti&meout (ms):"), QStringLiteral("60000"), true}};
    if (provider == u"kannel")
        return {{QStringLiteral("url"), tr("&Sendsms URL:"), QStringLiteral("http://127.0.0.1:13013/cgi-bin/sendsms")},
                {QStringLiteral("user"), tr("&User:"), tr("a sendsms-user of the gateway")},
                password,
                passwordFile,
                passwordEnv,
                {QStringLiteral("from"), tr("&From:"), tr("sender when the campaign's sender names none")},
                {QStringLiteral("smsc"), tr("SMS&C id:"), tr("empty: the gateway chooses")},
                {QStringLiteral("region"), tr("&Region:"), tr("e.g. US: national numbers the gateway reports")},
                {QStringLiteral("listen"), tr("&Listen on:"), tr("empty: the organisation's listener, else 127.0.0.1:14013")},
                {QStringLiteral("callback_url"), tr("Call&back URL:"), tr("empty: the organisation's public URL")},
                {QStringLiteral("window"), tr("&Window:"), QStringLiteral("100"), true},
                {QStringLiteral("timeout_ms"), tr("Ti&meout (ms):"), QStringLiteral("30000"), true}};
    if (provider == u"sip")
        return {{QStringLiteral("proxy"), tr("&Proxy:"), QStringLiteral("sip:pbx.example.org:5060")},
                {QStringLiteral("transport"),
                 tr("T&ransport:"),
                 {},
                 false,
                 {QStringLiteral("udp"), QStringLiteral("tcp"), QStringLiteral("tls")}},
                {QStringLiteral("tls_ca_file"), tr("TLS &authority:"), tr("empty: the system's; a PEM file otherwise")},
                {QStringLiteral("user"), tr("&User:"), tr("empty: the trunk asks for no credentials")},
                password,
                passwordFile,
                passwordEnv,
                {QStringLiteral("domain"), tr("Caller ID &domain:"), tr("empty: the proxy's host")},
                {QStringLiteral("caller_id_format"),
                 tr("Caller ID &format:"),
                 {},
                 false,
                 {QStringLiteral("e164"), QStringLiteral("digits")}},
                {QStringLiteral("local_address"), tr("Local &address:"), tr("empty: the one that reaches the proxy")},
                {QStringLiteral("ring_timeout_secs"), tr("Ring &timeout (s):"), QStringLiteral("30"), true},
                {QStringLiteral("max_calls"), tr("&Calls at once:"), QStringLiteral("10"), true},
                {QStringLiteral("calls_per_minute"), tr("Calls per &minute:"), QStringLiteral("60"), true},
                {QStringLiteral("keypress_wait_secs"), tr("&Wait for a key (s):"), QStringLiteral("5"), true},
                {QStringLiteral("voice"), tr("&Voice:"), tr("en (espeak-ng voices: en-us, de, fr, ...)")},
                {QStringLiteral("opt_out_key"), tr("&Opt-out key:"), QStringLiteral("9")},
                {QStringLiteral("keys"), tr("&Keys:"), tr("{\"1\": \"call me back\"}")}};
    if (provider == u"telegram")
        return {{QStringLiteral("api_url"), tr("&Bot API:"), tr("empty: https://api.telegram.org")},
                {kPasswordKey, tr("Bot to&ken:"), tr("from @BotFather, e.g. 123456:ABC-DEF…")},
                {QStringLiteral("password_file"), tr("Token &file:"), tr("/etc/herald/telegram-token (mode 0600)")},
                {QStringLiteral("password_env"), tr("Token &variable:"), tr("an environment variable")},
                {QStringLiteral("per_second"), tr("Messa&ges per second:"), QStringLiteral("30"), true},
                {QStringLiteral("per_chat_ms"), tr("Time per c&hat (ms):"), QStringLiteral("1000"), true},
                {QStringLiteral("window"), tr("&Window:"), QStringLiteral("30"), true},
                {QStringLiteral("timeout_ms"), tr("Ti&meout (ms):"), QStringLiteral("30000"), true}};
    if (provider == u"webpush")
        return {{QStringLiteral("subject"), tr("VAPID su&bject:"), tr("mailto:ops@example.org: whom push services may contact")},
                {QStringLiteral("sites"), tr("Site ori&gins:"), tr("https://shop.example, … : pages that subscribe browsers")},
                {QStringLiteral("icon"), tr("Ico&n:"), tr("https://… the notification's icon")},
                {QStringLiteral("url"), tr("De&fault link:"), tr("where a click goes when the text has no link")},
                {QStringLiteral("urgency"),
                 tr("Urgenc&y:"),
                 {},
                 false,
                 {QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("very-low")}},
                {QStringLiteral("window"), tr("&Window:"), QStringLiteral("50"), true},
                {QStringLiteral("timeout_ms"), tr("Ti&meout (ms):"), QStringLiteral("30000"), true}};
    if (provider == u"viber")
        return {{QStringLiteral("api_url"), tr("&Bot API:"), tr("empty: https://chatapi.viber.com/pa")},
                {kPasswordKey, tr("Auth to&ken:"), tr("from the bot's page on Viber's Partners site")},
                {QStringLiteral("password_file"), tr("Token &file:"), tr("/etc/herald/viber-token (mode 0600)")},
                {QStringLiteral("password_env"), tr("Token &variable:"), tr("an environment variable")},
                {QStringLiteral("uri"), tr("C&hat URI:"), tr("the bot's URI, for the links that link contacts")},
                {QStringLiteral("avatar"), tr("Avatar ima&ge:"), tr("https://… a JPEG beside the sender name")},
                {QStringLiteral("per_second"), tr("Messages per seco&nd:"), QStringLiteral("50"), true},
                {QStringLiteral("window"), tr("&Window:"), QStringLiteral("20"), true},
                {QStringLiteral("timeout_ms"), tr("Ti&meout (ms):"), QStringLiteral("30000"), true}};
    return {};
}

void ProviderBox::setSession(const Session &session)
{
    m_session = session;
    showChannel();
}

void ProviderBox::refresh()
{
    showChannel();
}

void ProviderBox::setChannel(ChannelKind kind, bool fixed)
{
    m_channel->setCurrentIndex(m_channel->findData(int(kind)));
    m_channelRow->setRowVisible(m_channel, !fixed);
    showChannel();
}

void ProviderBox::showChannel()
{
    const auto kind = ChannelKind(m_channel->currentData().toInt());
    QString provider, json;
    if (m_session.valid())
        for (const ProviderConfig &c :
             shown(ProviderSettings(*m_session.db, m_session.tenantId, m_session.user).list(), this))
            if (c.kind == kind) {
                provider = c.provider;
                json = c.settings;
                m_inbound->setText([&] {
                    ProviderSettings settings(*m_session.db, m_session.tenantId, m_session.user);
                    if (const auto push = settings.webPushSite(c); !push.publicKey.isEmpty())
                        return push.pushUrl.isEmpty()
                                   ? tr("For the site's code: applicationServerKey = \"%1\". Give the organisation a "
                                        "listener and public URL for the site's subscriptions.")
                                         .arg(push.publicKey)
                                   : tr("For the site's code: applicationServerKey = \"%1\"; subscriptions go to %2")
                                         .arg(push.publicKey, push.pushUrl + u"subscribe");
                    const QString url = settings.inboundUrl(c);
                    return url.isEmpty() ? QString()
                                         : tr("For replies, give the gateway's sms-service: get-url = \"%1\"").arg(url);
                }());
            }
    {
        QSignalBlocker block(m_provider);
        m_provider->clear();
        m_provider->addItems(ProviderSettings::providersFor(kind));
        m_provider->setCurrentIndex(std::max(0, m_provider->findText(provider)));
    }
    if (provider.isEmpty())
        m_inbound->clear();
    m_storedProvider = provider;
    m_storedJson = json;
    buildForm(m_provider->currentText(), json);
    m_modified = false;
    m_result->clear();
    const bool admin = m_session.valid() && Permissions::permits(m_session.user.role, Action::ConfigureProviders);
    m_provider->setEnabled(admin);
    m_formHost->setEnabled(admin);
    m_save->setEnabled(admin);
    m_save->setToolTip(admin ? tr("Save (Ctrl+S)") : tr("Only administrators change providers."));
}

void ProviderBox::buildForm(const QString &provider, const QString &json)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    const QJsonObject values = QJsonDocument::fromJson(json.toUtf8()).object();
    const QList<Field> fields = fieldsOf(provider);
    m_passwordNote->setVisible(std::any_of(fields.cbegin(), fields.cend(), [](const Field &f) { return f.key == kPasswordKey; }));
    for (const Field &f : fields) {
        QWidget *editor = nullptr;
        if (!f.choices.isEmpty()) {
            auto *combo = new QComboBox(m_formHost);
            combo->addItems(f.choices);
            combo->setCurrentIndex(std::max(0, combo->findText(values.value(f.key).toString())));
            editor = combo;
        } else if (f.key == kPasswordKey) {
            auto *line = new QLineEdit(m_formHost);
            line->setEchoMode(QLineEdit::Password);
            if (values.contains(QLatin1StringView("password_keychain")))
                line->setPlaceholderText(tr("kept in the system keyring; type to replace it"));
            else if (values.contains(QLatin1StringView("password_file"))
                     || values.contains(QLatin1StringView("password_env")))
                line->setPlaceholderText(tr("type one to keep it in the system keyring instead"));
            else
                line->setPlaceholderText(tr("kept in the system keyring when saved"));
            editor = line;
        } else {
            auto *line = new QLineEdit(m_formHost);
            line->setPlaceholderText(f.placeholder);
            const QJsonValue v = values.value(f.key);
            line->setText(v.isDouble()   ? QString::number(v.toInteger())
                          : v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                                         : v.toString());
            editor = line;
        }
        editor->setObjectName(u"setting_" + f.key);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            connect(line, &QLineEdit::textEdited, this, [this] { m_modified = true; });
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            connect(combo, &QComboBox::activated, this, [this] { m_modified = true; });
        editor->setMaximumWidth(520);
        m_form->addRow(f.label, editor);
        m_editors.append({f, editor});
    }
    if (m_editors.isEmpty())
        m_form->addRow(new QLabel(tr("Messages are simulated: nothing to set."), m_formHost));
}

QString ProviderBox::formJson() const
{
    // The simulator's settings (its outcome mix) have no form: kept as they are.
    if (m_editors.isEmpty() && m_provider->currentText() == m_storedProvider)
        return m_storedJson;
    QJsonObject o;
    for (const auto &[f, editor] : m_editors) {
        if (f.key == kPasswordKey)
            continue;
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            o.insert(f.key, combo->currentText());
            continue;
        }
        const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
        if (text.isEmpty())
            continue;
        bool isNumber = false;
        const int n = text.toInt(&isNumber);
        const QJsonDocument object = text.startsWith(u'{') ? QJsonDocument::fromJson(text.toUtf8()) : QJsonDocument();
        if (f.number && isNumber)
            o.insert(f.key, n);
        else if (object.isObject()) // e.g. a phone trunk's {"1": "call me back"}
            o.insert(f.key, object.object());
        else
            o.insert(f.key, text); // a bad number is refused by the provider's own check
    }
    // The password kept in the keyring stays the source unless the form names another.
    const QString keychain =
        QJsonDocument::fromJson(m_storedJson.toUtf8()).object().value(u"password_keychain").toString();
    if (!keychain.isEmpty() && m_provider->currentText() == m_storedProvider && !o.contains(u"password_file")
        && !o.contains(u"password_env"))
        o.insert(QStringLiteral("password_keychain"), keychain);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString ProviderBox::typedPassword() const
{
    for (const auto &[f, editor] : m_editors)
        if (f.key == kPasswordKey)
            return static_cast<QLineEdit *>(editor)->text();
    return {};
}

void ProviderBox::testConnection()
{
    const auto kind = ChannelKind(m_channel->currentData().toInt());
    const QString typed = typedPassword();
    // The password as typed, whatever source the form names.
    const QString json = typed.isEmpty() ? formJson() : withoutPasswordSource(formJson());
    const ProviderConfig tested{0, m_session.tenantId, kind, m_provider->currentText(), json, true};
    auto provider =
        ProviderRegistry::create(tested,
                                 TenantRepository(*m_session.db).callbackSite(m_session.tenantId).value_or(CallbackSite{}),
                                 typed);
    if (!provider) {
        m_result->setText(Tones::html(Tone::Error, provider.error().shown().toHtmlEscaped()));
        return;
    }
    m_probe = std::move(*provider);
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    connect(
        m_probe.get(), &Provider::probed, this,
        [this, tested](bool ok, const QString &detail) {
            // Preflight goes by an admin's test of the saved settings.
            if (auto kept = ProviderSettings(*m_session.db, m_session.tenantId, m_session.user)
                                .recordCheck(tested, ok, detail);
                !kept)
                emit statusMessage(kept.error().shown());
            m_test->setEnabled(true);
            m_result->setText(ok ? Tones::html(Tone::Success, tr("Connected: %1").arg(detail.toHtmlEscaped()))
                                 : Tones::html(Tone::Error, tr("Failed: %1").arg(detail.toHtmlEscaped())));
            m_probe.release()->deleteLater();
        },
        Qt::QueuedConnection);
    m_probe->probe();
}

bool ProviderBox::save()
{
    if (!m_session.valid())
        return false;
    const auto kind = ChannelKind(m_channel->currentData().toInt());
    auto saved = ProviderSettings(*m_session.db, m_session.tenantId, m_session.user)
                     .save(kind, m_provider->currentText(), formJson(), typedPassword());
    if (!saved) {
        m_result->setText(Tones::html(Tone::Error, saved.error().shown().toHtmlEscaped()));
        return false;
    }
    emit statusMessage(tr("%1 sends through %2. The desktop's dispatcher uses it from its next start.")
                           .arg(displayName(kind), saved->provider));
    showChannel();
    m_result->setText(tr("Saved."));
    emit providerSaved();
    return true;
}

} // namespace herald
