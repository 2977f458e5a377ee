// The form and the campaign: the choices the workspace offers, a campaign put into the
// fields, and the fields read back as a campaign that equals the stored one until someone
// changes something.
#include "campaignbuilder.h"

#include "audience/segmentrules.h"
#include "campaignbuilderfields.h"
#include "common/shown.h"
#include "contacts/segmenteditor.h"
#include "storage/catalogrepository.h"
#include "storage/contentrepository.h"
#include "storage/senderrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeZone>

#include <algorithm>

namespace herald {

using builder::comboId;
using builder::kNoneId;
using builder::kTemplateBodyRole;
using builder::usesText;

namespace {

// Selects `id`; one no longer offered (deleted since) is added so the form shows the truth.
void setComboId(QComboBox *combo, std::optional<Id> id, const QString &missingName)
{
    int index = combo->findData(QVariant::fromValue<qlonglong>(id.value_or(kNoneId)));
    if (index < 0) {
        combo->addItem(missingName, QVariant::fromValue<qlonglong>(*id));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QList<Id> checkedIds(const QListWidget *list)
{
    QList<Id> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

// `ids` in `stored`'s order when they are the same set, so an untouched list compares equal.
QList<Id> sameOrder(QList<Id> ids, const QList<Id> &stored)
{
    QList<Id> a = ids, b = stored;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b ? stored : ids;
}

void setCheckedIds(QListWidget *list, const QList<Id> &ids)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(ids.contains(list->item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                                : Qt::Unchecked);
}

QStringList lines(const QString &text, QChar separator)
{
    QStringList out;
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

} // namespace

void CampaignBuilder::loadCatalog()
{
    const Database &db = *m_session.db;
    m_oneTimeRules->setChoices(shown(SegmentEditor::choicesFor(db, m_session.tenantId), this));
    CatalogRepository catalog(db, m_session.tenantId);
    auto fillCombo = [&](QComboBox *combo, CatalogKind kind, const QString &none) {
        QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(none, QVariant::fromValue<qlonglong>(kNoneId));
        for (const CatalogEntry &e : shown(catalog.list(kind), this))
            if (!e.deleted)
                combo->addItem(e.name, QVariant::fromValue<qlonglong>(e.id));
    };
    fillCombo(m_goal, CatalogKind::Goal, tr("(no goal)"));
    fillCombo(m_writer, CatalogKind::Writer, tr("(no writer)"));
    fillCombo(m_reviewer, CatalogKind::Reviewer, tr("(no reviewer)"));
    fillCombo(m_contactList, CatalogKind::ContactList, tr("(every contact)"));
    const auto segments = shown(catalog.list(CatalogKind::Segment), this);
    for (QListWidget *list : {m_sendTo, m_exclude}) {
        QSignalBlocker block(list);
        list->clear();
        for (const CatalogEntry &e : segments) {
            if (e.deleted)
                continue;
            auto *item = new QListWidgetItem(e.name, list);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(e.id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    const auto templates = shown(ContentRepository(db, m_session.tenantId).templates(), this);
    const auto senders = shown(SenderRepository(db, m_session.tenantId).senders(), this);
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        QSignalBlocker blockTemplate(it->templateCombo);
        QSignalBlocker blockSender(it->sender);
        it->templateCombo->clear();
        it->templateCombo->addItem(usesText(it.key()) ? tr("(none: use the text below)") : tr("(no template)"),
                                   QVariant::fromValue<qlonglong>(kNoneId));
        for (const MessageTemplate &t : templates)
            if (t.kind == it.key() && !t.deleted) {
                it->templateCombo->addItem(t.name, QVariant::fromValue<qlonglong>(t.id));
                it->templateCombo->setItemData(it->templateCombo->count() - 1, t.body, kTemplateBodyRole);
            }
        it->sender->clear();
        it->sender->addItem(tr("(no sender)"), QVariant::fromValue<qlonglong>(kNoneId));
        for (const SenderIdentity &s : senders)
            if (s.kind == it.key())
                it->sender->addItem((s.address.isEmpty() ? s.name : s.name + u" <" + s.address + u'>')
                                        + (s.paused ? tr(" (paused)") : QString()),
                                    QVariant::fromValue<qlonglong>(s.id));
    }
}

void CampaignBuilder::fill(const Campaign &c)
{
    m_filling = true;
    loadCatalog();
    CatalogRepository catalog(*m_session.db, m_session.tenantId);
    auto missing = [&](CatalogKind kind, std::optional<Id> id) {
        if (!id)
            return QString();
        auto e = catalog.byId(kind, *id);
        return e ? tr("%1 (deleted)").arg(e->name) : tr("#%1 (not found)").arg(*id);
    };
    m_title->setText(c.id == 0 ? tr("New campaign") : tr("Edit %1 — %2").arg(c.shortId, c.name.toHtmlEscaped()));
    m_name->setText(c.name);
    m_description->setPlainText(c.description);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    setComboId(m_goal, c.goalId, missing(CatalogKind::Goal, c.goalId));
    setComboId(m_writer, c.writerId, missing(CatalogKind::Writer, c.writerId));
    setComboId(m_reviewer, c.reviewerId, missing(CatalogKind::Reviewer, c.reviewerId));
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        const auto ch = std::find_if(c.channels.cbegin(), c.channels.cend(),
                                     [&](const CampaignChannel &x) { return x.kind == it.key(); });
        const bool on = ch != c.channels.cend();
        it->box->setChecked(on);
        setComboId(it->templateCombo, on ? ch->templateId : std::nullopt,
                   missing(CatalogKind::Template, on ? ch->templateId : std::nullopt));
        setComboId(it->sender, on ? ch->senderId : std::nullopt,
                   missing(CatalogKind::Sender, on ? ch->senderId : std::nullopt));
        if (it->text)
            it->text->setPlainText(on ? ch->messageText : QString());
        it->rate->setValue(on ? ch->ratePerMinute : 0);
        it->window->setText(on ? ch->sendWindow : QString());
        updateSmsLength(it.key());
    }
    setComboId(m_contactList, c.contactListId, missing(CatalogKind::ContactList, c.contactListId));
    // Segments deleted since the campaign chose them stay listed, checked, so preflight names them.
    for (QListWidget *list : {m_sendTo, m_exclude}) {
        for (Id id : list == m_sendTo ? c.sendToSegments : c.excludeSegments) {
            bool listed = false;
            for (int i = 0; i < list->count() && !listed; ++i)
                listed = list->item(i)->data(Qt::UserRole).toLongLong() == id;
            if (listed)
                continue;
            auto *item = new QListWidgetItem(missing(CatalogKind::Segment, id), list);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
    }
    setCheckedIds(m_sendTo, c.sendToSegments);
    setCheckedIds(m_exclude, c.excludeSegments);
    m_oneTimeRules->setRules(c.oneTimeRules);
    m_launchType->setCurrentIndex(m_launchType->findData(int(c.launchType)));
    const QTimeZone zone(c.timeZone.toUtf8());
    m_timeZone->setCurrentText(c.timeZone);
    const QDateTime local = (c.sendAt.isValid() ? c.sendAt : QDateTime::currentDateTimeUtc().addDays(1))
                                .toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    m_shownSendAt = QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()));
    m_sendAt->setDateTime(m_shownSendAt);
    updateSendAtZone();
    m_recurrence->setText(c.recurrence);
    m_ttl->setValue(c.ttlMinutes);
    m_trackClicks->setChecked(c.trackClicks);
    m_testRecipients->setPlainText(c.testRecipients.join(u'\n'));
    m_activated->setChecked(c.activated);
    updateLaunchFields();
    m_filling = false;
    m_modified = false;
    startCheck();
}

Campaign CampaignBuilder::campaign() const
{
    Campaign c = m_original;
    c.name = m_name->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.tags = lines(m_tags->text(), u',');
    c.goalId = comboId(m_goal);
    c.writerId = comboId(m_writer);
    c.reviewerId = comboId(m_reviewer);
    // Channels in the stored order, new ones after: an untouched form equals the campaign.
    QList<ChannelKind> order;
    for (const CampaignChannel &old : m_original.channels)
        order << old.kind;
    for (ChannelKind kind : allValues<ChannelKind>())
        if (!order.contains(kind))
            order << kind;
    QList<CampaignChannel> channels;
    for (ChannelKind kind : std::as_const(order)) {
        const ChannelEditor &e = m_channels[kind];
        if (!e.box->isChecked())
            continue;
        // Keep the stored channel's id so its runs stay tied to it.
        CampaignChannel ch;
        for (const CampaignChannel &old : m_original.channels)
            if (old.kind == kind)
                ch = old;
        ch.kind = kind;
        ch.templateId = comboId(e.templateCombo);
        ch.messageText = e.text ? e.text->toPlainText() : QString();
        ch.senderId = comboId(e.sender);
        ch.ratePerMinute = e.rate->value();
        ch.sendWindow = e.window->text().trimmed();
        channels.append(ch);
    }
    c.channels = channels;
    c.contactListId = comboId(m_contactList);
    c.sendToSegments = sameOrder(checkedIds(m_sendTo), m_original.sendToSegments);
    c.excludeSegments = sameOrder(checkedIds(m_exclude), m_original.excludeSegments);
    c.oneTimeRules = m_oneTimeRules->rules();
    c.launchType = LaunchType(m_launchType->currentData().toInt());
    c.timeZone = m_timeZone->currentText().trimmed();
    // The send time as shown is minutes in the campaign's zone: unless someone changed
    // it, keep the stored one (which may be unset for a manual launch).
    if (m_sendAt->dateTime() != m_shownSendAt || c.timeZone != m_original.timeZone) {
        const QTimeZone zone(c.timeZone.toUtf8());
        c.sendAt = QDateTime(m_sendAt->date(), m_sendAt->time(), zone.isValid() ? zone : QTimeZone::utc()).toUTC();
    }
    c.recurrence = m_recurrence->text().trimmed();
    c.ttlMinutes = m_ttl->value();
    c.trackClicks = m_trackClicks->isChecked();
    c.testRecipients = lines(m_testRecipients->toPlainText(), u'\n');
    c.activated = m_activated->isChecked();
    // Text the form shows trimmed stays as stored unless it really changed.
    if (c.description == m_original.description.trimmed())
        c.description = m_original.description;
    // The editor writes rules in one canonical form: the same rules stay as stored.
    if (c.oneTimeRules == m_original.oneTimeRules.trimmed()
        || SegmentRules::parse(c.oneTimeRules).value_or({})
               == SegmentRules::parse(m_original.oneTimeRules).value_or({}))
        c.oneTimeRules = m_original.oneTimeRules;
    return c;
}

} // namespace herald
