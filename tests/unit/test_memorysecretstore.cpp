// MemorySecretStore (the session-only mode and the fake for GUI tests) and the SecretStore contract
// every store shares: asynchronous reports, context guard, distinct outcomes, entry names. Also SecretBytes,
// the self-wiping holder of a key, and the holders built on it.

#include "apiclient.h"
#include "httpconnectionpool.h"
#include "overwriterecorder.h"
#include "secretstore.h"

#include <QSignalSpy>
#include <QTest>

#include <cstring>
#include <functional>
#include <memory>
#include <optional>

namespace {

using Result = SecretStore::Result;
using Status = SecretStore::Status;

Result await(const std::function<void(const SecretStore::Callback&)>& start)
{
    std::optional<Result> result;
    start([&result](const Result& reported) { result = reported; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return Result{Status::Failed, {}, QStringLiteral("no report"), {}};
    return *result;
}

// A key in a buffer of its own (not literal data, which nobody overwrites).
QByteArray ownedKey(const char* text)
{
    QByteArray key(text);
    key.detach();
    return key;
}

} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryNames();
    void storeReadReplaceRemove();
    void reportsAfterReturning();
    void contextGuardsCallback();
    void destroyedStoreReportsNothing();
    void refusesEmptyInput_data();
    void refusesEmptyInput();
    void simulatedStatus_data();
    void simulatedStatus();
    void overwriteZeroesOnlyASoleHolder();
    void wipeSoleOwnerClears();
    void wipeSharedLeavesOtherHolder();
    void wipeNeverWritesRawData();
    void secretBytesMovesLeaveSourcesEmpty();
    void secretBytesSoleHolderZeroesOnDestruction();
    void secretBytesSharedHolderLeavesOthers();
    void secretBytesMoveAssignmentWipesPrevious();
    void lambdaDestroyedUnrunWipesCapture();
    void sharedCaptureWipedByLastCopy();
    void queuedWriteOfDestroyedStoreWipesKey();
    void memoryStoreWipesReplacedAndRemovedKeys();
    void apiClientWipesItsKey();
    void statusTexts();

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
};

void TestMemorySecretStore::entryNames()
{
    QCOMPARE(SecretStore::entryName(QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427")),
             QStringLiteral("profile/1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
    QCOMPARE(QString::fromLatin1(SecretStore::kService), QStringLiteral("io.github.enrolldesk.EnrollDesk"));
}

void TestMemorySecretStore::storeReadReplaceRemove()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    QSignalSpy changed(&store, &SecretStore::secretChanged);

    QCOMPARE(read(store, QStringLiteral("a")).status, Status::NotFound);
    QVERIFY(write(store, QStringLiteral("a"), "key-a").ok());
    QVERIFY(write(store, QStringLiteral("b"), "key-b").ok());
    QCOMPARE(store.count(), 2);
    QCOMPARE(read(store, QStringLiteral("a")).key, QByteArray("key-a"));
    QCOMPARE(read(store, QStringLiteral("b")).key, QByteArray("key-b"));

    QVERIFY(write(store, QStringLiteral("a"), "key-a2").ok());
    QCOMPARE(read(store, QStringLiteral("a")).key, QByteArray("key-a2"));
    QCOMPARE(store.count(), 2);

    QVERIFY(remove(store, QStringLiteral("a")).ok());
    const Result gone = read(store, QStringLiteral("a"));
    QCOMPARE(gone.status, Status::NotFound);
    QVERIFY(!gone.message.isEmpty());
    QVERIFY(remove(store, QStringLiteral("a")).ok()); // nothing left to remove: still Ok
    QCOMPARE(read(store, QStringLiteral("b")).key, QByteArray("key-b"));
    QCOMPARE(store.count(), 1);

    QCOMPARE(changed.count(), 5);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("a"));

    // The probe answers Ok although nothing is stored under its entry.
    QVERIFY(await([&](const SecretStore::Callback& done) { store.probe(this, done); }).ok());
}

void TestMemorySecretStore::reportsAfterReturning()
{
    MemorySecretStore store;
    bool reported = false;
    store.write(QStringLiteral("p"), "key", this, [&reported](const Result&) { reported = true; });
    QVERIFY(!reported); // never from inside the call
    QTRY_VERIFY(reported);
}

void TestMemorySecretStore::contextGuardsCallback()
{
    MemorySecretStore store;
    bool reported = false;
    auto context = std::make_unique<QObject>();
    store.write(QStringLiteral("p"), "key", context.get(), [&reported](const Result&) { reported = true; });
    context.reset();
    // The write itself still happens; only the report is dropped.
    QTRY_COMPARE(store.count(), 1);
    QCoreApplication::processEvents();
    QVERIFY(!reported);
}

void TestMemorySecretStore::destroyedStoreReportsNothing()
{
    bool reported = false;
    {
        MemorySecretStore store;
        store.read(QStringLiteral("p"), this, [&reported](const Result&) { reported = true; });
    }
    QTest::qWait(0);
    QCoreApplication::processEvents();
    QVERIFY(!reported);
}

void TestMemorySecretStore::refusesEmptyInput_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("no profile") << QString() << QByteArray("key");
    QTest::newRow("empty key") << QStringLiteral("p") << QByteArray();
}

void TestMemorySecretStore::refusesEmptyInput()
{
    QFETCH(QString, profile);
    QFETCH(QByteArray, key);
    MemorySecretStore store;
    const Result result = write(store, profile, key);
    QCOMPARE(result.status, Status::Failed);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(store.count(), 0);
}

void TestMemorySecretStore::simulatedStatus_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("unavailableSignals");
    QTest::newRow("no keychain") << Status::NoKeychain << 4;
    QTest::newRow("failed") << Status::Failed << 0;
}

void TestMemorySecretStore::simulatedStatus()
{
    QFETCH(Status, status);
    QFETCH(int, unavailableSignals);
    const QByteArray key = "never-echoed-key";
    MemorySecretStore store;
    QVERIFY(write(store, QStringLiteral("p"), key).ok());
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    QSignalSpy changed(&store, &SecretStore::secretChanged);
    store.setSimulatedStatus(status);

    const QList<Result> results{read(store, QStringLiteral("p")), write(store, QStringLiteral("p"), key),
                                remove(store, QStringLiteral("p")),
                                await([&](const SecretStore::Callback& done) { store.probe(this, done); })};
    for (const Result& result : results) {
        QCOMPARE(result.status, status);
        QVERIFY(result.key.isEmpty());
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!result.message.toUtf8().contains(key));
    }
    QCOMPARE(unavailable.count(), unavailableSignals);
    QCOMPARE(changed.count(), 0);

    store.setSimulatedStatus(Status::Ok);
    QCOMPARE(read(store, QStringLiteral("p")).key, key); // the simulated failures changed nothing
}

void TestMemorySecretStore::overwriteZeroesOnlyASoleHolder()
{
    // Sole holder: zeroed in place, the whole allocation (a trim in place leaves the key's tail behind).
    QByteArray secret("  sk_live_0123456789");
    secret.detach();
    secret = std::move(secret).trimmed(); // in place: "sk_live_0123456789", its last 2 bytes left past size()
    const char* buffer = secret.constData();
    const qsizetype capacity = secret.capacity();
    QVERIFY(capacity > secret.size());
    QVERIFY(SecretStore::overwrite(secret));
    QCOMPARE(secret.constData(), buffer); // in place, no copy
    for (qsizetype i = 0; i < capacity; ++i)
        QCOMPARE(buffer[i], '\0');

    // Shared: nothing written, nothing copied; both holders keep the key.
    QByteArray holder("sk_live_0123456789");
    holder.detach();
    QByteArray shared = holder;
    const char* sharedBuffer = holder.constData();
    QVERIFY(!SecretStore::overwrite(shared));
    QCOMPARE(shared.constData(), sharedBuffer);
    QCOMPARE(holder.constData(), sharedBuffer);
    QCOMPARE(shared, QByteArray("sk_live_0123456789"));

    // Raw data: not ours to write.
    char text[] = "sk_live_raw";
    QByteArray raw = QByteArray::fromRawData(text, qsizetype(std::strlen(text)));
    QVERIFY(!SecretStore::overwrite(raw));
    QCOMPARE(QByteArrayView(text), QByteArrayView("sk_live_raw"));
}

void TestMemorySecretStore::wipeSoleOwnerClears()
{
    // The only holder: the bytes are zeroed and the buffer released (after that it cannot be read).
    QByteArray secret("sk_live_0123456789");
    secret.detach();
    QVERIFY(secret.isDetached());
    SecretStore::wipe(secret);
    QVERIFY(secret.isEmpty());
    QVERIFY(secret.isNull());  // cleared: no buffer kept
    SecretStore::wipe(secret); // wiping an empty array is harmless
    QVERIFY(secret.isNull());
}

void TestMemorySecretStore::wipeSharedLeavesOtherHolder()
{
    QByteArray holder("sk_live_0123456789");
    holder.detach();
    const QByteArray expected(holder.constData(), holder.size()); // an unshared copy to compare with
    QByteArray shared = holder; // e.g. a lambda's capture or the ApiClient's key: one buffer, two holders
    const char* buffer = holder.constData();
    QCOMPARE(shared.constData(), buffer);
    QVERIFY(!holder.isDetached());

    SecretStore::wipe(shared);
    QVERIFY(shared.isEmpty());
    QVERIFY(shared.isNull()); // no buffer of its own: it did not detach into a (zeroed) copy
    // Not detached, not copied, not zeroed: the other holder still has the very same bytes...
    QCOMPARE(holder.constData(), buffer);
    QCOMPARE(holder, expected);
    // ...and is now their only holder, so its own wipe() is the one that zeroes them.
    QVERIFY(holder.isDetached());
    SecretStore::wipe(holder);
    QVERIFY(holder.isNull());
}

void TestMemorySecretStore::wipeNeverWritesRawData()
{
    // Raw data is not the array's to overwrite (and detaching it would copy the secret).
    char text[] = "sk_live_raw";
    QByteArray raw = QByteArray::fromRawData(text, qsizetype(std::strlen(text)));
    SecretStore::wipe(raw);
    QVERIFY(raw.isEmpty());
    QCOMPARE(QByteArrayView(text), QByteArrayView("sk_live_raw"));
}

void TestMemorySecretStore::secretBytesMovesLeaveSourcesEmpty()
{
    QByteArray key = ownedKey("sk_live_moved");
    const char* buffer = key.constData();
    SecretBytes first(std::move(key));
    QVERIFY(key.isEmpty()); // the reference was taken over, not shared
    QCOMPARE(first.bytes(), QByteArray("sk_live_moved"));
    QCOMPARE(first.bytes().constData(), buffer);
    QVERIFY(first.bytes().isDetached());

    SecretBytes second(std::move(first));
    QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): a moved-from holder is empty
    QVERIFY(first.bytes().isNull());
    QCOMPARE(second.bytes().constData(), buffer);
    QCOMPARE(second.view(), QByteArrayView("sk_live_moved"));

    SecretBytes third;
    third = std::move(second);
    QVERIFY(second.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(third.bytes().constData(), buffer);
    QCOMPARE(third.size(), qsizetype(13));

    // clone() is a second holder of the same buffer, no copy of the bytes.
    const SecretBytes clone = third.clone();
    QCOMPARE(clone.bytes().constData(), buffer);
    QVERIFY(!third.bytes().isDetached());
}

void TestMemorySecretStore::secretBytesSoleHolderZeroesOnDestruction()
{
    OverwriteRecorder recorder;
    QByteArray key = ownedKey("sk_live_0123456789");
    const auto buffer = OverwriteRecorder::watch(key);
    {
        const SecretBytes secret(std::move(key));
        QCOMPARE(OverwriteRecorder::zeroedCount(buffer), 0);
    }
    QCOMPARE(OverwriteRecorder::zeroedCount(buffer), 1);

    // clear() wipes at once, and the destructor then has nothing left to do.
    QByteArray other = ownedKey("sk_live_cleared");
    const auto otherBuffer = OverwriteRecorder::watch(other);
    {
        SecretBytes secret(std::move(other));
        secret.clear();
        QVERIFY(secret.isEmpty());
        QVERIFY(secret.bytes().isNull());
        QCOMPARE(OverwriteRecorder::zeroedCount(otherBuffer), 1);
    }
    QCOMPARE(OverwriteRecorder::zeroedCount(otherBuffer), 1);
}

void TestMemorySecretStore::secretBytesSharedHolderLeavesOthers()
{
    OverwriteRecorder recorder;
    QByteArray holder = ownedKey("sk_live_shared");
    const auto buffer = OverwriteRecorder::watch(holder);
    {
        const SecretBytes secret(holder); // a second reference, not a copy
        QCOMPARE(OverwriteRecorder::address(secret.bytes()), buffer.address);
        const SecretBytes clone = secret.clone();
    }
    // Neither was the last holder: nothing zeroed, the other holder keeps the key and is its only holder.
    QVERIFY(!OverwriteRecorder::zeroed(buffer));
    QCOMPARE(holder, QByteArray("sk_live_shared"));
    QVERIFY(holder.isDetached());
    {
        const SecretBytes last(std::move(holder));
    }
    QCOMPARE(OverwriteRecorder::zeroedCount(buffer), 1);
}

void TestMemorySecretStore::secretBytesMoveAssignmentWipesPrevious()
{
    OverwriteRecorder recorder;
    QByteArray oldKey = ownedKey("sk_live_old");
    QByteArray newKey = ownedKey("sk_live_new");
    const auto oldBuffer = OverwriteRecorder::watch(oldKey);
    const auto newBuffer = OverwriteRecorder::watch(newKey);
    SecretBytes held(std::move(oldKey));
    held = SecretBytes(std::move(newKey));
    QCOMPARE(OverwriteRecorder::zeroedCount(oldBuffer), 1);
    QVERIFY(!OverwriteRecorder::zeroed(newBuffer)); // moved in, not copied: nothing else to wipe
    QCOMPARE(held.bytes(), QByteArray("sk_live_new"));
    QCOMPARE(OverwriteRecorder::address(held.bytes()), newBuffer.address);
}

void TestMemorySecretStore::lambdaDestroyedUnrunWipesCapture()
{
    OverwriteRecorder recorder;
    QByteArray key = ownedKey("sk_live_never_used");
    const auto buffer = OverwriteRecorder::watch(key);
    int calls = 0;
    {
        // Like a callback whose context went away first: destroyed without ever being called.
        const auto callback = [&calls, secret = SecretBytes(key)] { calls += int(secret.size()); };
        SecretStore::wipe(key); // the caller's reference: the capture is the last holder now
        QVERIFY(!OverwriteRecorder::zeroed(buffer));
    }
    QCOMPARE(calls, 0);
    QCOMPARE(OverwriteRecorder::zeroedCount(buffer), 1);
}

void TestMemorySecretStore::sharedCaptureWipedByLastCopy()
{
    // A std::function must be copyable: its lambda captures the holder through a shared_ptr, and the
    // key is wiped when the last copy of the function is destroyed, whether or not one ran.
    OverwriteRecorder recorder;
    QByteArray key = ownedKey("sk_live_in_a_function");
    const auto buffer = OverwriteRecorder::watch(key);
    std::function<qsizetype()> callback = [secret = std::make_shared<SecretBytes>(std::move(key))] {
        return secret->size();
    };
    std::function<qsizetype()> copy = callback;
    callback = nullptr;
    QVERIFY(!OverwriteRecorder::zeroed(buffer));
    QCOMPARE(copy(), qsizetype(21));
    copy = nullptr;
    QCOMPARE(OverwriteRecorder::zeroedCount(buffer), 1);
}

void TestMemorySecretStore::queuedWriteOfDestroyedStoreWipesKey()
{
    // The store is destroyed before its queued write runs: that call's reference to the key is the
    // last one (the caller wiped its own), and is wiped as the call is dropped.
    OverwriteRecorder recorder;
    QByteArray key = ownedKey("sk_live_queued");
    const auto buffer = OverwriteRecorder::watch(key);
    bool reported = false;
    {
        MemorySecretStore store;
        store.write(QStringLiteral("p"), key, this, [&reported](const Result&) { reported = true; });
        SecretStore::wipe(key);
        QVERIFY(!OverwriteRecorder::zeroed(buffer));
    }
    QCOMPARE(OverwriteRecorder::zeroedCount(buffer), 1);
    QCoreApplication::processEvents();
    QVERIFY(!reported);
}

void TestMemorySecretStore::memoryStoreWipesReplacedAndRemovedKeys()
{
    // The store keeps a copy of its own, out of a test's sight: each stored buffer that is replaced,
    // removed or left at destruction is the one overwrite a step makes (the callers' keys outlive it).
    OverwriteRecorder recorder;
    auto store = std::make_unique<MemorySecretStore>();
    QVERIFY(write(*store, QStringLiteral("a"), ownedKey("sk_live_a1")).ok());
    QVERIFY(write(*store, QStringLiteral("b"), ownedKey("sk_live_b")).ok());
    QCOMPARE(OverwriteRecorder::total(), 0);

    QVERIFY(write(*store, QStringLiteral("a"), ownedKey("sk_live_a2")).ok());
    QCOMPARE(OverwriteRecorder::total(), 1); // "sk_live_a1"
    QCOMPARE(read(*store, QStringLiteral("a")).key, QByteArray("sk_live_a2"));
    OverwriteRecorder::clear();
    QVERIFY(remove(*store, QStringLiteral("b")).ok());
    QCOMPARE(OverwriteRecorder::total(), 1); // "sk_live_b"
    QCOMPARE(store->count(), 1);
    store.reset();
    QCOMPARE(OverwriteRecorder::total(), 2); // and "sk_live_a2"
    QVERIFY(OverwriteRecorder::allZeroed());
}

void TestMemorySecretStore::apiClientWipesItsKey()
{
    OverwriteRecorder recorder;
    HttpConnectionPool pool;
    auto client = std::make_unique<ApiClient>(&pool);
    QByteArray first = ownedKey("sk_live_client_1");
    const auto firstBuffer = OverwriteRecorder::watch(first);
    client->setApiKey(first); // shares the buffer (nothing to trim)
    SecretStore::wipe(first);
    QVERIFY(client->hasApiKey());
    QVERIFY(!OverwriteRecorder::zeroed(firstBuffer));

    // Replaced: the previous key is zeroed; cleared or destroyed: so is the current one.
    QByteArray second = ownedKey("sk_live_client_2");
    const auto secondBuffer = OverwriteRecorder::watch(second);
    client->setApiKey(second);
    SecretStore::wipe(second);
    QCOMPARE(OverwriteRecorder::zeroedCount(firstBuffer), 1);
    client->clearApiKey();
    QVERIFY(!client->hasApiKey());
    QCOMPARE(OverwriteRecorder::zeroedCount(secondBuffer), 1);

    QByteArray third = ownedKey("sk_live_client_3");
    const auto thirdBuffer = OverwriteRecorder::watch(third);
    client->setApiKey(third);
    SecretStore::wipe(third);
    client.reset();
    QCOMPARE(OverwriteRecorder::zeroedCount(thirdBuffer), 1);
}

void TestMemorySecretStore::statusTexts()
{
    QStringList texts;
    for (const Status status : {Status::Ok, Status::NotFound, Status::NoKeychain, Status::Failed})
        texts.append(SecretStore::statusText(status));
    QCOMPARE(texts.size(), 4);
    texts.removeDuplicates();
    QCOMPARE(texts.size(), 4);
    QVERIFY(!texts.contains(QString()));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "test_memorysecretstore.moc"
