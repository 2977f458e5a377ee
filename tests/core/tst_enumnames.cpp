#include "domain/campaignstatus.h"
#include "domain/channelkind.h"
#include "domain/channelstatus.h"
#include "domain/launchtype.h"
#include "domain/messagestatus.h"
#include "domain/role.h"

#include <QTest>

using namespace herald;

// The strings are the vocabulary of STATUS_MODEL.md; they are stored in the database
// and printed by the CLI, so they are checked literally.
class TestEnumNames final : public QObject
{
    Q_OBJECT

private:
    template <typename E>
    static void roundTrip(const QStringList &expected)
    {
        QStringList names;
        for (E value : allValues<E>()) {
            const QString name = nameOf(value);
            names << name;
            QCOMPARE(fromString<E>(name), std::optional<E>(value));
            QCOMPARE(fromString<E>(name.toUpper()), std::optional<E>(value));
        }
        QCOMPARE(names, expected);
        QCOMPARE(fromString<E>(u"no such name"), std::nullopt);
        QCOMPARE(fromString<E>(u""), std::nullopt);
    }

private slots:
    void campaignStatus()
    {
        roundTrip<CampaignStatus>({QStringLiteral("Draft"), QStringLiteral("Ready"), QStringLiteral("Scheduled"),
                                   QStringLiteral("Running"), QStringLiteral("Paused"), QStringLiteral("Completed"),
                                   QStringLiteral("Stopped"), QStringLiteral("Failed"), QStringLiteral("Archived")});
    }
    void channelStatus()
    {
        roundTrip<ChannelStatus>({QStringLiteral("Ready"), QStringLiteral("Running"), QStringLiteral("Paused"),
                                  QStringLiteral("Completed"), QStringLiteral("Stopped"), QStringLiteral("Failed")});
    }
    void messageStatus()
    {
        roundTrip<MessageStatus>({QStringLiteral("Queued"), QStringLiteral("Sending"), QStringLiteral("Sent"),
                                  QStringLiteral("Delivered"), QStringLiteral("Assumed Delivered"),
                                  QStringLiteral("Retrying"), QStringLiteral("Failed"), QStringLiteral("Timed Out"),
                                  QStringLiteral("Opted Out"), QStringLiteral("Cancelled"), QStringLiteral("Dialing"),
                                  QStringLiteral("Ringing"), QStringLiteral("Answered"), QStringLiteral("Completed"),
                                  QStringLiteral("No Answer"), QStringLiteral("Busy")});
    }
    void channelKind()
    {
        roundTrip<ChannelKind>({QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("phone"),
                                QStringLiteral("telegram"), QStringLiteral("webpush"), QStringLiteral("viber")});
        QCOMPARE(displayName(ChannelKind::Sms), QStringLiteral("SMS"));
        QCOMPARE(displayName(ChannelKind::WebPush), QStringLiteral("WebPush"));
    }
    void launchAndRun()
    {
        roundTrip<LaunchType>({QStringLiteral("now"), QStringLiteral("manual"), QStringLiteral("schedule"),
                               QStringLiteral("recurring")});
        roundTrip<RunKind>({QStringLiteral("test"), QStringLiteral("live")});
    }
    void roles()
    {
        roundTrip<Role>({QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("reviewer"),
                         QStringLiteral("viewer"), QStringLiteral("support")});
    }
    void pendingAndFinal()
    {
        for (MessageStatus s : allValues<MessageStatus>())
            QVERIFY2(!(isPending(s) && isFinal(s)), qPrintable(nameOf(s)));
        QVERIFY(!isPending(MessageStatus::Sent)); // a Sent SMS does not keep its channel from completing
        QVERIFY(!isFinal(MessageStatus::Sent));
    }
};

QTEST_GUILESS_MAIN(TestEnumNames)
#include "tst_enumnames.moc"
