#include "lifecycle/editpolicy.h"

#include <QTest>

using namespace herald;

using St = CampaignStatus;
using Ed = EditPolicy::Edit;

// The "Editing" rules of STATUS_MODEL.md, one row per status and kind of edit.
class TestEditPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void edit_data()
    {
        QTest::addColumn<St>("status");
        QTest::addColumn<Ed>("edit");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("hint");
        const QList<std::tuple<St, bool, bool, const char *>> rows{
            {St::Draft, true, true, ""},
            {St::Ready, true, true, ""},
            {St::Failed, true, true, ""},
            {St::Stopped, true, true, ""},
            {St::Scheduled, false, false, "stop the schedule first"},
            {St::Running, false, false, "pause"},
            {St::Paused, false, true, "approval"},
            {St::Completed, false, false, "clone"},
            {St::Archived, false, false, "clone"},
        };
        for (const auto &[status, config, content, hint] : rows) {
            QTest::addRow("%s configuration", qPrintable(nameOf(status)))
                << status << Ed::Configuration << config << QString::fromLatin1(hint);
            QTest::addRow("%s content", qPrintable(nameOf(status))) << status << Ed::Content << content << QString::fromLatin1(hint);
        }
    }
    void edit()
    {
        QFETCH(St, status);
        QFETCH(Ed, edit);
        QFETCH(bool, allowed);
        QFETCH(QString, hint);
        const Status st = EditPolicy::mayEdit(status, edit, QStringLiteral("campaign 'X' (C-TEST1)"));
        QCOMPARE(st.ok(), allowed);
        if (!allowed) {
            QCOMPARE(st.error().kind, Error::Kind::Refused);
            QVERIFY(st.error().message.contains(QLatin1StringView("C-TEST1")));
            QVERIFY(st.error().message.contains(nameOf(status)));
            QVERIFY2(st.error().message.contains(hint), qPrintable(st.error().message));
        }
    }

    void pausedContentEditVoidsApproval()
    {
        QVERIFY(EditPolicy::editVoidsApproval(St::Paused, Ed::Content));
        QVERIFY(!EditPolicy::editVoidsApproval(St::Paused, Ed::Configuration));
    }

    void archiveOnlyFromEnded_data()
    {
        QTest::addColumn<St>("status");
        QTest::addColumn<bool>("allowed");
        for (St s : allValues<St>())
            QTest::addRow("%s", qPrintable(nameOf(s)))
                << s << (s == St::Completed || s == St::Stopped || s == St::Failed);
    }
    void archiveOnlyFromEnded()
    {
        QFETCH(St, status);
        QFETCH(bool, allowed);
        QCOMPARE(EditPolicy::mayArchive(status, QStringLiteral("c")).ok(), allowed);
    }

    void deleteNeedsStopFirst()
    {
        for (St s : allValues<St>()) {
            const bool busy = s == St::Running || s == St::Paused || s == St::Scheduled;
            QCOMPARE(EditPolicy::mayDelete(s, QStringLiteral("c")).ok(), !busy);
        }
    }
};

QTEST_GUILESS_MAIN(TestEditPolicy)
#include "tst_editpolicy.moc"
