#pragma once
// API keys behind an interface (design.md, convention 7): asynchronous read/write/remove with distinct
// outcomes, entries namespaced per profile ("profile/<id>"). KeychainSecretStore keeps them in the OS
// keychain through QtKeychain, never with its plaintext fallback; MemorySecretStore keeps them for this
// session only (the "no keychain" mode) and is the fake used by tests.

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <utility>

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,   // nothing stored for this profile
        NoKeychain, // no Secret Service / backend, keychain locked and unlock dismissed, access denied
        Failed,     // anything else; see message
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Ok;
        // Read only: the stored key. The store wipes its own reference when the callback returns: a
        // caller that keeps the key (a copy shares the buffer) wipes its copy when done with it.
        QByteArray key;
        QString message; // translated sentence for people, empty when Ok; never contains the key
        QString detail;  // the backend's own words (untranslated), for logs and support; never the key
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result& result)>;

    static constexpr const char* kService = "io.github.enrolldesk.EnrollDesk";
    // The entry a profile's key is stored under: "profile/<profileId>".
    static QString entryName(const QString& profileId);
    // Drops this reference to a secret: when `bytes` is the buffer's only holder (isDetached()), its
    // bytes are overwritten with zeros first; a buffer still shared with another QByteArray is left
    // untouched and never detached (no extra copy of the secret is made). Either way `bytes` is
    // cleared. So the last holder's wipe() zeroes the buffer: every holder of a key should wipe its
    // reference when done with it, not just let it go out of scope.
    static void wipe(QByteArray& bytes);
    // wipe()'s first half: when this array is its buffer's only holder, overwrites the whole allocation
    // (also the bytes past size() that an in-place trim left behind) and returns true; keeps the buffer.
    // Shared, raw or literal data is left alone (false).
    static bool overwrite(QByteArray& bytes);
    // For tests: overwrite() calls `hook` with each buffer it has just zeroed (its data and capacity,
    // still allocated at that point), so a test can see which holder's wipe zeroed a key without
    // reading freed memory. Null (the default) for none.
    using OverwriteHook = void (*)(const char* data, qsizetype capacity);
    static void setOverwriteHook(OverwriteHook hook);

    explicit SecretStore(QObject* parent = nullptr);

    // True when keys survive a restart (the OS keychain); false for the session-only store.
    virtual bool isPersistent() const = 0;

    // Each call reports exactly once, always after it has returned, through `done` — unless `context`
    // is given and destroyed first, or the store is destroyed first.
    void read(const QString& profileId, QObject* context, Callback done);
    void write(const QString& profileId, const QByteArray& key, QObject* context, Callback done);
    // Ok whether or not a key was stored.
    void remove(const QString& profileId, QObject* context, Callback done);
    // Whether the store is usable, by reading a probe entry: Ok (usable, even when it holds nothing),
    // NoKeychain or Failed. For the "no keychain available" banner.
    void probe(QObject* context, Callback done);

    // A translated sentence for a status, for messages and the CLI.
    static QString statusText(Status status);

Q_SIGNALS:
    // After a successful write or remove of this profile's key.
    void secretChanged(const QString& profileId);
    // Whenever an operation (or the probe) ends in NoKeychain.
    void keychainUnavailable(const QString& message);

protected:
    enum class Operation { Read, Write, Remove };
    // The primitives, on entry names. Each must call `done` exactly once, synchronously or later.
    virtual void readEntry(const QString& entry, Callback done) = 0;
    virtual void writeEntry(const QString& entry, const QByteArray& key, Callback done) = 0;
    virtual void removeEntry(const QString& entry, Callback done) = 0;
    // The translated message for a failed operation, with the backend's detail when there is one.
    static QString failureMessage(Operation operation, Status status, const QString& detail);

private:
    void run(Operation operation, const QString& profileId, const QString& entry, const QByteArray& key,
             QObject* context, Callback done);
};

// One holder's reference to a secret (an API key) that wipes itself: when it is destroyed, assigned
// over or cleared, its QByteArray goes through SecretStore::wipe() (the whole allocation is zeroed when
// it is the buffer's only holder, then the reference is dropped). So the last holder of a key zeroes
// it whichever holder that turns out to be, also when it is the capture of a lambda that is destroyed
// without having run (its context or its store went away first). Move-only: a move hands the reference
// over and leaves the source empty; clone() makes a second holder of the same buffer, on purpose.
// A std::function must be copyable: a lambda stored in one captures a std::shared_ptr<SecretBytes>.
class SecretBytes
{
public:
    SecretBytes() = default;
    // Takes over the reference of `bytes`.
    explicit SecretBytes(QByteArray&& bytes) noexcept
        : m_bytes(std::move(bytes))
    {}
    // A second reference to the buffer of `bytes` (shared, not copied): each holder wipes its own.
    explicit SecretBytes(const QByteArray& bytes)
        : m_bytes(bytes)
    {}
    SecretBytes(SecretBytes&& other) noexcept
        : m_bytes(std::exchange(other.m_bytes, QByteArray()))
    {}
    // Wipes this holder's previous reference, then takes over the other's.
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    ~SecretBytes() { clear(); }

    // Another holder of the same buffer (no copy of the bytes is made).
    SecretBytes clone() const { return SecretBytes(m_bytes); }
    // Wipes this reference now (SecretStore::wipe()); the holder is empty afterwards.
    void clear() noexcept;

    const QByteArray& bytes() const { return m_bytes; }
    QByteArrayView view() const { return QByteArrayView(m_bytes); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }

private:
    QByteArray m_bytes;
};

// The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
namespace QKeychain {
class Job;
}

class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject* parent = nullptr);
    // Another service name, so tests cannot collide with real entries.
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);

    QString service() const { return m_service; }
    bool isPersistent() const override { return true; }

protected:
    void readEntry(const QString& entry, Callback done) override;
    void writeEntry(const QString& entry, const QByteArray& key, Callback done) override;
    void removeEntry(const QString& entry, Callback done) override;

private:
    // Reports a finished job's status and, on failure, its message (never containing `key`) to `done`.
    void reportOutcome(const QKeychain::Job* finished, const QByteArray& key, const Callback& done);

    QString m_service;
};

// Memory only, forgotten on exit; replaced and removed keys are overwritten. Also the tests' fake.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject* parent = nullptr);
    ~MemorySecretStore() override;

    bool isPersistent() const override { return false; }
    // For tests and demos: every operation reports `status` instead (Ok restores normal behaviour).
    void setSimulatedStatus(Status status) { m_simulated = status; }
    int count() const { return int(m_entries.size()); }

protected:
    void readEntry(const QString& entry, Callback done) override;
    void writeEntry(const QString& entry, const QByteArray& key, Callback done) override;
    void removeEntry(const QString& entry, Callback done) override;

private:
    bool simulate(Operation operation, const Callback& done) const;
    std::map<QString, SecretBytes> m_entries;
    Status m_simulated = Status::Ok;
};
