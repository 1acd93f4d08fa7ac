#pragma once
// enrolldesk-cli's saved profiles and keychain: `profile add|list|remove|use`, `auth set|test|remove`,
// and where an API command's base URL, organization and key come from (explicit options, then the
// profile named by --profile or chosen with `profile use`; the key from ENROLLDESK_API_KEY or
// --api-key-stdin, else the profile's keychain entry). Profiles share the console's QSettings store.

#include "profiles.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

class ApiClient;
class QSettings;

namespace Cli {

class Options;
class Output;

class ProfileCommands final : public QObject
{
    Q_OBJECT
public:
    using Finish = std::function<void(int exitCode)>;

    // `options`, `output` and `client` must outlive this object. `finish` ends the command.
    ProfileCommands(const Options& options, Output& output, ApiClient* client, Finish finish,
                    QObject* parent = nullptr);
    ~ProfileCommands() override;

    // Whether `command` ("profile add", "auth set", ...) is one of these.
    static bool handles(const QString& command);
    // Runs one of the commands handles() accepts.
    void run(const QString& command);

    // For API commands: sets the client's base URL, organization and key, then calls `next`; on a
    // problem it reports it and finishes with the exit code instead.
    void connectClient(const std::function<void()>& next);

private:
    void profileAdd();
    void profileList();
    void profileRemove();
    void profileUse();
    void authSet();
    void authTest();
    void authRemove();

    // The profile named by --profile (name, case-insensitive, or id), else the active one. Reports the
    // problem and finishes with Usage when there is none.
    std::optional<Profile> requireProfile(bool fallBackToActive);
    std::optional<Profile> findProfile(const QString& nameOrId);
    // Tests `key` against the profile's server with O1, then calls `next` with the organizations' count.
    void testKey(const Profile& profile, const QByteArray& key, const std::function<void()>& next);
    // Reports a keychain failure and what it means for the command, and finishes with Usage (exit 2).
    void keychainFailed(const SecretStore::Result& result, const QString& consequence);
    int usage(const QString& message);

    QSettings& settings();
    ProfileStore& profiles();
    SecretStore& secrets();

    const Options& m_options;
    Output& m_output;
    ApiClient* m_client;
    Finish m_finish;
    QSettings* m_settings = nullptr;
    ProfileStore* m_profiles = nullptr;
    SecretStore* m_secrets = nullptr;
};

} // namespace Cli
