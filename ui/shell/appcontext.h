#pragma once
// What the console's pages share: the one HTTP connection pool and API client, the profiles, the secret
// stores and the tokens created in this session. Injected into every page (no singletons), so tests
// can build it with a temporary settings file and a memory secret store.

#include "profilekeys.h"
#include "profiles.h"
#include "secretstore.h"

#include <QObject>

class ApiClient;
class ApiError;
class HttpConnectionPool;
class QSettings;
class SessionTokensModel;

class AppContext final : public QObject
{
    Q_OBJECT
public:
    enum class KeyState {
        Unknown,     // being read
        Present,     // from the keychain (or the sandbox's demo key)
        SessionOnly, // held in memory for this session (no keychain available)
        Missing,     // nothing stored for this profile, or only a key of another server (keyOfAnotherServer)
        Unavailable, // no keychain, and no session key yet
    };
    Q_ENUM(KeyState)

    // Names the application (QSettings' file, the window system's id, --version), as the console does at
    // start; call after creating the QApplication.
    static void identifyApplication();
    // `settings` and `secrets` must outlive the context.
    AppContext(QSettings* settings, SecretStore* secrets, QObject* parent = nullptr);
    ~AppContext() override;

    QSettings* settings() const { return m_settings; }
    ApiClient* client() const { return m_client; }
    // The one connection pool; a page that needs a second ApiClient (another key) builds it on this.
    HttpConnectionPool* http() const { return m_http; }
    ProfileStore* profiles() const { return m_profiles; }
    SecretStore* secrets() const { return m_secrets; }
    // The keychain's keys, each for the server it was stored for: reads and writes of keys go here.
    ProfileKeys* keys() const { return m_keys; }
    MemorySecretStore* sessionSecrets() const { return m_sessionSecrets; }
    // The session's keys (memory only), each for the server it was typed for: reads and writes go here,
    // removals to sessionSecrets().
    ProfileKeys* sessionKeys() const { return m_sessionKeys; }
    SessionTokensModel* sessionTokens() const { return m_sessionTokens; }

    // The sandbox that scripts/run started: creates/updates the built-in profile and its demo key.
    void setSandbox(const QUrl& baseUrl, const QByteArray& demoKey);
    bool isSandbox() const;
    // The active profile is the sandbox's, with the demo key setSandbox() was given: that key is used
    // (unless a session key was set) and the keychain is never asked for it.
    bool usesDemoKey() const;

    Profile activeProfile() const { return m_active; }
    // Whether the profile becomes the one the next start (and the CLI) uses: a choice in the window is;
    // one given on the command line (--sandbox, --profile) is for this session only.
    enum class Choice { Remembered, ThisSessionOnly };
    // Applies the profile to the client and reads its key (asynchronously; keyStateChanged follows).
    void activateProfile(const QString& id, Choice choice = Choice::Remembered);
    KeyState keyState() const { return m_keyState; }
    QString keyMessage() const { return m_keyMessage; }
    // Missing because the keychain keeps only a key stored for another server (ProfileKeys).
    bool keyOfAnotherServer() const { return m_keyOfAnotherServer; }
    // What a request refused for want of a key (ApiError::Kind::MissingKey) should say while the key is
    // still being read (a keychain waiting to be unlocked) or could not be read; empty otherwise, where
    // the error's own words (no key stored) are right.
    QString missingKeyMessage() const;
    // The error's message, or for a missing key missingKeyMessage() when it says more.
    QString errorMessage(const ApiError& error) const;
    // Uses `key` for the active profile until the console closes (memory only).
    void useKeyForSession(const QByteArray& key);
    // After the Profiles page stored or removed a key: read it again. When another instance or the CLI
    // moved the active profile to another server or organization, activates it there first
    // (connectionChanged).
    void reloadKey();

Q_SIGNALS:
    // The server, organization or profile changed: pages reload pickers and lists.
    void connectionChanged();
    // The active profile's name or defaults changed; its server, organization and key did not. Forms keep
    // their user and filters and take the new defaults where the user kept the old ones.
    void activeProfileEdited();
    void keyStateChanged(AppContext::KeyState state);
    // A key became usable for the active profile: pickers and lists load now.
    void connectionReady();

private:
    // The active profile's server or organization as stored now, if another instance or the CLI changed
    // them: activates it again (clears the key, connectionChanged, reloads). Whether it did.
    bool followStoredActiveProfile();
    // reloadKey()'s second half: the demo key, else the keychain's.
    void readStoredKey(const QString& id, int generation);
    void setKeyState(KeyState state, const QString& message = {}, bool ofAnotherServer = false);
    void forgetActiveProfile();
    QSettings* m_settings;
    SecretStore* m_secrets;
    MemorySecretStore* m_sessionSecrets;
    HttpConnectionPool* m_http;
    ApiClient* m_client;
    ProfileStore* m_profiles;
    ProfileKeys* m_keys;
    ProfileKeys* m_sessionKeys;
    SessionTokensModel* m_sessionTokens;
    Profile m_active;
    SecretBytes m_sandboxKey;
    KeyState m_keyState = KeyState::Unknown;
    QString m_keyMessage;
    bool m_keyOfAnotherServer = false;
    int m_keyGeneration = 0;
};
