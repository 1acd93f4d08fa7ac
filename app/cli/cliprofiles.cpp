#include "cliprofiles.h"

#include "apiclient.h"
#include "clioptions.h"
#include "clioutput.h"
#include "duration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <iostream>
#include <memory>
#include <string>

#ifdef Q_OS_UNIX
#include <csignal>
#include <iterator>
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace Cli {

namespace {

// Overwrites a std::string's characters before it is released.
void wipe(std::string& text)
{
    volatile char* data = text.data();
    for (std::size_t i = 0; i < text.size(); ++i)
        data[i] = 0;
    text.clear();
}

#ifdef Q_OS_UNIX
// While the prompt has echo off, SIGINT, SIGTERM and SIGHUP first put the terminal back as it was, then
// end the process as they would have: otherwise the user's shell is left typing blind.
constexpr int kRestoringSignals[] = {SIGINT, SIGTERM, SIGHUP};
termios g_terminalBeforePrompt{};
struct sigaction g_previousActions[std::size(kRestoringSignals)]{};

void restoreTerminalAndReraise(int signal)
{
    // Async-signal-safe calls only. The signal is blocked while this runs: raise() leaves it pending,
    // and it is delivered to the previous action as soon as this returns.
    tcsetattr(STDIN_FILENO, TCSANOW, &g_terminalBeforePrompt);
    for (std::size_t i = 0; i < std::size(kRestoringSignals); ++i) {
        if (kRestoringSignals[i] == signal)
            sigaction(signal, &g_previousActions[i], nullptr);
    }
    raise(signal);
}

// Turns echo off on the terminal on stdin for its lifetime, and restores it also when one of
// kRestoringSignals ends the process meanwhile.
class EchoOff
{
public:
    // Null when stdin is not a terminal (a pipe, a file): then nothing is echoed anyway.
    static std::unique_ptr<EchoOff> onTerminal()
    {
        termios saved{};
        if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved) != 0)
            return nullptr;
        return std::unique_ptr<EchoOff>(new EchoOff(saved));
    }
    ~EchoOff()
    {
        tcsetattr(STDIN_FILENO, TCSANOW, &g_terminalBeforePrompt);
        for (std::size_t i = 0; i < std::size(kRestoringSignals); ++i) {
            if (m_installed[i])
                sigaction(kRestoringSignals[i], &g_previousActions[i], nullptr);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    explicit EchoOff(const termios& saved)
    {
        g_terminalBeforePrompt = saved;
        struct sigaction restoring
        {};
        restoring.sa_handler = restoreTerminalAndReraise;
        sigemptyset(&restoring.sa_mask);
        for (std::size_t i = 0; i < std::size(kRestoringSignals); ++i) {
            // An ignored signal (nohup) stays ignored: it would not have ended the process.
            m_installed[i] = sigaction(kRestoringSignals[i], nullptr, &g_previousActions[i]) == 0 &&
                             g_previousActions[i].sa_handler != SIG_IGN &&
                             sigaction(kRestoringSignals[i], &restoring, nullptr) == 0;
        }
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }

    bool m_installed[std::size(kRestoringSignals)] = {};
};
#elif defined(Q_OS_WIN)
// The console's input mode before the prompt. Ctrl+C, Ctrl+Break or closing the window while echo is
// off runs the control handler, which puts it back before the process ends as it would have.
HANDLE g_consoleInput = INVALID_HANDLE_VALUE;
DWORD g_consoleModeBeforePrompt = 0;

BOOL WINAPI restoreConsoleMode(DWORD)
{
    SetConsoleMode(g_consoleInput, g_consoleModeBeforePrompt);
    return FALSE; // the next handler (the default one) ends the process
}

// Turns echo off on the console on stdin for its lifetime.
class EchoOff
{
public:
    // Null when stdin is not a console (a pipe, a file): then nothing is echoed anyway.
    static std::unique_ptr<EchoOff> onTerminal()
    {
        const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
        DWORD saved = 0;
        if (input == nullptr || input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &saved))
            return nullptr;
        return std::unique_ptr<EchoOff>(new EchoOff(input, saved));
    }
    ~EchoOff()
    {
        SetConsoleMode(g_consoleInput, g_consoleModeBeforePrompt);
        SetConsoleCtrlHandler(restoreConsoleMode, FALSE);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    EchoOff(HANDLE input, DWORD saved)
    {
        g_consoleInput = input;
        g_consoleModeBeforePrompt = saved;
        SetConsoleCtrlHandler(restoreConsoleMode, TRUE);
        SetConsoleMode(input, saved & ~DWORD(ENABLE_ECHO_INPUT)); // line input stays: Enter ends the key
    }
};
#else
class EchoOff
{
public:
    static std::unique_ptr<EchoOff> onTerminal() { return nullptr; }
};
#endif

// One line of standard input, trimmed. On a terminal the typing is not echoed (it is a secret).
QByteArray readSecretLine(const QString& prompt)
{
    std::string line;
    if (const std::unique_ptr<EchoOff> echoOff = EchoOff::onTerminal()) {
        std::cerr << prompt.toStdString() << std::flush;
        std::getline(std::cin, line);
        std::cerr << '\n'; // the Enter that was not echoed
    } else {
        std::getline(std::cin, line);
    }
    // One copy of the key: trimmed() on a temporary trims in place (no second buffer left unwiped).
    QByteArray key = QByteArray(line.data(), qsizetype(line.size())).trimmed();
    wipe(line);
    return key;
}

// Scheme, host and port: where a request goes, whatever the path.
bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return ProfileStore::originOf(a) == ProfileStore::originOf(b);
}

QJsonObject profileToJson(const Profile& profile, bool active)
{
    return QJsonObject{
        {QStringLiteral("id"), profile.id},
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("baseUrl"), profile.baseUrl.toString()},
        {QStringLiteral("organization"), profile.organization},
        {QStringLiteral("defaultLanguage"), profile.defaultLanguage},
        {QStringLiteral("defaultDurationSeconds"), profile.defaultDurationSeconds},
        {QStringLiteral("active"), active},
    };
}

} // namespace

ProfileCommands::ProfileCommands(const Options& options, Output& output, ApiClient* client, Finish finish,
                                 QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_output(output)
    , m_client(client)
    , m_finish(std::move(finish))
{}

ProfileCommands::~ProfileCommands() = default;

std::span<const ProfileCommands::Command> ProfileCommands::commands()
{
    static constexpr Command kCommands[] = {
        {"profile add", "profile add NAME [--base-url URL] --org ID_OR_SLUG [--language L] [--duration D]",
         nullptr, false, true, "language duration", &ProfileCommands::profileAdd},
        {"profile list", "profile list", nullptr, false, false, "", &ProfileCommands::profileList},
        {"profile remove", "profile remove NAME", nullptr, true, true, "", &ProfileCommands::profileRemove},
        {"profile use", "profile use NAME", nullptr, true, true, "", &ProfileCommands::profileUse},
        {"auth set", "auth set [--profile NAME]",
         QT_TR_NOOP("reads the key from stdin, tests it, stores it in the keychain"), false, false, "",
         &ProfileCommands::authSet},
        {"auth test", "auth test [--profile NAME]", nullptr, false, false, "", &ProfileCommands::authTest},
        {"auth remove", "auth remove [--profile NAME]", nullptr, true, false, "",
         &ProfileCommands::authRemove},
    };
    return kCommands;
}

const ProfileCommands::Command* ProfileCommands::find(const QString& name)
{
    for (const Command& command : commands()) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

bool ProfileCommands::handles(const QString& command)
{
    return find(command) != nullptr;
}

QString ProfileCommands::helpLines()
{
    QString lines;
    for (const Command& command : commands()) {
        lines += command.sameHelpLine ? QStringLiteral(" | ") : QStringLiteral("  ");
        lines += QLatin1StringView(command.synopsis);
        if (command.summary)
            lines += QStringLiteral("      (") + tr(command.summary) + u')';
        const Command* next = &command + 1;
        if (next == commands().data() + commands().size() || !next->sameHelpLine)
            lines += u'\n';
    }
    return lines;
}

void ProfileCommands::run(const QString& name)
{
    const Command* command = find(name);
    if (!command) {
        m_finish(usage(tr("“%1” is not a profile or auth command.").arg(name)));
        return;
    }
    // Every one of these commands: the command words, then at most one NAME, nothing else, and only its
    // own options besides the global ones. A name with spaces is one quoted word, never several words
    // joined.
    if (const QString stray = m_options.strayArguments(
            command->takesName ? 1 : 0, command->options, false,
            tr(" Usage: enrolldesk-cli %1").arg(QLatin1StringView(command->synopsis)));
        !stray.isEmpty()) {
        m_finish(usage(stray));
        return;
    }
    (this->*command->handler)();
}

// ---- stores --------------------------------------------------------------------------------------------

QSettings& ProfileCommands::settings()
{
    // The console's store: main() set organization and application to "EnrollDesk", as the GUI does.
    if (!m_settings)
        m_settings = std::make_unique<QSettings>();
    return *m_settings;
}

ProfileStore& ProfileCommands::profiles()
{
    // Without the SecretStore: profile remove removes the key itself, so it can wait for the outcome.
    if (!m_profiles)
        m_profiles = std::make_unique<ProfileStore>(&settings(), nullptr);
    return *m_profiles;
}

SecretStore& ProfileCommands::secrets()
{
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    return *m_secrets;
}

ProfileKeys& ProfileCommands::keys()
{
    if (!m_keys)
        m_keys = new ProfileKeys(&secrets(), &profiles(), ProfileKeys::Records::InSettings, this);
    return *m_keys;
}

int ProfileCommands::usage(const QString& message)
{
    return m_output.usage(message);
}

std::optional<Profile> ProfileCommands::findProfile(const QString& nameOrId)
{
    const QList<Profile> all = profiles().profiles();
    for (const Profile& profile : all) {
        if (profile.name.trimmed().compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            return profile;
    }
    for (const Profile& profile : all) {
        if (profile.id == nameOrId)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileCommands::requireProfile(bool fallBackToActive)
{
    const QString wanted = m_options.global().profile;
    if (!wanted.isEmpty()) {
        if (std::optional<Profile> found = findProfile(wanted))
            return found;
        m_finish(usage(tr("There is no profile called “%1”. See: enrolldesk-cli profile list").arg(wanted)));
        return std::nullopt;
    }
    if (fallBackToActive) {
        if (std::optional<Profile> active = profiles().activeProfile())
            return active;
    }
    m_finish(usage(
        tr("Say which profile: --profile NAME (or choose one with: enrolldesk-cli profile use NAME).")));
    return std::nullopt;
}

void ProfileCommands::keychainProblem(const SecretStore::Result& result)
{
    QTextStream& err = m_output.err();
    if (result.status == SecretStore::Status::NoKeychain) {
        // Not SecretStore's sentence: it offers the console's session-only mode, which a command has not.
        err << tr("error: no keychain is available (no Secret Service is running, it is locked, or access "
                  "was denied).")
            << '\n';
        if (!result.detail.isEmpty())
            err << "  (" << result.detail << ")\n";
    } else {
        err << tr("error: ") << result.message << '\n';
    }
    err.flush();
}

void ProfileCommands::keychainFailed(const SecretStore::Result& result, const QString& consequence)
{
    keychainProblem(result);
    QTextStream& err = m_output.err();
    err << consequence << '\n';
    // Only the API commands take a key from ENROLLDESK_API_KEY or --api-key-stdin: auth set, test and
    // remove work on the keychain's entry itself, and refuse or ignore a key given so.
    if (handles(m_options.command()))
        err << tr("Start or unlock the keychain, then run the command again.") << '\n';
    else
        err << tr("Start or unlock the keychain, or give the key for one command with ENROLLDESK_API_KEY or "
                  "--api-key-stdin.")
            << '\n';
    err.flush();
    m_finish(Usage);
}

// ---- profile add | list | remove | use ----------------------------------------------------------------

void ProfileCommands::profileAdd()
{
    const QStringList words = m_options.positional();
    if (words.size() < 3) {
        m_finish(usage(tr("profile add takes one NAME (quote a name with spaces).")));
        return;
    }
    const GlobalOptions& global = m_options.global();
    Profile profile;
    profile.name = words.at(2).trimmed();
    if (!global.baseUrl.isEmpty())
        profile.baseUrl = QUrl(global.baseUrl);
    profile.organization = global.organization.trimmed();
    profile.defaultLanguage = m_options.parser().value(QStringLiteral("language")).trimmed();
    if (QString text; m_options.value(QStringLiteral("duration"), &text)) {
        const std::optional<qint64> seconds = Duration::parse(text);
        if (!seconds) {
            m_finish(
                usage(tr("Duration: “%1” is not a duration; use seconds or 90s, 45m, 12h, 7d.").arg(text)));
            return;
        }
        profile.defaultDurationSeconds = *seconds;
    }
    if (const FieldErrors errors = profiles().validate(profile); !errors.isEmpty()) {
        m_finish(m_output.error(ApiError::validation(errors)));
        return;
    }
    const QString id = profiles().add(profile);
    QTextStream& out = m_output.out();
    out << tr("Added profile “%1” (%2 on %3).")
               .arg(profile.name, profile.organization, profile.baseUrl.toString())
        << '\n';
    if (profiles().activeProfileId() == id)
        out << tr("It is the active profile.") << '\n';
    out << tr("Store its API key with: enrolldesk-cli auth set --profile \"%1\"").arg(profile.name) << '\n';
    out.flush();
    m_finish(Ok);
}

void ProfileCommands::profileList()
{
    const QList<Profile> all = profiles().profiles();
    const QString active = profiles().activeProfileId();
    QTextStream& out = m_output.out();
    if (m_options.global().json) {
        QJsonArray items;
        for (const Profile& profile : all)
            items.append(profileToJson(profile, profile.id == active));
        out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        out.flush();
        m_finish(Ok);
        return;
    }
    if (all.isEmpty()) {
        out << tr("No profiles. Add one with: enrolldesk-cli profile add NAME --base-url URL --org "
                  "ID_OR_SLUG")
            << '\n';
        out.flush();
        m_finish(Ok);
        return;
    }
    qsizetype width = 4;
    for (const Profile& profile : all)
        width = std::max(width, profile.name.size());
    for (const Profile& profile : all) {
        out << (profile.id == active ? "* " : "  ") << profile.name.leftJustified(width) << "  "
            << profile.organization.leftJustified(24) << "  " << profile.baseUrl.toString() << '\n';
    }
    out << tr("* = active profile (enrolldesk-cli profile use NAME)") << '\n';
    out.flush();
    m_finish(Ok);
}

void ProfileCommands::profileRemove()
{
    const QStringList words = m_options.positional();
    const QString wanted = words.size() >= 3 ? words.at(2) : m_options.global().profile;
    if (wanted.isEmpty()) {
        m_finish(usage(tr("profile remove needs the NAME of the profile.")));
        return;
    }
    const std::optional<Profile> profile = findProfile(wanted);
    if (!profile) {
        m_finish(usage(tr("There is no profile called “%1”. See: enrolldesk-cli profile list").arg(wanted)));
        return;
    }
    // The key first, so a profile is never left behind while its key is gone, then the settings.
    secrets().remove(profile->id, this, [this, profile = *profile](const SecretStore::Result& result) {
        // The profile goes either way: on a machine without a keychain (a key from ENROLLDESK_API_KEY)
        // it could not be removed otherwise.
        profiles().remove(profile.id);
        QTextStream& out = m_output.out();
        out << tr("Removed profile “%1”.").arg(profile.name) << '\n';
        out.flush();
        if (result.ok() || result.status == SecretStore::Status::NotFound) { // NotFound: no key stored
            m_finish(Ok);
            return;
        }
        // As auth remove: a key that may remain is a failure (exit 2), and the entry is named, since no
        // command can reach it once its profile is gone.
        keychainProblem(result);
        m_output.line(
            tr("Its API key may still be in the keychain, under entry “%1” of service “%2”: "
               "remove it there with the system's keychain tool.")
                .arg(SecretStore::entryName(profile.id), QString::fromLatin1(SecretStore::kService)));
        m_finish(Usage);
    });
}

void ProfileCommands::profileUse()
{
    const QStringList words = m_options.positional();
    const QString wanted = words.size() >= 3 ? words.at(2) : m_options.global().profile;
    const std::optional<Profile> profile = wanted.isEmpty() ? std::nullopt : findProfile(wanted);
    if (!profile) {
        m_finish(
            usage(wanted.isEmpty()
                      ? tr("profile use needs the NAME of a profile.")
                      : tr("There is no profile called “%1”. See: enrolldesk-cli profile list").arg(wanted)));
        return;
    }
    profiles().setActiveProfileId(profile->id);
    m_output.out() << tr("Commands now use profile “%1” (%2 on %3) unless told otherwise.")
                          .arg(profile->name, profile->organization, profile->baseUrl.toString())
                   << '\n';
    m_output.out().flush();
    m_finish(Ok);
}

// ---- auth set | test | remove -------------------------------------------------------------------------

bool ProfileCommands::allowedBaseUrl(const QUrl& url, const Profile* profile)
{
    QString why;
    if (ApiClient::isAllowedBaseUrl(url, &why))
        return true;
    m_finish(usage(profile ? tr("Profile “%1”: base URL: %2").arg(profile->name, why)
                           : tr("--base-url: %1").arg(why)));
    return false;
}

void ProfileCommands::testKey(
    const Profile& profile, const QByteArray& key,
    const std::function<void(const QByteArray& key, bool outsideOrganization)>& next)
{
    if (!allowedBaseUrl(profile.baseUrl, &profile))
        return;
    m_client->setBaseUrl(profile.baseUrl);
    m_client->setOrganization(profile.organization);
    m_client->setApiKey(key);
    // The callback's own reference: wiped when it has run, or when it is destroyed without running.
    m_client->listOrganizations(this, [this, profile, next, key = std::make_shared<SecretBytes>(key)](
                                          const ApiResult<Page<Organization>>& result) {
        m_client->clearApiKey();
        if (!result.ok()) {
            key->clear();
            m_finish(m_output.error(result.error));
            return;
        }
        QTextStream& out = m_output.out();
        out << tr("The key works on %1: it reaches %n organization(s).", nullptr,
                  int(result.value.items.size()))
                   .arg(profile.baseUrl.toString())
            << '\n';
        bool reachesProfile = false;
        for (const Organization& organization : result.value.items) {
            const bool mine = organization.id == profile.organization ||
                              organization.slug.compare(profile.organization, Qt::CaseInsensitive) == 0;
            reachesProfile = reachesProfile || mine;
            out << (mine ? "* " : "  ") << organization.id << "  " << organization.slug.leftJustified(20)
                << "  " << organization.name << '\n';
        }
        out.flush();
        bool outsideOrganization = !reachesProfile && !profile.organization.isEmpty();
        if (outsideOrganization && result.value.hasNextPage) {
            // The list was cut at ApiClient::kMaxListPages: the organization may be further on.
            m_output.line(tr("note: the profile's organization “%1” is not among them, but the server had "
                             "more, which were not read.")
                              .arg(profile.organization));
            outsideOrganization = false;
        }
        next(key->bytes(), outsideOrganization);
        key->clear(); // after m_client's and next's: the last holder zeroes it
    });
}

void ProfileCommands::authSet()
{
    const std::optional<Profile> profile = requireProfile(true);
    if (!profile)
        return;
    // Ask the keychain first: when none answers (no Secret Service, access denied), the key is not even
    // read, let alone sent. The probe only reads, so a keychain that answers but cannot save (say, a
    // locked default collection with no prompt to unlock it) is found out only by the write, after the
    // key was tested against the profile's own server; then nothing is stored, and the message says so.
    // A probe write would find it sooner, but could leave a stray entry behind if interrupted.
    secrets().probe(this, [this, profile = *profile](const SecretStore::Result& probed) {
        if (!probed.ok()) {
            keychainFailed(probed,
                           tr("The API key of profile “%1” was not read or stored; nothing was written "
                              "anywhere.")
                               .arg(profile.name));
            return;
        }
        QByteArray key = readSecretLine(tr("API key for profile “%1”: ").arg(profile.name));
        if (key.isEmpty()) {
            m_finish(usage(tr("No API key on standard input; nothing was stored.")));
            return;
        }
        m_output.setProfileName(profile.name);
        testKey(profile, key, [this, profile](const QByteArray& tested, bool outsideOrganization) {
            if (outsideOrganization)
                m_output.line(
                    tr("note: the profile's organization “%1” is not among them.").arg(profile.organization));
            // The store keeps (and later wipes) its own reference; testKey wipes `tested` after this.
            keys().write(
                profile.id, profile.baseUrl, tested, this,
                [this, profile](const ProfileKeys::Result& written) {
                    if (!written.ok()) {
                        keychainFailed(written,
                                       tr("The API key of profile “%1” was not stored; nothing was written "
                                          "anywhere.")
                                           .arg(profile.name));
                        return;
                    }
                    m_output.out()
                        << tr("Stored the API key of profile “%1” in the keychain.").arg(profile.name)
                        << '\n';
                    m_output.out().flush();
                    m_finish(Ok);
                });
        });
        SecretStore::wipe(key); // testKey's callback and m_client hold it now
    });
}

void ProfileCommands::readKey(const Profile& profile, const QString& notStored, const QString& unreadable,
                              std::function<void(const QByteArray& key)> use)
{
    keys().read(
        profile.id, profile.baseUrl, this,
        [this, profile, notStored, unreadable, use = std::move(use)](const ProfileKeys::Result& stored) {
            if (stored.ofAnotherServer()) {
                // The profile's server changed in the console and the keychain kept the old one's key.
                m_finish(usage(tr("The API key kept for profile “%1” was stored for %2, not for its "
                                  "server %3: nothing was sent. Store the key for this server with: "
                                  "enrolldesk-cli auth set --profile \"%1\"")
                                   .arg(profile.name, stored.otherServer, profile.baseUrl.toString())));
            } else if (stored.status == SecretStore::Status::NotFound) {
                m_finish(usage(notStored));
            } else if (!stored.ok()) {
                keychainFailed(stored, unreadable);
            } else {
                use(stored.key);
            }
        });
}

void ProfileCommands::authTest()
{
    // It tests the keychain's key: a key piped in would look tested while another one was.
    if (m_options.global().apiKeyFromStdin) {
        m_finish(usage(tr("auth test tests the key stored in the keychain, not one on standard input: leave "
                          "out --api-key-stdin (store a key with: enrolldesk-cli auth set).")));
        return;
    }
    const std::optional<Profile> profile = requireProfile(true);
    if (!profile)
        return;
    readKey(
        *profile,
        tr("No API key is stored for profile “%1”. Store one with: enrolldesk-cli auth set --profile \"%1\"")
            .arg(profile->name),
        tr("The API key of profile “%1” could not be read.").arg(profile->name),
        [this, profile = *profile](const QByteArray& key) {
            // The store wipes the key when this returns; testKey keeps (and wipes) a reference.
            m_output.setProfileName(profile.name);
            testKey(profile, key, [this, profile](const QByteArray&, bool outsideOrganization) {
                if (!outsideOrganization) {
                    m_finish(Ok);
                    return;
                }
                // The key works, but every command of the profile would be refused: no passed test.
                m_output.line(tr("error: the profile's organization “%1” is not among them: the API would "
                                 "refuse the commands of profile “%2”. Store a key of that organization with "
                                 "enrolldesk-cli auth set --profile \"%2\", or correct the profile.")
                                  .arg(profile.organization, profile.name));
                m_finish(ApiFailure);
            });
        });
}

void ProfileCommands::authRemove()
{
    const std::optional<Profile> profile = requireProfile(true);
    if (!profile)
        return;
    secrets().remove(profile->id, this, [this, profile = *profile](const SecretStore::Result& removed) {
        if (!removed.ok()) {
            keychainFailed(removed, tr("The API key of profile “%1” was not removed.").arg(profile.name));
            return;
        }
        m_output.out() << tr("Removed the API key of profile “%1” from the keychain.").arg(profile.name)
                       << '\n';
        m_output.out().flush();
        m_finish(Ok);
    });
}

// ---- API commands -------------------------------------------------------------------------------------

std::optional<Profile> ProfileCommands::apiProfile(bool* ok)
{
    *ok = true;
    if (m_apiProfile)
        return *m_apiProfile;
    const GlobalOptions& global = m_options.global();
    // --profile names one; otherwise the one chosen with `profile use`, unless the server or the
    // organization is given on the command line.
    std::optional<Profile> profile;
    if (!global.profile.isEmpty()) {
        profile = requireProfile(false);
        if (!profile) {
            *ok = false;
            return std::nullopt;
        }
    } else if (global.baseUrl.isEmpty() && global.organization.isEmpty()) {
        profile = profiles().activeProfile();
    } else {
        m_unusedActiveProfile = profiles().activeProfile();
    }
    m_apiProfile = profile;
    return profile;
}

QString ProfileCommands::whyActiveProfileIsUnused() const
{
    if (!m_unusedActiveProfile)
        return {};
    const GlobalOptions& global = m_options.global();
    const QString given = global.baseUrl.isEmpty()        ? tr("--org was given")
                          : global.organization.isEmpty() ? tr("--base-url was given")
                                                          : tr("--base-url and --org were given");
    return tr("profile “%1” (the one chosen with profile use) is not used because %2")
        .arg(m_unusedActiveProfile->name, given);
}

void ProfileCommands::connectClient(const std::function<void()>& next)
{
    const GlobalOptions& global = m_options.global();
    bool ok = true;
    const std::optional<Profile> profile = apiProfile(&ok);
    if (!ok)
        return;

    const QUrl baseUrl = !global.baseUrl.isEmpty() ? QUrl(global.baseUrl)
                         : profile                 ? profile->baseUrl
                                                   : Profile::defaultBaseUrl();
    const QString organization = !global.organization.isEmpty() ? global.organization
                                 : profile                      ? profile->organization
                                                                : QString();
    if (m_options.verbose()) {
        // Where the request goes, and why: a profile left out for --base-url is easily missed.
        const QString fromProfile = profile ? tr("profile “%1”").arg(profile->name) : QString();
        QTextStream& err = m_output.err();
        if (profile)
            err << tr("profile: “%1”, %2")
                       .arg(profile->name, global.profile.isEmpty() ? tr("the one chosen with profile use")
                                                                    : tr("from --profile"))
                << '\n';
        else if (m_unusedActiveProfile)
            err << tr("profile: none; %1").arg(whyActiveProfileIsUnused()) << '\n';
        else
            err << tr("profile: none") << '\n';
        err << tr("base URL: %1, from %2")
                   .arg(baseUrl.toString(), !global.baseUrl.isEmpty() ? QStringLiteral("--base-url")
                                            : profile                 ? fromProfile
                                                                      : tr("the default"))
            << '\n';
        if (!organization.isEmpty())
            err << tr("organization: %1, from %2")
                       .arg(organization,
                            !global.organization.isEmpty() ? QStringLiteral("--org") : fromProfile)
                << '\n';
        err.flush();
    }
    if (!allowedBaseUrl(baseUrl, global.baseUrl.isEmpty() && profile ? &*profile : nullptr))
        return;

    // The rule saved profiles follow, also for --org and a hand-edited profile: a bad organization would
    // otherwise be sent and come back as an API error (exit 3). Only `orgs list` (O1) needs none.
    const bool needsOrganization = m_options.command() != QLatin1StringView("orgs list");
    if (needsOrganization || !organization.isEmpty()) {
        if (const QString problem = Validation::checkOrganization(organization); !problem.isEmpty()) {
            const QString source = !global.organization.isEmpty() ? tr("--org “%1”").arg(organization)
                                   : profile                      ? tr("Profile “%1”").arg(profile->name)
                                   : m_unusedActiveProfile
                                       ? tr("No --org given, and %1").arg(whyActiveProfileIsUnused())
                                       : tr("No --org given and no profile in use");
            m_finish(m_output.error(ApiError::validation(
                {{QStringLiteral("organizationId"), tr("%1: %2 Nothing was sent.").arg(source, problem)}})));
            return;
        }
    }
    m_client->setBaseUrl(baseUrl);
    m_client->setOrganization(organization);

    if (profile)
        m_output.setProfileName(profile->name);

    // An explicit key (stdin, then the environment) wins over the keychain.
    QByteArray key = global.apiKeyFromStdin ? readSecretLine(tr("API key: ")) : qgetenv("ENROLLDESK_API_KEY");
    // Read once, then out of the environment that anything started from this process would inherit.
    qunsetenv("ENROLLDESK_API_KEY");
    if (!key.isEmpty()) {
        m_client->setApiKey(key);
        SecretStore::wipe(key);
        next();
        return;
    }
    if (global.apiKeyFromStdin) {
        // Asked for on stdin and not there: falling back to a keychain key would send a key the user
        // did not mean to use.
        m_finish(
            usage(tr("--api-key-stdin: no API key could be read from standard input; nothing was sent.")));
        return;
    }
    if (!profile) {
        if (m_unusedActiveProfile) {
            m_finish(
                usage(tr("No API key: %1, so its keychain key is not used either. Set ENROLLDESK_API_KEY, "
                         "pass --api-key-stdin, or name the profile: --profile \"%2\".")
                          .arg(whyActiveProfileIsUnused(), m_unusedActiveProfile->name)));
            return;
        }
        m_finish(
            usage(tr("No API key: set ENROLLDESK_API_KEY, pass --api-key-stdin, or use a profile whose key "
                     "is in the keychain (--profile NAME, auth set).")));
        return;
    }
    // A keychain key belongs to its profile's server: --base-url must not send it anywhere else (a typo
    // or a copied command would hand it to another host). Explicit keys are the user's own choice.
    if (!global.baseUrl.isEmpty() && !sameOrigin(baseUrl, profile->baseUrl)) {
        m_finish(usage(tr("The API key of profile “%1” is stored for %2 and is not sent to --base-url %3. "
                          "Leave out --base-url, or give the key for that server with ENROLLDESK_API_KEY or "
                          "--api-key-stdin.")
                           .arg(profile->name, profile->baseUrl.toString(), baseUrl.toString())));
        return;
    }
    readKey(
        *profile,
        tr("No API key is stored for profile “%1”. Store one with: enrolldesk-cli auth set --profile \"%1\" "
           "(or set ENROLLDESK_API_KEY).")
            .arg(profile->name),
        tr("The API key of profile “%1” could not be read; nothing was sent.").arg(profile->name),
        [this, next](const QByteArray& key) {
            // m_client's reference is the last: the store wipes the key when this returns, and the
            // client wipes its key when it is replaced, cleared or destroyed.
            m_client->setApiKey(key);
            next();
        });
}

} // namespace Cli
