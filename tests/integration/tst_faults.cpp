#include "ctlprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

// heraldctl where the machine works against it: outputs that are devices and FIFOs, a full
// disk, standard output that cannot be written, and commands that must not cross roles or
// tenants. Each ends with a clear error (or the right result), and nothing is lost or
// replaced.
class TestFaults final : public QObject
{
    Q_OBJECT

    using Output = herald::test::CtlOutput;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_campaign; // an ended campaign with messages: Summer Clearance

    static QString binary() { return herald::test::heraldctlBinary(); }

    // `stdoutFile`: standard output goes there instead of being read.
    static Output exec(const QString &program, const QStringList &args, const QString &stdoutFile = {})
    {
        QProcess p;
        if (!stdoutFile.isEmpty())
            p.setStandardOutputFile(stdoutFile);
        p.start(program, args);
        return herald::test::finished(p);
    }

    Output ctl(const QStringList &args, const QString &stdoutFile = {})
    {
        return exec(binary(), QStringList{QStringLiteral("--workspace"), m_demo} + args, stdoutFile);
    }

    // Runs `script` with sh in a mount namespace of its own (as root a mount namespace is
    // enough; otherwise a user namespace maps us to root in it), where it may mount a small
    // tmpfs on $FULL. $HERALDCTL and $WS (the demo workspace) are set, with `extra`.
    Output namespaced(const QString &script, const QHash<QString, QString> &extra = {})
    {
        const QString full = m_dir.filePath(QStringLiteral("full"));
        QDir().mkpath(full);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FULL"), full);
        env.insert(QStringLiteral("WS"), m_demo);
        env.insert(QStringLiteral("HERALDCTL"), binary());
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        QStringList unshare{QStringLiteral("--mount")};
        if (::geteuid() != 0)
            unshare << QStringLiteral("--map-root-user");
        p.start(QStringLiteral("unshare"), unshare << QStringLiteral("sh") << QStringLiteral("-c") << script);
        return herald::test::finished(p, 600000);
    }

    // Runs heraldctl with a full disk: a folder of `kib` KiB (a tmpfs mounted in a mount
    // namespace of its own) with no byte free; fullPath() names a file there. Prints what
    // the folder holds afterwards, so the test sees whether anything was left behind.
    Output onSmallDisk(const QStringList &args, int kib)
    {
        QStringList quoted;
        for (const QString &a : args)
            quoted << u'\'' + QString(a).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
        // The disk is filled to the last byte (a hidden filler file) before heraldctl writes.
        const QString script = u"mount -t tmpfs -o size=" + QString::number(kib) + u"k tmpfs \"$FULL\" || exit 99\n"
                               + u"dd if=/dev/zero of=\"$FULL/.filler\" bs=1024 2>/dev/null\n"
                               + u"\"$HERALDCTL\" --workspace \"$WS\" " + quoted.join(u' ') + u"\ncode=$?\n"
                               + u"echo \"left behind: [$(ls \"$FULL\" | tr '\\n' ' ')]\" >&2\nexit $code\n";
        return namespaced(script);
    }

    // A file in the small disk's folder (it is mounted there for the one command).
    QString fullPath(const QString &name) const { return m_dir.filePath(u"full/" + name); }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(binary()), "HERALDCTL must point at the built heraldctl");
        m_demo = m_dir.filePath(QStringLiteral("demo.herald"));
        const Output o = exec(binary(), {QStringLiteral("--workspace"), m_demo, QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(o.code == 0, o.err.constData());
        for (const QJsonValue &v : ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")}).json().array())
            if (v.toObject().value(QLatin1StringView("name")).toString() == u"Summer Clearance")
                m_campaign = v.toObject().value(QLatin1StringView("id")).toString();
        QVERIFY(!m_campaign.isEmpty());
    }

    // A device as the output is written, never replaced: /dev/full reports its error.
    void deviceIsNeverReplaced()
    {
        QFileInfo before(QStringLiteral("/dev/full"));
        QVERIFY(!before.isFile() && before.exists());
        for (const QStringList &args :
             {QStringList{QStringLiteral("export"), m_campaign, QStringLiteral("--csv"), QStringLiteral("/dev/full")},
              QStringList{QStringLiteral("report"), m_campaign, QStringLiteral("--csv"), QStringLiteral("/dev/full")},
              QStringList{QStringLiteral("report"), m_campaign, QStringLiteral("--pdf"), QStringLiteral("/dev/full")}}) {
            const Output o = ctl(args);
            QVERIFY2(o.code == 1, qPrintable(args.join(u' ') + u": exit " + QString::number(o.code)));
            QVERIFY2(o.err.contains("No space left on device"), o.err.constData());
            struct stat st {};
            QCOMPARE(::stat("/dev/full", &st), 0);
            QVERIFY(S_ISCHR(st.st_mode)); // still the device
        }
        // /dev/null takes anything.
        QCOMPARE(ctl({QStringLiteral("export"), m_campaign, QStringLiteral("--csv"), QStringLiteral("/dev/null")}).code, 0);
    }

    // A FIFO streams: a reader on the other end gets the whole CSV; the FIFO stays one.
    void fifoStreams()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString copy = m_dir.filePath(QStringLiteral("from-pipe.csv"));
        QProcess reader;
        reader.setStandardOutputFile(copy);
        reader.start(QStringLiteral("cat"), {fifo});
        QVERIFY(reader.waitForStarted());
        const Output o = ctl({QStringLiteral("export"), m_campaign, QStringLiteral("--csv"), fifo, QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        QVERIFY(reader.waitForFinished(60000));
        const qint64 rows = o.json().object().value(QLatin1StringView("rows")).toInteger();
        QVERIFY(rows > 100);
        QFile got(copy);
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll().count("\r\n"), rows + 1); // the header and every row
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
    }

    // Standard output that cannot take the document is an error, not a success.
    void fullStandardOutput()
    {
        for (const QStringList &args :
             {QStringList{QStringLiteral("export"), m_campaign, QStringLiteral("--csv"), QStringLiteral("-")},
              QStringList{QStringLiteral("report"), m_campaign, QStringLiteral("--csv"), QStringLiteral("-")},
              QStringList{QStringLiteral("report"), m_campaign, QStringLiteral("--pdf"), QStringLiteral("-")}}) {
            const Output o = ctl(args, QStringLiteral("/dev/full"));
            QVERIFY2(o.code == 1, qPrintable(args.join(u' ') + u": exit " + QString::number(o.code)));
            QVERIFY2(o.err.contains("No space left on device"), o.err.constData());
        }
    }

    // A full disk: exit 1 with the system's reason, and no partial file.
    void fullDiskLeavesNoPartialFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("export") << QStringList{QStringLiteral("export"), QString(), QStringLiteral("--csv"), fullPath(QStringLiteral("out.csv"))};
        QTest::newRow("report csv") << QStringList{QStringLiteral("report"), QString(), QStringLiteral("--csv"), fullPath(QStringLiteral("t.csv"))};
        QTest::newRow("report pdf") << QStringList{QStringLiteral("report"), QString(), QStringLiteral("--pdf"), fullPath(QStringLiteral("r.pdf"))};
    }

    void fullDiskLeavesNoPartialFile()
    {
        QFETCH(QStringList, args);
        args[1] = m_campaign;
        if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
            QFAIL("unshare (util-linux) is needed to give the test a small disk");
        const Output o = onSmallDisk(args, 8);
        QVERIFY2(o.code != 99, qPrintable(u"cannot mount a small tmpfs: " + QString::fromUtf8(o.err)));
        QVERIFY2(o.code == 1, o.err.constData());
        QVERIFY2(o.err.contains("No space left on device"), o.err.constData());
        QVERIFY2(o.err.contains("left behind: []"), o.err.constData());
        QVERIFY(!o.err.contains("Wrote"));
    }

    // The disk fills while a worker sends: sending is held (said once), nothing is lost,
    // and it resumes by itself once there is space; a run --wait on a full disk exits 1
    // and queues nothing.
    void fullDiskWhileSending()
    {
        QString flash, spring;
        for (const QJsonValue &v : ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")}).json().array()) {
            const QString name = v.toObject().value(QLatin1StringView("name")).toString();
            if (name == u"Flash Sale SMS Alert")
                flash = v.toObject().value(QLatin1StringView("id")).toString();
            if (name == u"Spring Collection Launch")
                spring = v.toObject().value(QLatin1StringView("id")).toString();
        }
        QVERIFY(!flash.isEmpty() && !spring.isEmpty());
        QFile scriptFile(QStringLiteral(HERALD_TEST_PEERS "/full-disk-while-sending.sh"));
        QVERIFY(scriptFile.open(QIODevice::ReadOnly));
        const QString script = QString::fromUtf8(scriptFile.readAll());
        const QString err = m_dir.filePath(QStringLiteral("worker.err"));
        const Output o = namespaced(script, {{QStringLiteral("FLASH"), flash}, {QStringLiteral("SPRING"), spring},
                                             {QStringLiteral("ERR"), err}});
        QFile log(err);
        const QByteArray workerLog = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
        QVERIFY2(o.code == 0, qPrintable(QString::fromUtf8(o.out + o.err + workerLog)));
        QVERIFY2(o.out.contains("wait-exit=1"), o.out.constData());
        QFile waited(err + QStringLiteral(".wait"));
        QVERIFY(waited.open(QIODevice::ReadOnly));
        QVERIFY2(waited.readAll().contains("disk holding the workspace is full"), o.out.constData());
        QVERIFY2(o.out.contains("start-exit=1"), o.out.constData());
        QFile started(err + QStringLiteral(".start"));
        QVERIFY(started.open(QIODevice::ReadOnly));
        QVERIFY2(started.readAll().contains("disk holding the workspace is full"), o.out.constData());
        QVERIFY2(o.out.contains("spring-live-runs=0"), o.out.constData()); // nothing was queued
        QVERIFY2(o.out.contains("worker-exit=0"), o.out.constData());
        QVERIFY2(o.out.contains("held-lines=1"), workerLog.constData()); // said once, not every tick
        // Every message went out: none stuck in Queued, Sending or Retrying.
        const QByteArray json = o.out.mid(o.out.indexOf('{'));
        const QJsonArray runs = QJsonDocument::fromJson(json).object().value(QLatin1StringView("runs")).toArray();
        QVERIFY(!runs.isEmpty());
        const QJsonObject counts = runs.last().toObject().value(QLatin1StringView("channels")).toArray().first().toObject()
                                       .value(QLatin1StringView("counts")).toObject();
        for (const char *pending : {"Queued", "Sending", "Retrying"})
            QCOMPARE(counts.value(QLatin1StringView(pending)).toInteger(), 0);
    }

    // The disk fills during an import: it fails saying so, nothing of it stays (no upload,
    // no list), and the workspace is intact.
    void fullDiskDuringImport()
    {
        const QString csv = m_dir.filePath(QStringLiteral("many.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("first_name,last_name,email\n");
            for (int i = 0; i < 200000; ++i)
                f.write("Ann" + QByteArray::number(i) + ",Lee,ann." + QByteArray::number(i) + "@bulk.example\n");
        }
        const QStringList lines{
            QStringLiteral("mount -t tmpfs -o size=12m tmpfs \"$FULL\" || exit 99"),
            QStringLiteral("cp \"$WS\" \"$FULL/w.herald\""),
            QStringLiteral("H() { \"$HERALDCTL\" --workspace \"$FULL/w.herald\" \"$@\"; }"),
            QStringLiteral("H uploads list --json | grep -c '\"id\"' | sed 's/^/uploads-before=/'"),
            QStringLiteral("H import-contacts \"$CSV\" --list Bulk --region GB; echo \"import-exit=$?\""),
            QStringLiteral("H uploads list --json | grep -c '\"id\"' | sed 's/^/uploads-after=/'"),
            QStringLiteral("H workspace check; echo \"check-exit=$?\""),
        };
        const Output o = namespaced(lines.join(u'\n'), {{QStringLiteral("CSV"), csv}});
        QVERIFY2(o.code == 0, qPrintable(QString::fromUtf8(o.out + o.err)));
        QVERIFY2(o.out.contains("import-exit=1"), qPrintable(QString::fromUtf8(o.out + o.err)));
        QVERIFY2(o.err.contains("disk holding the workspace is full"), o.err.constData());
        const qsizetype before = o.out.indexOf("uploads-before="), after = o.out.indexOf("uploads-after=");
        QVERIFY(before >= 0 && after >= 0);
        QCOMPARE(o.out.mid(before + 15, o.out.indexOf('\n', before) - before - 15),
                 o.out.mid(after + 14, o.out.indexOf('\n', after) - after - 14)); // no upload was kept
        QVERIFY2(o.out.contains("check-exit=0"), qPrintable(QString::fromUtf8(o.out + o.err)));
    }

    // A workspace on read-only media: every command that could write says so and exits 1
    // without touching it; check and backup work on it; the file stays as it was.
    void readOnlyWorkspace()
    {
        const QString backup = m_dir.filePath(QStringLiteral("from-read-only.herald"));
        const QStringList lines{
            QStringLiteral("mount -t tmpfs tmpfs \"$FULL\" || exit 99"),
            QStringLiteral("cp \"$WS\" \"$FULL/w.herald\" && mount -o remount,ro \"$FULL\" || exit 98"),
            QStringLiteral("sha256sum < \"$FULL/w.herald\" | sed 's/^/before=/'"),
            QStringLiteral("H() { \"$HERALDCTL\" --workspace \"$FULL/w.herald\" \"$@\"; }"),
            QStringLiteral("H campaigns list; echo \"list-exit=$?\""),
            QStringLiteral("H run \"$CAMPAIGN\" --accept-disclaimer --wait; echo \"run-exit=$?\""),
            QStringLiteral("H worker; echo \"worker-exit=$?\""),
            QStringLiteral("echo 'email\nx@ro.example' | H import-contacts - --list RO; echo \"import-exit=$?\""),
            QStringLiteral("H workspace check --full; echo \"check-exit=$?\""),
            QStringLiteral("H workspace backup \"$BACKUP\"; echo \"backup-exit=$?\""),
            QStringLiteral("sha256sum < \"$FULL/w.herald\" | sed 's/^/after=/'"),
            QStringLiteral("ls -A \"$FULL\" | tr '\\n' ' ' | sed 's/^/files=/'; echo"),
        };
        const Output o = namespaced(lines.join(u'\n'), {{QStringLiteral("CAMPAIGN"), m_campaign}, {QStringLiteral("BACKUP"), backup}});
        const QString all = QString::fromUtf8(o.out + o.err);
        QVERIFY2(o.code == 0, qPrintable(all));
        for (const char *refused : {"list-exit=1", "run-exit=1", "worker-exit=1", "import-exit=1"})
            QVERIFY2(o.out.contains(refused), qPrintable(all));
        QCOMPARE(o.err.count("is read-only: Herald needs write access to it"), 4);
        QVERIFY2(o.out.contains("check-exit=0") && o.out.contains("is intact (full check"), qPrintable(all));
        QVERIFY2(o.out.contains("backup-exit=0"), qPrintable(all));
        const auto field = [&](const QByteArray &name) {
            const qsizetype at = o.out.indexOf(name);
            return at < 0 ? QByteArray() : o.out.mid(at + name.size(), o.out.indexOf('\n', at) - at - name.size());
        };
        QVERIFY(!field("before=").isEmpty());
        QCOMPARE(field("after="), field("before=")); // not a byte changed
        QCOMPARE(field("files="), QByteArray("w.herald ")); // no journal, no lock file left
        // The backup is a whole workspace that opens for writing.
        const Output listed = exec(binary(), {QStringLiteral("--workspace"), backup, QStringLiteral("campaigns"),
                                              QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.code == 0, listed.err.constData());
        QCOMPARE(listed.json().array().size(), ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size());
    }

    // What goes to standard output is one thing: the document, or the JSON.
    void standardOutputCarriesOneThing()
    {
        Output o = ctl({QStringLiteral("export"), m_campaign, QStringLiteral("--csv"), QStringLiteral("-"), QStringLiteral("--json")});
        QCOMPARE(o.code, 2);
        QVERIFY(o.out.isEmpty());
        o = ctl({QStringLiteral("report"), m_campaign, QStringLiteral("--csv"), QStringLiteral("-"), QStringLiteral("--json")});
        QCOMPARE(o.code, 2);
        o = ctl({QStringLiteral("report"), m_campaign, QStringLiteral("--pdf"), QStringLiteral("-"), QStringLiteral("--csv"),
                 QStringLiteral("-")});
        QCOMPARE(o.code, 2);
        o = ctl({QStringLiteral("report"), m_campaign, QStringLiteral("--pdf"), QStringLiteral("-")});
        QVERIFY2(o.code == 0, o.err.constData());
        QVERIFY(o.out.startsWith("%PDF-"));
        QVERIFY(o.out.trimmed().endsWith("%%EOF"));
        QVERIFY(!QFile::exists(QStringLiteral("-")));
        // The PDF on standard output, the tables to a file: the line about the file goes to stderr.
        const QString tables = m_dir.filePath(QStringLiteral("tables.csv"));
        o = ctl({QStringLiteral("report"), m_campaign, QStringLiteral("--pdf"), QStringLiteral("-"), QStringLiteral("--csv"), tables});
        QVERIFY2(o.code == 0, o.err.constData());
        QVERIFY(o.out.startsWith("%PDF-"));
        QVERIFY(o.err.contains("Wrote the report tables"));
        QVERIFY(QFile::exists(tables));
        // A folder is not a file.
        o = ctl({QStringLiteral("export"), m_campaign, QStringLiteral("--csv"), m_dir.path()});
        QCOMPARE(o.code, 2);
    }

    // The desktop on a file it cannot open says why and exits: a screenshot never waits
    // on a dialog nobody will answer.
    void desktopScreenshotOfABadWorkspaceExits()
    {
        const QString herald = QFileInfo(binary()).absolutePath() + QStringLiteral("/herald");
        QVERIFY2(QFile::exists(herald), qPrintable(herald));
        const QString notAWorkspace = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notAWorkspace);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("not a workspace\n") > 0);
        f.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(herald, {QStringLiteral("--workspace"), notAWorkspace, QStringLiteral("--screenshot"),
                         m_dir.filePath(QStringLiteral("shot.png"))});
        const Output o = herald::test::finished(p, 60000);
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.contains("is not a Herald workspace"), o.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("shot.png"))));
    }

    // A backup made while a worker sends is a whole, intact workspace of its own.
    void backupWhileAWorkerSends()
    {
        const QString copy = m_dir.filePath(QStringLiteral("backup-source.herald"));
        QVERIFY(QFile::copy(m_demo, copy));
        const auto on = [&](const QStringList &args) { return exec(binary(), QStringList{QStringLiteral("--workspace"), copy} + args); };
        QString flash;
        for (const QJsonValue &v : on({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")}).json().array())
            if (v.toObject().value(QLatin1StringView("name")).toString() == u"Flash Sale SMS Alert")
                flash = v.toObject().value(QLatin1StringView("id")).toString();
        QCOMPARE(on({QStringLiteral("run"), flash, QStringLiteral("--accept-disclaimer")}).code, 0);
        QProcess worker;
        worker.start(binary(), {QStringLiteral("--workspace"), copy, QStringLiteral("worker")});
        QVERIFY(worker.waitForStarted());
        const QString backup = m_dir.filePath(QStringLiteral("kept.herald"));
        Output o = on({QStringLiteral("workspace"), QStringLiteral("backup"), backup, QStringLiteral("--json")});
        worker.terminate();
        QVERIFY(worker.waitForFinished(60000));
        QVERIFY2(o.code == 0, o.err.constData());
        QVERIFY(o.json().object().value(QLatin1StringView("bytes")).toInteger() > 0);
        QVERIFY(!QFile::exists(backup + QStringLiteral("-wal"))); // a workspace of its own, nothing beside it
        o = exec(binary(), {QStringLiteral("--workspace"), backup, QStringLiteral("workspace"), QStringLiteral("check"),
                            QStringLiteral("--full"), QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.out.constData());
        QCOMPARE(o.json().object().value(QLatin1StringView("ok")).toBool(), true);
        o = exec(binary(), {QStringLiteral("--workspace"), backup, QStringLiteral("status"), flash, QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData()); // the run is in the copy
        // Never over a file, and an admin's only.
        QCOMPARE(on({QStringLiteral("workspace"), QStringLiteral("backup"), backup}).code, 4);
        QCOMPARE(on({QStringLiteral("--user"), QStringLiteral("Tom Becker"), QStringLiteral("workspace"), QStringLiteral("backup"),
                     m_dir.filePath(QStringLiteral("viewer.herald"))}).code, 4);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("viewer.herald"))));
    }

    // Damage inside the file is found when it is opened: nothing writes into it, the
    // check says what is wrong, and a copy can still be made.
    void damagedWorkspaceIsNoticed()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.herald"));
        QVERIFY(QFile::copy(m_demo, damaged));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 64 * 4096);
            QVERIFY(f.seek(40 * 4096)); // a page of some table, well past the schema
            QVERIFY(f.write(QByteArray(4096, '\xab')) == 4096);
        }
        const QByteArray before = [&] {
            QFile f(damaged);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const auto on = [&](const QStringList &args) { return exec(binary(), QStringList{QStringLiteral("--workspace"), damaged} + args); };
        Output o = on({QStringLiteral("worker")});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.contains("is damaged") && o.err.contains("workspace check"), o.err.constData());
        o = on({QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(o.code, 1);
        o = on({QStringLiteral("workspace"), QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(o.code, 1);
        QCOMPARE(o.json().object().value(QLatin1StringView("ok")).toBool(), false);
        QVERIFY(!o.json().object().value(QLatin1StringView("problems")).toArray().isEmpty());
        QFile after(damaged);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // nothing was written into it
    }

    void emptyUserIsAUsageError()
    {
        const Output o = ctl({QStringLiteral("--user"), QString(), QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(o.code, 2);
        QVERIFY(o.err.contains("--user"));
    }

    // Sweeping by hand is an admin's, one tenant at a time: a viewer is refused, and an
    // admin's sweep far in the future leaves the other tenant's running campaign alone.
    void sweepKeepsToItsRoleAndTenant()
    {
        const QString copy = m_dir.filePath(QStringLiteral("sweep.herald"));
        QVERIFY(QFile::copy(m_demo, copy));
        const auto on = [&](const QStringList &args) {
            return exec(binary(), QStringList{QStringLiteral("--workspace"), copy} + args);
        };
        const QStringList later{QStringLiteral("sweep"), QStringLiteral("--at"), QStringLiteral("2099-01-01T00:00:00Z"),
                                QStringLiteral("--json")};
        const QString bluebird = QStringLiteral("Bluebird Health Clinics");
        const auto queued = [&](const QString &tenant) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(copy);
            qint64 n = -1;
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN tenants t ON t.id = m.tenant_id "
                                         "WHERE t.name = ? AND m.status = 'Queued'"));
                q.addBindValue(tenant);
                if (q.exec() && q.next())
                    n = q.value(0).toLongLong();
                q.finish();
                db.close();
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("count"));
            return n;
        };
        const qint64 before = queued(bluebird);
        QVERIFY(before > 0); // the demo has a running campaign there

        Output o = on(QStringList{QStringLiteral("--user"), QStringLiteral("Tom Becker")} + later); // a viewer
        QCOMPARE(o.code, 4);
        QVERIFY2(o.err.contains("admin"), o.err.constData());
        o = on(QStringList{QStringLiteral("--user"), QStringLiteral("Marco Rossi")} + later); // a manager
        QCOMPARE(o.code, 4);
        QCOMPARE(queued(bluebird), before);

        o = on(QStringList{QStringLiteral("--tenant"), QStringLiteral("Northwind Outfitters")} + later); // its admin
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(queued(bluebird), before); // the other tenant untouched
        QCOMPARE(queued(QStringLiteral("Northwind Outfitters")), 0);

        // Every tenant at once: Ava Thompson is an admin of both demo tenants.
        o = on(QStringList{QStringLiteral("--tenant"), QStringLiteral("Northwind Outfitters")} + later
               + QStringList{QStringLiteral("--all-tenants")});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(queued(bluebird), 0);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
