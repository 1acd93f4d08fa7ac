#include "clioptions.h"

#include "clicommands.h"
#include "cliprofiles.h"
#include "duration.h"
#include "jsoncodec.h"

#include <QFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Cli {

namespace {

// Options every command takes (those a command has no use for, such as --org for `profile list`, are
// left unused): scripts put the same connection options before every command.
const QStringList kGlobalOptions = {
    QStringLiteral("help"),    QStringLiteral("version"),       QStringLiteral("verbose"),
    QStringLiteral("json"),    QStringLiteral("base-url"),      QStringLiteral("org"),
    QStringLiteral("profile"), QStringLiteral("api-key-stdin"),
};

QCommandLineOption option(const char* name, const QString& description, const char* valueName = nullptr)
{
    QCommandLineOption result(QString::fromLatin1(name), description);
    if (valueName)
        result.setValueName(QString::fromLatin1(valueName));
    return result;
}

// Whether reading `path` would read this process's standard input: "-", or a name of the same file
// (/dev/stdin, /proc/self/fd/0, the pipe or file stdin is). Only stat()s the path, never opens it.
bool isStandardInput(const QString& path)
{
    if (path == QLatin1StringView("-"))
        return true;
#ifdef Q_OS_UNIX
    struct stat named
    {};
    struct stat input
    {};
    return stat(QFile::encodeName(path).constData(), &named) == 0 && fstat(STDIN_FILENO, &input) == 0 &&
           named.st_dev == input.st_dev && named.st_ino == input.st_ino;
#else
    return false;
#endif
}

// The shared token settings, read by tokenSettings().
const QStringList kTokenOptions = {
    QStringLiteral("send-email"), QStringLiteral("no-email"), QStringLiteral("display-name"),
    QStringLiteral("tag"),        QStringLiteral("duration"), QStringLiteral("language"),
    QStringLiteral("email-text"), QStringLiteral("policy"),   QStringLiteral("assign"),
    QStringLiteral("segment"),
};

// The options that take a value and may be given more than once, each time adding one.
const QStringList kRepeatableOptions = {QStringLiteral("tag"), QStringLiteral("assign")};

} // namespace

QString Options::usage()
{
    return tr(
               R"(Usage: enrolldesk-cli [--profile NAME] [--base-url URL] [--org ID_OR_SLUG] [--api-key-stdin]
                      [--json] [--verbose] COMMAND
       enrolldesk-cli --version | --help | -h

Commands:
  windows create --user ID (--send-email | --no-email) [--display-name S] [--tag T]... [--duration D]
                 [--language L] [--email-text S] [--policy ID] [--assign POLICY_ID:PRIORITY]...
                 [--segment N] [--qr FILE.png|FILE.svg]
  windows bulk   --emails FILE|- (--send-email | --no-email) [--skip-invalid] [--batch-size N]
                 [the shared options above]
  windows list   [--user ID] [--policy ID] [--show-deleted] [--page N] [--limit N] [--sort FIELD:asc|desc]
  android create --user ID --mode DEVICE_OWNER|PROFILE_OWNER|COPE|USERLESS (--send-email | --no-email)
                 [--policy ID] [--assign POLICY_ID:PRIORITY]... [the shared options] [--qr FILE.png|FILE.svg]
  users search [TEXT] [--page N] [--limit N]      (without TEXT: every user)
  policies list --platform windows|android
  orgs list
)") + ProfileCommands::helpLines() +
           tr(R"(
Each command takes the global options above and those on its own line (the shared options: those of
windows create from --send-email to --segment); any other option or extra word is refused (exit 2).
windows bulk sends batches of --batch-size addresses (100 by default, 1 to 1000), one at a time, and
stops at the first that fails; the output lists the addresses that may have a token and those that
surely have none (--json: mayHaveTokens, notCreated).
Durations: seconds or a number with a unit: 90s, 45m, 12h, 7d (1 minute to 30 days).
Without --duration or --language, creates use the profile's defaults (--verbose shows them).
The API key comes from the environment variable ENROLLDESK_API_KEY, from stdin with --api-key-stdin,
or from the keychain entry of the profile. It is never accepted as an argument.

Exit codes: 0 success; 2 usage or validation error, or no key to send (nothing sent), or a keychain
that could not be used; 3 the API answered an error, or the server answered with something that
could not be read (an error page, malformed or too large, lacking what was asked for); 4 network or
transport failure (no connection, a timeout, a connection closed before the answer was complete);
5 the result could not be written (the --qr file or standard output; a create's token exists: do not
retry it); 6 a create reached the server and may have been carried out (check before sending it
again); windows bulk: 0 every batch answered, 6 it stopped at a batch that may have been carried out,
else the stopping batch's 2, 3 or 4.
)");
}

void Options::addOptions()
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_definitions = {
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")),
        option("version", tr("Show the version.")),
        option("verbose",
               tr("Log each request (method, path, status, time; never the key) to stderr, and the "
                  "profile, server and token defaults that apply.")),
        option("base-url", tr("API base URL."), "URL"),
        option("org", tr("Organization id or slug."), "ID_OR_SLUG"),
        option("profile", tr("Saved profile to use."), "NAME"),
        option("json", tr("Print JSON.")),
        option("api-key-stdin", tr("Read the API key from standard input.")),
        option("user", tr("MDM user id."), "ID"),
        option("send-email", tr("E-mail the enrollment instructions to the user.")),
        option("no-email", tr("Do not e-mail the user.")),
        option("display-name", tr("Display name."), "S"),
        option("tag", tr("Tag (repeatable)."), "T"),
        option("duration", tr("Validity: seconds or 90s, 45m, 12h, 7d."), "D"),
        option("language", tr("E-mail language."), "L"),
        option("email-text", tr("Text added to the e-mail."), "S"),
        option("policy", tr("Primary policy id."), "ID"),
        option("assign", tr("Policy assignment POLICY_ID:PRIORITY (repeatable)."), "ASSIGNMENT"),
        option("segment", tr("Segment id."), "N"),
        option("qr", tr("Write the QR code to FILE.png or FILE.svg."), "FILE"),
        option("emails", tr("File of e-mail addresses, or - for standard input."), "FILE"),
        option("skip-invalid", tr("Send the valid addresses and skip the invalid lines.")),
        option("batch-size", tr("Addresses per request (windows bulk)."), "N"),
        option("mode", tr("Android management mode."), "MODE"),
        option("show-deleted", tr("Include deleted tokens.")),
        option("page", tr("Page number (from 1)."), "N"),
        option("limit", tr("Items per page."), "N"),
        option("sort", tr("Sort, e.g. createdAt:desc."), "SORT"),
        option("platform", tr("windows or android."), "PLATFORM"),
    };
    m_parser.addOptions(m_definitions);
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("The command."));
}

bool Options::parse(const QStringList& arguments, QString* error)
{
    addOptions();
    if (!m_parser.parse(arguments)) {
        *error = m_parser.errorText();
        return false;
    }
    // An option whose value is empty (or only spaces) would read as one not given: `--org ""` would
    // quietly use the active profile's organization, `--base-url ""` the production server. No option
    // has a meaning for an empty value, so it is refused, naming the option.
    for (const QCommandLineOption& option : m_definitions) {
        if (option.valueName().isEmpty())
            continue;
        const QString name = option.names().constLast();
        const QStringList values = m_parser.values(name);
        if (std::any_of(values.cbegin(), values.cend(),
                        [](const QString& v) { return v.trimmed().isEmpty(); })) {
            *error = tr("--%1 was given an empty value. Give a value, or leave the option out.").arg(name);
            return false;
        }
        // Any other option takes one value: of `--org a --org b` the parser would keep the last without
        // a word, and the token would go to whichever organization was typed last.
        if (kRepeatableOptions.contains(name))
            continue;
        if (const auto other = std::find_if(values.cbegin(), values.cend(),
                                            [&values](const QString& v) { return v != values.constFirst(); });
            other != values.cend()) {
            *error = tr("--%1 was given more than once, with different values (“%2” and “%3”). Give it once.")
                         .arg(name, values.constFirst(), *other);
            return false;
        }
    }
    m_help = m_parser.isSet(QStringLiteral("help"));
    m_version = m_parser.isSet(QStringLiteral("version"));
    m_verbose = m_parser.isSet(QStringLiteral("verbose"));
    m_global.baseUrl = m_parser.value(QStringLiteral("base-url"));
    m_global.organization = m_parser.value(QStringLiteral("org"));
    m_global.profile = m_parser.value(QStringLiteral("profile"));
    m_global.json = m_parser.isSet(QStringLiteral("json"));
    m_global.apiKeyFromStdin = m_parser.isSet(QStringLiteral("api-key-stdin"));
    const QStringList words = m_parser.positionalArguments();
    if (words.size() >= 2) {
        const QString command = words[0] + u' ' + words[1];
        if (Runner::handles(command) || ProfileCommands::handles(command))
            m_command = command;
    }
    if (m_help || m_version)
        return true;
    if (m_command.isEmpty()) {
        *error = words.isEmpty() ? tr("No command given.")
                                 : tr("Unknown command “%1”.").arg(words.mid(0, 2).join(u' '));
        return false;
    }
    // Both would read standard input: the list would swallow the key (and print it as a bad line), and
    // the key would then be missing. Refused here, before either is read.
    if (m_global.apiKeyFromStdin && m_command == QLatin1StringView("windows bulk") &&
        m_parser.isSet(QStringLiteral("emails")) &&
        isStandardInput(m_parser.value(QStringLiteral("emails")))) {
        *error = tr("--api-key-stdin and --emails - cannot be used together: both read standard input. Put "
                    "the addresses in a file (--emails FILE), or give the key with ENROLLDESK_API_KEY or "
                    "the profile's keychain entry.");
        return false;
    }
    return true;
}

bool Options::value(const QString& name, QString* out) const
{
    if (!m_parser.isSet(name))
        return false;
    *out = m_parser.value(name);
    return true;
}

QString Options::strayArguments(qsizetype ownWords, const char* ownOptions, bool tokenOptions,
                                const QString& remedy) const
{
    QStringList own = QString::fromLatin1(ownOptions).split(u' ', Qt::SkipEmptyParts);
    if (tokenOptions)
        own << kTokenOptions;
    const QStringList words = positional();
    QStringList problems;
    if (ownWords >= 0 && words.size() > 2 + ownWords)
        problems << tr("unexpected extra words “%1” (quote a name or value that has spaces)")
                        .arg(words.mid(2 + ownWords).join(u' '));
    QStringList options;
    for (const QCommandLineOption& option : m_definitions) {
        const QString name = option.names().constLast();
        if (m_parser.isSet(name) && !kGlobalOptions.contains(name) && !own.contains(name))
            options << QStringLiteral("--") + name;
    }
    if (!options.isEmpty())
        problems << tr("options it does not take: %1").arg(options.join(QStringLiteral(", ")));
    if (problems.isEmpty())
        return {};
    return m_command + QStringLiteral(": ") + problems.join(QStringLiteral("; ")) + u'.' + remedy;
}

bool Options::tokenSettings(TokenSettings* settings, QString* error) const
{
    const bool send = m_parser.isSet(QStringLiteral("send-email"));
    const bool noEmail = m_parser.isSet(QStringLiteral("no-email"));
    if (send == noEmail) {
        *error = tr("Say whether to e-mail the user: give --send-email or --no-email (the API requires it).");
        return false;
    }
    settings->sendEmail = send;
    // Trimmed as the console's fields are: " it " and "it" would be two tags.
    settings->displayName = m_parser.value(QStringLiteral("display-name")).trimmed();
    for (const QString& tag : m_parser.values(QStringLiteral("tag")))
        settings->tags.append(tag.trimmed());
    settings->language = m_parser.value(QStringLiteral("language"));
    settings->emailText = m_parser.value(QStringLiteral("email-text"));
    if (!settings->emailText.isEmpty() && !send) {
        *error = tr("--email-text only makes sense with --send-email.");
        return false;
    }
    settings->policyId = m_parser.value(QStringLiteral("policy")).trimmed();
    if (QString text; value(QStringLiteral("duration"), &text)) {
        const std::optional<qint64> seconds = Duration::parse(text);
        if (!seconds) {
            *error = tr("Duration: “%1” is not a duration; use seconds or 90s, 45m, 12h, 7d.").arg(text);
            return false;
        }
        settings->durationSeconds = *seconds;
    }
    if (QString text; value(QStringLiteral("segment"), &text)) {
        bool ok = false;
        const qint64 segment = text.toLongLong(&ok);
        if (!ok) {
            *error = tr("Segment: “%1” is not a whole number.").arg(text);
            return false;
        }
        settings->segmentId = segment;
    }
    const QStringList assignments = m_parser.values(QStringLiteral("assign"));
    for (const QString& assignment : assignments) {
        const qsizetype colon = assignment.lastIndexOf(u':');
        bool ok = false;
        const int priority = colon > 0 ? assignment.mid(colon + 1).toInt(&ok) : 0;
        if (!ok) {
            *error = tr("--assign: “%1” must be POLICY_ID:PRIORITY, e.g. 5f1e0c2a9b3d4e6f7a8b9c10:100.")
                         .arg(assignment);
            return false;
        }
        settings->assignments.append({assignment.left(colon).trimmed(), priority});
    }
    return true;
}

} // namespace Cli
