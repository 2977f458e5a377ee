#include "remarketdialog.h"

#include "common/dialogs.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace herald {

RemarketDialog::RemarketDialog(const Session &session, const Campaign &source, const QList<Id> &selected,
                               QWidget *parent)
    : QDialog(parent), m_session(session), m_source(source), m_selected(selected)
{
    setWindowTitle(tr("Remarket %1").arg(source.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Create a new Draft campaign for some of the contacts of “%1”. It copies the "
                                "content and senders and sends to exactly these contacts.")
                                 .arg(source.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *targets = new QWidget(this);
    auto *targetLayout = new QVBoxLayout(targets);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    m_target = new QButtonGroup(this);
    const std::pair<Remarketing::Target, QString> choices[] = {
        {Remarketing::Target::Failed, tr("&Failed (and not reached another way)")},
        {Remarketing::Target::NoReply, tr("Did not &reply")},
        {Remarketing::Target::NoAnswer, tr("Did not &answer the call")},
        {Remarketing::Target::Selected, tr("&Selected in the task table (%n contact(s))", nullptr, int(selected.size()))},
    };
    for (const auto &[target, text] : choices) {
        auto *radio = new QRadioButton(text, targets);
        radio->setObjectName(u"remarket_" + Remarketing::targetName(target));
        m_target->addButton(radio, int(target));
        targetLayout->addWidget(radio);
    }
    const bool hasPhone = std::any_of(source.channels.cbegin(), source.channels.cend(),
                                      [](const CampaignChannel &c) { return c.kind == ChannelKind::Phone; });
    m_target->button(int(Remarketing::Target::NoAnswer))->setEnabled(hasPhone);
    m_target->button(int(Remarketing::Target::Selected))->setEnabled(!selected.isEmpty());
    m_target->button(int(selected.isEmpty() ? Remarketing::Target::Failed : Remarketing::Target::Selected))->setChecked(true);
    form->addRow(tr("Who:"), targets);

    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("remarketFrom"));
    m_from->addItem(tr("All channels"), QString());
    for (const CampaignChannel &c : source.channels)
        m_from->addItem(displayName(c.kind), nameOf(c.kind));
    form->addRow(tr("Results &of:"), m_from);

    auto *channels = new QWidget(this);
    auto *channelLayout = new QHBoxLayout(channels);
    channelLayout->setContentsMargins(0, 0, 0, 0);
    for (ChannelKind kind : {ChannelKind::Email, ChannelKind::Sms, ChannelKind::Phone}) {
        auto *box = new QCheckBox(displayName(kind), channels);
        box->setObjectName(u"remarketChannel_" + nameOf(kind));
        box->setChecked(std::any_of(source.channels.cbegin(), source.channels.cend(),
                                    [kind](const CampaignChannel &c) { return c.kind == kind; }));
        channelLayout->addWidget(box);
        m_channels.append({kind, box});
        connect(box, &QCheckBox::toggled, this, &RemarketDialog::recount);
    }
    channelLayout->addStretch(1);
    form->addRow(tr("Follow up by:"), channels);

    m_name = new QLineEdit(source.name + tr(" follow-up"), this);
    m_name->setObjectName(QStringLiteral("remarketName"));
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("remarketCount"));
    m_countLabel->setWordWrap(true);
    layout->addWidget(m_countLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create follow-up"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("remarketCreate"));
    m_create->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemarketDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RemarketDialog::reject);
    connect(m_target, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            recount();
    });
    connect(m_from, &QComboBox::currentIndexChanged, this, &RemarketDialog::recount);
    recount();
}

Remarketing::Request RemarketDialog::request() const
{
    Remarketing::Request r;
    r.campaign = m_source.shortId;
    r.target = Remarketing::Target(m_target->checkedId());
    r.from = fromString<ChannelKind>(m_from->currentData().toString());
    if (r.target == Remarketing::Target::Selected)
        r.contacts = m_selected;
    for (const auto &[kind, box] : m_channels)
        if (box->isChecked())
            r.channels.append(kind);
    r.name = m_name->text().trimmed();
    return r;
}

void RemarketDialog::recount()
{
    SystemClock clock;
    const Remarketing::Request r = request();
    auto ids = Remarketing(*m_session.db, m_session.tenantId, m_session.user, clock).contacts(m_source, r);
    m_count = ids ? ids->size() : 0;
    if (!ids)
        m_countLabel->setText(ids.error().shown());
    else if (m_count == 0)
        m_countLabel->setText(tr("Nobody matches: choose other contacts."));
    else
        m_countLabel->setText(tr("%1 contacts will be in the follow-up's list.").arg(QLocale().toString(m_count)));
    m_create->setEnabled(m_count > 0 && !r.channels.isEmpty());
}

void RemarketDialog::accept()
{
    SystemClock clock;
    auto id = Remarketing(*m_session.db, m_session.tenantId, m_session.user, clock).remarket(request());
    if (!id) {
        Dialogs::warn(this, tr("Remarket"), id.error().shown());
        return;
    }
    m_created = *id;
    QDialog::accept();
}

} // namespace herald
