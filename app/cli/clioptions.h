#pragma once
// Command-line parsing for enrolldesk-cli: global options, the command words and each command's options,
// turned into typed requests. Parsing never touches the network.

#include "types.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Cli {

// OutputFailure: the result could not be written (the --qr file, or stdout); after a create the token
// exists. Not 4, which scripts may retry: a retry would create a second token. MaybeProcessed: a create
// reached the server and no answer says it was refused (a timeout, a 5xx, an answer that could not be
// read): the token may exist, so it is not 3 or 4 either.
enum ExitCode {
    Ok = 0,
    Usage = 2,
    ApiFailure = 3,
    NetworkFailure = 4,
    OutputFailure = 5,
    MaybeProcessed = 6
};

class UsageError
{
public:
    QString message;
};

// Options every command accepts.
struct GlobalOptions
{
    QString baseUrl;
    QString organization;
    QString profile;
    bool json = false;
    bool apiKeyFromStdin = false;
};

class Options
{
    Q_DECLARE_TR_FUNCTIONS(Cli::Options)
public:
    // Splits "windows create --user X" into the command path and a parser holding its options.
    // Returns false with `error` set on a usage problem.
    bool parse(const QStringList& arguments, QString* error);

    QString command() const { return m_command; } // "windows create", "orgs list", ...
    const GlobalOptions& global() const { return m_global; }
    const QCommandLineParser& parser() const { return m_parser; }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }
    bool verbose() const { return m_verbose; }
    static QString usage();

    // The shared token settings (--send-email/--no-email, --display-name, --tag, --duration, ...).
    // Validation of values against the API limits happens later, in Validation.
    bool tokenSettings(TokenSettings* settings, QString* error) const;
    bool value(const QString& name, QString* out) const;

    // What the command line holds that the command does not take: words after the command words beyond
    // `ownWords` (-1: any number, as the search TEXT), and options other than the global ones, the
    // command's `ownOptions` (names, space-separated: "user qr") and, with `tokenOptions`, those
    // tokenSettings() reads. A usage message naming them, with `remedy` after it; empty when all fits.
    QString strayArguments(qsizetype ownWords, const char* ownOptions, bool tokenOptions,
                           const QString& remedy) const;

private:
    void addOptions();
    QList<QCommandLineOption> m_definitions; // every option, in --help's order
    QString m_command;
    GlobalOptions m_global;
    QCommandLineParser m_parser;
    bool m_help = false;
    bool m_version = false;
    bool m_verbose = false;
};

} // namespace Cli
