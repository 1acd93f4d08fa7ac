// bench_create [--requests N] [--parallel K] [--runs R] [--curl PATH] [--issue window|all]
// Creates N Windows tokens one by one (W1) against a fresh enrolldesk-sandbox, first through the core's
// ApiClient with K calls in flight, then with one `curl --parallel --parallel-immediate --parallel-max
// K` process (K connections, each reused) reading the same N requests (same URL, headers and bodies,
// taken from ApiClient::preview) from one config file.
// The two alternate R times on the same sandbox, reset before each run. Prints:
//   create_2000_ms VALUE          median ApiClient time, in milliseconds
//   create_vs_curl_ratio VALUE    that median divided by curl's median
// On stderr: per run, the sandbox's CPU time (to show whether it was the bottleneck) and the client's
// CPU time; then two checks of the sandbox's headroom for curl: 4K in flight, and K in flight over two
// sandboxes (if either is much faster than the measured runs, the sandbox was limiting curl).

#include "apiclient.h"
#include "benchcommon.h"

#include "httpconnectionpool.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryFile>
#include <QTextStream>

#include <sys/resource.h>

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// CPU time of this process (all threads), in milliseconds.
double selfCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3 +
           usage.ru_stime.tv_usec / 1e3;
}

// CPU time of the waited-for children (curl), in milliseconds.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3 +
           usage.ru_stime.tv_usec / 1e3;
}

bool resetSandbox(QNetworkAccessManager* network, const QUrl& baseUrl)
{
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/_sandbox/reset"));
    QNetworkReply* reply = network->post(QNetworkRequest(url), QByteArray());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->deleteLater();
    return ok;
}

QStringList userIds(ApiClient* client)
{
    QStringList ids;
    QEventLoop loop;
    UserSearchQuery query;
    query.limit = 100;
    client->searchUsers(query, &loop, [&](const ApiResult<Page<MdmUser>>& result) {
        for (const MdmUser& user : result.value.items)
            ids << user.id;
        if (!result.ok())
            err() << "user list: " << result.error.technicalDetails() << '\n';
        loop.quit();
    });
    loop.exec();
    return ids;
}

struct RunResult
{
    double ms = 0;
    int ok = 0;
};

// Keeps `parallel` creations in flight (or issues all at once) until every request is answered.
RunResult runClient(ApiClient* client, const QList<WindowsTokenRequest>& requests, int parallel,
                    bool issueAll)
{
    RunResult result;
    int next = 0;
    int answered = 0;
    QEventLoop loop;
    std::function<void()> issue;
    issue = [&] {
        const WindowsTokenRequest& request = requests.at(next++);
        client->createWindowsToken(request, &loop, [&](const ApiResult<EnrollmentToken>& answer) {
            if (answer.ok() && !answer.value.enrollCode.isEmpty())
                ++result.ok;
            else if (result.ok == 0 && answered == 0)
                err() << "create: " << answer.error.technicalDetails() << '\n';
            ++answered;
            if (next < requests.size())
                issue();
            if (answered == requests.size())
                loop.quit();
        });
    };
    QElapsedTimer clock;
    clock.start();
    const qsizetype first = issueAll ? requests.size() : std::min<qsizetype>(parallel, requests.size());
    for (qsizetype i = 0; i < first; ++i)
        issue();
    loop.exec();
    result.ms = double(clock.nsecsElapsed()) / 1e6;
    return result;
}

QByteArray quoted(const QByteArray& value)
{
    QByteArray escaped = value;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

// One curl config file holding every request, each with the headers ApiClient sends.
bool writeCurlConfig(QFile* file, const QList<RequestPreview>& previews, const QByteArray& apiKey)
{
    for (const RequestPreview& preview : previews) {
        // `next` separates transfers; one after the last would start an empty one.
        QByteArray entry = &preview == &previews.first() ? QByteArray() : QByteArray("next\n");
        entry += "url = " + quoted(preview.url.toEncoded()) + '\n';
        entry += "request = " + quoted(preview.method) + '\n';
        entry += "header = \"Accept: application/json\"\n";
        entry += "header = \"Content-Type: application/json\"\n";
        entry += "header = " + quoted("Authorization: Bearer " + apiKey) + '\n';
        entry += "user-agent = \"EnrollDesk/" ENROLLDESK_VERSION "\"\n";
        entry += "data-raw = " + quoted(preview.body) + '\n';
        entry += "output = \"/dev/null\"\n";
        entry += "write-out = \"%{http_code}\\n\"\n";
        if (file->write(entry) != entry.size())
            return false;
    }
    return file->flush();
}

RunResult runCurl(const QString& curl, const QString& config, int parallel)
{
    RunResult result;
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    // --parallel-immediate: without it curl 7.88 waits to see whether it can multiplex (HTTP/2) and
    // sends everything over one HTTP/1.1 connection, i.e. one request at a time (checked with strace:
    // one connect() for 300 transfers); with it, it opens `parallel` connections and reuses them.
    process.start(curl, {QStringLiteral("--no-progress-meter"), QStringLiteral("--parallel"),
                         QStringLiteral("--parallel-immediate"), QStringLiteral("--parallel-max"),
                         QString::number(parallel), QStringLiteral("--config"), config});
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit) {
        err() << "curl did not finish\n";
        return result;
    }
    result.ms = double(clock.nsecsElapsed()) / 1e6;
    result.ok = int(process.readAllStandardOutput().count("200\n"));
    const QByteArray errors = process.readAllStandardError();
    if (!errors.isEmpty())
        err() << "curl: " << QString::fromUtf8(errors.left(500)) << '\n';
    return result;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser options;
    options.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Tokens per run."),
                                            QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"), QStringLiteral("Requests in flight."),
                                            QStringLiteral("K"), QStringLiteral("6"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each client."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption curlOption(QStringLiteral("curl"), QStringLiteral("The curl program."),
                                        QStringLiteral("PATH"), QStringLiteral("curl"));
    const QCommandLineOption issueOption(QStringLiteral("issue"),
                                         QStringLiteral("window: keep K calls issued; all: issue every call "
                                                        "at once and let the network manager queue them."),
                                         QStringLiteral("MODE"), QStringLiteral("window"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Passed to the sandbox."), QStringLiteral("MS"),
                                           QStringLiteral("0"));
    options.addOptions({requestsOption, parallelOption, runsOption, curlOption, issueOption, latencyOption});
    options.process(app);

    const int count = options.value(requestsOption).toInt();
    const int parallel = options.value(parallelOption).toInt();
    const int runs = options.value(runsOption).toInt();
    const bool issueAll = options.value(issueOption) == QLatin1String("all");
    if (count < 1 || parallel < 1 || runs < 1) {
        err() << "--requests, --parallel and --runs want positive numbers\n";
        return 2;
    }

    Bench::Sandbox sandbox({QStringLiteral("--latency-ms"), options.value(latencyOption)});
    if (!sandbox.start()) {
        err() << "the sandbox did not start\n";
        return 1;
    }
    const QByteArray apiKey = "sandbox";
    QNetworkAccessManager network; // the sandbox's admin calls only
    HttpConnectionPool http;
    ApiClient client(&http);
    client.setBaseUrl(sandbox.baseUrl());
    client.setOrganization(QStringLiteral("acme"));
    client.setApiKey(apiKey);

    const QStringList users = userIds(&client);
    if (users.isEmpty()) {
        err() << "no users in the sandbox\n";
        return 1;
    }
    QList<WindowsTokenRequest> requests;
    requests.reserve(count);
    for (int i = 0; i < count; ++i) {
        WindowsTokenRequest request;
        request.mdmUserId = users.at(i % users.size());
        request.settings.sendEmail = false;
        request.settings.displayName = QStringLiteral("Bench laptop %1").arg(i + 1);
        request.settings.durationSeconds = 86400;
        request.settings.language = QStringLiteral("en");
        requests << request;
    }

    QList<RequestPreview> previews;
    for (const WindowsTokenRequest& request : requests)
        previews << client.preview(request);
    QTemporaryFile config;
    if (!config.open() || !writeCurlConfig(&config, previews, apiKey)) {
        err() << "cannot write the curl config\n";
        return 1;
    }
    config.close();

    // One unmeasured round of each, so both start with warm caches and a loaded sandbox.
    resetSandbox(&network, sandbox.baseUrl());
    runClient(&client, requests.mid(0, std::min(count, 200)), parallel, issueAll);
    runCurl(options.value(curlOption), config.fileName(), parallel);

    std::vector<double> clientMs;
    std::vector<double> curlMs;
    for (int run = 0; run < runs; ++run) {
        resetSandbox(&network, sandbox.baseUrl());
        double sandboxBefore = sandbox.cpuMs();
        const double selfBefore = selfCpuMs();
        const RunResult ours = runClient(&client, requests, parallel, issueAll);
        const double selfCpu = selfCpuMs() - selfBefore;
        double sandboxCpu = sandbox.cpuMs() - sandboxBefore;
        clientMs.push_back(ours.ms);
        err() << "run " << run + 1 << " ApiClient: " << ours.ms << " ms, " << ours.ok << "/" << count
              << " created; client CPU " << selfCpu << " ms, sandbox CPU " << sandboxCpu << " ms ("
              << int(100 * sandboxCpu / ours.ms) << "% of one core)\n";
        if (ours.ok != count)
            return 1;

        resetSandbox(&network, sandbox.baseUrl());
        sandboxBefore = sandbox.cpuMs();
        const double childrenBefore = childrenCpuMs();
        const RunResult theirs = runCurl(options.value(curlOption), config.fileName(), parallel);
        const double curlCpu = childrenCpuMs() - childrenBefore;
        sandboxCpu = sandbox.cpuMs() - sandboxBefore;
        curlMs.push_back(theirs.ms);
        err() << "run " << run + 1 << " curl:      " << theirs.ms << " ms, " << theirs.ok << "/" << count
              << " created; curl CPU " << curlCpu << " ms, sandbox CPU " << sandboxCpu << " ms ("
              << int(100 * sandboxCpu / theirs.ms) << "% of one core)\n";
        if (theirs.ok != count)
            return 1;
        err().flush();
    }

    // Is the sandbox curl's bottleneck? (ApiClient leaves it mostly idle: see its share above.)
    // 1. The same requests with four times as many in flight.
    resetSandbox(&network, sandbox.baseUrl());
    double sandboxBefore = sandbox.cpuMs();
    const RunResult wide = runCurl(options.value(curlOption), config.fileName(), parallel * 4);
    double sandboxCpu = sandbox.cpuMs() - sandboxBefore;
    err() << "check curl --parallel-max " << parallel * 4 << ": " << wide.ms << " ms, sandbox CPU "
          << sandboxCpu << " ms (" << int(100 * sandboxCpu / wide.ms) << "% of one core)\n";
    // 2. The same number of requests, K in flight, spread over two sandboxes (one more process).
    Bench::Sandbox second({QStringLiteral("--latency-ms"), options.value(latencyOption)});
    ApiClient secondClient(&http);
    QTemporaryFile splitConfig;
    if (second.start()) {
        secondClient.setBaseUrl(second.baseUrl());
        secondClient.setOrganization(client.organization());
        secondClient.setApiKey(apiKey);
        const QStringList secondUsers = userIds(&secondClient);
        QList<RequestPreview> split;
        for (int i = 0; i < count && !secondUsers.isEmpty(); ++i) {
            WindowsTokenRequest request = requests.at(i);
            if (i % 2) {
                request.mdmUserId = secondUsers.at(i % secondUsers.size());
                split << secondClient.preview(request);
            } else {
                split << client.preview(request);
            }
        }
        resetSandbox(&network, sandbox.baseUrl());
        if (split.size() == count && splitConfig.open() && writeCurlConfig(&splitConfig, split, apiKey)) {
            splitConfig.close();
            sandboxBefore = sandbox.cpuMs() + second.cpuMs();
            const RunResult two = runCurl(options.value(curlOption), splitConfig.fileName(), parallel);
            sandboxCpu = sandbox.cpuMs() + second.cpuMs() - sandboxBefore;
            err() << "check curl --parallel-max " << parallel << " over 2 sandboxes: " << two.ms << " ms, "
                  << two.ok << "/" << count << " created, sandboxes' CPU " << sandboxCpu << " ms\n";
        }
    }
    err().flush();

    const double ours = Bench::median(clientMs);
    const double theirs = Bench::median(curlMs);
    std::printf("create_%d_ms %.1f\n", count, ours);
    std::printf("create_vs_curl_ratio %.2f\n", theirs > 0 ? ours / theirs : 0.0);
    return 0;
}
