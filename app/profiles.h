#pragma once
// Connection profiles (name, base URL, organization, defaults) in an injected QSettings. Never the API
// key: that lives in a SecretStore under the profile's id (secretstore.h).

#include "apilimits.h"
#include "validation.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;
class SecretStore;

struct Profile
{
    static QUrl defaultBaseUrl(); // ApiClient::kDefaultBaseUrl
    static QString newId();       // a QUuid without braces

    QString id; // stable, generated; the keychain entry is "profile/<id>"
    QString name;
    QUrl baseUrl = defaultBaseUrl();
    QString organization;    // 24-hex id or slug
    QString defaultLanguage; // empty = none
    qint64 defaultDurationSeconds = Limits::kDefaultDurationSeconds;

    bool operator==(const Profile&) const = default;
};

class ProfileStore final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* kSandboxId = "sandbox";
    static constexpr const char* kSandboxOrganization = "acme";

    // `settings` (and `secrets`, when given) must outlive the store. With `secrets`, remove() also
    // removes the profile's key there.
    explicit ProfileStore(QSettings* settings, SecretStore* secrets = nullptr, QObject* parent = nullptr);

    // In the order they were added (a duplicate follows its original).
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString& id) const;
    bool contains(const QString& id) const;
    int count() const;

    // Stores a new profile and returns its id: the profile's own id when it is a valid unused one
    // (letters, digits, '.', '_', '-'), else a new one. Call validate() first; this does not.
    // The first profile stored while none is active becomes the active one, unless `activation` says
    // never (the sandbox's, which a --sandbox session adds and uses for that session only).
    enum class Activation { IfNoneActive, Never };
    QString add(Profile profile, Activation activation = Activation::IfNoneActive);
    // Replaces the stored profile with the same id; false when there is none.
    bool update(const Profile& profile);
    // A copy under a new id, named "<name> (copy)" unless `name` is given; nullopt when `id` is unknown.
    // The key is not copied (the caller may, through its SecretStore).
    std::optional<Profile> duplicate(const QString& id, const QString& name = {});
    // Forgets the profile (and its key, when a SecretStore was given); clears the active id if it was
    // this one. Emits profileRemoved; with a SecretStore, keyRemoved or keyRemovalFailed once it has
    // answered. False when there is none.
    bool remove(const QString& id);

    // The server (scheme://host:port) a profile's keychain key was stored for, as ProfileKeys records it
    // (profilekeys.h, the one writer, which also applies it). Empty when unknown: a key stored before
    // this was recorded, which is taken as the profile's own server. Forgotten with the profile.
    QString keyOrigin(const QString& id) const;
    // "The same server": scheme, host and port, the port spelled out.
    static QString originOf(const QUrl& url);

    // Empty when none is active or the active one no longer exists.
    QString activeProfileId() const;
    // The profile a plain start opens when none is active: the first one, but never the built-in
    // Sandbox, whose port is gone once `scripts/run` has ended. Empty when there is no other.
    QString fallbackProfileId() const;
    std::optional<Profile> activeProfile() const;
    // False (and nothing changes) when `id` is not a stored profile; an empty id clears the choice.
    bool setActiveProfileId(const QString& id);

    // The built-in "Sandbox" profile (id "sandbox", organization "acme"), created on first use; its base
    // URL is set to `baseUrl` each time, since the sandbox's port changes. Other fields keep user edits.
    Profile ensureSandboxProfile(const QUrl& baseUrl);

    // Field errors for "name", "baseUrl", "organization", "defaultLanguage", "defaultDurationSeconds".
    // Names must be unique (case-insensitive) among the other stored profiles.
    FieldErrors validate(const Profile& profile) const;

Q_SIGNALS:
    void profilesChanged();
    void activeProfileChanged(const QString& id);
    // After remove(). The key's removal (with a SecretStore) is still under way: one of the two below
    // tells how it ended.
    void profileRemoved(const QString& id);
    // The SecretStore confirmed that the removed profile's key is gone (or that there was none).
    void keyRemoved(const QString& id);
    // The SecretStore could not remove the removed profile's key: it may still be stored under
    // SecretStore::entryName(id). `message` is the store's translated sentence.
    void keyRemovalFailed(const QString& id, const QString& message);

private:
    friend class ProfileKeys;
    void setKeyOrigin(const QString& id, const QUrl& server);
    QStringList ids() const;
    void store(const Profile& profile);
    void setIds(const QStringList& ids);

    QSettings* m_settings;
    SecretStore* m_secrets;
};
