#include "models/messagepagecache.h"
#include "models/messagetablemodel.h"
#include "models/timetext.h"
#include "storage/audiencerepository.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace herald;
using S = MessageStatus;

// The task table model over runs of a few thousand messages, read by page, checked
// against MessageRepository::forRun paging through the same selection.
class TestMessageTableModel final : public QObject
{
    Q_OBJECT

    static constexpr int kContacts = 1500;
    static const inline QDateTime kAt{QDate(2026, 3, 14), QTime(9, 26, 53), Qt::UTC};

    struct Fixture
    {
        test::TestWorkspace ws;
        test::TestWorkspace::TenantFixture a, b;
        Id dense = 0;  // A's run, its messages inserted together: ids without gaps
        Id sparse = 0; // A's run, inserted in turns with B's run: ids with gaps
        Id other = 0;  // B's run
    };

    static S statusFor(int i)
    {
        static constexpr S statuses[] = {S::Queued, S::Sent,      S::Delivered, S::Failed,
                                         S::Queued, S::Delivered, S::Queued};
        return statuses[i % 7];
    }

    static Message message(Id runId, ChannelKind channel, Id contact, int i)
    {
        Message m;
        m.runId = runId;
        m.channel = channel;
        m.contactId = contact;
        m.status = statusFor(i);
        m.queuedAt = kAt;
        m.statusChangedAt = kAt.addSecs(i);
        if (m.status != S::Queued) {
            m.attempts = 1;
            m.sentAt = kAt.addSecs(1);
        }
        if (m.status == S::Delivered)
            m.deliveredAt = kAt.addSecs(2);
        if (m.status == S::Failed) {
            m.failureReason = QStringLiteral("mailbox full");
            m.finishedAt = kAt.addSecs(3);
        }
        return m;
    }

    static Id newRun(Fixture &f, const test::TestWorkspace::TenantFixture &t)
    {
        Run run;
        run.campaignId = f.ws.create(t, f.ws.readyCampaign(t, {ChannelKind::Email, ChannelKind::Sms}));
        return *RunRepository(f.ws.db(), t.tenantId).create(run);
    }

    static QList<Id> contacts(Fixture &f, Id tenantId)
    {
        QList<Contact> list(kContacts);
        for (int i = 0; i < kContacts; ++i) {
            list[i].firstName = u"First" + QString::number(i);
            list[i].lastName = i % 3 ? u"Last" + QString::number(i) : QString();
            list[i].email = i % 5 ? u"c" + QString::number(i) + u"@example.com" : QString();
            list[i].phone = u"+44770090" + QString::number(1000 + i);
            if (i % 11 == 0)
                list[i].firstName = list[i].lastName = QString();
        }
        return *AudienceRepository(f.ws.db(), tenantId).addContacts(list);
    }

    static std::unique_ptr<Fixture> fixture()
    {
        auto f = std::make_unique<Fixture>();
        f->a = f->ws.addTenant(QStringLiteral("A"));
        f->b = f->ws.addTenant(QStringLiteral("B"));
        f->dense = newRun(*f, f->a);
        f->sparse = newRun(*f, f->a);
        f->other = newRun(*f, f->b);
        const QList<Id> ca = contacts(*f, f->a.tenantId);
        const QList<Id> cb = contacts(*f, f->b.tenantId);
        MessageRepository ra(f->ws.db(), f->a.tenantId);
        MessageRepository rb(f->ws.db(), f->b.tenantId);
        QList<Message> dense;
        for (int i = 0; i < kContacts * 2; ++i)
            dense.append(message(f->dense, i % 2 ? ChannelKind::Sms : ChannelKind::Email, ca.at(i / 2), i));
        [&] { QVERIFY(ra.insert(dense).ok()); }();
        for (int from = 0; from < kContacts; from += 100) {
            QList<Message> mine, theirs;
            for (int i = from; i < from + 100; ++i) {
                mine.append(message(f->sparse, i % 3 ? ChannelKind::Email : ChannelKind::Sms, ca.at(i), i));
                theirs.append(message(f->other, ChannelKind::Email, cb.at(i), i));
            }
            [&] { QVERIFY(ra.insert(mine).ok() && rb.insert(theirs).ok()); }();
        }
        return f;
    }

    // What a straight keyset walk through the repository gives.
    static QList<Id> expectedIds(Fixture &f, Id tenantId, Id runId, const MessageFilter &filter = {})
    {
        MessageRepository repo(f.ws.db(), tenantId);
        QList<Id> out;
        for (Id after = 0;;) {
            const auto page = *repo.forRun(runId, after, 500, filter.status, filter.channel);
            if (page.isEmpty())
                return out;
            for (const Message &m : page)
                out.append(m.id);
            after = page.last().id;
        }
    }

    // Reads rows in the given order and compares each id.
    static void compareRows(MessageTableModel &model, const QList<Id> &expected, const QList<int> &order)
    {
        for (int row : order)
            QCOMPARE(model.index(row, 0).data(MessageTableModel::MessageIdRole).toLongLong(), expected.at(row));
    }

    static QList<int> jumpingOrder(int rows)
    {
        QList<int> order{0, rows - 1, rows / 2, rows - 2, 1, rows / 3, rows / 2 + 1};
        QRandomGenerator rng(7);
        for (int i = 0; i < 200; ++i)
            order.append(int(rng.bounded(rows)));
        for (int row = rows - 1; row >= 0; row -= 3)
            order.append(row);
        return order;
    }

private slots:
    void rowsMatchTheRepository_data()
    {
        QTest::addColumn<bool>("dense");
        QTest::addColumn<std::optional<S>>("status");
        QTest::addColumn<std::optional<ChannelKind>>("channel");
        for (bool dense : {true, false}) {
            const char *run = dense ? "dense" : "sparse";
            QTest::addRow("%s, all", run) << dense << std::optional<S>() << std::optional<ChannelKind>();
            QTest::addRow("%s, failed", run) << dense << std::optional<S>(S::Failed) << std::optional<ChannelKind>();
            QTest::addRow("%s, sms", run) << dense << std::optional<S>() << std::optional(ChannelKind::Sms);
            QTest::addRow("%s, queued email", run)
                << dense << std::optional<S>(S::Queued) << std::optional(ChannelKind::Email);
        }
    }
    void rowsMatchTheRepository()
    {
        QFETCH(bool, dense);
        QFETCH(std::optional<S>, status);
        QFETCH(std::optional<ChannelKind>, channel);
        auto f = fixture();
        const Id run = dense ? f->dense : f->sparse;
        MessageTableModel model(f->ws.db(), f->a.tenantId);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.setRun(run).ok());
        QVERIFY(model.setFilter(status, channel).ok());
        const QList<Id> expected = expectedIds(*f, f->a.tenantId, run, {status, channel});
        QVERIFY(expected.size() > 200);
        QCOMPARE(model.rowCount(), int(expected.size()));
        QCOMPARE(model.columnCount(), int(MessageTableModel::ColumnCount));
        compareRows(model, expected, jumpingOrder(int(expected.size())));
        QVERIFY(model.errorString().isEmpty());
    }

    // Small pages and a small cache, so every way of reaching a page is taken.
    void pageCacheReachesEveryPage()
    {
        auto f = fixture();
        for (Id run : {f->dense, f->sparse}) {
            for (const MessageFilter &filter : {MessageFilter{}, MessageFilter{S::Delivered, std::nullopt}}) {
                MessagePageCache cache(f->ws.db(), f->a.tenantId, 16, 4);
                cache.select(run, filter);
                cache.setSpan(*cache.readSpan());
                const QList<Id> expected = expectedIds(*f, f->a.tenantId, run, filter);
                QCOMPARE(cache.count(), qint64(expected.size()));
                // The last row, cold, is read backward from the end: nothing to skip.
                QCOMPARE(cache.row(cache.count() - 1)->message.id, expected.last());
                QVERIFY(cache.stats().skippedRows < 16);
                for (int row : jumpingOrder(int(expected.size()))) {
                    const MessageRow *r = cache.row(row);
                    QVERIFY(r);
                    QCOMPARE(r->message.id, expected.at(row));
                    QVERIFY(cache.cachedPages() <= 4);
                }
                QVERIFY(!cache.row(-1) && !cache.row(cache.count()));
            }
        }
    }

    // In a run whose ids have no gaps any position maps to an id: a jump skips nothing.
    void denseRunJumpsByKey()
    {
        auto f = fixture();
        MessagePageCache cache(f->ws.db(), f->a.tenantId, 16, 4);
        cache.select(f->dense, {});
        cache.setSpan(*cache.readSpan());
        const QList<Id> expected = expectedIds(*f, f->a.tenantId, f->dense);
        for (qint64 row : {qint64(1700), cache.count() / 2, qint64(5), cache.count() - 40})
            QCOMPARE(cache.row(row)->message.id, expected.at(row));
        QCOMPARE(cache.stats().skippedRows, qint64(0));
        QCOMPARE(cache.stats().pageReads, qint64(4));

        // With gaps, a cold jump walks the index from the nearer end; reading on from a
        // known page skips nothing.
        MessagePageCache sparse(f->ws.db(), f->a.tenantId, 16, 4);
        sparse.select(f->sparse, {});
        sparse.setSpan(*sparse.readSpan());
        const QList<Id> sparseIds = expectedIds(*f, f->a.tenantId, f->sparse);
        QCOMPARE(sparse.row(800)->message.id, sparseIds.at(800));
        const qint64 skipped = sparse.stats().skippedRows;
        QVERIFY(skipped > 0 && skipped <= sparse.count() / 2);
        for (int row = 800; row < 900; ++row)
            QCOMPARE(sparse.row(row)->message.id, sparseIds.at(row));
        QCOMPARE(sparse.stats().skippedRows, skipped);
    }

    void columns()
    {
        auto f = fixture();
        MessageTableModel model(f->ws.db(), f->a.tenantId);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.setRun(f->dense).ok());
        const QList<Contact> people = *AudienceRepository(f->ws.db(), f->a.tenantId).contacts(0, 100000);
        const auto contact = [&](Id id) {
            return *std::find_if(people.begin(), people.end(), [&](const Contact &c) { return c.id == id; });
        };
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        const auto time = [](const QDateTime &t) { return TimeText::shortText(t); };
        const QList<Message> messages = *MessageRepository(f->ws.db(), f->a.tenantId).forRun(f->dense, 0, 100);
        for (int row = 0; row < messages.size(); ++row) {
            const Message &m = messages.at(row);
            const Contact c = contact(m.contactId);
            const QString name = QStringList{c.firstName, c.lastName}.join(u' ').trimmed();
            const QString address = c.email.isEmpty() ? c.phone : c.email;
            QCOMPARE(text(row, MessageTableModel::Contact), name.isEmpty() ? address : name);
            QCOMPARE(text(row, MessageTableModel::Channel), displayName(m.channel));
            QCOMPARE(text(row, MessageTableModel::State), nameOf(m.status));
            QCOMPARE(model.index(row, 0).data(MessageTableModel::StatusRole).toInt(), int(m.status));
            QCOMPARE(model.index(row, MessageTableModel::Attempts).data().toInt(), m.attempts);
            QCOMPARE(text(row, MessageTableModel::Reason), m.failureReason);
            QCOMPARE(text(row, MessageTableModel::Queued), time(m.queuedAt));
            QCOMPARE(text(row, MessageTableModel::Sent), m.sentAt.isValid() ? time(m.sentAt) : QString());
            const QDateTime finished = m.finishedAt.isValid() ? m.finishedAt : m.deliveredAt;
            QCOMPARE(text(row, MessageTableModel::Finished), finished.isValid() ? time(finished) : QString());
            QCOMPARE(text(row, MessageTableModel::Updated), time(m.statusChangedAt));
        }
        // Row 3 is Failed, row 2 Delivered; contact 0 has no name nor email, contact 3 no last name.
        QCOMPARE(text(3, MessageTableModel::Reason), QStringLiteral("mailbox full"));
        QCOMPARE(text(3, MessageTableModel::Finished), time(kAt.addSecs(3)));
        QCOMPARE(text(2, MessageTableModel::Finished), time(kAt.addSecs(2)));
        QCOMPARE(text(0, MessageTableModel::Contact), QStringLiteral("+447700901000"));
        QCOMPARE(text(6, MessageTableModel::Contact), QStringLiteral("First3"));
        QCOMPARE(text(14, MessageTableModel::Contact), QStringLiteral("First7 Last7"));
        QCOMPARE(model.index(14, MessageTableModel::Contact).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("c7@example.com"));
        // The cell says it to the minute in the locale's short format; its tooltip to the second.
        const QString queuedTip = model.index(0, MessageTableModel::Queued).data(Qt::ToolTipRole).toString();
        QCOMPARE(queuedTip, TimeText::longText(kAt));
        if (kAt.toLocalTime().offsetFromUtc() == 0) { // as ctest runs it, TZ=UTC, in the C locale
            QCOMPARE(text(0, MessageTableModel::Queued), QStringLiteral("14 Mar 2026 09:26"));
            QVERIFY2(queuedTip.contains(u"09:26:53"), qPrintable(queuedTip));
        }

        const QStringList headers{QStringLiteral("Contact"),  QStringLiteral("Channel"),  QStringLiteral("State"),
                                  QStringLiteral("Attempts"), QStringLiteral("Reason"),   QStringLiteral("Queued"),
                                  QStringLiteral("Sent"),     QStringLiteral("Finished"), QStringLiteral("Updated")};
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
    }

    void reloadAfterStatusesChange()
    {
        auto f = fixture();
        MessageTableModel all(f->ws.db(), f->a.tenantId);
        MessageTableModel queued(f->ws.db(), f->a.tenantId);
        QAbstractItemModelTester allTester(&all, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester queuedTester(&queued, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(all.setRun(f->sparse).ok());
        QVERIFY(queued.setRun(f->sparse).ok());
        QVERIFY(queued.setFilter(S::Queued, std::nullopt).ok());
        const int rows = all.rowCount();
        const int queuedRows = queued.rowCount();
        const QList<Id> before = expectedIds(*f, f->a.tenantId, f->sparse, {S::Queued, std::nullopt});
        compareRows(queued, before, jumpingOrder(queuedRows));
        compareRows(all, expectedIds(*f, f->a.tenantId, f->sparse), jumpingOrder(rows));

        // The first 25 queued messages start sending.
        QList<MessageTransition> moves;
        const QList<Message> first = *MessageRepository(f->ws.db(), f->a.tenantId).forRun(f->sparse, 0, 500, S::Queued);
        for (int i = 0; i < 25; ++i)
            moves.append({first.at(i).id, first.at(i).channel, S::Queued, S::Sending, kAt.addSecs(60), {}, {}, {}});
        QCOMPARE(MessageRepository(f->ws.db(), f->a.tenantId).apply(moves)->applied, 25);

        QSignalSpy changed(&all, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&queued, &QAbstractItemModel::modelReset);
        QVERIFY(all.reload().ok());
        QVERIFY(queued.reload().ok());
        QCOMPARE(all.rowCount(), rows);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(queued.rowCount(), queuedRows - 25);
        QList<Id> ids = expectedIds(*f, f->a.tenantId, f->sparse);
        const int moved = int(ids.indexOf(first.at(0).id));
        QCOMPARE(all.index(moved, MessageTableModel::State).data().toString(), QStringLiteral("Sending"));
        QCOMPARE(all.index(moved, MessageTableModel::Attempts).data().toInt(), 1);
        compareRows(all, ids, jumpingOrder(rows));
        compareRows(queued, expectedIds(*f, f->a.tenantId, f->sparse, {S::Queued, std::nullopt}),
                    jumpingOrder(queued.rowCount()));
        QVERIFY(queued.index(0, 0).data(MessageTableModel::MessageIdRole).toLongLong() != before.first());

        // Messages added to the run later are appended.
        QList<Message> more;
        for (int i = 1; i <= 10; ++i)
            more.append(message(f->sparse,
                                first.at(i).channel == ChannelKind::Sms ? ChannelKind::Email : ChannelKind::Sms,
                                first.at(i).contactId, i));
        QVERIFY(MessageRepository(f->ws.db(), f->a.tenantId).insert(more).ok());
        QSignalSpy inserted(&all, &QAbstractItemModel::rowsInserted);
        QVERIFY(all.reload().ok());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(all.rowCount(), rows + 10);
        ids = expectedIds(*f, f->a.tenantId, f->sparse);
        compareRows(all, ids, jumpingOrder(rows + 10));
    }

    void onlyTheTenantsOwnMessages()
    {
        auto f = fixture();
        MessageTableModel model(f->ws.db(), f->a.tenantId);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.setRun(f->other).ok()); // B's run, asked for by A
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setRun(f->sparse).ok());
        QCOMPARE(model.rowCount(), kContacts);
        const QList<Id> theirs = expectedIds(*f, f->b.tenantId, f->other);
        QCOMPARE(theirs.size(), kContacts);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!theirs.contains(model.index(row, 0).data(MessageTableModel::MessageIdRole).toLongLong()));

        MessageTableModel theirsModel(f->ws.db(), f->b.tenantId);
        QVERIFY(theirsModel.setRun(f->other).ok());
        compareRows(theirsModel, theirs, jumpingOrder(kContacts));
        QVERIFY(theirsModel.setRun(f->sparse).ok());
        QCOMPARE(theirsModel.rowCount(), 0);
        QVERIFY(theirsModel.setRun(0).ok());
        QCOMPARE(theirsModel.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageTableModel)
#include "tst_messagetablemodel.moc"
