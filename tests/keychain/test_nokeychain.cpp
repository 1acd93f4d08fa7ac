// KeychainSecretStore where there is no Secret Service: every operation reports NoKeychain (no crash,
// no silent plaintext), and nothing reaches the disk.
//
// tests/keychain/with-keyring starts no keyring for this test (its name contains "nokeychain"), so the
// bus it provides has no Secret Service. D-Bus connections are per process, so each case runs this
// executable again as a child ("--child <key>") in the environment of the case, with its own HOME.

#include "keyscan.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QMetaEnum>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstring>

namespace {

const QString kProfile = QStringLiteral("nokeychain-profile");

QString statusName(SecretStore::Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<SecretStore::Status>().valueToKey(int(status)));
}

// The child: probe, write, read, remove in sequence; one line per outcome: "<op> <status> <message>".
int runChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // A name of its own, so a plaintext fallback (which must not happen) would write a findable file.
    QCoreApplication::setOrganizationName(QStringLiteral("enrolldesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_nokeychain"));
    const QByteArray key(argv[2]);

    KeychainSecretStore store;
    int unavailable = 0;
    QObject::connect(&store, &SecretStore::keychainUnavailable, &app, [&unavailable] { ++unavailable; });
    QTextStream out(stdout);
    const auto report = [&out](const char* operation, const SecretStore::Result& result) {
        out << operation << ' ' << statusName(result.status) << ' ' << result.message << '\n';
        if (!result.key.isEmpty())
            out << "returned-a-key\n";
        out.flush();
    };

    store.probe(&app, [&](const SecretStore::Result& probed) {
        report("probe", probed);
        store.write(kProfile, key, &app, [&](const SecretStore::Result& written) {
            report("write", written);
            store.read(kProfile, &app, [&](const SecretStore::Result& read) {
                report("read", read);
                store.remove(kProfile, &app, [&](const SecretStore::Result& removed) {
                    report("remove", removed);
                    out << "unavailable-signals " << unavailable << '\n';
                    out.flush();
                    app.quit();
                });
            });
        });
    });
    return app.exec();
}

QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsNoKeychain_data();
    void reportsNoKeychain();
};

void TestNoKeychain::reportsNoKeychain_data()
{
    QTest::addColumn<bool>("privateBus");
    // The wrapper's private session bus, on which nothing owns org.freedesktop.secrets.
    QTest::newRow("bus without Secret Service") << true;
    // A session bus address that leads nowhere: as in a session started without D-Bus.
    QTest::newRow("no session bus") << false;
}

void TestNoKeychain::reportsNoKeychain()
{
    QFETCH(bool, privateBus);
    if (privateBus && qgetenv("ENROLLDESK_PRIVATE_KEYRING") != "none")
        QSKIP("needs tests/keychain/with-keyring's bus without a keyring (run through CTest)");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.remove(QStringLiteral("DISPLAY")); // libdbus would try to autolaunch a bus through X11
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (!privateBus) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus")));
    }

    const QByteArray key = uniqueTestKey("nokeychain", "child");
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child"), QString::fromLatin1(key)});
    QVERIFY(child.waitForFinished(120000));
    const QByteArray output = child.readAllStandardOutput();
    const QByteArray errors = child.readAllStandardError();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, errors.constData());

    const QList<QByteArray> lines = output.trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // no "returned-a-key" line either
    const char* operations[] = {"probe", "write", "read", "remove"};
    for (int i = 0; i < 4; ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        const QString expected = QLatin1String(operations[i]) + QStringLiteral(" NoKeychain ");
        QVERIFY2(line.startsWith(expected), qPrintable(line));
        QVERIFY2(line.size() > expected.size(), "a message for people");
    }
    QCOMPARE(lines.at(4), QByteArray("unavailable-signals 4"));

    // Neither the messages nor the logs carry the key, and nothing at all was written under HOME
    // (in particular no QSettings file from QtKeychain's plaintext fallback).
    QVERIFY(!output.contains(key));
    QVERIFY(!errors.contains(key));
    QCOMPARE(filesUnder(home), QStringList());
}

int main(int argc, char** argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_nokeychain.moc"
