// KeychainSecretStore against a real Secret Service: the private, unlocked gnome-keyring that
// tests/keychain/with-keyring starts. Without that wrapper the test skips, so it can never touch the
// keyring of the person running it.

#include "keyscan.h"
#include "overwriterecorder.h"
#include "secretstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

namespace {

using Result = SecretStore::Result;
using Status = SecretStore::Status;

constexpr int kWaitMs = 30000; // generous: only a hung keyring would take this long

// Runs one store operation and waits for its report (the event loop keeps running meanwhile).
Result await(const std::function<void(const SecretStore::Callback&)>& start)
{
    std::optional<Result> result;
    start([&result](const Result& reported) { result = reported; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
        return Result{Status::Failed, {}, QStringLiteral("timed out"), {}};
    return *result;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeFindsTheKeychain();
    void storeReadReplaceRemove();
    void entriesAreNamespacedPerProfile();
    void keysRoundTripExactly_data();
    void keysRoundTripExactly();
    void noPlaintextKeyOnDisk();
    void storeDestroyedDuringWriteWipesKey();
    // Last: it locks the keyring, and nothing unlocks it without a prompt.
    void lockedKeyringIsNoKeychain();

private:
    Result read(SecretStore& store, const QString& profile)
    {
        return await([&](const SecretStore::Callback& done) { store.read(profile, this, done); });
    }
    Result write(SecretStore& store, const QString& profile, const QByteArray& key)
    {
        return await([&](const SecretStore::Callback& done) { store.write(profile, key, this, done); });
    }
    Result remove(SecretStore& store, const QString& profile)
    {
        return await([&](const SecretStore::Callback& done) { store.remove(profile, this, done); });
    }
    QStringList scanRoots() const;
};

void TestSecretStore::initTestCase()
{
    if (qgetenv("ENROLLDESK_PRIVATE_KEYRING") != "unlocked")
        QSKIP("needs the private keyring of tests/keychain/with-keyring (run through CTest)");
    QCoreApplication::setOrganizationName(QStringLiteral("enrolldesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_secretstore"));
    // The wrapper's HOME, not the user's.
    QVERIFY(QDir::homePath().startsWith(qEnvironmentVariable("ENROLLDESK_KEYRING_ROOT")));
}

void TestSecretStore::probeFindsTheKeychain()
{
    KeychainSecretStore store;
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    const Result result = await([&](const SecretStore::Callback& done) { store.probe(this, done); });
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(unavailable.count(), 0);
    QVERIFY(store.isPersistent());
    QCOMPARE(store.service(), QStringLiteral("io.github.enrolldesk.EnrollDesk"));
}

void TestSecretStore::storeReadReplaceRemove()
{
    KeychainSecretStore store;
    QSignalSpy changed(&store, &SecretStore::secretChanged);
    const QString alpha = QStringLiteral("alpha-profile");
    const QString beta = QStringLiteral("beta-profile");
    const QByteArray alphaKey = uniqueTestKey("test", "alpha");
    const QByteArray betaKey = uniqueTestKey("test", "beta");

    QCOMPARE(read(store, alpha).status, Status::NotFound);
    Result result = write(store, alpha, alphaKey);
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = write(store, beta, betaKey);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toString(), alpha);

    result = read(store, alpha);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.key, alphaKey);
    QCOMPARE(read(store, beta).key, betaKey);

    // Replacing one profile's key leaves the other's alone.
    const QByteArray replacement = uniqueTestKey("test", "alpha2");
    QVERIFY(write(store, alpha, replacement).ok());
    QCOMPARE(read(store, alpha).key, replacement);
    QCOMPARE(read(store, beta).key, betaKey);

    // A second store instance (as after a restart) sees the same entries.
    KeychainSecretStore reopened;
    QCOMPARE(read(reopened, alpha).key, replacement);

    result = remove(store, alpha);
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = read(store, alpha);
    QCOMPARE(result.status, Status::NotFound);
    QVERIFY(result.key.isEmpty());
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(read(store, beta).key, betaKey);
    // Removing again is not an error: there is nothing left, as asked.
    QVERIFY(remove(store, alpha).ok());

    QVERIFY(remove(store, beta).ok());
    QCOMPARE(read(store, beta).status, Status::NotFound);
    QCOMPARE(changed.count(), 6); // 2 writes, 1 replace, 3 removes
}

void TestSecretStore::entriesAreNamespacedPerProfile()
{
    KeychainSecretStore store;
    const QString profile = QStringLiteral("ns-profile");
    const QByteArray key = uniqueTestKey("test", "ns");
    QVERIFY(write(store, profile, key).ok());

    // Straight through QtKeychain: the entry is "profile/<id>" under the application's service name.
    const auto rawRead = [](const QString& service, const QString& entry) {
        auto* job = new QKeychain::ReadPasswordJob(service);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(entry);
        std::optional<std::pair<QKeychain::Error, QByteArray>> outcome;
        QObject::connect(job, &QKeychain::Job::finished, [&outcome](QKeychain::Job* finished) {
            outcome = {finished->error(), static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData()};
        });
        job->start();
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, kWaitMs))
            return std::make_pair(QKeychain::OtherError, QByteArray());
        return *outcome;
    };
    const QString service = QString::fromLatin1(SecretStore::kService);
    const auto namespaced = rawRead(service, QStringLiteral("profile/ns-profile"));
    QCOMPARE(namespaced.first, QKeychain::NoError);
    QCOMPARE(namespaced.second, key);
    QCOMPARE(rawRead(service, profile).first, QKeychain::EntryNotFound);
    QCOMPARE(rawRead(QStringLiteral("another.service"), QStringLiteral("profile/ns-profile")).first,
             QKeychain::EntryNotFound);

    // A store under another service name does not see this one's entries.
    KeychainSecretStore other(QStringLiteral("io.github.enrolldesk.EnrollDesk.tests"));
    QCOMPARE(read(other, profile).status, Status::NotFound);
    QVERIFY(remove(store, profile).ok());
}

void TestSecretStore::keysRoundTripExactly_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("typical api key") << uniqueTestKey("test", "typical");
    QTest::newRow("utf-8 text") << QStringLiteral("clé-ключ-鍵").toUtf8();
    QTest::newRow("nul and high bytes") << QByteArray("a\0b\xff\xfe\x01z", 7);
    QTest::newRow("4 KiB") << QByteArray(4096, 'k');
}

void TestSecretStore::keysRoundTripExactly()
{
    QFETCH(QByteArray, key);
    KeychainSecretStore store;
    const QString profile = QStringLiteral("roundtrip");
    QVERIFY(write(store, profile, key).ok());
    const Result result = read(store, profile);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.key, key);
    QVERIFY(remove(store, profile).ok());
}

QStringList TestSecretStore::scanRoots() const
{
    QStringList roots{QDir::homePath(), qEnvironmentVariable("XDG_RUNTIME_DIR"),
                      qEnvironmentVariable("ENROLLDESK_KEYRING_ROOT")};
    for (const auto location :
         {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation,
          QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::GenericCacheLocation, QStandardPaths::RuntimeLocation}) {
        roots.append(QStandardPaths::writableLocation(location));
    }
    roots.removeAll(QString());
    roots.removeDuplicates();
    return roots;
}

void TestSecretStore::noPlaintextKeyOnDisk()
{
    KeychainSecretStore store;
    const QByteArray key = uniqueTestKey("test", "disk");
    QVERIFY(write(store, QStringLiteral("disk-a"), key).ok());
    QVERIFY(write(store, QStringLiteral("disk-b"), key).ok());
    QCOMPARE(read(store, QStringLiteral("disk-a")).key, key);

    // The keyring really persisted something here, so the scan below looks at the stored entries.
    const QString keyring = QDir::homePath() + QStringLiteral("/.local/share/keyrings/login.keyring");
    QVERIFY2(QFileInfo(keyring).size() > 0, qPrintable(keyring));

    // The scanner itself finds a planted copy.
    const QString planted = QDir::homePath() + QStringLiteral("/planted.txt");
    {
        QFile file(planted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("xx" + key + "xx");
    }
    const QList<QByteArray> needles{key, key.toBase64(), key.toHex()};
    QCOMPARE(filesContaining(scanRoots(), needles), QStringList{QFileInfo(planted).canonicalFilePath()});
    QVERIFY(QFile::remove(planted));

    QCOMPARE(filesContaining(scanRoots(), needles), QStringList());
    QVERIFY(remove(store, QStringLiteral("disk-a")).ok());
    QVERIFY(remove(store, QStringLiteral("disk-b")).ok());
}

void TestSecretStore::storeDestroyedDuringWriteWipesKey()
{
    // The store goes away while its keychain job still holds the key (a profile switch, a closed
    // page): the job finishes anyway, nothing is reported, and the last reference, the job's
    // callback's, zeroes the key once the job has dropped its own.
    OverwriteRecorder recorder;
    QByteArray key = uniqueTestKey("test", "orphan");
    key.detach();
    const auto buffer = OverwriteRecorder::watch(key);
    bool reported = false;
    auto store = std::make_unique<KeychainSecretStore>();
    store->write(QStringLiteral("orphan-profile"), key, this,
                 [&reported](const Result&) { reported = true; });
    SecretStore::wipe(key); // the caller's reference
    // Only the queued call that starts the job, then the store is gone before the job has answered.
    QCoreApplication::sendPostedEvents(store.get(), QEvent::MetaCall);
    store.reset();
    QVERIFY(!OverwriteRecorder::zeroed(buffer));
    QTRY_COMPARE_WITH_TIMEOUT(OverwriteRecorder::zeroedCount(buffer), 1, kWaitMs);
    QVERIFY(!reported);

    KeychainSecretStore cleanup;
    QVERIFY(remove(cleanup, QStringLiteral("orphan-profile")).ok());
}

void TestSecretStore::lockedKeyringIsNoKeychain()
{
    KeychainSecretStore store;
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);

    // Lock the login collection; with no prompter on the private bus, unlocking cannot happen
    // (as when a user dismisses the unlock dialog).
    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    QVERIFY(lock.waitForFinished(kWaitMs));
    QCOMPARE(lock.exitCode(), 0);

    const QByteArray key = uniqueTestKey("test", "locked");
    const Result result = write(store, QStringLiteral("locked-profile"), key);
    QCOMPARE(result.status, Status::NoKeychain);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.message.toUtf8().contains(key));
    QVERIFY(!result.detail.toUtf8().contains(key));
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(filesContaining(scanRoots(), {key, key.toBase64()}), QStringList());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secretstore.moc"
