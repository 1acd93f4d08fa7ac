#pragma once
// Runs one enrolldesk-cli command asynchronously on the shared core and reports its exit code.

#include "apiclient.h"
#include "bulkrunner.h"
#include "clioptions.h"
#include "clioutput.h"

#include <QObject>

#include <functional>

class HttpConnectionPool;

namespace Cli {

class ProfileCommands;

class Runner final : public QObject
{
    Q_OBJECT
public:
    explicit Runner(const Options& options, QObject* parent = nullptr);

    // Whether `command` ("windows create", "orgs list", ...) is one of the API commands.
    static bool handles(const QString& command);
    // Starts the command; `finished` carries the exit code.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    // The one list of the API commands: the parser (handles()) and start() use it.
    struct Command
    {
        const char* name;        // the command words: "windows create"
        const char* options;     // its own options (besides the global ones), space-separated
        bool takesTokenSettings; // and those Options::tokenSettings() reads
        bool takesText;          // any number of words may follow the command words (users search TEXT)
        void (Runner::*handler)();
    };
    static const Command* find(const QString& name);

    // Fills the client's base URL, organization and key from the options, the profile and the environment,
    // then calls `next`; on a problem it finishes with the right exit code.
    void connect(const std::function<void()>& next);
    // Fills what the command line leaves out of `settings` (duration, language) from the profile the
    // command uses, as the console's forms do, and says what applies with --verbose. False when the
    // profile named by --profile does not exist, or when a default taken from the profile is not valid
    // (reported naming the profile and its setting, finished).
    bool applyProfileDefaults(TokenSettings* settings);
    void windowsCreate();
    void windowsBulk();
    // Reports a bulk run that has ended (every batch answered, or stopped at the first failed one).
    void bulkFinished(const BulkRunner& bulk, const Output::ListCounts& counts);
    // One line on stderr for a batch that has just been answered or has failed.
    void noteBatch(const BulkRunner::Batch& batch, qsizetype batches);
    // --page and --limit, where given, as whole numbers; false (a usage error, finished) when one is not.
    // Their ranges are Validation's.
    bool takePaging(int* page, int* limit);
    void windowsList();
    void androidCreate();
    void usersSearch();
    void policiesList();
    void orgsList();
    bool takeUserId(QString* id);
    // What --qr writes: the QR code of the token's enrollment link (Windows; an Android work profile),
    // or the setup QR image the API makes (qrcodeUrl: every other Android mode), which carries the
    // provisioning data and has no substitute.
    enum class QrSource { Link, ApiSetupImage };
    // Whether the --qr file, if any, can be written as `source` gives it; otherwise a usage error
    // (finished) before anything is sent.
    bool qrTargetIsWritable(QrSource source);
    // Writes the --qr file, if any, and finishes: Ok, or OutputFailure when it could not be written.
    void writeQr(const EnrollmentToken& token, QrSource source);
    // After a create: the --qr file could not be written, for `reason`; says so and that the token
    // exists, and finishes with OutputFailure.
    void qrNotWritten(const QString& path, const QString& reason);
    // The same when the API's setup QR image could not be had: nothing is written in its place; says
    // how to get it (from `url`, when the answer gave one).
    void setupQrNotDownloaded(const QString& path, const QString& reason, const QString& url);
    // Prints noteCreated()'s sentence on stderr, once.
    void sayCreated();
    // Ends the command with `code`, or with OutputFailure when what it printed on stdout could not be
    // written (then stderr says so, and what was created).
    void finish(int code);
    // A create succeeded: `what` was made, `howToCheck` shows it. Said on stderr if stdout then fails.
    void noteCreated(const QString& what, const QString& howToCheck);
    template <typename T> bool failed(const ApiResult<T>& result);
    // failed() for a create: one that may have been carried out says so, with how to check, and exits
    // MaybeProcessed, so that neither a person nor a script sends it again blindly.
    template <typename T> bool createFailed(const ApiResult<T>& result, const QString& howToCheck);
    // On stderr: a create reached the server and may have been carried out; `howToCheck` shows it.
    void noteMaybeProcessed(const QString& howToCheck);
    void noteCutList(bool cut, qsizetype items);
    QString listCommand(const QString& arguments) const;

    const Options& m_options;
    Output m_output;
    HttpConnectionPool* m_http;
    ApiClient* m_client;
    ProfileCommands* m_profiles;
    QString m_created; // noteCreated()'s sentence, empty until a create succeeded
};

} // namespace Cli
