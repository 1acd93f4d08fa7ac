// bench_startup [--runs N] [--console PATH] [--minimal PATH]
// Starts the console (bench_console, against a fresh sandbox) and the minimal Qt Widgets program
// (bench_minimal) N times each, alternating, offscreen, after one unmeasured start of each. Each child
// prints the monotonic time at which its window was painted and the loop went idle, and its peak RSS;
// the time is taken from just before the process is spawned. Prints:
//   startup_ms VALUE       median console start-to-idle, in milliseconds
//   startup_ratio VALUE    that divided by the minimal program's median
//   rss_mb VALUE           median console VmHWM at the idle point, in MiB
//   rss_ratio VALUE        that divided by the minimal program's median

#include "benchcommon.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>

extern char** environ;

namespace {

struct Start
{
    double ms = -1;
    double hwmKb = -1;
};

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

// Spawns `arguments` with `environment`, reads its "idle" line, waits for it to exit.
Start startOnce(const QStringList& arguments, const QList<QByteArray>& environment)
{
    std::vector<QByteArray> argBytes;
    for (const QString& argument : arguments)
        argBytes.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& bytes : argBytes)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envBytes(environment.cbegin(), environment.cend());
    std::vector<char*> envp;
    for (QByteArray& bytes : envBytes)
        envp.push_back(bytes.data());
    envp.push_back(nullptr);

    int out[2];
    if (pipe(out) != 0)
        return {};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);
    // The children's own messages (Qt warnings, the console's log) are not part of the figures.
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    pid_t pid = 0;
    const qint64 started = monotonicNs();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        return {};
    }

    QByteArray output;
    pollfd fd{out[0], POLLIN, 0};
    const qint64 deadline = started + 30'000'000'000LL;
    while (!output.contains('\n') && monotonicNs() < deadline) {
        if (poll(&fd, 1, 200) > 0) {
            char buffer[256];
            const ssize_t got = read(out[0], buffer, sizeof buffer);
            if (got <= 0)
                break;
            output.append(buffer, got);
        }
    }
    close(out[0]);

    Start start;
    const QList<QByteArray> fields = output.left(output.indexOf('\n')).split(' ');
    if (fields.size() >= 3 && fields[0] == "idle") {
        start.ms = double(fields[1].toLongLong() - started) / 1e6;
        start.hwmKb = fields[2].toDouble();
    }
    // The child closes its window and quits by itself; don't let a stuck one block the next run.
    for (int i = 0; i < 100; ++i) {
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid)
            return start;
        usleep(50'000);
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    return start;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser options;
    options.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts of each program."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption consoleOption(QStringLiteral("console"), QStringLiteral("The console probe."),
                                           QStringLiteral("PATH"), QStringLiteral(BENCH_CONSOLE_PATH));
    const QCommandLineOption minimalOption(QStringLiteral("minimal"), QStringLiteral("The baseline."),
                                           QStringLiteral("PATH"), QStringLiteral(BENCH_MINIMAL_PATH));
    options.addOptions({runsOption, consoleOption, minimalOption});
    options.process(app);
    const int runs = std::max(1, options.value(runsOption).toInt());
    QTextStream err(stderr);

    Bench::Sandbox sandbox;
    if (!sandbox.start()) {
        err << "the sandbox did not start\n";
        return 1;
    }
    // Settings go to a directory of their own, shared by the runs: the first (unmeasured) start writes
    // them, as a user's first session would.
    QTemporaryDir config;
    QList<QByteArray> environment;
    for (char** entry = environ; *entry; ++entry) {
        const QByteArray variable(*entry);
        if (!variable.startsWith("QT_QPA_PLATFORM=") && !variable.startsWith("XDG_CONFIG_HOME="))
            environment << variable;
    }
    environment << "QT_QPA_PLATFORM=offscreen"
                << "XDG_CONFIG_HOME=" + QFile::encodeName(config.path());

    const QStringList console{options.value(consoleOption), QStringLiteral("--sandbox"),
                              sandbox.baseUrl().toString()};
    const QStringList minimal{options.value(minimalOption)};
    if (startOnce(console, environment).ms < 0 || startOnce(minimal, environment).ms < 0) {
        err << "a probe did not report (run it by hand with QT_QPA_PLATFORM=offscreen)\n";
        return 1;
    }
    std::vector<double> consoleMs, consoleKb, minimalMs, minimalKb;
    for (int run = 0; run < runs; ++run) {
        const Start ours = startOnce(console, environment);
        const Start base = startOnce(minimal, environment);
        if (ours.ms < 0 || base.ms < 0) {
            err << "a probe did not report\n";
            return 1;
        }
        consoleMs.push_back(ours.ms);
        consoleKb.push_back(ours.hwmKb);
        minimalMs.push_back(base.ms);
        minimalKb.push_back(base.hwmKb);
        err << "run " << run + 1 << ": console " << ours.ms << " ms " << ours.hwmKb / 1024 << " MiB, minimal "
            << base.ms << " ms " << base.hwmKb / 1024 << " MiB\n";
    }
    err.flush();
    const double ms = Bench::median(consoleMs);
    const double kb = Bench::median(consoleKb);
    const double baseMs = Bench::median(minimalMs);
    const double baseKb = Bench::median(minimalKb);
    err << "minimal program: " << baseMs << " ms, " << baseKb / 1024 << " MiB\n";
    err.flush();
    Bench::figure("startup_ms", ms);
    Bench::figure("startup_ratio", baseMs > 0 ? ms / baseMs : 0.0, 2);
    Bench::figure("rss_mb", kb / 1024);
    Bench::figure("rss_ratio", baseKb > 0 ? kb / baseKb : 0.0, 2);
    return 0;
}
