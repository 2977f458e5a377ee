#include "writerendpointbox.h"

#include "common/dialogs.h"
#include "content/writerendpoint.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace herald {

WriterEndpointBox::WriterEndpointBox(QWidget *parent) : QGroupBox(tr("Writer endpoint (language model)"), parent)
{
    setObjectName(QStringLiteral("writerEndpoint"));
    auto *form = new QFormLayout(this);
    auto *note = new QLabel(tr("Writers draft with the built-in writer, or with an OpenAI-compatible chat-completions "
                               "service given here. Drafts are content like any other: nothing is sent before the "
                               "reviewer approves it."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("writerEndpointUrl"));
    m_url->setPlaceholderText(tr("https://api.example.com/v1 (empty: the built-in writer)"));
    form->addRow(tr("&URL:"), m_url);
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("writerEndpointModel"));
    m_model->setPlaceholderText(tr("e.g. gpt-4o-mini"));
    form->addRow(tr("&Model:"), m_model);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("writerEndpointKey"));
    m_key->setEchoMode(QLineEdit::Password);
    form->addRow(tr("API &key:"), m_key);
    m_forgetKey = new QCheckBox(tr("Remove the stored key"), this);
    m_forgetKey->setObjectName(QStringLiteral("writerEndpointForgetKey"));
    form->addRow(QString(), m_forgetKey);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("writerEndpointTimeout"));
    m_timeout->setRange(5, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setMaximumWidth(120);
    form->addRow(tr("T&imeout:"), m_timeout);
    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("Test en&dpoint"), this);
    m_test->setObjectName(QStringLiteral("writerEndpointTest"));
    m_save = new QPushButton(tr("Save endpoint"), this);
    m_save->setObjectName(QStringLiteral("writerEndpointSave"));
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("writerEndpointResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_result);
    connect(m_test, &QPushButton::clicked, this, &WriterEndpointBox::test);
    connect(m_save, &QPushButton::clicked, this, &WriterEndpointBox::save);
}

WriterEndpointBox::~WriterEndpointBox() = default;

void WriterEndpointBox::setSession(const Session &session)
{
    m_session = session;
    load();
}

void WriterEndpointBox::load()
{
    m_result->clear();
    if (!m_session.valid())
        return;
    const WriterEndpoint e =
        WriterEndpointSettings(*m_session.db, m_session.tenantId, m_session.user).load().value_or(WriterEndpoint{});
    m_url->setText(e.url.toString());
    m_model->setText(e.model);
    m_timeout->setValue(e.timeoutSecs);
    m_storedKey = e.keyKeychain;
    m_key->clear();
    m_key->setPlaceholderText(m_storedKey.isEmpty() ? tr("Kept in the system keyring; none for a local server")
                                                    : tr("A key is kept in the keyring: type to replace it"));
    m_forgetKey->setChecked(false);
    const bool admin = m_session.user.role == Role::Admin;
    for (QWidget *w : std::initializer_list<QWidget *>{m_url, m_model, m_key, m_timeout, m_save})
        w->setEnabled(admin);
    m_forgetKey->setEnabled(admin && !m_storedKey.isEmpty());
    setToolTip(admin ? QString() : tr("Only an admin changes the writer endpoint"));
}

void WriterEndpointBox::test()
{
    const WriterEndpoint e{QUrl(m_url->text().trimmed()), m_model->text().trimmed(), m_timeout->value(),
                           m_forgetKey->isChecked() ? QString() : m_storedKey};
    if (!e.configured()) {
        m_result->setText(tr("No URL: writers use the built-in writer, which needs no network."));
        return;
    }
    auto settings = WriterEndpointSettings::chatSettings(e, m_key->text());
    if (!settings) {
        m_result->setText(u"\u2716 " + settings.error().shown().toHtmlEscaped());
        return;
    }
    m_probe = std::make_unique<ChatCompletions>(*settings);
    m_result->setText(tr("Asking %1 for its models…").arg(e.url.host()));
    m_test->setEnabled(false);
    connect(m_probe.get(), &ChatCompletions::probed, this, [this](const QString &what) {
        m_result->setText(u"\u2714 " + what.toHtmlEscaped());
        m_test->setEnabled(true);
    });
    connect(m_probe.get(), &ChatCompletions::failed, this, [this](const QString &why) {
        m_result->setText(u"\u2716 " + why.toHtmlEscaped());
        m_test->setEnabled(true);
    });
    m_probe->probe();
}

bool WriterEndpointBox::save()
{
    const WriterEndpoint e{QUrl(m_url->text().trimmed()), m_model->text().trimmed(), m_timeout->value(), {}};
    auto saved = WriterEndpointSettings(*m_session.db, m_session.tenantId, m_session.user)
                     .save(e, m_key->text(), m_forgetKey->isChecked());
    if (!saved) {
        Dialogs::warn(this, tr("Writer endpoint not saved"), saved.error().shown());
        return false;
    }
    load();
    emit statusMessage(saved->configured() ? tr("Writers now draft with %1 (%2).").arg(saved->url.host(), saved->model)
                                           : tr("Writers now draft with the built-in writer."));
    return true;
}

} // namespace herald
