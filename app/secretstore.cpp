#include "secretstore.h"

#include "logging.h"

#include <QPointer>
#include <QVariant>

#include <atomic>

#include <qt6keychain/keychain.h>

// QtKeychain talks to the Secret Service over the session bus on these systems.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define ENROLLDESK_SECRET_SERVICE 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#endif

namespace {

QString operationName(int operation)
{
    static const char* const names[] = {"read", "write", "remove"};
    return QString::fromLatin1(names[operation]);
}

// Never a profile id's entry: profile entries all start with "profile/".
const QString kProbeEntry = QStringLiteral("probe");

SecretStore::Status directStatus(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
        return SecretStore::Status::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Status::Failed;
}

#ifdef ENROLLDESK_SECRET_SERVICE
// One question to the bus daemon, answered later: a daemon slow to answer must not freeze the window
// (a blocking call waits up to D-Bus's 25 s default).
void askBusDaemon(const QDBusConnection& bus, const QString& method, const QVariantList& arguments,
                  QObject* context, std::function<void(const QDBusMessage&)> answer)
{
    QDBusMessage question = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                           QStringLiteral("/org/freedesktop/DBus"),
                                                           QStringLiteral("org.freedesktop.DBus"), method);
    question.setArguments(arguments);
    constexpr int kTimeoutMs = 3000;
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(question, kTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [answer = std::move(answer)](QDBusPendingCallWatcher* finished) {
                         finished->deleteLater();
                         answer(finished->reply());
                     });
}
#endif

// The status of a finished job, given to `done`. QtKeychain's libsecret backend reports "no session
// bus" and "no Secret Service on the bus" as a generic OtherError; asking the bus (only on that error
// path) turns those into NoKeychain. `done` is not called if `context` is destroyed first.
void classify(QKeychain::Error error, QObject* context, std::function<void(SecretStore::Status)> done)
{
    const SecretStore::Status status = directStatus(error);
#ifdef ENROLLDESK_SECRET_SERVICE
    if (status == SecretStore::Status::Failed) {
        const QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            return done(SecretStore::Status::NoKeychain);
        const QString service = QStringLiteral("org.freedesktop.secrets");
        const auto verdict = [done](bool reachable) {
            done(reachable ? SecretStore::Status::Failed : SecretStore::Status::NoKeychain);
        };
        askBusDaemon(
            bus, QStringLiteral("NameHasOwner"), {service}, context,
            [bus, service, context, verdict](const QDBusMessage& owned) {
                if (owned.type() == QDBusMessage::ReplyMessage && owned.arguments().value(0).toBool())
                    return verdict(true);
                askBusDaemon(bus, QStringLiteral("ListActivatableNames"), {}, context,
                             [service, verdict](const QDBusMessage& names) {
                                 verdict(names.type() == QDBusMessage::ReplyMessage &&
                                         names.arguments().value(0).toStringList().contains(service));
                             });
            });
        return;
    }
#endif
    done(status);
}

std::atomic<SecretStore::OverwriteHook> overwriteHook{nullptr};

} // namespace

// ---- SecretStore -------------------------------------------------------------------------------------

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{}

QString SecretStore::entryName(const QString& profileId)
{
    return QStringLiteral("profile/") + profileId;
}

bool SecretStore::overwrite(QByteArray& bytes)
{
    // isDetached() is false for a shared buffer and for raw or literal data (nothing of ours to zero),
    // so data() below never detaches: it returns this array's own buffer.
    if (bytes.isNull() || !bytes.isDetached())
        return false;
    // The whole allocation from data(): an in-place trim leaves the key's tail past size().
    // Through a volatile pointer so the stores are not optimised away before the buffer is freed.
    volatile char* data = bytes.data();
    for (qsizetype i = 0; i < bytes.capacity(); ++i)
        data[i] = 0;
    if (const OverwriteHook hook = overwriteHook.load())
        hook(bytes.constData(), bytes.capacity());
    return true;
}

void SecretStore::setOverwriteHook(OverwriteHook hook)
{
    overwriteHook.store(hook);
}

void SecretStore::wipe(QByteArray& bytes)
{
    overwrite(bytes);
    bytes.clear();
}

void SecretStore::read(const QString& profileId, QObject* context, Callback done)
{
    run(Operation::Read, profileId, entryName(profileId), {}, context, std::move(done));
}

void SecretStore::write(const QString& profileId, const QByteArray& key, QObject* context, Callback done)
{
    run(Operation::Write, profileId, entryName(profileId), key, context, std::move(done));
}

void SecretStore::remove(const QString& profileId, QObject* context, Callback done)
{
    run(Operation::Remove, profileId, entryName(profileId), {}, context, std::move(done));
}

void SecretStore::probe(QObject* context, Callback done)
{
    run(Operation::Read, QString(), kProbeEntry, {}, context, std::move(done));
}

void SecretStore::run(Operation operation, const QString& profileId, const QString& entry,
                      const QByteArray& key, QObject* context, Callback done)
{
    const bool isProbe = entry == kProbeEntry;
    const bool guarded = context != nullptr;
    const QPointer<QObject> guard(context);

    auto finish = [this, operation, profileId, isProbe, guarded, guard, done](Result result) {
        if (isProbe) {
            // The probe only asks whether the store answers: a missing entry is the normal answer.
            const bool answered = result.status == Status::Ok || result.status == Status::NotFound;
            result = answered ? Result{} : result;
        } else if (operation == Operation::Remove && result.status == Status::NotFound) {
            result = Result{}; // nothing to remove is what the caller wanted
        }
        if (result.status != Status::Ok && result.message.isEmpty())
            result.message = failureMessage(operation, result.status, result.detail);
        // Names and outcomes only: never the key (the detail is checked not to contain it).
        const QString what =
            isProbe ? QStringLiteral("probe") : operationName(int(operation)) + u' ' + entryName(profileId);
        if (result.ok())
            qCDebug(lcSecrets).noquote() << what << "ok";
        else
            qCInfo(lcSecrets).noquote()
                << what << "->" << QVariant::fromValue(result.status).toString() << result.detail;

        if (result.status == Status::NoKeychain)
            Q_EMIT keychainUnavailable(result.message);
        else if (result.ok() && !isProbe && operation != Operation::Read)
            Q_EMIT secretChanged(profileId);
        if (done && (!guarded || guard))
            done(result);
        wipe(result.key); // this copy's reference to a read key: see wipe()
    };

    // Started on the next turn of the event loop, so `done` never runs inside read()/write()/remove().
    QMetaObject::invokeMethod(
        this,
        [this, operation, entry, key = SecretBytes(key), isProbe, profileId, finish]() mutable {
            if (!isProbe && profileId.isEmpty()) {
                finish(Result{Status::Failed, {}, tr("No profile was given for the API key."), {}});
            } else {
                switch (operation) {
                case Operation::Read:
                    readEntry(entry, finish);
                    break;
                case Operation::Write:
                    if (key.isEmpty())
                        finish(Result{Status::Failed, {}, tr("An empty API key cannot be stored."), {}});
                    else
                        writeEntry(entry, key.bytes(), finish);
                    break;
                case Operation::Remove:
                    removeEntry(entry, finish);
                    break;
                }
            }
            // This call's reference to the key, now; a backend that still needs it holds its own. When
            // the store is destroyed before this call runs, the capture's destructor wipes it instead.
            key.clear();
        },
        Qt::QueuedConnection);
}

QString SecretStore::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("Done.");
    case Status::NotFound:
        return tr("No API key is stored for this profile.");
    case Status::NoKeychain:
        return tr("No keychain is available: no Secret Service is running, or access to it was denied. "
                  "The API key can be kept for this session only.");
    case Status::Failed:
        return tr("The keychain reported an error.");
    }
    return {};
}

QString SecretStore::failureMessage(Operation operation, Status status, const QString& detail)
{
    if (status == Status::NotFound || status == Status::NoKeychain)
        return statusText(status);
    QString sentence;
    switch (operation) {
    case Operation::Read:
        sentence = detail.isEmpty() ? tr("Could not read the API key from the keychain.")
                                    : tr("Could not read the API key from the keychain: %1").arg(detail);
        break;
    case Operation::Write:
        sentence = detail.isEmpty() ? tr("Could not save the API key in the keychain.")
                                    : tr("Could not save the API key in the keychain: %1").arg(detail);
        break;
    case Operation::Remove:
        sentence = detail.isEmpty() ? tr("Could not remove the API key from the keychain.")
                                    : tr("Could not remove the API key from the keychain: %1").arg(detail);
        break;
    }
    return sentence;
}

// ---- KeychainSecretStore -----------------------------------------------------------------------------

namespace {

// A job is never a child of the store: destroying the store (a profile switch, a restart of the page)
// while the Secret Service has not answered would delete the job under libsecret's pending callback,
// which then crashes on it. A job outlives its store and deletes itself when it finishes; its result
// is dropped when the store is gone (the connections below use the store as context).
void configure(QKeychain::Job* job, const QString& entry)
{
    // Never the plaintext QSettings fallback: without a keychain the caller chooses the session-only mode.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entry);
}

// The backend's message, unless it somehow quotes the key (then it is dropped, not redacted in place).
QString safeDetail(const QKeychain::Job* job, const QByteArray& key)
{
    const QString detail = job->errorString();
    if (!key.isEmpty()) {
        const QByteArray utf8 = detail.toUtf8();
        QByteArray base64 = key.toBase64();
        const bool quoted = utf8.contains(key) || utf8.contains(base64);
        SecretStore::wipe(base64);
        if (quoted)
            return {};
    }
    return detail;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : KeychainSecretStore(QString::fromLatin1(kService), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::reportOutcome(const QKeychain::Job* finished, const QByteArray& key,
                                        const Callback& done)
{
    // The job is gone once this returns: its error and message are read now, the status may come later.
    const QString detail = finished->error() == QKeychain::NoError ? QString() : safeDetail(finished, key);
    classify(finished->error(), this, [done, detail](Status status) {
        Result result;
        result.status = status;
        if (!result.ok())
            result.detail = detail;
        done(result);
    });
}

void KeychainSecretStore::readEntry(const QString& entry, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service); // no parent: see configure()
    configure(job, entry);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError) {
            Result result;
            // A copy of our own, not shared with the job (which is freed later, out of our reach), so
            // the last of our holders really zeroes it.
            const QByteArray data = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
            result.key = QByteArray(data.constData(), data.size());
            done(result);
            wipe(result.key);
            return;
        }
        reportOutcome(finished, {}, done);
    });
    job->start();
}

void KeychainSecretStore::writeEntry(const QString& entry, const QByteArray& key, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service); // no parent: see configure()
    configure(job, entry);
    // Binary: any bytes round-trip unchanged (QtKeychain stores them base64-encoded).
    job->setBinaryData(key);
    // In the job's context, not the store's: the job holds the key until it finishes, also when the
    // store is destroyed first (see configure()), so this always runs then to drop both references;
    // it reports only while the store lives.
    const QPointer<KeychainSecretStore> store(this);
    connect(job, &QKeychain::Job::finished, job,
            [store, done, key = SecretBytes(key)](QKeychain::Job* finished) mutable {
                if (store)
                    store->reportOutcome(finished, key.bytes(), done);
                // Drop the job's reference and then ours, so the last holder zeroes the buffer.
                static_cast<QKeychain::WritePasswordJob*>(finished)->setBinaryData(QByteArray());
                key.clear();
            });
    job->start();
}

void KeychainSecretStore::removeEntry(const QString& entry, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service); // no parent: see configure()
    configure(job, entry);
    connect(job, &QKeychain::Job::finished, this,
            [this, done](QKeychain::Job* finished) { reportOutcome(finished, {}, done); });
    job->start();
}

// ---- SecretBytes -------------------------------------------------------------------------------------

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

void SecretBytes::clear() noexcept
{
    SecretStore::wipe(m_bytes);
}

// ---- MemorySecretStore -------------------------------------------------------------------------------

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore() = default; // each entry wipes its key

bool MemorySecretStore::simulate(Operation operation, const Callback& done) const
{
    if (m_simulated == Status::Ok)
        return false;
    done(Result{m_simulated, {}, failureMessage(operation, m_simulated, {}), {}});
    return true;
}

void MemorySecretStore::readEntry(const QString& entry, Callback done)
{
    if (simulate(Operation::Read, done))
        return;
    const auto it = m_entries.find(entry);
    if (it == m_entries.end()) {
        done(Result{Status::NotFound, {}, {}, {}});
        return;
    }
    // A deep copy: the stored buffer stays unshared, so its wipe really overwrites it later.
    const QByteArray& stored = it->second.bytes();
    Result result{Status::Ok, QByteArray(stored.constData(), stored.size()), {}, {}};
    done(result);
    wipe(result.key);
}

void MemorySecretStore::writeEntry(const QString& entry, const QByteArray& key, Callback done)
{
    if (simulate(Operation::Write, done))
        return;
    // A deep copy of our own; a replaced key is wiped by the assignment.
    m_entries.insert_or_assign(entry, SecretBytes(QByteArray(key.constData(), key.size())));
    done(Result{});
}

void MemorySecretStore::removeEntry(const QString& entry, Callback done)
{
    if (simulate(Operation::Remove, done))
        return;
    m_entries.erase(entry); // the entry wipes its key
    done(Result{});
}
