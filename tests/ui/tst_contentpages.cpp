// Drives Goals & Writers and Templates on the demo workspace, by objectName: a goal and a
// writer saved, the template editor, and a campaign saved as a template.
#include "common/dialogs.h"
#include "content/contentviews.h"
#include "content/goalspage.h"
#include "content/templatespage.h"
#include "demowindowtest.h"
#include "detail/campaigndetailpage.h"
#include "main/mainwindow.h"
#include "sipppeer.h"
#include "storage/contentrepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

class TestContentPages final : public test::DemoWindowTest
{
    Q_OBJECT

private slots:
    // Goals & Writers: a goal created and saved; a writer's brief edited with the draft
    // preview following as it is typed, then saved.
    void goalsAndWriters()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->navigate(MainWindow::Destination::Goals);
        GoalsPage *page = window->goalsPage();
        QVERIFY(page->isVisible());
        const Id t = window->session().tenantId;
        ContentRepository content(*m_db, t);

        page->findChild<QPushButton *>(QStringLiteral("goalNew"))->click();
        page->findChild<QLineEdit *>(QStringLiteral("goalName"))->setText(QStringLiteral("Autumn footfall"));
        page->findChild<QPlainTextEdit *>(QStringLiteral("goalDescription"))->setPlainText(QStringLiteral("Bring people in store"));
        page->findChild<QComboBox *>(QStringLiteral("goalMetric"))->setCurrentText(QStringLiteral("clicks"));
        page->findChild<QDoubleSpinBox *>(QStringLiteral("goalTarget"))->setValue(4);
        page->findChild<QPushButton *>(QStringLiteral("goalSave"))->click();
        Goal saved;
        for (const Goal &g : *content.goals())
            if (g.name == u"Autumn footfall")
                saved = g;
        QVERIFY(saved.id != 0);
        QCOMPARE(saved.metric, QStringLiteral("clicks"));
        QCOMPARE(saved.target, 0.04);

        page->showWriters(true);
        auto *writers = page->findChild<QListWidget *>(QStringLiteral("writerList"));
        writers->setCurrentItem(writers->findItems(QStringLiteral("Friendly retail voice"), Qt::MatchExactly).first());
        auto *goal = page->findChild<QComboBox *>(QStringLiteral("writerPreviewGoal"));
        goal->setCurrentIndex(goal->findText(QStringLiteral("Autumn footfall")));
        auto *channel = page->findChild<QComboBox *>(QStringLiteral("writerPreviewChannel"));
        channel->setCurrentIndex(channel->findData(int(ChannelKind::Email)));
        auto *preview = page->findChild<QPlainTextEdit *>(QStringLiteral("writerPreview"));
        QVERIFY2(preview->toPlainText().startsWith(u"Subject: New season styles are in store"), qPrintable(preview->toPlainText()));
        QVERIFY(preview->toPlainText().contains(u"Take a look on our website.")); // the goal counts clicks
        page->findChild<QPlainTextEdit *>(QStringLiteral("writerKeyPoints"))->setPlainText(QStringLiteral("Late opening on Thursdays"));
        QVERIFY(preview->toPlainText().startsWith(u"Subject: Late opening on Thursdays"));
        channel->setCurrentIndex(channel->findData(int(ChannelKind::Sms)));
        QVERIFY(preview->toPlainText().endsWith(u"Reply STOP to opt out"));
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QCoreApplication::sendPostedEvents();
            window->grab().save(shots + u"/writers.png"); // scripts/screenshots.sh
        }
        page->findChild<QPushButton *>(QStringLiteral("writerSave"))->click();
        const Id writerId = writers->currentItem()->data(Qt::UserRole).toLongLong();
        QCOMPARE(content.writer(writerId)->keyPoints, QStringList{QStringLiteral("Late opening on Thursdays")});

        page->findChild<QPushButton *>(QStringLiteral("writerNew"))->click();
        QVERIFY(!page->saveWriter()); // no name: says so, nothing saved
        QVERIFY(Dialogs::lastText().contains(u"name"));
        page->findChild<QTabWidget *>(QStringLiteral("goalsTabs"))->setCurrentIndex(0);
        auto *goals = page->findChild<QListWidget *>(QStringLiteral("goalList"));
        goals->setCurrentItem(goals->findItems(QStringLiteral("Autumn footfall"), Qt::MatchExactly).first());
        Dialogs::answerNext(0); // Delete
        QVERIFY(page->deleteGoal());
        QVERIFY(content.goal(saved.id)->deleted);
    }

    // Actions → Save as template asks for a name and keeps each channel's content.
    void saveAsTemplate()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString ref = shortIdOf(QStringLiteral("Flash Sale SMS Alert"));
        QVERIFY(window->openCampaign(ref));
        QTRY_VERIFY(!window->detailPage()->isLoading());
        Dialogs::setDialogHook([](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("templateName"))->setText(QStringLiteral("Flash again"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            return dialog->result();
        });
        QVERIFY(window->detailPage()->saveAsTemplate());
        bool found = false;
        for (const MessageTemplate &t : *ContentRepository(*m_db, window->session().tenantId).templates())
            found |= t.name == u"Flash again (SMS)" && t.kind == ChannelKind::Sms && !t.body.isEmpty();
        QVERIFY(found);
        QVERIFY(!window->detailPage()->saveAsTemplate()); // the same name again: refused, saying why
        QVERIFY(Dialogs::lastText().contains(u"already exists"));
    }

    // The template editor: an HTML email previewed for a contact without loading anything,
    // the reviewer's findings as you type, attachments, SMS length, unsaved changes, a
    // warning before changing what campaigns send, delete.
    void templateEditor()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->navigate(MainWindow::Destination::Templates);
        TemplatesPage *page = window->templatesPage();
        QVERIFY(page->isVisible());
        const Id t = window->session().tenantId;
        ContentRepository content(*m_db, t);
        auto *html = page->findChild<SafeHtmlView *>(QStringLiteral("templatePreviewHtml"));
        auto *header = page->findChild<QLabel *>(QStringLiteral("templatePreviewHeader"));
        auto *findings = page->findChild<QLabel *>(QStringLiteral("templateFindings"));
        auto *subject = page->findChild<QLineEdit *>(QStringLiteral("templateSubject"));
        auto *body = page->findChild<QPlainTextEdit *>(QStringLiteral("templateBody"));

        // The demo's HTML email, for a sample contact: merged, its remote image not loaded.
        QVERIFY(page->select(QStringLiteral("Seasonal launch email")));
        QVERIFY(header->text().contains(u"New arrivals, first pick for you"));
        QVERIFY2(html->toPlainText().contains(u"Hi Alex,"), qPrintable(html->toPlainText()));
        QCOMPARE(html->blockedResources(), 1);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("templatePreviewBlocked"))->text().contains(u"not loaded"));
        QVERIFY2(findings->text().contains(u"Nothing a reviewer"), qPrintable(findings->text()));
        auto *sample = page->findChild<QComboBox *>(QStringLiteral("templateSample"));
        QVERIFY(sample->count() > 1);
        sample->setCurrentIndex(1);
        QVERIFY(!html->toPlainText().contains(u"Hi Alex,"));

        // An edit to a template campaigns use asks first; Cancel keeps it unsaved, Revert drops it.
        subject->setText(QStringLiteral("Changed"));
        QVERIFY(page->isModified());
        Dialogs::answerNext(1);
        QVERIFY(!page->save());
        QVERIFY(Dialogs::lastText().contains(u"approve the content again"));
        page->findChild<QPushButton *>(QStringLiteral("templateRevert"))->click();
        QVERIFY(!page->isModified());
        QCOMPARE(subject->text(), QStringLiteral("{{first_name}}, the new season is here"));

        // A new email: findings follow the typing, scripts never reach the preview.
        page->newTemplate(ChannelKind::Email);
        page->findChild<QLineEdit *>(QStringLiteral("templateName"))->setText(QStringLiteral("Autumn letter"));
        subject->setText(QStringLiteral("AUTUMN SALE NOW ON"));
        page->findChild<QLineEdit *>(QStringLiteral("templatePreheader"))->setText(QStringLiteral("Hi {{first_name}}: 30% off"));
        page->findChild<QLineEdit *>(QStringLiteral("templateFromName"))->setText(QStringLiteral("Northwind Autumn"));
        body->setPlainText(QStringLiteral("<html><body onload=\"steal()\"><p>Hello {{nickname}}</p>"
                                          "<script>alert('x')</script><p>{{unsubscribe_url}}</p></body></html>"));
        page->updatePreview();
        QVERIFY2(findings->text().contains(u"capital letters"), qPrintable(findings->text()));
        QVERIFY(findings->text().contains(u"{{nickname}}"));
        QVERIFY(!html->toPlainText().contains(u"alert"));
        QVERIFY(!html->toHtml().contains(u"steal"));
        QVERIFY(header->text().contains(u"Northwind Autumn"));
        sample->setCurrentIndex(0);
        QVERIFY2(header->text().contains(u"Hi Alex: 30% off"), qPrintable(header->text()));
        auto *text = page->findChild<QPlainTextEdit *>(QStringLiteral("templatePreviewText"));
        QVERIFY(text->toPlainText().startsWith(u"Hello"));
        page->findChild<QPlainTextEdit *>(QStringLiteral("templateTextBody"))->setPlainText(QStringLiteral("Plain autumn words"));
        page->updatePreview();
        QCOMPARE(text->toPlainText(), QStringLiteral("Plain autumn words"));
        QVERIFY(findings->text().contains(u"text part has no {{unsubscribe_url}}"));

        QTemporaryDir dir;
        const auto file = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(name));
            f.write(data);
            return f.fileName();
        };
        QVERIFY(page->addAttachment(file(QStringLiteral("lookbook.pdf"), "%PDF-1.4 autumn")));
        QVERIFY(!page->addAttachment(file(QStringLiteral("setup.exe"), "MZ")));
        QVERIFY(Dialogs::lastText().contains(u"program or script"));
        QVERIFY(!page->addAttachment(file(QStringLiteral("copy.pdf"), "%PDF-1.4 autumn")));
        QVERIFY(Dialogs::lastText().contains(u"attached already"));
        QCOMPARE(page->findChild<QListWidget *>(QStringLiteral("templateAttachments"))->count(), 1);
        QVERIFY(page->save());
        MessageTemplate saved;
        for (const MessageTemplate &m : *content.templates())
            if (m.name == u"Autumn letter")
                saved = m;
        QCOMPARE(saved.kind, ChannelKind::Email);
        QCOMPARE(saved.subject, QStringLiteral("AUTUMN SALE NOW ON"));
        QCOMPARE(saved.preheader, QStringLiteral("Hi {{first_name}}: 30% off"));
        QCOMPARE(saved.fromName, QStringLiteral("Northwind Autumn"));
        QCOMPARE(saved.textBody, QStringLiteral("Plain autumn words"));
        QCOMPARE(saved.attachments.size(), 1);
        QCOMPARE(content.withData(saved.attachments)->first().data, QByteArray("%PDF-1.4 autumn"));
        QVERIFY(!page->isModified());

        // SMS: its length as written, with the character that forces UCS-2.
        page->newTemplate(ChannelKind::Sms);
        QVERIFY(!subject->isVisible());
        body->setPlainText(QStringLiteral("Hi {{first_name}}, caf\u00e9 \u2615 today. Reply STOP to opt out"));
        page->updatePreview();
        const QString size = page->findChild<QLabel *>(QStringLiteral("templateSmsSize"))->text();
        QVERIFY2(size.contains(u"UCS-2") && size.contains(u"\u2615") && size.contains(u"1 segment"), qPrintable(size));
        Dialogs::answerNext(1); // the unsaved SMS: discard

        // A call script with a recording: one audio file, replaced by the next.
        page->newTemplate(ChannelKind::Phone);
        auto *attach = page->findChild<QPushButton *>(QStringLiteral("templateAttach"));
        QVERIFY(attach->isVisible());
        QCOMPARE(attach->text(), QStringLiteral("Choose &recording\u2026"));
        page->findChild<QLineEdit *>(QStringLiteral("templateName"))->setText(QStringLiteral("Recorded thanks"));
        body->setPlainText(QStringLiteral("Thank you for shopping with us. Press 9 to stop these calls."));
        QVERIFY(!page->addAttachment(file(QStringLiteral("thanks.txt"), "Thank you")));
        QVERIFY2(Dialogs::lastText().contains(u"not audio"), qPrintable(Dialogs::lastText()));
        QVERIFY(page->addAttachment(file(QStringLiteral("first.wav"), test::toneWav(300))));
        QVERIFY(page->addAttachment(file(QStringLiteral("thanks.wav"), test::toneWav(500))));
        QCOMPARE(page->findChild<QListWidget *>(QStringLiteral("templateAttachments"))->count(), 1);
        QVERIFY(page->save());
        MessageTemplate recorded;
        for (const MessageTemplate &m : *content.templates())
            if (m.name == u"Recorded thanks")
                recorded = m;
        QCOMPARE(recorded.kind, ChannelKind::Phone);
        QCOMPARE(recorded.attachments.size(), 1);
        QCOMPARE(recorded.attachments.first().fileName, QStringLiteral("thanks.wav"));

        // Telegram: one photo, its caption the text; Web Push: the subject is the title.
        page->newTemplate(ChannelKind::Telegram);
        QVERIFY(!subject->isVisible());
        QVERIFY(attach->isVisible());
        QCOMPARE(attach->text(), QStringLiteral("Choose &photo\u2026"));
        page->findChild<QLineEdit *>(QStringLiteral("templateName"))->setText(QStringLiteral("Shelf photo"));
        body->setPlainText(QStringLiteral("New on the <b>shelf</b>, {{first_name}}. {{opt_out_text}}"));
        QVERIFY(!page->addAttachment(file(QStringLiteral("shelf.txt"), "a shelf")));
        QVERIFY2(Dialogs::lastText().contains(u"not a JPEG, PNG or WebP"), qPrintable(Dialogs::lastText()));
        const QByteArray png = QByteArray::fromHex(
            "89504e470d0a1a0a0000000d49484452000000040000000308020000003b9639910000001049444154789c63f8dfc000470c38"
            "39006a4011f5395e1f300000000049454e44ae426082");
        QVERIFY(page->addAttachment(file(QStringLiteral("shelf.png"), png)));
        page->updatePreview();
        QVERIFY2(header->text().contains(u"shelf.png"), qPrintable(header->text()));
        QVERIFY(page->save());
        MessageTemplate photo;
        for (const MessageTemplate &m : *content.templates())
            if (m.name == u"Shelf photo")
                photo = m;
        QCOMPARE(photo.kind, ChannelKind::Telegram);
        QCOMPARE(photo.attachments.size(), 1);
        QCOMPARE(photo.attachments.first().mimeType, QStringLiteral("image/png"));
        page->newTemplate(ChannelKind::WebPush);
        QVERIFY(subject->isVisible());
        QVERIFY(!attach->isVisible());
        page->findChild<QLineEdit *>(QStringLiteral("templateName"))->setText(QStringLiteral("Restocked"));
        subject->setText(QStringLiteral("Back in stock, {{first_name}}"));
        body->setPlainText(QStringLiteral("Your size is back."));
        page->updatePreview();
        QVERIFY2(header->text().contains(u"Back in stock, Alex"), qPrintable(header->text()));
        QVERIFY(page->save());
        for (const MessageTemplate &m : *content.templates())
            if (m.name == u"Restocked")
                QCOMPARE(m.subject, QStringLiteral("Back in stock, {{first_name}}"));
        page->newTemplate(ChannelKind::Sms);
        body->setPlainText(QStringLiteral("Hi"));
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            Dialogs::answerNext(1); // the unsaved SMS: discard
            page->select(QStringLiteral("Recorded thanks"));
            QCoreApplication::sendPostedEvents();
            window->grab().save(shots + u"/templates-recording.png");
            page->select(QStringLiteral("Seasonal launch email"));
            QCoreApplication::sendPostedEvents();
            window->grab().save(shots + u"/templates.png"); // scripts/screenshots.sh
            page->newTemplate(ChannelKind::Sms);
            body->setPlainText(QStringLiteral("Hi"));
        }

        // Leaving with unsaved changes asks: Cancel stays, Discard goes.
        Dialogs::answerNext(2);
        window->navigate(MainWindow::Destination::Campaigns);
        QVERIFY(page->isVisible());
        Dialogs::answerNext(1);
        window->navigate(MainWindow::Destination::Campaigns);
        QVERIFY(!page->isVisible());

        // Delete asks, then the template is gone from the list (kept for campaigns naming it).
        window->navigate(MainWindow::Destination::Templates);
        QVERIFY(page->select(QStringLiteral("Autumn letter")));
        Dialogs::answerNext(0);
        QVERIFY(page->deleteCurrent());
        QVERIFY(page->findChild<QListWidget *>(QStringLiteral("templateList"))->findItems(QStringLiteral("Autumn letter"), Qt::MatchExactly).isEmpty());
        QVERIFY(content.messageTemplate(saved.id)->deleted);
    }
};

QTEST_MAIN(TestContentPages)
#include "tst_contentpages.moc"
