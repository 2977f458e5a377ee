// Drives Contacts & Segments on the demo workspace, by objectName: the import wizard,
// contacts with their communications, contacts edited by hand, lists, the segment
// builder and the opt-out list.
#include "audience/audiencequery.h"
#include "audience/segmentrules.h"
#include "common/dialogs.h"
#include "contacts/contactspage.h"
#include "contacts/contactsview.h"
#include "contacts/importdialog.h"
#include "contacts/listsview.h"
#include "contacts/optoutsview.h"
#include "contacts/rejectedrowsdialog.h"
#include "contacts/segmenteditor.h"
#include "contacts/segmentsview.h"
#include "demowindowtest.h"
#include "detail/campaigndetailpage.h"
#include "lifecycle/campaignservice.h"
#include "main/mainwindow.h"
#include "storage/audiencerepository.h"
#include "storage/sqlquery.h"
#include "storage/uploadrepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace herald;

class TestContactsPage final : public test::DemoWindowTest
{
    Q_OBJECT

private slots:
    // Contacts & Segments: Import CSV previews the file with its detected format and
    // mapping, imports off the GUI thread, shows the counts and saves the rejected rows;
    // cancelling a long import keeps nothing.
    void importWizard()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->navigate(MainWindow::Destination::Contacts);
        ContactsPage *page = window->contactsPage();
        QVERIFY(page->isVisible());
        const Id t = window->session().tenantId;
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("uploadsTable"));
        const int uploadsBefore = table->rowCount();
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("leads.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Name;E-mail;Mobile;Shop\r\nAda Lovelace;ada@leads.example;07700 900001;Leeds\r\n"
                    "Bad;nope;;York\r\nAda Again;ada@leads.example;;Hull\r\n");
        }
        QString format, status, rejections;
        QStringList mapping;
        bool enterImported = true, enterRead = false;
        const QString followUpRef = shortIdOf(QStringLiteral("Summer Clearance"));
        const Id followUp = CampaignService(*m_db, t, window->session().user).overview(followUpRef)->campaign.id;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            auto *d = qobject_cast<ImportDialog *>(dialog);
            if (!d)
                return int(QDialog::Rejected);
            // Enter in the file field reads the file and imports nothing.
            d->show();
            auto *path = d->findChild<QLineEdit *>(QStringLiteral("importPath"));
            path->setFocus();
            path->setText(csv);
            QTest::keyClick(path, Qt::Key_Return);
            enterImported = !d->findChild<QPushButton *>(QStringLiteral("importStart"))->isEnabled()
                            || d->findChild<QProgressBar *>()->isVisible() || d->result().id != 0;
            enterRead = d->findChild<QComboBox *>(QStringLiteral("importMap_1")) != nullptr;
            if (!enterRead)
                return int(QDialog::Rejected);
            format = d->findChild<QLabel *>(QStringLiteral("importFormat"))->text();
            for (int c = 1; c <= 4; ++c)
                mapping << d->findChild<QComboBox *>(u"importMap_" + QString::number(c))->currentText();
            d->findChild<QComboBox *>(QStringLiteral("importMap_4"))->setCurrentText(QStringLiteral("ignore"));
            d->findChild<QComboBox *>(QStringLiteral("importRegion"))->setCurrentText(QStringLiteral("GB"));
            d->setListName(QStringLiteral("Leads"));
            d->setFollowUpCampaign(followUp);
            d->findChild<QPushButton *>(QStringLiteral("importStart"))->click();
            if (!QTest::qWaitFor([d] { return d->result().id != 0; }, 20000))
                return int(QDialog::Rejected);
            status = d->findChild<QLabel *>(QStringLiteral("importStatus"))->text();
            if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
                d->grab().save(shots + u"/import-contacts.png"); // scripts/screenshots.sh
            if (!d->findChild<QPushButton *>(QStringLiteral("importSaveRejections"))->isHidden()
                && d->saveRejectionsTo(dir.filePath(QStringLiteral("rejected.csv")))) {
                QFile r(dir.filePath(QStringLiteral("rejected.csv")));
                if (r.open(QIODevice::ReadOnly))
                    rejections = QString::fromUtf8(r.readAll());
            }
            d->findChild<QPushButton *>(QStringLiteral("importStart"))->click(); // now Close
            return d->result().id != 0 ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        window->activateWindow();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keySequence(table, QKeySequence(Qt::CTRL | Qt::Key_I));
        QVERIFY(enterRead && !enterImported);
        QVERIFY2(format.startsWith(u"UTF-8, semicolon-separated, 4 columns"), qPrintable(format));
        QCOMPARE(mapping, (QStringList{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
                                       QStringLiteral("custom.Shop")}));
        QVERIFY2(status.contains(u"3 rows read") && status.contains(u"<b>Accepted: 1</b>, rejected: 1, duplicates: 1"),
                 qPrintable(status));
        QVERIFY2(rejections.startsWith(u"row,reason\r\n3,"), qPrintable(rejections));
        QCOMPARE(table->rowCount(), uploadsBefore + 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Leads"));
        const QList<Upload> followed = *UploadRepository(*m_db, t).uploads(followUp);
        QVERIFY(!followed.isEmpty() && followed.first().listName == u"Leads");
        Contact ada;
        for (const Contact &c : *AudienceRepository(*m_db, t).contacts(0, 100000))
            if (c.email == u"ada@leads.example")
                ada = c;
        QCOMPARE(ada.phone, QStringLiteral("+447700900001"));
        QVERIFY(ada.customFields.isEmpty()); // Shop was set to ignore

        // Any upload's rejected rows, later, from the Uploads tab: shown, and saved.
        page->showTab(ContactsPage::Tab::Uploads);
        auto *rejectedRows = page->findChild<QPushButton *>(QStringLiteral("uploadRejections"));
        table->selectRow(0);
        QVERIFY(rejectedRows->isEnabled());
        qsizetype shownRows = -1;
        bool saved = false;
        const QString again = dir.filePath(QStringLiteral("again.csv"));
        Dialogs::setDialogHook([&](QDialog *dialog) {
            auto *d = qobject_cast<RejectedRowsDialog *>(dialog);
            if (!d)
                return int(QDialog::Rejected);
            shownRows = d->rowCount();
            if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
                d->grab().save(shots + u"/rejected-rows.png");
            saved = RejectedRowsDialog::save(d, window->session(), table->item(0, 0)->text().toLongLong(), again);
            return int(QDialog::Accepted);
        });
        rejectedRows->click();
        QCOMPARE(shownRows, qsizetype(1));
        QVERIFY(saved);
        QFile savedFile(again);
        QVERIFY(savedFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(savedFile.readAll()), rejections);

        // A long import, cancelled: the dialog asks, then closes with nothing kept.
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("email\n");
            QByteArray rows;
            for (int i = 0; i < 300000; ++i)
                rows += "big" + QByteArray::number(i) + "@leads.example\n";
            f.write(rows);
        }
        bool wasImporting = false, progressed = false, closed = false;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            auto *d = qobject_cast<ImportDialog *>(dialog);
            if (!d || !d->loadFile(big))
                return int(QDialog::Rejected);
            d->setListName(QStringLiteral("Big"));
            d->startImport();
            wasImporting = d->isImporting();
            progressed = QTest::qWaitFor(
                [d] { return d->findChild<QProgressBar *>(QStringLiteral("importProgress"))->value() > 0; }, 20000);
            Dialogs::answerNext(0); // "Stop Import"
            d->reject();
            closed = QTest::qWaitFor([d] { return !d->isImporting() && d->result().id == 0; }, 20000);
            return d->result().id != 0 ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        page->importCsv();
        QVERIFY(wasImporting);
        QVERIFY(progressed);
        QVERIFY(closed);
        QCOMPARE(table->rowCount(), uploadsBefore + 1);
        for (const ContactList &l : *AudienceRepository(*m_db, t).lists())
            QVERIFY(l.name != u"Big");
        Dialogs::reset();
    }

    // Contacts: search, a contact's record with every message and reply across
    // campaigns, tags saved; a campaign's Communications tab lists its replies.
    void contactsAndCommunications()
    {
        auto window = openWindow();
        QVERIFY(window);
        const Id t = window->session().tenantId;
        // A contact who replied to a demo SMS campaign.
        SqlQuery q(m_db->connection(), QStringLiteral("SELECT p.contact_id, k.short_id, p.body FROM replies p JOIN runs r "
                                                      "ON r.id = p.run_id JOIN campaigns k ON k.id = r.campaign_id "
                                                      "WHERE p.tenant_id = ? ORDER BY p.id LIMIT 1"));
        q.bind(t);
        QVERIFY(q.exec(u"test").ok() && q.next());
        const Id contactId = q.id(0);
        const QString campaign = q.text(1), body = q.text(2);
        const Contact contact = AudienceRepository(*m_db, t).contactsByIds({contactId})->first();

        window->navigate(MainWindow::Destination::Contacts);
        window->contactsPage()->showTab(ContactsPage::Tab::Contacts);
        ContactsView *view = window->contactsPage()->contacts();
        QVERIFY(view->isVisible());
        view->search(contact.phone);
        auto *table = view->findChild<QTableWidget *>(QStringLiteral("contactTable"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(view->selectContact(contactId));
        const QString record = view->findChild<QLabel *>(QStringLiteral("contactRecord"))->text();
        QVERIFY(record.contains(contact.phone));
        // Its Telegram chat, or the deep link that makes one with the tenant's bot.
        QVERIFY2(record.contains(contact.telegramChat.isEmpty() ? QStringLiteral("https://t.me/NorthwindBot?start=c")
                                                                : contact.telegramChat),
                 qPrintable(record));
        auto *communications = view->findChild<QTableWidget *>(QStringLiteral("contactCommunications"));
        QVERIFY(communications->rowCount() >= 2); // the message and the reply, at least
        bool sawReply = false;
        for (int r = 0; r < communications->rowCount(); ++r)
            sawReply |= communications->item(r, 3)->text() == u"replied" && communications->item(r, 4)->text() == body
                        && communications->item(r, 2)->text().contains(campaign);
        QVERIFY(sawReply);
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QCoreApplication::sendPostedEvents();
            window->grab().save(shots + u"/contact-record.png"); // scripts/screenshots.sh
        }

        view->findChild<QLineEdit *>(QStringLiteral("contactTags"))->setText(QStringLiteral("vip, called back"));
        view->findChild<QPushButton *>(QStringLiteral("contactSaveTags"))->click();
        QCOMPARE(AudienceRepository(*m_db, t).contactsByIds({contactId})->first().tags,
                 (QStringList{QStringLiteral("vip"), QStringLiteral("called back")}));
        view->search(QStringLiteral("called back"));
        QCOMPARE(table->rowCount(), 1);

        QVERIFY(window->openCampaign(campaign, QStringLiteral("communications")));
        QTRY_VERIFY(!window->detailPage()->isLoading());
        auto *ofCampaign = window->detailPage()->findChild<QTableWidget *>(QStringLiteral("campaignCommunications"));
        QVERIFY(ofCampaign->isVisible());
        QVERIFY(ofCampaign->rowCount() >= 1);
        bool listed = false;
        for (int r = 0; r < ofCampaign->rowCount(); ++r)
            listed |= ofCampaign->item(r, 4)->text() == body;
        QVERIFY(listed);
    }

    // A contact added and edited by hand: a bad address keeps the dialog open with what was
    // typed and says why; fields, custom fields and lists are saved. Lists: create, take
    // members out, delete (refused while campaigns send to it).
    void contactEditingAndLists()
    {
        auto window = openWindow();
        QVERIFY(window);
        const Id t = window->session().tenantId;
        AudienceRepository audience(*m_db, t);
        window->navigate(MainWindow::Destination::Contacts);
        ContactsPage *page = window->contactsPage();
        page->showTab(ContactsPage::Tab::Lists);
        ListsView *lists = page->lists();
        QVERIFY(lists->isVisible());
        Dialogs::setDialogHook([](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("listName"))->setText(QStringLiteral("Admirals"));
            dialog->findChild<QLineEdit *>(QStringLiteral("listDescription"))->setText(QStringLiteral("Navy people"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            return dialog->result();
        });
        QVERIFY(lists->newList());
        QVERIFY(lists->select(QStringLiteral("Admirals")));

        page->showTab(ContactsPage::Tab::Contacts);
        ContactsView *view = page->contacts();
        bool firstTry = true;
        QString shownError;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("contactFirstName"))->setText(QStringLiteral("Grace"));
            dialog->findChild<QLineEdit *>(QStringLiteral("contactLastName"))->setText(QStringLiteral("Hopper"));
            dialog->findChild<QLineEdit *>(QStringLiteral("contactEmail"))->setText(QStringLiteral("grace at navy"));
            dialog->findChild<QLineEdit *>(QStringLiteral("contactPhone"))->setText(QStringLiteral("(202) 555-0142"));
            dialog->findChild<QLineEdit *>(QStringLiteral("contactRegion"))->setText(QStringLiteral("US"));
            dialog->findChild<QPushButton *>(QStringLiteral("contactAddField"))->click();
            auto *fields = dialog->findChild<QTableWidget *>(QStringLiteral("contactFields"));
            fields->item(fields->rowCount() - 1, 0)->setText(QStringLiteral("Rank"));
            fields->item(fields->rowCount() - 1, 1)->setText(QStringLiteral("Rear admiral"));
            auto *listBox = dialog->findChild<QListWidget *>(QStringLiteral("contactLists"));
            listBox->findItems(QStringLiteral("Admirals"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
            auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            save->click();
            firstTry = dialog->result() == QDialog::Accepted;
            shownError = dialog->findChild<QLabel *>(QStringLiteral("contactError"))->text();
            if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
                dialog->grab().save(shots + u"/contact-edit.png"); // scripts/screenshots.sh
            dialog->findChild<QLineEdit *>(QStringLiteral("contactEmail"))->setText(QStringLiteral("grace@navy.example"));
            save->click();
            return dialog->result();
        });
        QVERIFY(view->newContact());
        QVERIFY(!firstTry);
        QVERIFY2(shownError.contains(u"\"grace at navy\" is not an address"), qPrintable(shownError));
        const QList<Contact> found = *audience.findContacts(QStringLiteral("grace@navy.example"));
        QCOMPARE(found.size(), 1);
        const Contact grace = found.first();
        QCOMPARE(grace.phone, QStringLiteral("+12025550142"));
        QCOMPARE(grace.customFields.value(QStringLiteral("Rank")), QStringLiteral("Rear admiral"));
        QCOMPARE(*audience.listsOf(grace.id), QStringList{QStringLiteral("Admirals")});
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("contactRecord"))->text().contains(u"Rear admiral"));

        Dialogs::setDialogHook([](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("contactLastName"))->setText(QStringLiteral("Murray Hopper"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            return dialog->result();
        });
        QVERIFY(view->selectContact(grace.id));
        QVERIFY(view->editContact());
        QCOMPARE(audience.contactsByIds({grace.id})->first().lastName, QStringLiteral("Murray Hopper"));
        Dialogs::setDialogHook({});

        page->showTab(ContactsPage::Tab::Lists);
        QVERIFY(lists->select(QStringLiteral("Admirals")));
        auto *members = lists->findChild<QTableWidget *>(QStringLiteral("listMembers"));
        QCOMPARE(members->rowCount(), 1);
        members->selectRow(0);
        Dialogs::answerNext(0);
        QVERIFY(lists->removeSelectedMembers());
        QCOMPARE(members->rowCount(), 0);
        QVERIFY(audience.listsOf(grace.id)->isEmpty());
        Dialogs::answerNext(0);
        QVERIFY(lists->deleteList());
        QVERIFY(!lists->select(QStringLiteral("Admirals")));
        QVERIFY(lists->select(QStringLiteral("All customers")));
        QVERIFY(!lists->deleteList()); // campaigns send to it: says so, asks nothing
        QVERIFY(Dialogs::lastText().contains(u"Campaigns send to \u201cAll customers\u201d"));
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QCoreApplication::sendPostedEvents();
            window->grab().save(shots + u"/contact-lists.png"); // scripts/screenshots.sh
        }
    }

    // The segment builder: conditions in nested groups, a live count and sample that agree
    // with the run's query, save, the campaign rule, delete after confirming.
    void segmentBuilder()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->navigate(MainWindow::Destination::Contacts);
        window->contactsPage()->showTab(ContactsPage::Tab::Segments);
        SegmentsView *view = window->contactsPage()->segments();
        QVERIFY(view->isVisible());
        const Id t = window->session().tenantId;
        auto *count = view->findChild<QLabel *>(QStringLiteral("segmentCount"));
        auto *sample = view->findChild<QTableWidget *>(QStringLiteral("segmentSample"));
        auto countOf = [&](const QString &rules) {
            AudienceSpec spec;
            spec.includeRules << rules;
            spec.dropOptedOut = false;
            return *AudienceQuery(*m_db, t).count(spec);
        };

        view->findChild<QPushButton *>(QStringLiteral("segmentNew"))->click();
        view->findChild<QLineEdit *>(QStringLiteral("segmentName"))->setText(QStringLiteral("Reachable by email"));
        SegmentEditor *editor = view->editor();
        auto *root = editor->findChild<QWidget *>(QStringLiteral("segmentRoot"));
        root->findChild<QToolButton *>(QStringLiteral("addRule"), Qt::FindDirectChildrenOnly)->click();
        auto *field = editor->findChild<QComboBox *>(QStringLiteral("ruleField"));
        field->setCurrentIndex(field->findData(QStringLiteral("email")));
        auto *op = editor->findChild<QComboBox *>(QStringLiteral("ruleOp"));
        op->setCurrentIndex(op->findData(QStringLiteral("is_set")));
        QVERIFY(editor->findChild<QLineEdit *>(QStringLiteral("ruleValue"))->isHidden()); // "is set" takes none
        const QString hasEmail = editor->rules();
        QCOMPARE(*SegmentRules::parse(hasEmail),
                 *SegmentRules::parse(QStringLiteral(R"({"rules":[{"field":"email","op":"is_set"}]})")));
        QTRY_VERIFY(!view->isCounting());
        const qint64 withEmail = countOf(hasEmail);
        QVERIFY(withEmail > 5);
        QVERIFY2(count->text().startsWith(QLocale().toString(withEmail) + u" contact"), qPrintable(count->text()));
        QCOMPARE(sample->rowCount(), 5);
        QVERIFY(sample->item(0, 1)->text().contains(u'@'));

        // A group: has email AND (tag vip OR first name starts with "A").
        root->findChild<QToolButton *>(QStringLiteral("addGroup"), Qt::FindDirectChildrenOnly)->click();
        auto *group = editor->findChild<QWidget *>(QStringLiteral("segmentGroup"));
        QVERIFY(group);
        QCOMPARE(group->findChild<QComboBox *>(QStringLiteral("segmentMatch"))->currentData().toBool(), true); // any
        group->findChild<QLineEdit *>(QStringLiteral("ruleValue"))->setText(QStringLiteral("vip"));
        group->findChild<QToolButton *>(QStringLiteral("addRule"))->click();
        const auto rows = group->findChildren<QWidget *>(QStringLiteral("segmentRule"));
        QCOMPARE(rows.size(), 2);
        auto *second = rows.at(1);
        auto *secondField = second->findChild<QComboBox *>(QStringLiteral("ruleField"));
        secondField->setCurrentIndex(secondField->findData(QStringLiteral("first_name")));
        auto *secondOp = second->findChild<QComboBox *>(QStringLiteral("ruleOp"));
        secondOp->setCurrentIndex(secondOp->findData(QStringLiteral("starts_with")));
        second->findChild<QLineEdit *>(QStringLiteral("ruleValue"))->setText(QStringLiteral("A"));
        const QString grouped = editor->rules();
        QCOMPARE(grouped,
                 QStringLiteral(R"({"match":"all","rules":[{"field":"email","op":"is_set"},{"match":"any","rules":[)"
                                R"({"field":"tag","op":"has","value":"vip"},{"field":"first_name","op":"starts_with","value":"A"}]}]})"));
        QTRY_VERIFY(!view->isCounting());
        const qint64 groupedCount = countOf(grouped);
        QVERIFY(groupedCount > 0 && groupedCount < withEmail);
        QVERIFY2(count->text().startsWith(QLocale().toString(groupedCount) + u" contact"), qPrintable(count->text()));
        QCOMPARE(sample->rowCount(), int(std::min<qint64>(5, groupedCount)));
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QCoreApplication::sendPostedEvents();
            window->grab().save(shots + u"/segments.png"); // scripts/screenshots.sh
        }

        QTest::keySequence(view, QKeySequence::Save);
        AudienceRepository audience(*m_db, t);
        Segment saved;
        for (const Segment &s : *audience.segments())
            if (s.name == u"Reachable by email")
                saved = s;
        QVERIFY(saved.id != 0);
        QCOMPARE(saved.rules, grouped);
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("segmentSave"))->isEnabled()); // nothing unsaved

        // The campaign rule chooses among the tenant's campaigns; removing the group
        // leaves the first condition.
        group->findChild<QToolButton *>(QStringLiteral("groupRemove"))->click();
        QCOMPARE(editor->rules(), hasEmail);
        root->findChild<QToolButton *>(QStringLiteral("addRule"), Qt::FindDirectChildrenOnly)->click();
        auto *campaignRow = editor->findChildren<QWidget *>(QStringLiteral("segmentRule")).last();
        auto *campaignField = campaignRow->findChild<QComboBox *>(QStringLiteral("ruleField"));
        campaignField->setCurrentIndex(campaignField->findData(QStringLiteral("campaign")));
        auto *campaign = campaignRow->findChild<QComboBox *>(QStringLiteral("ruleCampaign"));
        QVERIFY(!campaign->isHidden() && campaignRow->findChild<QLineEdit *>(QStringLiteral("ruleValue"))->isHidden());
        QVERIFY(campaign->count() > 5);
        const QString spring = shortIdOf(QStringLiteral("Spring Collection Launch"));
        campaign->setCurrentIndex(campaign->findData(spring));
        QVERIFY(campaign->currentIndex() >= 0);
        QVERIFY(editor->rules().contains(u"\"field\":\"campaign\",\"op\":\"received\",\"value\":\"" + spring + u'"'));
        QTRY_VERIFY(!view->isCounting());
        QVERIFY2(count->text().startsWith(QLocale().toString(countOf(editor->rules())) + u" contact"),
                 qPrintable(count->text()));

        // Leaving unsaved changes asks; Cancel stays.
        Dialogs::answerNext(2);
        QVERIFY(!view->select(QStringLiteral("VIP customers")));
        QCOMPARE(view->findChild<QLineEdit *>(QStringLiteral("segmentName"))->text(), QStringLiteral("Reachable by email"));
        Dialogs::answerNext(1); // Discard
        view->newSegment();
        QVERIFY(view->select(QStringLiteral("Reachable by email")));
        QCOMPARE(editor->rules(), grouped); // as saved

        Dialogs::answerNext(0); // Delete
        QVERIFY(view->deleteCurrent());
        QVERIFY(audience.segment(saved.id)->deleted);
        QVERIFY(view->findChild<QListWidget *>(QStringLiteral("segmentList"))
                    ->findItems(QStringLiteral("Reachable by email"), Qt::MatchExactly)
                    .isEmpty());
    }

    // The opt-out list: add through the dialog, remove after confirming, the history
    // saying who did what, import and export.
    void optOutsTab()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->navigate(MainWindow::Destination::Contacts);
        window->contactsPage()->showTab(ContactsPage::Tab::OptOuts);
        OptOutsView *view = window->contactsPage()->optOuts();
        QVERIFY(view->isVisible());
        auto *list = view->findChild<QTableWidget *>(QStringLiteral("optOutList"));
        auto *history = view->findChild<QTableWidget *>(QStringLiteral("optOutHistory"));
        const int before = list->rowCount();
        Dialogs::setDialogHook([](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("optOutAddress"))->setText(QStringLiteral("07700 900321"));
            auto *channel = dialog->findChild<QComboBox *>(QStringLiteral("optOutChannel"));
            channel->setCurrentIndex(channel->findData(int(ChannelKind::Sms)));
            dialog->findChild<QComboBox *>(QStringLiteral("optOutRegion"))->setCurrentText(QStringLiteral("GB"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            return dialog->result();
        });
        view->findChild<QPushButton *>(QStringLiteral("optOutAdd"))->click();
        QCOMPARE(list->rowCount(), before + 1);
        int row = -1;
        for (int r = 0; r < list->rowCount(); ++r)
            if (list->item(r, 0)->text() == u"+447700900321")
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(list->item(row, 1)->text(), QStringLiteral("SMS"));
        QCOMPARE(history->item(0, 2)->text(), QStringLiteral("added (manual)"));
        QCOMPARE(history->item(0, 4)->text(), window->session().user.name);
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QCoreApplication::sendPostedEvents(); // the header's layout, as a person would see it
            window->grab().save(shots + u"/opt-outs.png"); // scripts/screenshots.sh
        }

        list->selectRow(row);
        Dialogs::answerNext(1); // Cancel: nothing changes
        QVERIFY(!view->removeSelected());
        QCOMPARE(list->rowCount(), before + 1);
        list->selectRow(row);
        Dialogs::answerNext(0); // Remove
        view->findChild<QPushButton *>(QStringLiteral("optOutRemove"))->click();
        QCOMPARE(list->rowCount(), before);
        QVERIFY(Dialogs::lastText().contains(u"may be messaged again"));
        QCOMPARE(history->item(0, 2)->text(), QStringLiteral("removed"));

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("suppress.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("email\nnope@suppress.example\nbad address\n");
        }
        Dialogs::answerNext(0);
        QVERIFY(view->importFile(csv));
        QVERIFY2(Dialogs::lastText().startsWith(u"2 rows: 1 added, 0 already on the list, 1 rejected."),
                 qPrintable(Dialogs::lastText()));
        QCOMPARE(list->rowCount(), before + 1);
        QVERIFY(view->exportTo(dir.filePath(QStringLiteral("out.csv"))));
        QFile out(dir.filePath(QStringLiteral("out.csv")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.readAll().contains("nope@suppress.example,,all,import,"));
        Dialogs::reset();
    }
};

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
