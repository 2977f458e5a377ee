// Drives the campaign builder on the demo workspace, by objectName: a campaign created,
// drafts from the writer, one-time rules, a paused campaign's limits, and a readiness
// Fix that opens the builder on the field.
#include "builder/campaignbuilder.h"
#include "campaigns/campaignspage.h"
#include "common/dialogs.h"
#include "contacts/segmenteditor.h"
#include "content/writerendpoint.h"
#include "demowindowtest.h"
#include "detail/campaigndetailpage.h"
#include "fakechatendpoint.h"
#include "lifecycle/campaignservice.h"
#include "main/mainwindow.h"
#include "run/rundialog.h"
#include "settings/writerendpointbox.h"
#include "storage/contentrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

using namespace herald;

class TestBuilderPage final : public test::DemoWindowTest
{
    Q_OBJECT

private slots:
    // "Draft from the writer" fills a text channel from the goal and writer on Basics.
    void builderDraftsFromWriter()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTest::keySequence(window.get(), QKeySequence::New);
        CampaignBuilder *builder = window->builder();
        QTRY_VERIFY(!builder->isChecking());
        QVERIFY(!builder->draftChannel(ChannelKind::Sms)); // no goal or writer yet: says so
        QVERIFY(Dialogs::lastText().contains(u"goal and the writer"));
        auto *goal = builder->findChild<QComboBox *>(QStringLiteral("builderGoal"));
        auto *writer = builder->findChild<QComboBox *>(QStringLiteral("builderWriter"));
        goal->setCurrentIndex(1);
        writer->setCurrentIndex(writer->findText(QStringLiteral("Friendly retail voice")));
        QVERIFY(writer->currentIndex() > 0);
        builder->showSection(QStringLiteral("channels"));
        builder->findChild<QGroupBox *>(QStringLiteral("builderChannel_sms"))->setChecked(true);
        builder->findChild<QPushButton *>(QStringLiteral("builderDraft_sms"))->click();
        const QString text = builder->findChild<QPlainTextEdit *>(QStringLiteral("builderText_sms"))->toPlainText();
        QVERIFY2(text.startsWith(u"Hi {{first_name|there}}!") && text.endsWith(u"Reply STOP to opt out"), qPrintable(text));
        Writer friendly;
        for (const Writer &w : *ContentRepository(*m_db, window->session().tenantId).writers())
            if (w.name == u"Friendly retail voice")
                friendly = w;
        QVERIFY(!friendly.keyPoints.isEmpty());
        QVERIFY(text.contains(friendly.keyPoints.first())); // the writer's first key point
        QCOMPARE(builder->campaign().channels.size(), 1);
        QCOMPARE(builder->campaign().channels.first().messageText, text);
        Dialogs::answerNext(1); // a second draft asks before replacing: Cancel keeps the text
        QVERIFY(!builder->draftChannel(ChannelKind::Sms));

        // With a writer endpoint in Settings, the draft comes from it; when it fails, the
        // built-in writer's draft only if the manager says so.
        test::FakeChatEndpoint endpoint;
        endpoint.response = test::FakeChatEndpoint::completion(
            QStringLiteral("Hi {{first_name}}, late opening Thursday. Reply STOP to opt out"));
        Dialogs::answerNext(1); // leaving the builder: Discard
        window->navigate(MainWindow::Destination::Settings);
        auto *box = window->findChild<WriterEndpointBox *>(QStringLiteral("writerEndpoint"));
        QVERIFY(box && box->isVisible());
        box->findChild<QLineEdit *>(QStringLiteral("writerEndpointUrl"))->setText(endpoint.url().toString());
        box->findChild<QLineEdit *>(QStringLiteral("writerEndpointModel"))->setText(QStringLiteral("local-model"));
        auto *result = box->findChild<QLabel *>(QStringLiteral("writerEndpointResult"));
        endpoint.response = R"({"data": [{"id": "local-model"}]})";
        box->test();
        QTRY_VERIFY2(result->text().contains(u"model local-model is available"), qPrintable(result->text()));
        QVERIFY(box->save());
        endpoint.response = test::FakeChatEndpoint::completion(
            QStringLiteral("Hi {{first_name}}, late opening Thursday. Reply STOP to opt out"));
        QTest::keySequence(window.get(), QKeySequence::New);
        QTRY_VERIFY(!builder->isChecking());
        goal->setCurrentIndex(1);
        writer->setCurrentIndex(writer->findText(QStringLiteral("Friendly retail voice")));
        builder->showSection(QStringLiteral("channels"));
        builder->findChild<QGroupBox *>(QStringLiteral("builderChannel_sms"))->setChecked(true);
        auto *smsText = builder->findChild<QPlainTextEdit *>(QStringLiteral("builderText_sms"));
        QSignalSpy drafted(builder, &CampaignBuilder::drafted);
        QVERIFY(builder->draftChannel(ChannelKind::Sms));
        QVERIFY(drafted.wait(10000));
        QCOMPARE(smsText->toPlainText(), QStringLiteral("Hi {{first_name}}, late opening Thursday. Reply STOP to opt out"));
        QVERIFY(endpoint.requestBody.contains("local-model"));
        endpoint.status = 503;
        endpoint.response = R"({"error": {"message": "overloaded"}})";
        Dialogs::answerNext(0); // replace the text
        Dialogs::answerNext(0); // the endpoint failed: use the built-in draft
        QVERIFY(builder->draftChannel(ChannelKind::Sms));
        QVERIFY(drafted.wait(10000));
        QVERIFY(Dialogs::lastText().contains(u"503: overloaded"));
        QVERIFY(smsText->toPlainText().startsWith(u"Hi {{first_name|there}}!"));
        Dialogs::answerNext(1); // Discard
        QVERIFY(builder->mayLeave());
        // Back to the built-in writer.
        QVERIFY(WriterEndpointSettings(*m_db, window->session().tenantId, window->session().user).save({}, {}).ok());
    }

    // One-time rules in the builder are edited with the same conditions, and a campaign's
    // rules shown unchanged do not count as an edit.
    void builderOneTimeRules()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTest::keySequence(window.get(), QKeySequence::New);
        CampaignBuilder *builder = window->builder();
        QTRY_VERIFY(!builder->isChecking());
        builder->showSection(QStringLiteral("audience"));
        auto *editor = builder->findChild<SegmentEditor *>(QStringLiteral("builderOneTimeRules"));
        QVERIFY(editor && editor->isVisible());
        editor->findChild<QToolButton *>(QStringLiteral("addRule"))->click();
        editor->findChild<QLineEdit *>(QStringLiteral("ruleValue"))->setText(QStringLiteral("vip"));
        QCOMPARE(builder->campaign().oneTimeRules, QStringLiteral(R"({"match":"all","rules":[{"field":"tag","op":"has","value":"vip"}]})"));
        QVERIFY(builder->isModified());
        Dialogs::answerNext(1); // Discard
        QVERIFY(builder->mayLeave());
    }

    // A readiness "Fix" opens the builder on the field; the live checklist follows edits;
    // leaving with unsaved changes asks, and discarding saves nothing.
    void fixLinkOpensTheBuilder()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString id = shortIdOf(QStringLiteral("Holiday Gift Guide"));
        QVERIFY(window->openCampaign(id));
        auto *fix = window->detailPage()->findChild<QLabel *>(QStringLiteral("fix_goal.missing"));
        QVERIFY(fix);
        // Run waits for the fix, saying why; the finding reads without the campaign's name
        // under the plan's heading.
        auto *run = window->detailPage()->findChild<QPushButton *>(QStringLiteral("draftRun"));
        QVERIFY(!run->isEnabled());
        QVERIFY2(run->toolTip().contains(u"This campaign has no goal"), qPrintable(run->toolTip()));
        QStringList texts;
        for (const QLabel *l : window->detailPage()->findChild<QWidget *>(QStringLiteral("readinessChecklist"))
                                   ->findChildren<QLabel *>())
            texts << l->text();
        QVERIFY2(texts.contains(u"<b>Plan</b>") && texts.contains(u"This campaign has no goal"),
                 qPrintable(texts.join(u'|')));
        QVERIFY(!texts.join(u'|').contains(id));
        { // Run… from the list's row menu says it before the disclaimer, which stays off.
            const Id campaignId = CampaignService(*m_db, window->session().tenantId, window->session().user)
                                      .overview(id)->campaign.id;
            RunDialog dialog(window->session(), campaignId, RunKind::Live, std::nullopt, window.get());
            auto *error = dialog.findChild<QLabel *>(QStringLiteral("runError"));
            QVERIFY(!error->isHidden());
            QVERIFY2(error->text().contains(u"This campaign has no goal"), qPrintable(error->text()));
            QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("runAccept"))->isEnabled());
        }
        emit fix->linkActivated(QStringLiteral("fix"));
        CampaignBuilder *builder = window->builder();
        auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(builder));
        QCOMPARE(builder->currentSection(), CampaignBuilder::Section::Basics);
        auto *goal = builder->findChild<QComboBox *>(QStringLiteral("builderGoal"));
        QCOMPARE(builder->focusWidget(), static_cast<QWidget *>(goal));
        QTRY_VERIFY(!builder->isChecking() && codes(builder->findings()).contains(QStringLiteral("goal.missing")));

        goal->setCurrentIndex(1);
        QVERIFY(builder->isModified());
        QTRY_VERIFY(!builder->isChecking() && !codes(builder->findings()).contains(QStringLiteral("goal.missing")));

        Dialogs::answerNext(2); // keep editing
        builder->findChild<QPushButton *>(QStringLiteral("builderCancel"))->click();
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(builder));
        QVERIFY(Dialogs::lastText().contains(id));
        Dialogs::answerNext(1); // discard
        window->navigate(MainWindow::Destination::Campaigns);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window->campaignsPage()));
        const Id t = window->session().tenantId;
        QVERIFY(!CampaignService(*m_db, t, window->session().user).overview(id)->campaign.goalId);
    }

    // Ctrl+N, fill in the form, save: the new campaign opens in its detail as a Draft.
    void builderCreatesACampaign()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTest::keySequence(window.get(), QKeySequence::New);
        CampaignBuilder *builder = window->builder();
        QVERIFY(builder->isVisible());
        QTRY_VERIFY(!builder->isChecking() && codes(builder->findings()).contains(QStringLiteral("channel.missing")));

        builder->findChild<QLineEdit *>(QStringLiteral("builderName"))->setText(QStringLiteral("Builder SMS test"));
        builder->findChild<QLineEdit *>(QStringLiteral("builderTags"))->setText(QStringLiteral("spring, test"));
        builder->findChild<QGroupBox *>(QStringLiteral("builderChannel_sms"))->setChecked(true);
        builder->findChild<QPlainTextEdit *>(QStringLiteral("builderText_sms"))
            ->setPlainText(QStringLiteral("Hi {{first_name}}, spring deals are in. Reply STOP to opt out"));
        QVERIFY(builder->findChild<QLabel *>(QStringLiteral("builderSmsLength"))->text().contains(QStringLiteral("GSM-7")));
        // A curly apostrophe makes it UCS-2, and the length line says which character did.
        auto *smsText = builder->findChild<QPlainTextEdit *>(QStringLiteral("builderText_sms"));
        smsText->setPlainText(QStringLiteral("It\u2019s spring, {{first_name}}. Reply STOP to opt out"));
        QVERIFY2(builder->findChild<QLabel *>(QStringLiteral("builderSmsLength"))
                     ->text()
                     .contains(QStringLiteral("because of \u201c\u2019\u201d at character 3")),
                 qPrintable(builder->findChild<QLabel *>(QStringLiteral("builderSmsLength"))->text()));
        smsText->setPlainText(QStringLiteral("Hi {{first_name}}, spring deals are in. Reply STOP to opt out"));
        builder->findChild<QComboBox *>(QStringLiteral("builderSender_sms"))->setCurrentIndex(1);
        builder->findChild<QComboBox *>(QStringLiteral("builderContactList"))->setCurrentIndex(1);
        QTRY_VERIFY(!builder->isChecking() && !codes(builder->findings()).contains(QStringLiteral("channel.missing"))
                    && !codes(builder->findings()).contains(QStringLiteral("segment.missing")));
        QVERIFY(!builder->findChild<QLabel *>(QStringLiteral("builderAudienceCount"))->text().isEmpty());

        // A recurrence rule that does not parse is pointed at before saving.
        auto *launch = builder->findChild<QComboBox *>(QStringLiteral("builderLaunchType"));
        launch->setCurrentIndex(launch->findData(int(LaunchType::Recurring)));
        builder->findChild<QLineEdit *>(QStringLiteral("builderRecurrence"))->setText(QStringLiteral("FREQ=SOMETIMES"));
        Dialogs::answerNext(0);
        builder->save(); // at once, before the live check ran: still refused
        QVERIFY(!builder->findChild<QLabel *>(QStringLiteral("builderRecurrenceError"))->isHidden());
        QVERIFY(Dialogs::lastText().contains(QStringLiteral("Correct the marked field")));
        launch->setCurrentIndex(launch->findData(int(LaunchType::Manual)));
        QTRY_VERIFY(builder->findChild<QLabel *>(QStringLiteral("builderRecurrenceError"))->isHidden());

        builder->findChild<QPushButton *>(QStringLiteral("builderSave"))->click();
        auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window->detailPage()));
        QCOMPARE(window->detailPage()->status(), CampaignStatus::Draft); // not activated yet
        const QString id = shortIdOf(QStringLiteral("Builder SMS test"));
        QVERIFY(!id.isEmpty());
        const Campaign c =
            CampaignService(*m_db, window->session().tenantId, window->session().user).overview(id)->campaign;
        QCOMPARE(c.channels.size(), 1);
        QCOMPARE(c.channels.first().kind, ChannelKind::Sms);
        QVERIFY(c.channels.first().senderId && c.contactListId);
        QCOMPARE(c.tags, (QStringList{QStringLiteral("spring"), QStringLiteral("test")}));
        QCOMPARE(c.launchType, LaunchType::Manual);
    }

    // Paused takes content edits only, and says so before anyone types.
    void builderOnPausedCampaign()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString id = shortIdOf(QStringLiteral("Web Push Price Drops"));
        QVERIFY(window->openCampaign(id));
        QCOMPARE(window->detailPage()->status(), CampaignStatus::Paused);
        QAction *edit = window->detailPage()->findChild<QAction *>(QStringLiteral("detailEdit"));
        QVERIFY(edit && edit->isEnabled());
        edit->trigger();
        CampaignBuilder *builder = window->builder();
        QVERIFY(builder->isVisible());
        QVERIFY(!builder->isModified()); // the form reads back as the stored campaign
        auto *banner = builder->findChild<QLabel *>(QStringLiteral("builderBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("content")));

        auto *ttl = builder->findChild<QSpinBox *>(QStringLiteral("builderTtl"));
        ttl->setValue(ttl->value() + 5);
        Dialogs::answerNext(0);
        builder->save();
        QVERIFY(Dialogs::lastText().contains(id));
        QCOMPARE(window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
                 static_cast<QWidget *>(builder)); // nothing lost: still editing
        ttl->setValue(ttl->value() - 5);
        QVERIFY(!builder->isModified());
        auto *text = builder->findChild<QPlainTextEdit *>(QStringLiteral("builderText_webpush"));
        text->setPlainText(text->toPlainText() + QStringLiteral(" Ends Sunday."));
        builder->save();
        QCOMPARE(window->detailPage()->status(), CampaignStatus::Paused);
        const Campaign c =
            CampaignService(*m_db, window->session().tenantId, window->session().user).overview(id)->campaign;
        QVERIFY(!c.approvalCurrent()); // the reviewer approves the new content before it resumes
    }
};

QTEST_MAIN(TestBuilderPage)
#include "tst_builderpage.moc"
