#pragma once
// A profile's API key in the keychain, bound to the server it was stored for: the one reader and writer
// of those keys for the console and the CLI. A keychain may keep an entry it was asked to delete
// (libsecret leaves a locked item in place), so when a profile's server changes, the key kept for the
// old one must never reach the new one. Each write records its server in the settings file
// (ProfileStore's keyOrigins/<id>); each read is for a server and hands the key out only when it was
// stored for that server. Keys stored before the record existed are taken as their profile's own server's.
// Session keys (a MemorySecretStore) are not bound: they are forgotten when a profile's server changes.

#include "secretstore.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class ProfileStore;

class ProfileKeys final : public QObject
{
    Q_OBJECT
public:
    struct Result : SecretStore::Result
    {
        // Set when a key is stored but was stored for this server (scheme://host:port) instead of the
        // one asked for: the status is then NotFound, the key is not handed out, and the message says
        // why (ofAnotherServerText()).
        QString otherServer;
        bool ofAnotherServer() const { return !otherServer.isEmpty(); }

        Result() = default;
        explicit Result(const SecretStore::Result& stored)
            : SecretStore::Result(stored)
        {}
    };
    using Callback = std::function<void(const Result& result)>;

    // Where the server of each key is recorded: the settings file (ProfileStore's keyOrigins/<id>, shared
    // with the CLI and the next start) for the keychain's keys, this object for a session's.
    enum class Records { InSettings, InMemory };

    // Both must outlive this object.
    ProfileKeys(SecretStore* store, ProfileStore* profiles, Records records = Records::InSettings,
                QObject* parent = nullptr);

    SecretStore* store() const { return m_store; }

    // The key of profile `id` for sending to `server`; reports once, as SecretStore::read does.
    void read(const QString& id, const QUrl& server, QObject* context, Callback done);
    // Stores `key` as the key of profile `id` for `server`, and records that server even when `context`
    // is destroyed before the keychain answers (`done` is not called then).
    void write(const QString& id, const QUrl& server, const QByteArray& key, QObject* context, Callback done);
    // Stores the key of profile `from` as the key of `to`, for the server it was stored for; reports
    // the read's failure, or the write's outcome.
    void copy(const QString& from, const QUrl& server, const QString& to, QObject* context, Callback done);
    // Profile `id` moves away from `oldServer`: whatever the keychain keeps for it now (a removal may not
    // take) stays bound to `oldServer` and is refused for any other. Keeps an existing record.
    void bindStoredKeyTo(const QString& id, const QUrl& oldServer);

    // Why a stored key is not used: it was stored for another server.
    static QString ofAnotherServerText();

private:
    // The server recorded for the key of `id` (an origin, ProfileStore::originOf); empty if none.
    QString recordedOrigin(const QString& id) const;
    void record(const QString& id, const QUrl& server);

    SecretStore* m_store;
    ProfileStore* m_profiles;
    Records m_records;
    QHash<QString, QString> m_origins; // Records::InMemory: profile id -> origin
};
