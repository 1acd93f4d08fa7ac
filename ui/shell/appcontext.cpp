#include "appcontext.h"

#include "apiclient.h"
#include "apierror.h"
#include "httpconnectionpool.h"
#include "secretstore.h"
#include "sessiontokensmodel.h"

#include <QGuiApplication>
#include <QSettings>

void AppContext::identifyApplication()
{
    QGuiApplication::setOrganizationName(QStringLiteral("EnrollDesk"));
    QGuiApplication::setApplicationName(QStringLiteral("EnrollDesk"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("EnrollDesk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(ENROLLDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(ENROLLDESK_APP_ID));
}

AppContext::AppContext(QSettings* settings, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_sessionSecrets(new MemorySecretStore(this))
    , m_http(new HttpConnectionPool(this))
    , m_client(new ApiClient(m_http, this))
    , m_profiles(new ProfileStore(settings, secrets, this))
    , m_keys(new ProfileKeys(secrets, m_profiles, ProfileKeys::Records::InSettings, this))
    , m_sessionKeys(new ProfileKeys(m_sessionSecrets, m_profiles, ProfileKeys::Records::InMemory, this))
    , m_sessionTokens(new SessionTokensModel(this))
{
    // A profile's session-only key goes with the profile.
    connect(m_profiles, &ProfileStore::profileRemoved, this, [this](const QString& id) {
        m_sessionSecrets->remove(id, this, [](const SecretStore::Result&) {});
        if (id == m_active.id)
            forgetActiveProfile();
    });
}

AppContext::~AppContext() = default; // m_sandboxKey wipes the demo key

void AppContext::setSandbox(const QUrl& baseUrl, const QByteArray& demoKey)
{
    m_profiles->ensureSandboxProfile(baseUrl);
    m_sandboxKey = SecretBytes(demoKey); // wipes the previous one first
}

bool AppContext::isSandbox() const
{
    // The built-in profile, still on this machine: pointed elsewhere it is a real server, whose banner
    // must not say "nothing here is real" and which must never get the public demo key.
    return m_active.id == QLatin1StringView(ProfileStore::kSandboxId) &&
           ApiClient::isLoopbackUrl(m_active.baseUrl);
}

bool AppContext::usesDemoKey() const
{
    return isSandbox() && !m_sandboxKey.isEmpty();
}

void AppContext::activateProfile(const QString& id, Choice choice)
{
    const std::optional<Profile> profile = m_profiles->profile(id);
    if (!profile)
        return;
    // The active profile again (picked again in the banner, or saved with a new name or defaults): the
    // key stays. Clearing it would leave a bulk run's next batch without one, and the forms would reset.
    if (id == m_active.id && profile->baseUrl == m_active.baseUrl &&
        profile->organization == m_active.organization) {
        // Chosen in the window after a session on it from the command line: remembered now.
        if (choice == Choice::Remembered)
            m_profiles->setActiveProfileId(id);
        if (*profile == m_active)
            return;
        m_active = *profile;
        Q_EMIT activeProfileEdited();
        return;
    }
    if (choice == Choice::Remembered)
        m_profiles->setActiveProfileId(id);
    m_active = *profile;
    m_client->setBaseUrl(m_active.baseUrl);
    m_client->setOrganization(m_active.organization);
    m_client->clearApiKey();
    Q_EMIT connectionChanged();
    reloadKey();
}

void AppContext::forgetActiveProfile()
{
    // Deleted: its key must not stay in the client, nor a read of it still under way land later.
    ++m_keyGeneration;
    m_active = Profile();
    m_client->clearApiKey();
    m_client->setOrganization(QString());
    Q_EMIT connectionChanged();
    setKeyState(KeyState::Missing);
}

bool AppContext::followStoredActiveProfile()
{
    if (m_active.id.isEmpty())
        return false;
    m_settings->sync(); // what the other process wrote, not this one's cache of the file
    const std::optional<Profile> stored = m_profiles->profile(m_active.id);
    if (!stored || (stored->baseUrl == m_active.baseUrl && stored->organization == m_active.organization))
        return false;
    activateProfile(m_active.id, Choice::ThisSessionOnly); // the same profile: nothing to remember
    return true;
}

void AppContext::reloadKey()
{
    // Another instance or the CLI may have moved the active profile to another server: a key read now
    // is read for the server it has now, and the client follows it there (activateProfile reloads).
    if (followStoredActiveProfile())
        return;
    const QString id = m_active.id;
    if (id.isEmpty())
        return;
    // Only the newest read may set the key: a slow read for a previous profile must not win.
    const int generation = ++m_keyGeneration;
    setKeyState(KeyState::Unknown);
    // A session key comes first. None is held at start-up: then that read (and its "NotFound" in the
    // log) is skipped, and the answer still comes later, as from a read.
    if (m_sessionSecrets->count() == 0) {
        QMetaObject::invokeMethod(
            this, [this, id, generation] { readStoredKey(id, generation); }, Qt::QueuedConnection);
        return;
    }
    m_sessionKeys->read(id, m_active.baseUrl, this,
                        [this, id, generation](const ProfileKeys::Result& session) {
                            if (generation != m_keyGeneration)
                                return;
                            if (session.ok()) {
                                m_client->setApiKey(session.key);
                                setKeyState(KeyState::SessionOnly);
                                return;
                            }
                            // Typed for the server the profile had (another instance or the CLI moved it
                            // since): forgotten.
                            if (session.ofAnotherServer())
                                m_sessionSecrets->remove(id, this, [](const SecretStore::Result&) {});
                            readStoredKey(id, generation);
                        });
}

void AppContext::readStoredKey(const QString& id, int generation)
{
    if (generation != m_keyGeneration)
        return;
    if (usesDemoKey()) {
        // The sandbox's demo key is not a secret; it is never written anywhere, so the keychain is not
        // asked (that costs a connection to it, and a thread, at every sandbox start).
        m_client->setApiKey(m_sandboxKey.bytes());
        setKeyState(KeyState::Present);
        return;
    }
    m_keys->read(id, m_active.baseUrl, this, [this, generation](const ProfileKeys::Result& stored) {
        if (generation != m_keyGeneration)
            return;
        if (stored.ok()) {
            m_client->setApiKey(stored.key);
            setKeyState(KeyState::Present);
            return;
        }
        // A key removed (or a session key forgotten) must not stay in use behind a "No API key" banner.
        m_client->clearApiKey();
        setKeyState(stored.status == SecretStore::Status::NotFound ? KeyState::Missing
                                                                   : KeyState::Unavailable,
                    stored.message, stored.ofAnotherServer());
    });
}

QString AppContext::missingKeyMessage() const
{
    if (m_keyState == KeyState::Missing && m_keyOfAnotherServer)
        return m_keyMessage + u' ' +
               tr("Store the key for this server under Profiles & API key. Nothing was sent.");
    switch (m_keyState) {
    case KeyState::Unknown:
        return tr("The API key is still being read from the keychain (it may be waiting to be unlocked). Try "
                  "again in a moment. Nothing was sent.");
    case KeyState::Unavailable:
        return tr("The API key could not be read from the keychain. Nothing was sent.") +
               (m_keyMessage.isEmpty() ? QString() : u' ' + m_keyMessage);
    default:
        return {};
    }
}

QString AppContext::errorMessage(const ApiError& error) const
{
    if (error.kind() == ApiError::Kind::MissingKey) {
        if (const QString message = missingKeyMessage(); !message.isEmpty())
            return message;
    }
    return error.message();
}

void AppContext::useKeyForSession(const QByteArray& key)
{
    // Typed for the server the Profiles page shows, which is the stored one (another instance or the CLI
    // may have moved the profile): recorded for that server; the reload then moves the client there too
    // (followStoredActiveProfile), and finds the session key without asking the keychain.
    m_settings->sync();
    const std::optional<Profile> stored = m_profiles->profile(m_active.id);
    m_sessionKeys->write(m_active.id, stored ? stored->baseUrl : m_active.baseUrl, key, this,
                         [this](const ProfileKeys::Result&) { reloadKey(); });
}

void AppContext::setKeyState(KeyState state, const QString& message, bool ofAnotherServer)
{
    // A new reason for the same state is news too (the Profiles page offers to remove a refused key).
    const bool sameReason = m_keyMessage == message && m_keyOfAnotherServer == ofAnotherServer;
    m_keyMessage = message;
    m_keyOfAnotherServer = ofAnotherServer;
    if (m_keyState == state && state != KeyState::Unknown && sameReason)
        return;
    m_keyState = state;
    Q_EMIT keyStateChanged(state);
    if (state == KeyState::Present || state == KeyState::SessionOnly)
        Q_EMIT connectionReady();
}
