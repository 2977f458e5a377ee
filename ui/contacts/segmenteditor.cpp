#include "segmenteditor.h"

#include "audience/segmentrules.h"
#include "common/tones.h"
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace herald {

// One condition: field, operator and, when the operator takes one, a value (a campaign
// chosen from the tenant's campaigns for campaign rules).
class SegmentEditor::Row final : public QWidget
{
public:
    Row(SegmentEditor *editor, const SegmentNode &node, QWidget *parent) : QWidget(parent), m_editor(editor)
    {
        setObjectName(QStringLiteral("segmentRule"));
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_field = new QComboBox(this);
        m_field->setObjectName(QStringLiteral("ruleField"));
        m_field->setAccessibleName(tr("Field"));
        QStringList fields = SegmentRules::fields();
        for (const QString &custom : std::as_const(editor->m_choices.customFields))
            fields << u"custom." + custom;
        if (!node.field.isEmpty() && !fields.contains(node.field))
            fields << node.field; // a custom field no contact has any more
        for (const QString &f : std::as_const(fields))
            m_field->addItem(SegmentRules::fieldLabel(f), f);
        m_op = new QComboBox(this);
        m_op->setObjectName(QStringLiteral("ruleOp"));
        m_op->setAccessibleName(tr("Condition"));
        m_value = new QLineEdit(this);
        m_value->setObjectName(QStringLiteral("ruleValue"));
        m_value->setAccessibleName(tr("Value"));
        m_value->setPlaceholderText(tr("value"));
        m_campaign = new QComboBox(this);
        m_campaign->setObjectName(QStringLiteral("ruleCampaign"));
        m_campaign->setAccessibleName(tr("Campaign"));
        for (const auto &[shortId, name] : std::as_const(editor->m_choices.campaigns))
            m_campaign->addItem(name + u" (" + shortId + u')', shortId);
        auto *remove = new QToolButton(this);
        remove->setObjectName(QStringLiteral("ruleRemove"));
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Remove this condition"));
        remove->setAccessibleName(tr("Remove condition"));
        for (QComboBox *combo : {m_field, m_op})
            combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        layout->addWidget(m_field);
        layout->addWidget(m_op);
        layout->addWidget(m_value, 1);
        layout->addWidget(m_campaign, 1);
        layout->addStretch(0); // takes the room when there is no value
        layout->addWidget(remove);

        m_field->setCurrentIndex(std::max(0, m_field->findData(node.field)));
        fillOps(node.op);
        if (node.field == QLatin1StringView("campaign")) {
            int i = m_campaign->findData(node.value);
            if (i < 0 && !node.value.isEmpty()) { // a campaign since deleted: keep what the rule says
                m_campaign->addItem(node.value, node.value);
                i = m_campaign->count() - 1;
            }
            m_campaign->setCurrentIndex(std::max(0, i));
        } else {
            m_value->setText(node.value);
        }
        showValue();

        connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
            fillOps({});
            showValue();
            m_editor->edited();
        });
        connect(m_op, &QComboBox::currentIndexChanged, this, [this] {
            showValue();
            m_editor->edited();
        });
        connect(m_value, &QLineEdit::textChanged, m_editor, &SegmentEditor::edited);
        connect(m_campaign, &QComboBox::currentIndexChanged, m_editor, &SegmentEditor::edited);
        connect(remove, &QToolButton::clicked, this, [this] {
            SegmentEditor *e = m_editor;
            deleteLater();
            hide();
            setParent(nullptr); // out of the group's layout now, so rules() no longer sees it
            e->edited();
        });
    }

    SegmentNode node() const
    {
        const QString field = m_field->currentData().toString();
        const QString op = m_op->currentData().toString();
        QString value;
        if (SegmentRules::takesValue(op))
            value = field == QLatin1StringView("campaign") ? m_campaign->currentData().toString() : m_value->text();
        return SegmentNode::rule(field, op, value);
    }

private:
    void fillOps(const QString &current)
    {
        const QSignalBlocker block(m_op);
        m_op->clear();
        for (const QString &op : SegmentRules::opsFor(m_field->currentData().toString()))
            m_op->addItem(SegmentRules::opLabel(op), op);
        m_op->setCurrentIndex(std::max(0, m_op->findData(current)));
    }
    void showValue()
    {
        const bool campaign = m_field->currentData().toString() == QLatin1StringView("campaign");
        const bool takes = SegmentRules::takesValue(m_op->currentData().toString());
        m_value->setVisible(takes && !campaign);
        m_campaign->setVisible(takes && campaign);
    }

    SegmentEditor *m_editor;
    QComboBox *m_field;
    QComboBox *m_op;
    QLineEdit *m_value;
    QComboBox *m_campaign;
};

// A group of conditions and groups, joined by "all" (AND) or "any" (OR).
class SegmentEditor::Group final : public QFrame
{
public:
    Group(SegmentEditor *editor, const SegmentNode &node, bool nested, QWidget *parent)
        : QFrame(parent), m_editor(editor)
    {
        setObjectName(nested ? QStringLiteral("segmentGroup") : QStringLiteral("segmentRoot"));
        if (nested)
            setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(this);
        if (!nested)
            layout->setContentsMargins(0, 0, 0, 0);
        auto *header = new QHBoxLayout;
        auto *lead = new QLabel(tr("Match"), this);
        m_match = new QComboBox(this);
        m_match->setObjectName(QStringLiteral("segmentMatch"));
        m_match->addItem(tr("all"), false);
        m_match->addItem(tr("any"), true);
        m_match->setCurrentIndex(node.any ? 1 : 0);
        lead->setBuddy(m_match);
        header->addWidget(lead);
        header->addWidget(m_match);
        header->addWidget(new QLabel(tr("of these conditions:"), this), 1);
        if (nested) {
            auto *remove = new QToolButton(this);
            remove->setObjectName(QStringLiteral("groupRemove"));
            remove->setText(QStringLiteral("✕"));
            remove->setToolTip(tr("Remove this group and its conditions"));
            remove->setAccessibleName(tr("Remove group"));
            header->addWidget(remove);
            connect(remove, &QToolButton::clicked, this, [this] {
                SegmentEditor *e = m_editor;
                deleteLater();
                hide();
                setParent(nullptr);
                e->edited();
            });
        }
        layout->addLayout(header);
        m_children = new QVBoxLayout;
        m_children->setContentsMargins(nested ? 0 : 12, 0, 0, 0);
        layout->addLayout(m_children);
        for (const SegmentNode &child : node.children)
            add(child);
        auto *buttons = new QHBoxLayout;
        auto *addRule = new QToolButton(this);
        addRule->setObjectName(QStringLiteral("addRule"));
        addRule->setText(tr("+ Condition"));
        addRule->setToolTip(tr("Add a condition to this group"));
        auto *addGroup = new QToolButton(this);
        addGroup->setObjectName(QStringLiteral("addGroup"));
        addGroup->setText(tr("+ Group"));
        addGroup->setToolTip(tr("Add a group whose conditions are matched together"));
        buttons->addWidget(addRule);
        buttons->addWidget(addGroup);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        connect(m_match, &QComboBox::currentIndexChanged, m_editor, &SegmentEditor::edited);
        connect(addRule, &QToolButton::clicked, this, [this] {
            add(SegmentNode::rule(QStringLiteral("tag"), QStringLiteral("has")));
            m_editor->edited();
        });
        connect(addGroup, &QToolButton::clicked, this, [this] {
            SegmentNode g;
            g.group = true;
            g.any = true;
            g.children.push_back(SegmentNode::rule(QStringLiteral("tag"), QStringLiteral("has")));
            add(g);
            m_editor->edited();
        });
    }

    SegmentNode node() const
    {
        SegmentNode out;
        out.group = true;
        out.any = m_match->currentData().toBool();
        for (int i = 0; i < m_children->count(); ++i) {
            QWidget *w = m_children->itemAt(i)->widget();
            if (auto *row = dynamic_cast<Row *>(w))
                out.children.push_back(row->node());
            else if (auto *group = dynamic_cast<Group *>(w))
                out.children.push_back(group->node());
        }
        return out;
    }

private:
    void add(const SegmentNode &child)
    {
        QWidget *w = child.group ? static_cast<QWidget *>(new Group(m_editor, child, true, this))
                                 : static_cast<QWidget *>(new Row(m_editor, child, this));
        m_children->addWidget(w);
        if (auto *combo = w->findChild<QComboBox *>())
            if (!m_editor->m_filling)
                combo->setFocus();
    }

    SegmentEditor *m_editor;
    QComboBox *m_match;
    QVBoxLayout *m_children;
};

Result<SegmentEditor::Choices> SegmentEditor::choicesFor(const Database &db, Id tenantId)
{
    Choices out;
    auto fields = AudienceRepository(db, tenantId).customFieldNames();
    if (!fields)
        return fields.error();
    out.customFields = *fields;
    auto campaigns = CampaignRepository(db, tenantId).list();
    if (!campaigns)
        return campaigns.error();
    for (const Campaign &c : std::as_const(*campaigns))
        out.campaigns.append({c.shortId, c.name});
    return out;
}

SegmentEditor::SegmentEditor(QWidget *parent) : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_unreadable = new QLabel(this);
    m_unreadable->setObjectName(QStringLiteral("segmentUnreadable"));
    m_unreadable->setWordWrap(true);
    m_unreadable->setStyleSheet(Tones::textStyle(Tones::Tone::Error));
    m_unreadable->hide();
    m_layout->addWidget(m_unreadable);
    m_layout->addStretch(1); // groups keep their height, at the top
    setRules({});
}

void SegmentEditor::setChoices(const Choices &choices)
{
    if (choices == m_choices)
        return;
    const QString current = rules();
    m_choices = choices;
    setRules(current);
}

void SegmentEditor::setRules(const QString &json)
{
    m_filling = true;
    delete m_root;
    auto parsed = SegmentRules::parse(json);
    SegmentNode root;
    root.group = true;
    m_raw.clear();
    if (parsed) {
        root = *parsed;
        m_unreadable->hide();
    } else {
        m_raw = json;
        m_unreadable->setText(tr("These rules cannot be shown as conditions (%1). They are kept as they are until "
                                 "you change them here.")
                                  .arg(parsed.error().shown()));
        m_unreadable->show();
    }
    m_root = new Group(this, root, false, this);
    m_layout->insertWidget(1, m_root);
    m_filling = false;
}

QString SegmentEditor::rules() const
{
    if (!m_raw.isEmpty())
        return m_raw;
    return SegmentRules::toJson(m_root->node());
}

Status SegmentEditor::validity() const
{
    return SegmentRules::validate(rules());
}

void SegmentEditor::edited()
{
    if (m_filling)
        return;
    if (!m_raw.isEmpty()) {
        m_raw.clear();
        m_unreadable->hide();
    }
    emit changed();
}

} // namespace herald
