// enrolldesk-cli's profiles and keys against a real Secret Service (the private, unlocked gnome-keyring of
// tests/keychain/with-keyring) and a sandbox that accepts one unique key: `profile add`, `auth set` from
// stdin, `auth test`, `--profile X orgs list` with no ENROLLDESK_API_KEY, replace, `auth remove`, then
// the HOME, XDG and keyring directories hold no copy of the key. Without a keychain, `auth set` fails
// with a clear message and writes nothing.

#include "keyscan.h"
#include "profiles.h"
#include "sandboxprocess.h"
#include "secretstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

constexpr int kWaitMs = 30000;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray raw; // stdout + stderr bytes, to look for the key
};

} // namespace

class TestCliKeychain : public QObject
{
    Q_OBJECT

    QByteArray m_key = uniqueTestKey("cli", "good");
    SandboxProcess m_sandbox{{QStringLiteral("--api-key"), QString::fromLatin1(m_key)}};
    QList<QByteArray> m_secrets{m_key}; // every key a test used, for the final scan

    CliRun run(const QStringList& arguments, const QByteArray& stdinData = {},
               const QProcessEnvironment& extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ENROLLDESK_API_KEY"));
        for (const QString& name : extra.keys())
            env.insert(name, extra.value(name));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ENROLLDESK_CLI_PATH), arguments);
        process.waitForStarted();
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.closeWriteChannel();
        process.waitForFinished(kWaitMs);
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(out), QString::fromUtf8(err), out + err};
    }

    QString profileId(const QString& name)
    {
        const CliRun listed =
            run({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("list")});
        for (const QJsonValue& value : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            const QJsonObject profile = value.toObject();
            if (profile.value(QLatin1StringView("name")).toString() == name)
                return profile.value(QLatin1StringView("id")).toString();
        }
        return {};
    }

    // Straight from the keychain, as the console would read it.
    SecretStore::Result readStored(const QString& id)
    {
        KeychainSecretStore store;
        std::optional<SecretStore::Result> result;
        store.read(id, this, [&result](const SecretStore::Result& reported) { result = reported; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            return SecretStore::Result{SecretStore::Status::Failed, {}, QStringLiteral("timed out"), {}};
        return *result;
    }

    bool writeStored(const QString& id, const QByteArray& key)
    {
        KeychainSecretStore store;
        std::optional<bool> ok;
        store.write(id, key, this, [&ok](const SecretStore::Result& reported) { ok = reported.ok(); });
        return QTest::qWaitFor([&ok] { return ok.has_value(); }, kWaitMs) && *ok;
    }

    // `auth set --profile NAME` with the test's key on stdin: its exit code.
    int authSet(const QString& profile)
    {
        return run({QStringLiteral("auth"), QStringLiteral("set"), QStringLiteral("--profile"), profile},
                   m_key + '\n')
            .exitCode;
    }

    QStringList orgsArgs(const QString& profile)
    {
        return {QStringLiteral("--profile"), profile, QStringLiteral("orgs"), QStringLiteral("list")};
    }

    void addProfile(const QString& name)
    {
        const CliRun added = run({QStringLiteral("profile"), QStringLiteral("add"), name,
                                  QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
                                  QStringLiteral("--org"), SandboxProcess::organizationSlug()});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qgetenv("ENROLLDESK_PRIVATE_KEYRING") != "unlocked")
            QSKIP("needs the private keyring of tests/keychain/with-keyring (run through CTest)");
        QVERIFY(QDir::homePath().startsWith(qEnvironmentVariable("ENROLLDESK_KEYRING_ROOT")));
        QVERIFY(m_sandbox.start());
    }

    void storeUseReplaceRemove()
    {
        addProfile(QStringLiteral("Lab"));
        const QString id = profileId(QStringLiteral("Lab"));
        QVERIFY(!id.isEmpty());

        // Before any key: a clear message, exit 2, nothing sent.
        CliRun result = run(orgsArgs(QStringLiteral("Lab")));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("auth set")), qPrintable(result.err));
        QVERIFY(m_sandbox.requests().isEmpty());

        // A rejected key is not stored.
        const QByteArray wrong = uniqueTestKey("cli", "wrong");
        m_secrets << wrong;
        result = run({QStringLiteral("auth"), QStringLiteral("set"), QStringLiteral("--profile"),
                      QStringLiteral("Lab")},
                     wrong + '\n');
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QLatin1StringView("rejected")), qPrintable(result.err));
        QCOMPARE(readStored(id).status, SecretStore::Status::NotFound);

        // The good key, from stdin: tested, stored in the keychain under the profile's entry.
        result = run({QStringLiteral("auth"), QStringLiteral("set"), QStringLiteral("--profile"),
                      QStringLiteral("Lab")},
                     m_key + '\n');
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QLatin1StringView("keychain")));
        QCOMPARE(readStored(id).key, m_key);

        result = run({QStringLiteral("auth"), QStringLiteral("test"), QStringLiteral("--profile"),
                      QStringLiteral("Lab")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(SandboxProcess::organizationSlug()));

        // An API command with the key from the keychain, then with the profile chosen by `profile use`.
        result = run(orgsArgs(QStringLiteral("lab"))); // names are case-insensitive
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(SandboxProcess::organizationSlug()));
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("Lab")}).exitCode, 0);
        // Without --profile, auth test works on the active profile (README: auth test [--profile NAME]).
        result = run({QStringLiteral("auth"), QStringLiteral("test")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(m_sandbox.baseUrl().toString()));
        result = run({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("search"),
                      QStringLiteral("a")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray users = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QVERIFY(!users.isEmpty());
        result = run({QStringLiteral("windows"), QStringLiteral("create"), QStringLiteral("--user"),
                      users.first().toObject().value(QLatin1StringView("id")).toString(),
                      QStringLiteral("--no-email")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QLatin1StringView("Enroll code:")));

        // ENROLLDESK_API_KEY still overrides the keychain.
        QProcessEnvironment override;
        override.insert(QStringLiteral("ENROLLDESK_API_KEY"), QString::fromLatin1(wrong));
        QCOMPARE(run(orgsArgs(QStringLiteral("Lab")), {}, override).exitCode, 3);

        // Replace: an old key in the keychain is rejected until `auth set` replaces it.
        const QByteArray old = uniqueTestKey("cli", "old");
        m_secrets << old;
        QVERIFY(writeStored(id, old));
        QCOMPARE(run(orgsArgs(QStringLiteral("Lab"))).exitCode, 3);
        result = run({QStringLiteral("auth"), QStringLiteral("set"), QStringLiteral("--profile"),
                      QStringLiteral("Lab")},
                     m_key + '\n');
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(readStored(id).key, m_key);
        QCOMPARE(run(orgsArgs(QStringLiteral("Lab"))).exitCode, 0);

        // Remove: the entry is gone, and a command says so plainly with exit 2.
        result = run({QStringLiteral("auth"), QStringLiteral("remove"), QStringLiteral("--profile"),
                      QStringLiteral("Lab")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(readStored(id).status, SecretStore::Status::NotFound);
        QVERIFY(m_sandbox.clearRequests());
        result = run(orgsArgs(QStringLiteral("Lab")));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("No API key is stored for profile “Lab”")),
                 qPrintable(result.err));
        QVERIFY(m_sandbox.requests().isEmpty());
        QVERIFY(!result.raw.contains(m_key));
    }

    void removingTheProfileRemovesItsKey()
    {
        addProfile(QStringLiteral("Temp"));
        const QString id = profileId(QStringLiteral("Temp"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(authSet(QStringLiteral("Temp")), 0);
        QCOMPARE(readStored(id).key, m_key);
        const CliRun removed =
            run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Temp")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY(!removed.err.contains(QLatin1StringView("warning")));
        QCOMPARE(readStored(id).status, SecretStore::Status::NotFound);
        QVERIFY(profileId(QStringLiteral("Temp")).isEmpty());
    }

    void noKeychainFailsClearly()
    {
        addProfile(QStringLiteral("Offline"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A session bus that leads nowhere: no Secret Service for this run.
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus")));
        const QByteArray key = uniqueTestKey("cli", "nokeychain");
        m_secrets << key;
        CliRun result = run({QStringLiteral("auth"), QStringLiteral("set"), QStringLiteral("--profile"),
                             QStringLiteral("Offline")},
                            key + '\n', noBus);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("no keychain is available")), qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1StringView("nothing was written")));
        QVERIFY(!result.raw.contains(key));

        result = run(orgsArgs(QStringLiteral("Offline")), {}, noBus);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("ENROLLDESK_API_KEY")), qPrintable(result.err));

        // The environment's key needs no keychain.
        noBus.insert(QStringLiteral("ENROLLDESK_API_KEY"), QString::fromLatin1(m_key));
        result = run(orgsArgs(QStringLiteral("Offline")), {}, noBus);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    // --api-key-stdin with nothing on stdin never falls back to the profile's keychain key: the user
    // asked for another key, so nothing is sent.
    void emptyStdinKeyNeverUsesTheKeychain()
    {
        addProfile(QStringLiteral("Piped"));
        QCOMPARE(authSet(QStringLiteral("Piped")), 0);
        QVERIFY(m_sandbox.clearRequests());
        const CliRun result =
            run(QStringList{QStringLiteral("--api-key-stdin")} + orgsArgs(QStringLiteral("Piped")));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("standard input")), qPrintable(result.err));
        QVERIFY(m_sandbox.requests().isEmpty());
    }

    // A profile's keychain key goes only to the profile's own server (scheme, host and port): another
    // --base-url is refused before the key is read. A key given explicitly may go anywhere allowed.
    void keychainKeyStaysWithItsServer()
    {
        addProfile(QStringLiteral("Pinned"));
        QCOMPARE(authSet(QStringLiteral("Pinned")), 0);
        const QUrl own = m_sandbox.baseUrl();
        QUrl other = own;
        other.setHost(QStringLiteral("localhost")); // the same sandbox, under another name
        const auto withBaseUrl = [this](const QUrl& url) {
            return QStringList{QStringLiteral("--base-url"), url.toString()} +
                   orgsArgs(QStringLiteral("Pinned"));
        };

        QVERIFY(m_sandbox.clearRequests());
        CliRun result = run(withBaseUrl(other));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(own.toString()), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1StringView("ENROLLDESK_API_KEY")), qPrintable(result.err));
        QVERIFY(m_sandbox.requests().isEmpty());
        QVERIFY(!result.raw.contains(m_key));

        // The same origin with another spelling of the path is the profile's server.
        QUrl samePlace = own;
        samePlace.setPath(own.path() + u'/');
        result = run(withBaseUrl(samePlace));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        QProcessEnvironment explicitKey;
        explicitKey.insert(QStringLiteral("ENROLLDESK_API_KEY"), QString::fromLatin1(m_key));
        result = run(withBaseUrl(other), {}, explicitKey);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    // A key the keychain kept for the profile's old server (the console records which server a key was
    // stored for, and keeps that record when the server changes) is not sent to the new one; the key
    // stored again with `auth set` is.
    void keyStoredForAnotherServerIsNotSent()
    {
        addProfile(QStringLiteral("Moved"));
        QCOMPARE(authSet(QStringLiteral("Moved")), 0);
        const QString id = profileId(QStringLiteral("Moved"));
        QVERIFY(!id.isEmpty());
        {
            QSettings settings(QStringLiteral("EnrollDesk"), QStringLiteral("EnrollDesk")); // the CLI's file
            ProfileStore store(&settings);
            QCOMPARE(store.keyOrigin(id),
                     ProfileStore::originOf(m_sandbox.baseUrl())); // recorded by auth set
            // As if the console had moved the profile here from the old server (ProfileKeys' record).
            settings.setValue(QStringLiteral("keyOrigins/") + id,
                              QStringLiteral("https://old-server.example:443"));
        }
        QVERIFY(m_sandbox.clearRequests());
        CliRun result = run(orgsArgs(QStringLiteral("Moved")));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("old-server.example")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1StringView("auth set")), qPrintable(result.err));
        QVERIFY(m_sandbox.requests().isEmpty());
        QVERIFY(!result.raw.contains(m_key));

        QCOMPARE(authSet(QStringLiteral("Moved")), 0);
        result = run(orgsArgs(QStringLiteral("Moved")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    // A key that works on the server but does not reach the profile's organization: `auth set` stores
    // it with a note, `auth test` fails with exit 3, since the API would refuse the profile's commands.
    void authTestFailsOutsideTheProfilesOrganization()
    {
        const CliRun added =
            run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Elsewhere"),
                 QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(), QStringLiteral("--org"),
                 QStringLiteral("elsewhere")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const CliRun stored = run({QStringLiteral("auth"), QStringLiteral("set"), QStringLiteral("--profile"),
                                   QStringLiteral("Elsewhere")},
                                  m_key + '\n');
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        QVERIFY2(
            stored.err.contains(QStringLiteral("note: the profile's organization “elsewhere” is not among "
                                               "them.")),
            qPrintable(stored.err));

        const CliRun tested = run({QStringLiteral("auth"), QStringLiteral("test"),
                                   QStringLiteral("--profile"), QStringLiteral("Elsewhere")});
        QCOMPARE(tested.exitCode, 3);
        QVERIFY2(
            tested.err.contains(QStringLiteral("error: the profile's organization “elsewhere” is not among "
                                               "them")),
            qPrintable(tested.err));
        QVERIFY(!tested.raw.contains(m_key));

        // The profile's own organization among them: a passed test.
        addProfile(QStringLiteral("Home"));
        QCOMPARE(authSet(QStringLiteral("Home")), 0);
        const CliRun home = run({QStringLiteral("auth"), QStringLiteral("test"), QStringLiteral("--profile"),
                                 QStringLiteral("Home")});
        QVERIFY2(home.exitCode == 0, qPrintable(home.err));
    }

    // What `auth set` promises when the keychain answers but cannot save (a locked collection and no
    // prompt to unlock it): the probe passes and the key is tested against the profile's own server, but
    // nothing is stored, the message says so, and the exit code is 2. Locks the private keyring for good
    // (there is no prompter to unlock it), so it runs after every other test that needs it.
    void lockedKeychainStoresNothing()
    {
        addProfile(QStringLiteral("Locked"));
        const QString id = profileId(QStringLiteral("Locked"));
        QVERIFY(!id.isEmpty());
        QProcess lock;
        lock.start(QStringLiteral("dbus-send"),
                   {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.secrets"),
                    QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
        QVERIFY(lock.waitForFinished(kWaitMs));
        QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());

        const CliRun result = run({QStringLiteral("auth"), QStringLiteral("set"), QStringLiteral("--profile"),
                                   QStringLiteral("Locked")},
                                  m_key + '\n');
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("The API key of profile “Locked” was not stored")),
                 qPrintable(result.err));
        QVERIFY(!result.raw.contains(m_key));
        QCOMPARE(readStored(id).status, SecretStore::Status::NotFound);
    }

    // Last: every key used above, in any file under the private HOME (settings, cache, data) and the
    // wrapper's directory (the keyring file is encrypted with a password, so no plaintext there either).
    void noKeyOnDisk()
    {
        const QString settings = QDir::homePath() + QStringLiteral("/.config/EnrollDesk/EnrollDesk.conf");
        QVERIFY2(QFile::exists(settings), "the CLI wrote its profiles where the console reads them");
        QVERIFY(
            !filesContaining(QDir::homePath(), {QByteArrayLiteral("Lab")}).isEmpty()); // the scan sees files
        QList<QByteArray> needles;
        for (const QByteArray& key : std::as_const(m_secrets))
            needles << key << key.toBase64() << key.toHex();
        QCOMPARE(filesContaining(qEnvironmentVariable("ENROLLDESK_KEYRING_ROOT"), needles), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "test_cli_keychain.moc"
