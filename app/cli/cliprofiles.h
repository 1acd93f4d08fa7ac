#pragma once
// enrolldesk-cli's saved profiles and keychain: `profile add|list|remove|use`, `auth set|test|remove`,
// and where an API command's base URL, organization and key come from (explicit options, then the
// profile named by --profile or chosen with `profile use`; the key from ENROLLDESK_API_KEY or
// --api-key-stdin, else the profile's keychain entry). Profiles share the console's QSettings store.

#include "profilekeys.h"
#include "profiles.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <span>

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
    // These commands' lines of the --help text, each indented by two spaces and ending in a newline.
    static QString helpLines();
    // Runs one of the commands handles() accepts.
    void run(const QString& command);

    // For API commands: the profile they use, whose base URL, organization, key and token defaults
    // apply: the one --profile names; otherwise the one chosen with `profile use`, unless --base-url or
    // --org is given. nullopt with `ok` true when there is none; with `ok` false when --profile names
    // no profile (reported, finished with Usage). The answer is kept: every later call gives the same.
    std::optional<Profile> apiProfile(bool* ok);

    // For API commands: checks the effective organization, sets the client's base URL, organization and
    // key, then calls `next`; on a problem it reports it and finishes with the exit code instead, before
    // anything is sent.
    void connectClient(const std::function<void()>& next);

private:
    // The one list of these commands: the parser (handles()), --help (helpLines()) and run() use it.
    struct Command
    {
        const char* name;     // the command words: "profile add"
        const char* synopsis; // its --help form: "profile add NAME --base-url URL ..."
        const char* summary;  // what it does, in --help after the synopsis; nullptr when evident
        bool sameHelpLine;    // shares the previous command's --help line, joined by " | "
        bool takesName;       // one NAME word may follow the command words; no other word may
        const char* options;  // the options it takes besides the global ones, space-separated
        void (ProfileCommands::*handler)();
    };
    static std::span<const Command> commands();
    static const Command* find(const QString& name);

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
    // Checks the profile's base URL, then asks its server (O1) which organizations `key` reaches and
    // prints them, marking the profile's own; then calls `next` with the key, and whether the profile's
    // organization is surely not among them (`outsideOrganization`). On a refused base URL, an API error
    // or a network failure it reports the problem and finishes with its exit code instead, without
    // calling `next`. testKey wipes its own reference to the key when done; `next` keeps a copy only if
    // it needs one.
    void testKey(const Profile& profile, const QByteArray& key,
                 const std::function<void(const QByteArray& key, bool outsideOrganization)>& next);
    // Whether `url` may be used. Otherwise reports why, as the base URL of `profile` when given or as
    // --base-url, and finishes with Usage.
    bool allowedBaseUrl(const QUrl& url, const Profile* profile);
    // Reports a keychain failure and what it means for the command, with the remedy that command
    // takes, and finishes with Usage (exit 2).
    void keychainFailed(const SecretStore::Result& result, const QString& consequence);
    // The "error:" line(s) of a keychain failure, in the CLI's words.
    void keychainProblem(const SecretStore::Result& result);
    // "profile “NAME” (…) is not used because --base-url was given", for m_unusedActiveProfile; empty
    // when there is none.
    QString whyActiveProfileIsUnused() const;
    // Reads the profile's keychain key for its server (ProfileKeys) and passes it to `use`. Otherwise
    // finishes the command (exit 2) saying why: `notStored` when there is none, that it was stored for
    // another server, or the keychain's failure with `unreadable` as its consequence.
    void readKey(const Profile& profile, const QString& notStored, const QString& unreadable,
                 std::function<void(const QByteArray& key)> use);
    int usage(const QString& message);

    QSettings& settings();
    ProfileStore& profiles();
    SecretStore& secrets();
    ProfileKeys& keys(); // reads and writes of keys, each for the server it was stored for

    const Options& m_options;
    Output& m_output;
    ApiClient* m_client;
    Finish m_finish;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;           // declared after m_settings: destroyed before it
    std::optional<std::optional<Profile>> m_apiProfile; // apiProfile()'s answer, once resolved
    // The profile chosen with `profile use` that apiProfile() left out because --base-url or --org was
    // given: named in the errors and --verbose lines it would otherwise leave unexplained.
    std::optional<Profile> m_unusedActiveProfile;
    SecretStore* m_secrets = nullptr; // a child of this object
    ProfileKeys* m_keys = nullptr;    // a child of this object
};

} // namespace Cli
