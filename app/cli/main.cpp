// enrolldesk-cli: the console's core for scripts. See `enrolldesk-cli --help`.

#include "clicommands.h"
#include "clioptions.h"
#include "clioutput.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QTextStream>

#include <csignal>

int main(int argc, char* argv[])
{
#ifdef SIGPIPE
    // A closed pipe (`enrolldesk-cli … | head -1`) is a failed write, exit 5, not a silent death by signal.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    // Behind a corporate proxy, the API is reached through the system's settings (https_proxy, no_proxy,
    // the desktop's proxy configuration), as a browser would reach it.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EnrollDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("EnrollDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENROLLDESK_VERSION));

    Cli::Options options;
    QString error;
    const bool parsed = options.parse(QCoreApplication::arguments(), &error);
    if (options.helpRequested() || options.versionRequested()) {
        Cli::Output output;
        if (options.helpRequested())
            output.out() << Cli::Options::usage();
        else
            output.out() << "enrolldesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return output.outWritten() ? Cli::Ok : Cli::OutputFailure;
    }
    // stderr is for errors: the per-request log lines only with --verbose (QT_LOGGING_RULES still wins).
    // A failed bulk batch is reported by the command itself, not also by the runner's log.
    if (!options.verbose())
        QLoggingCategory::setFilterRules(
            QStringLiteral("enrolldesk.*.info=false\nenrolldesk.bulk.warning=false"));
    if (!parsed) {
        QTextStream(stderr) << "error: " << error << '\n' << Cli::Options::usage();
        return Cli::Usage;
    }
    Cli::Runner runner(options);
    QObject::connect(&runner, &Cli::Runner::finished, &app, &QCoreApplication::exit);
    runner.start();
    return app.exec();
}
