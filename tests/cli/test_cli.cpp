// enrolldesk-cli against a real sandbox: every command, exit codes, and that a usage or validation
// error sends nothing.

#include "apiclient.h"
#include "sandboxprocess.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <functional>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

// A data row of a command line (the arguments, one per space) and the text it must name.
static void argumentsRow(const char* name, const char* arguments, const char* named)
{
    QTest::addRow("%s", name) << QString::fromUtf8(arguments).split(u' ') << QString::fromUtf8(named);
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Answers every request with `status` (200) and the JSON `answer` gives for its request line ("GET /v1/...
// HTTP/1.1"), once its headers and body have arrived; one request per connection.
class ReplayServer final : public QTcpServer
{
public:
    explicit ReplayServer(std::function<QByteArray(const QByteArray& requestLine)> answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { reply(socket); });
        });
    }

    QByteArray status = "200 OK"; // the status line's end, and any header lines after it

private:
    void reply(QTcpSocket* socket)
    {
        const QByteArray received = socket->property("received").toByteArray() + socket->readAll();
        socket->setProperty("received", received);
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : received.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (received.size() < end + 4 + length)
            return;
        const QByteArray body = m_answer(received.left(received.indexOf("\r\n")));
        socket->write("HTTP/1.1 " + status +
                      "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    std::function<QByteArray(const QByteArray&)> m_answer;
};

class TestCli : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_userId;
    QString m_userEmail;
    QString m_configHome;       // XDG_CONFIG_HOME of the runs, where profiles are saved; empty: the usual one
    bool m_stdoutFails = false; // run(): stdout is a file that cannot grow, as on a full disk
    bool m_filesCannotGrow = false; // run(): no file the CLI writes can grow (stdout, a pipe, still works)
    bool m_noKeychain = false;      // run(): a session bus that leads nowhere: no Secret Service answers
    int m_closedPipe = -1;          // run(): stdout is this pipe, whose reading end is closed (`| head -0`)

    CliRun run(QStringList arguments, const QByteArray& stdinData = {},
               const QByteArray& key = SandboxProcess::apiKey(), bool withConnection = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ENROLLDESK_API_KEY"));
        if (!key.isEmpty())
            env.insert(QStringLiteral("ENROLLDESK_API_KEY"), QString::fromUtf8(key));
        // Profiles live under XDG_CONFIG_HOME: keep the test's own.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   m_configHome.isEmpty() ? m_dir.filePath(QStringLiteral("config")) : m_configHome);
        if (m_noKeychain)
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-such-bus")));
        process.setProcessEnvironment(env);
        if (m_stdoutFails || m_filesCannotGrow) {
            // Every write to a file fails (EFBIG) as on a full disk; pipes (stderr, and stdout unless it
            // is that file) still work.
            if (m_stdoutFails)
                process.setStandardOutputFile(m_dir.filePath(QStringLiteral("stdout-that-cannot-grow")));
            process.setChildProcessModifier([] {
                std::signal(SIGXFSZ, SIG_IGN);
                const rlimit none{0, 0};
                setrlimit(RLIMIT_FSIZE, &none);
            });
        }
        if (m_closedPipe >= 0) {
            const int pipe = m_closedPipe;
            process.setChildProcessModifier([pipe] { dup2(pipe, STDOUT_FILENO); });
        }
        if (withConnection)
            arguments = QStringList{QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
                                    QStringLiteral("--org"), SandboxProcess::organizationSlug()} +
                        arguments;
        // Waits in the event loop, so that a server in this process (ReplayServer) can answer meanwhile.
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(ENROLLDESK_CLI_PATH), arguments);
        process.waitForStarted();
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.closeWriteChannel();
        if (finished.isEmpty())
            finished.wait(30000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The body of the last request the sandbox recorded.
    QJsonObject lastBody()
    {
        const QJsonArray requests = m_sandbox.requests();
        if (requests.isEmpty())
            return {};
        return QJsonDocument::fromJson(
                   requests.last().toObject().value(QLatin1StringView("body")).toString().toUtf8())
            .object();
    }

    // A profile "Defaults" on the sandbox with language de and duration 2h, in a config home of its own,
    // where it is also the active profile. Restores the usual config home when the guard goes.
    auto useProfileWithDefaults()
    {
        m_configHome = m_dir.filePath(QStringLiteral("config-defaults"));
        const CliRun listed = run({QStringLiteral("profile"), QStringLiteral("list")});
        if (!listed.out.contains(QLatin1StringView("Defaults"))) {
            const CliRun added =
                run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Defaults"),
                     QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--duration"),
                     QStringLiteral("2h")});
            if (added.exitCode != 0)
                qWarning("profile add failed: %s", qPrintable(added.err));
        }
        return qScopeGuard([this] { m_configHome.clear(); });
    }

    // `android create` of a COPE token for the test's user, its QR code written to `path`.
    CliRun androidCreateWithQr(const QString& path)
    {
        return run({QStringLiteral("android"), QStringLiteral("create"), QStringLiteral("--user"), m_userId,
                    QStringLiteral("--mode"), QStringLiteral("COPE"), QStringLiteral("--no-email"),
                    QStringLiteral("--qr"), path});
    }

    // `windows bulk --emails - --no-email` with the list on stdin, then `extra` options.
    CliRun runBulk(const QByteArray& list, const QStringList& extra = {})
    {
        return run(QStringList{QStringLiteral("windows"), QStringLiteral("bulk"), QStringLiteral("--emails"),
                               QStringLiteral("-"), QStringLiteral("--no-email")} +
                       extra,
                   list);
    }

    int posts()
    {
        int count = 0;
        for (const QJsonValue& request : m_sandbox.requests())
            count +=
                request.toObject().value(QLatin1StringView("method")).toString() == QLatin1StringView("POST");
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
        const QJsonObject user = m_sandbox.users().first().toObject();
        m_userId = user.value(QLatin1StringView("id")).toString();
        m_userEmail = user.value(QLatin1StringView("email")).toString();
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    void help_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addRow("--help") << QStringLiteral("--help");
        QTest::addRow("-h") << QStringLiteral("-h");
    }

    void help()
    {
        QFETCH(QString, option);
        const CliRun result = run({option}, {}, {}, false);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1StringView("windows create")), qPrintable(result.err));
        QVERIFY(result.out.contains(QLatin1StringView("Exit codes")));
        // Without --profile, the auth commands use the active profile.
        QVERIFY2(result.out.contains(QLatin1StringView("auth test [--profile NAME]")),
                 qPrintable(result.out));
    }

    void version()
    {
        const CliRun result = run({QStringLiteral("--version")}, {}, {}, false);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("enrolldesk-cli " ENROLLDESK_VERSION));
    }

    // stderr stays for errors; --verbose adds one line per request, never with the key.
    void requestLogOnlyWhenVerbose()
    {
        const CliRun quiet = run({QStringLiteral("orgs"), QStringLiteral("list")});
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.err, QString());
        const CliRun verbose =
            run({QStringLiteral("--verbose"), QStringLiteral("orgs"), QStringLiteral("list")});
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.err.contains(QLatin1StringView("GET /v1/organizations")), qPrintable(verbose.err));
        QVERIFY(!verbose.err.contains(QString::fromUtf8(SandboxProcess::apiKey())));
    }

    void unknownCommandIsUsage()
    {
        const CliRun result = run({QStringLiteral("windows"), QStringLiteral("explode")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    void keyIsNeverAnArgument()
    {
        const CliRun result = run({QStringLiteral("--api-key"), QStringLiteral("secret"),
                                   QStringLiteral("orgs"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    void orgsList()
    {
        const CliRun result = run({QStringLiteral("orgs"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(SandboxProcess::organizationSlug()));
        QVERIFY(!result.out.contains(QLatin1StringView("Bearer")));
    }

    void keyFromStdin()
    {
        const CliRun result =
            run({QStringLiteral("--api-key-stdin"), QStringLiteral("orgs"), QStringLiteral("list")},
                SandboxProcess::apiKey() + "\n", {});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(SandboxProcess::organizationSlug()));
    }

    void noKeyIsUsage()
    {
        const CliRun result = run({QStringLiteral("orgs"), QStringLiteral("list")}, {}, {});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1StringView("ENROLLDESK_API_KEY")));
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    void wrongKeyIsApiError()
    {
        const CliRun result = run({QStringLiteral("orgs"), QStringLiteral("list")}, {}, "wrong-key");
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(QLatin1StringView("4004")));
        QVERIFY(result.err.contains(QLatin1StringView("rejected")));
        QVERIFY(!result.err.contains(QLatin1StringView("wrong-key")));
    }

    // The CLI's own remedy for a missing or rejected key: commands, not the console's page.
    void keyProblemsSayHowToGiveTheKey()
    {
        CliRun result = run({QStringLiteral("orgs"), QStringLiteral("list")}, {}, "wrong-key");
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QLatin1StringView("enrolldesk-cli auth set --profile NAME")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1StringView("ENROLLDESK_API_KEY")));

        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("apiError")},
                                       {QStringLiteral("httpStatus"), 401},
                                       {QStringLiteral("code"), 4002}}));
        result = run({QStringLiteral("orgs"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QLatin1StringView("4002")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1StringView("enrolldesk-cli auth set --profile NAME")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1StringView("--api-key-stdin")));

        // Other errors get no key advice.
        result =
            run({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(), QStringLiteral("--org"),
                 SandboxProcess::limitedOrganizationSlug(), QStringLiteral("windows"),
                 QStringLiteral("create"), QStringLiteral("--user"), m_userId, QStringLiteral("--no-email")},
                {}, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(!result.err.contains(QLatin1StringView("auth set")), qPrintable(result.err));
    }

    // --api-key-stdin and an e-mail list on stdin would both read it: the list would take the key (and
    // print it as an invalid line). Refused before anything is read or sent.
    void keyAndEmailListBothOnStdinAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("--emails -") << QStringList{QStringLiteral("--emails"), QStringLiteral("-")};
        QTest::addRow("--emails=- --skip-invalid")
            << QStringList{QStringLiteral("--emails=-"), QStringLiteral("--skip-invalid")};
        QTest::addRow("--emails /dev/stdin")
            << QStringList{QStringLiteral("--emails"), QStringLiteral("/dev/stdin")};
    }

    void keyAndEmailListBothOnStdinAreRefused()
    {
        QFETCH(QStringList, arguments);
        const QByteArray key = "stdin-key-0f9e8d7c6b5a";
        const CliRun result = run(QStringList{QStringLiteral("--api-key-stdin"), QStringLiteral("windows"),
                                              QStringLiteral("bulk"), QStringLiteral("--no-email")} +
                                      arguments,
                                  key + '\n' + m_userEmail.toUtf8() + '\n', SandboxProcess::apiKey());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("both read standard input")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1StringView("ENROLLDESK_API_KEY")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QString::fromLatin1(key)));
        QVERIFY(!result.out.contains(QString::fromLatin1(key)));
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    // --api-key-stdin with nothing on stdin is an error of its own, never a fall back to another key
    // (tests/keychain/test_cli_keychain.cpp checks the keychain's).
    void keyStdinWithoutKeyIsUsage()
    {
        const CliRun result =
            run({QStringLiteral("--api-key-stdin"), QStringLiteral("orgs"), QStringLiteral("list")}, {}, {});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("no API key could be read from standard input")),
                 qPrintable(result.err));
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    // A signal that ends the CLI at the hidden "API key:" prompt gives the terminal its echo back, and
    // the process still ends by that signal. Stdin is a pseudo-terminal's slave side.
    void promptRestoresEchoOnSignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addRow("SIGINT") << int(SIGINT);
        QTest::addRow("SIGTERM") << int(SIGTERM);
        QTest::addRow("SIGHUP") << int(SIGHUP);
    }

    void promptRestoresEchoOnSignal()
    {
        QFETCH(int, signal);
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        const auto closeMaster = qScopeGuard([master] { ::close(master); });
        QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
        const QString slavePath = QString::fromLocal8Bit(ptsname(master));
        // The test's own handle on the terminal, to read its settings while and after the CLI runs.
        const int slave = ::open(ptsname(master), O_RDWR | O_NOCTTY);
        QVERIFY(slave >= 0);
        const auto closeSlave = qScopeGuard([slave] { ::close(slave); });
        const auto echoOn = [slave] {
            termios settings{};
            return tcgetattr(slave, &settings) == 0 && (settings.c_lflag & ECHO) != 0;
        };
        QVERIFY(echoOn());

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ENROLLDESK_API_KEY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.setStandardInputFile(slavePath);
        // As a shell starts a program in the foreground: these signals end it (a test runner may have
        // left them ignored, and an ignored signal is inherited).
        process.setChildProcessModifier([] {
            for (const int reset : {SIGINT, SIGTERM, SIGHUP})
                std::signal(reset, SIG_DFL);
        });
        process.start(QStringLiteral(ENROLLDESK_CLI_PATH),
                      {QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(), QStringLiteral("--org"),
                       SandboxProcess::organizationSlug(), QStringLiteral("--api-key-stdin"),
                       QStringLiteral("orgs"), QStringLiteral("list")});
        QVERIFY(process.waitForStarted());
        const auto stop = qScopeGuard([&process] {
            process.kill();
            process.waitForFinished();
        });
        // The prompt is waiting, the typing hidden.
        QByteArray prompt;
        QTRY_VERIFY_WITH_TIMEOUT((prompt += process.readAllStandardError()).contains("API key:") && !echoOn(),
                                 10000);

        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit); // ended by the signal, as without the prompt
        QVERIFY2(echoOn(), "the terminal was left without echo");
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    void windowsCreate()
    {
        const QString png = m_dir.filePath(QStringLiteral("windows.png"));
        const CliRun result =
            run({QStringLiteral("windows"), QStringLiteral("create"), QStringLiteral("--user"), m_userId,
                 QStringLiteral("--no-email"), QStringLiteral("--duration"), QStringLiteral("12h"),
                 QStringLiteral("--tag"), QStringLiteral("it"), QStringLiteral("--tag"),
                 QStringLiteral("laptop"), QStringLiteral("--qr"), png});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1StringView("Enroll code:")), qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1StringView("https://")));
        QVERIFY(result.out.contains(QLatin1StringView("PENDING")));
        QImage image;
        QVERIFY(image.load(png));
        const QJsonObject body =
            QJsonDocument::fromJson(
                m_sandbox.requests().last().toObject().value(QLatin1StringView("body")).toString().toUtf8())
                .object();
        QCOMPARE(body.value(QLatin1StringView("duration")).toInt(), 43200);
        QCOMPARE(body.value(QLatin1StringView("sendEmail")).toBool(true), false);
        QCOMPARE(body.value(QLatin1StringView("tags")).toArray().size(), 2);
        QCOMPARE(posts(), 1);
    }

    // A result that cannot be written to stdout (a full disk) is not a success: exit 5, and for a create
    // stderr says the token exists, so that it is not made again.
    void stdoutThatCannotBeWrittenExits5_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("created");
        QTest::addColumn<bool>("closedPipe"); // else a full disk
        QTest::addRow("--json windows create")
            << QStringList{QStringLiteral("--json"), QStringLiteral("windows"), QStringLiteral("create"),
                           QStringLiteral("--user"), QStringLiteral("USER"),    QStringLiteral("--no-email")}
            << true << false;
        QTest::addRow("orgs list") << QStringList{QStringLiteral("orgs"), QStringLiteral("list")} << false
                                   << false;
        QTest::addRow("--version") << QStringList{QStringLiteral("--version")} << false << false;
        QTest::addRow("--version | closed pipe") << QStringList{QStringLiteral("--version")} << false << true;
        QTest::addRow("--json windows create | closed pipe")
            << QStringList{QStringLiteral("--json"), QStringLiteral("windows"), QStringLiteral("create"),
                           QStringLiteral("--user"), QStringLiteral("USER"),    QStringLiteral("--no-email")}
            << true << true;
    }

    void stdoutThatCannotBeWrittenExits5()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, created);
        QFETCH(bool, closedPipe);
        arguments.replaceInStrings(QStringLiteral("USER"), m_userId);
        int pipeEnds[2] = {-1, -1};
        if (closedPipe) {
            QCOMPARE(pipe(pipeEnds), 0);
            close(pipeEnds[0]); // nobody reads: a write fails with EPIPE, and raises SIGPIPE
            m_closedPipe = pipeEnds[1];
        } else {
            m_stdoutFails = true;
        }
        const auto restore = qScopeGuard([this, pipeEnds] {
            m_stdoutFails = false;
            m_closedPipe = -1;
            if (pipeEnds[1] >= 0)
                close(pipeEnds[1]);
        });
        const CliRun result = run(arguments);
        QCOMPARE(result.exitCode, 5); // -1: killed (by SIGPIPE)
        QVERIFY2(result.err.contains(QLatin1StringView("could not be written to standard output")),
                 qPrintable(result.err));
        QCOMPARE(
            result.err.contains(QLatin1StringView("The token was created: do not run the command again")),
            created);
        if (created) {
            QVERIFY2(result.err.contains(QStringLiteral("windows list --user ") + m_userId +
                                         QStringLiteral(" --sort createdAt:desc")),
                     qPrintable(result.err));
            QCOMPARE(posts(), 1);
        }
    }

    // A --qr file that cannot be written: refused before sending when the folder is missing (exit 2);
    // when writing fails after the create, the token stands and the exit code is 5, not 4 (which scripts
    // retry, making a second token).
    void qrFileProblems()
    {
        CliRun result = run({QStringLiteral("windows"), QStringLiteral("create"), QStringLiteral("--user"),
                             m_userId, QStringLiteral("--no-email"), QStringLiteral("--qr"),
                             m_dir.filePath(QStringLiteral("missing/qr.png"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("does not exist")), qPrintable(result.err));
        QCOMPARE(posts(), 0);

        // A name that is not .png or .svg would hold bytes of another format than it says.
        for (const QString& name :
             {QStringLiteral("qr.jpg"), QStringLiteral("qr"), QStringLiteral("qr.png.txt")}) {
            result =
                run({QStringLiteral("windows"), QStringLiteral("create"), QStringLiteral("--user"), m_userId,
                     QStringLiteral("--no-email"), QStringLiteral("--qr"), m_dir.filePath(name)});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QLatin1StringView("must end in .png or .svg")),
                     qPrintable(result.err));
            QCOMPARE(posts(), 0);
            QVERIFY(!QFile::exists(m_dir.filePath(name)));
        }
        result = androidCreateWithQr(m_dir.filePath(QStringLiteral("android.jpeg")));
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(posts(), 0);

        // A name over the file system's 255 bytes, counting the ".XXXXXX" of the temporary file QSaveFile
        // writes first, would fail only after the create: refused before it.
        for (const qsizetype length : {qsizetype(300), qsizetype(249)}) {
            const QString tooLong = m_dir.filePath(QString(length - 4, u'q') + QStringLiteral(".png"));
            result = run({QStringLiteral("windows"), QStringLiteral("create"), QStringLiteral("--user"),
                          m_userId, QStringLiteral("--no-email"), QStringLiteral("--qr"), tooLong});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QLatin1StringView("the file name is too long (at most 248 bytes)")),
                     qPrintable(result.err));
            QCOMPARE(posts(), 0);
        }
        const QString longest = m_dir.filePath(QString(244, u'q') + QStringLiteral(".png"));
        result = run({QStringLiteral("windows"), QStringLiteral("create"), QStringLiteral("--user"), m_userId,
                      QStringLiteral("--no-email"), QStringLiteral("--qr"), longest});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QImage(longest).width() > 0);
    }

    // Writing the --qr file fails after the create (a full disk): exit 5, the system's reason, and that
    // the token exists, in the words used when stdout fails, so that it is not made twice.
    void qrFileThatCannotBeWrittenAfterTheCreate()
    {
        const QString png = m_dir.filePath(QStringLiteral("full-disk.png"));
        m_filesCannotGrow = true;
        const auto restore = qScopeGuard([this] { m_filesCannotGrow = false; });
        const CliRun result =
            run({QStringLiteral("windows"), QStringLiteral("create"), QStringLiteral("--user"), m_userId,
                 QStringLiteral("--no-email"), QStringLiteral("--qr"), png});
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.out.contains(QLatin1StringView("Enroll code:")), qPrintable(result.out));
        QVERIFY2(result.err.contains(
                     QStringLiteral("its QR code could not be written to %1: File too large").arg(png)),
                 qPrintable(result.err));
        QVERIFY2(result.err.count(QLatin1StringView("The token was created: do not run the command again")) ==
                     1,
                 qPrintable(result.err));
        QVERIFY(!QFile::exists(png));
        QCOMPARE(posts(), 1);
    }

    void windowsCreateJsonAndSvg()
    {
        const QString svg = m_dir.filePath(QStringLiteral("windows.svg"));
        const CliRun result =
            run({QStringLiteral("--json"), QStringLiteral("windows"), QStringLiteral("create"),
                 QStringLiteral("--user"), m_userId, QStringLiteral("--send-email"),
                 QStringLiteral("--email-text"), QStringLiteral("Hi"), QStringLiteral("--qr"), svg});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject token = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QVERIFY(!token.value(QLatin1StringView("enrollCode")).toString().isEmpty());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<svg"));
    }

    void validationErrorsSendNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString user = QStringLiteral("0123456789abcdef01234567");
        QTest::addRow("duration 59s")
            << QStringList{QStringLiteral("--user"), user, QStringLiteral("--no-email"),
                           QStringLiteral("--duration"), QStringLiteral("59s")}
            << QStringLiteral("Duration");
        QTest::addRow("duration 31d")
            << QStringList{QStringLiteral("--user"), user, QStringLiteral("--no-email"),
                           QStringLiteral("--duration"), QStringLiteral("31d")}
            << QStringLiteral("Duration");
        QTest::addRow("no email choice")
            << QStringList{QStringLiteral("--user"), user} << QStringLiteral("--send-email");
        QTest::addRow("bad user id") << QStringList{QStringLiteral("--user"), QStringLiteral("42"),
                                                    QStringLiteral("--no-email")}
                                     << QStringLiteral("User");
        QTest::addRow("long display name")
            << QStringList{QStringLiteral("--user"), user, QStringLiteral("--no-email"),
                           QStringLiteral("--display-name"), QString(129, u'x')}
            << QStringLiteral("Display name");
        QTest::addRow("bad language")
            << QStringList{QStringLiteral("--user"), user, QStringLiteral("--no-email"),
                           QStringLiteral("--language"), QStringLiteral("xx")}
            << QStringLiteral("Language");
        QTest::addRow("priority out of range")
            << QStringList{QStringLiteral("--user"), user, QStringLiteral("--no-email"),
                           QStringLiteral("--assign"), user + QStringLiteral(":10001")}
            << QStringLiteral("priority");
        QTest::addRow("no user") << QStringList{QStringLiteral("--no-email")}
                                 << QStringLiteral("needs --user ID");
        QTest::addRow("duration 1M (a month or a minute?)")
            << QStringList{QStringLiteral("--user"), user, QStringLiteral("--no-email"),
                           QStringLiteral("--duration"), QStringLiteral("1M")}
            << QStringLiteral("Duration");
        // Trimmed, the two are one tag: refused, not sent twice.
        QTest::addRow("tag twice once trimmed")
            << QStringList{QStringLiteral("--user"),     user,
                           QStringLiteral("--no-email"), QStringLiteral("--tag"),
                           QStringLiteral("it"),         QStringLiteral("--tag"),
                           QStringLiteral(" it ")}
            << QStringLiteral("Tags: “it” is given more than once");
        // One problem, said once however often the tag is given.
        QTest::addRow("long tag twice") << QStringList{QStringLiteral("--user"),
                                                       user,
                                                       QStringLiteral("--no-email"),
                                                       QStringLiteral("--tag"),
                                                       QString(129, u't'),
                                                       QStringLiteral("--tag"),
                                                       QString(129, u't')}
                                        << QStringLiteral("is 129 characters long");
    }

    // Spaces around ids, tags and the display name are dropped, as the console's fields drop them.
    void valuesAreTrimmed()
    {
        const CliRun result =
            run({QStringLiteral("windows"), QStringLiteral("create"), QStringLiteral("--user"),
                 u' ' + m_userId + u' ', QStringLiteral("--no-email"), QStringLiteral("--display-name"),
                 QStringLiteral(" Olga's PC "), QStringLiteral("--tag"), QStringLiteral(" it ")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject body =
            QJsonDocument::fromJson(
                m_sandbox.requests().last().toObject().value(QLatin1StringView("body")).toString().toUtf8())
                .object();
        QCOMPARE(body.value(QLatin1StringView("mdmUserId")).toString(), m_userId);
        QCOMPARE(body.value(QLatin1StringView("displayName")).toString(), QStringLiteral("Olga's PC"));
        QCOMPARE(body.value(QLatin1StringView("tags")).toArray(), QJsonArray{QStringLiteral("it")});
    }

    void validationErrorsSendNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliRun result =
            run(QStringList{QStringLiteral("windows"), QStringLiteral("create")} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.count(mentions) == 1, qPrintable(result.err)); // each problem said once
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    void planWithoutFeatureIsApiError()
    {
        const CliRun result =
            run({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(), QStringLiteral("--org"),
                 SandboxProcess::limitedOrganizationSlug(), QStringLiteral("windows"),
                 QStringLiteral("create"), QStringLiteral("--user"), m_userId, QStringLiteral("--no-email")},
                {}, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(QLatin1StringView("billing plan")));
    }

    void networkFailureExits4()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const CliRun result =
            run({QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1/v1").arg(port),
                 QStringLiteral("orgs"), QStringLiteral("list")},
                {}, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 4);
    }

    void insecureUrlIsUsage()
    {
        const CliRun result = run({QStringLiteral("--base-url"), QStringLiteral("http://api.example.com/v1"),
                                   QStringLiteral("orgs"), QStringLiteral("list")},
                                  {}, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1StringView("https")));
    }

    void windowsBulkFromFileAndStdin()
    {
        const QString path = m_dir.filePath(QStringLiteral("emails.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            (m_userEmail + QStringLiteral("\nnobody@unknown.example\n") + m_userEmail.toUpper() + u'\n')
                .toUtf8());
        file.close();
        CliRun result = run({QStringLiteral("windows"), QStringLiteral("bulk"), QStringLiteral("--emails"),
                             path, QStringLiteral("--no-email")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1StringView("total 2, success 1, fail 1")),
                 qPrintable(result.out));

        result = run({QStringLiteral("--json"), QStringLiteral("windows"), QStringLiteral("bulk"),
                      QStringLiteral("--emails"), QStringLiteral("-"), QStringLiteral("--no-email")},
                     m_userEmail.toUtf8() + "\n");
        QCOMPARE(result.exitCode, 0);
        const QJsonObject data = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(data.value(QLatin1StringView("total")).toInt(), 1);
        QCOMPARE(data.value(QLatin1StringView("success")).toInt(), 1);
    }

    void windowsBulkInvalidLines()
    {
        const QByteArray list = m_userEmail.toUtf8() + "\nnot an address\n";
        CliRun result = runBulk(list);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1StringView("line 2")));
        QCOMPARE(m_sandbox.requests().size(), 0);

        result = runBulk(list, {QStringLiteral("--skip-invalid")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1StringView("total 1")));
    }

    // "Olga olga.muller@…" may be "Olgaolga.muller@…" with a space typed in: the part with the @ is
    // someone else's address, so the line is refused, not sent to it.
    void windowsBulkRefusesWordsNextToAnAddress()
    {
        CliRun result = runBulk("Olga " + m_userEmail.toUtf8() + "\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("line 1")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1StringView("other words next to the address")),
                 qPrintable(result.err));
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    // "ann@… (old: bob@…)": the address in the comment is listed as invalid, not sent to; with
    // --skip-invalid only the line's own address gets a token.
    void windowsBulkListsAnAddressInAComment()
    {
        const QByteArray list = m_userEmail.toUtf8() + " (old: former.address@example.com)\n";
        CliRun result = runBulk(list);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("inside a comment")), qPrintable(result.err));
        QCOMPARE(m_sandbox.requests().size(), 0);

        result = runBulk(list, {QStringLiteral("--skip-invalid")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(lastBody().value(QLatin1StringView("userEmails")).toArray(), QJsonArray{m_userEmail});
    }

    void windowsList()
    {
        CliRun result = run({QStringLiteral("windows"), QStringLiteral("list"), QStringLiteral("--limit"),
                             QStringLiteral("5")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1StringView("Page 1 of")));
        result = run({QStringLiteral("--json"), QStringLiteral("windows"), QStringLiteral("list"),
                      QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--page"),
                      QStringLiteral("2")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject page = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(page.value(QLatin1StringView("page")).toInt(), 2);
        QCOMPARE(page.value(QLatin1StringView("items")).toArray().size(), 3);
    }

    // users search shows one page: --page reaches the others, and the output says when there are more
    // (with --json on stderr: stdout stays the array of the page's users). Every page together is every
    // user, each once.
    void usersSearchPages()
    {
        const QJsonArray all = m_sandbox.users();
        const int pages = int((all.size() + 19) / 20); // 20 a page, UserSearchQuery's default
        QVERIFY2(pages > 1, "the sandbox needs more than one page of users");
        QVERIFY(m_sandbox.clearRequests());
        QSet<QString> seen;
        for (int page = 1; page <= pages; ++page) {
            const CliRun result =
                run({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("search"), QString(),
                     QStringLiteral("--page"), QString::number(page)});
            QCOMPARE(result.exitCode, 0);
            const QJsonDocument users = QJsonDocument::fromJson(result.out.toUtf8());
            QVERIFY2(users.isArray(), qPrintable(result.out));
            for (const QJsonValue& user : users.array())
                seen.insert(user.toObject().value(QLatin1StringView("id")).toString());
            const QString more = QStringLiteral("Page %1 of %2 · %3 ").arg(page).arg(pages).arg(all.size());
            if (page < pages) {
                QVERIFY2(result.err.contains(QStringLiteral("note: ") + more), qPrintable(result.err));
                QVERIFY2(result.err.contains(QStringLiteral("--page %1 for more").arg(page + 1)),
                         qPrintable(result.err));
            } else {
                QVERIFY2(result.err.isEmpty(), qPrintable(result.err)); // the last page: nothing more
            }
        }
        QCOMPARE(seen.size(), all.size());

        // Without --json the pager follows the rows, as windows list's does.
        const CliRun text = run({QStringLiteral("users"), QStringLiteral("search"), QString()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Page 1 of %1").arg(pages)), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1StringView("--page 2 for more")), qPrintable(text.out));
    }

    // --page is checked as windows list's is, before anything is sent.
    void usersSearchPageIsValidated_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("0") << QStringLiteral("0") << QStringLiteral("Page: 1 or more.");
        QTest::addRow("-1") << QStringLiteral("-1") << QStringLiteral("Page: 1 or more.");
        QTest::addRow("two") << QStringLiteral("two")
                             << QStringLiteral("--page and --limit take whole numbers.");
        QTest::addRow("1.5") << QStringLiteral("1.5")
                             << QStringLiteral("--page and --limit take whole numbers.");
    }

    void usersSearchPageIsValidated()
    {
        QFETCH(QString, page);
        QFETCH(QString, mentions);
        const CliRun result = run({QStringLiteral("users"), QStringLiteral("search"), QStringLiteral("a"),
                                   QStringLiteral("--page"), page});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    // A page past the last has no rows, and that is said on stderr: not an empty list, not a failure
    // (exit 0: the request was answered, and the list may have shrunk since the page was counted).
    void pagePastTheLastSaysSo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("windows list") << QStringList{QStringLiteral("windows"), QStringLiteral("list")};
        QTest::addRow("--json windows list")
            << QStringList{QStringLiteral("--json"), QStringLiteral("windows"), QStringLiteral("list")};
        QTest::addRow("users search")
            << QStringList{QStringLiteral("users"), QStringLiteral("search"), QString()};
        QTest::addRow("--json users search") << QStringList{QStringLiteral("--json"), QStringLiteral("users"),
                                                            QStringLiteral("search"), QString()};
    }

    void pagePastTheLastSaysSo()
    {
        QFETCH(QStringList, arguments);
        const CliRun result = run(arguments + QStringList{QStringLiteral("--page"), QStringLiteral("99")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(
                     QRegularExpression(QStringLiteral("^note: page 99 is past the last page, [1-9]"))),
                 qPrintable(result.err));
        QVERIFY2(!result.err.contains(QLatin1StringView("for more")), qPrintable(result.err));
        QVERIFY2(!result.out.contains(QLatin1StringView("for more")), qPrintable(result.out));
    }

    void androidCreateWritesTheApisQr()
    {
        const QString png = m_dir.filePath(QStringLiteral("android.png"));
        const CliRun result = androidCreateWithQr(png);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1StringView("COPE")));
        QImage image;
        QVERIFY(image.load(png));
        // The QR came from the API's qrcodeUrl, not from the fallback.
        QVERIFY2(!result.err.contains(QLatin1StringView("could not be downloaded")), qPrintable(result.err));
    }

    // A work profile goes on a personal device already set up, which opens the link: --qr writes the
    // link's QR code, not the setup wizard's from the API (not even asked for). The primary policy sent
    // is printed, although the answer does not give it back.
    void androidWorkProfileQrIsTheLinks()
    {
        const QString policy = m_sandbox.policies(QStringLiteral("android"))
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1StringView("id"))
                                   .toString();
        const QString png = m_dir.filePath(QStringLiteral("work-profile.png"));
        QVERIFY(m_sandbox.clearRequests());
        const CliRun result =
            run({QStringLiteral("android"), QStringLiteral("create"), QStringLiteral("--user"), m_userId,
                 QStringLiteral("--mode"), QStringLiteral("PROFILE_OWNER"), QStringLiteral("--policy"),
                 policy, QStringLiteral("--no-email"), QStringLiteral("--qr"), png});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Primary policy:")) && result.out.contains(policy),
                 qPrintable(result.out));
        for (const QJsonValue& request : m_sandbox.requests())
            QVERIFY(!request.toObject()
                         .value(QLatin1StringView("path"))
                         .toString()
                         .contains(QLatin1StringView("/qr/")));
        QImage image;
        QVERIFY(image.load(png));
    }

    // Outside a work profile the QR code to scan is the API's setup image (it carries the provisioning
    // data), a PNG: an SVG target is refused before anything is sent. A work profile's is the link's.
    void androidSetupQrIsNeverSvg()
    {
        for (const QString& mode : {QStringLiteral("COPE"), QStringLiteral("DEVICE_OWNER")}) {
            const QString svg = m_dir.filePath(mode + QStringLiteral(".svg"));
            const CliRun result = run({QStringLiteral("android"), QStringLiteral("create"),
                                       QStringLiteral("--user"), m_userId, QStringLiteral("--mode"), mode,
                                       QStringLiteral("--no-email"), QStringLiteral("--qr"), svg});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(
                result.err.contains(QStringLiteral("--qr %1: a %2 token's QR code is the setup image the "
                                                   "API makes, a PNG")
                                        .arg(svg, mode)),
                qPrintable(result.err));
            QCOMPARE(posts(), 0);
            QVERIFY(!QFile::exists(svg));
        }
        const QString svg = m_dir.filePath(QStringLiteral("work-profile.svg"));
        const CliRun result =
            run({QStringLiteral("android"), QStringLiteral("create"), QStringLiteral("--user"), m_userId,
                 QStringLiteral("--mode"), QStringLiteral("PROFILE_OWNER"), QStringLiteral("--no-email"),
                 QStringLiteral("--qr"), svg});
        QCOMPARE(result.exitCode, 0);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<svg"));
    }

    // The setup QR image cannot be had (a login page in front of its host, an error): nothing is written
    // in its place, since the link's QR code would pass for it and set up no device. Exit 5: the token
    // exists, stderr says so and where the QR code is.
    void androidSetupQrThatCannotBeDownloadedIsNotReplaced_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addRow("a page, not an image") << QJsonObject{{QStringLiteral("type"), QStringLiteral("html")},
                                                             {QStringLiteral("httpStatus"), 200}};
        QTest::addRow("404") << QJsonObject{{QStringLiteral("type"), QStringLiteral("apiError")},
                                            {QStringLiteral("httpStatus"), 404}};
    }

    void androidSetupQrThatCannotBeDownloadedIsNotReplaced()
    {
        QFETCH(QJsonObject, fault);
        fault.insert(QStringLiteral("method"), QStringLiteral("GET"));
        fault.insert(QStringLiteral("pathContains"), QStringLiteral("/qr/"));
        QVERIFY(m_sandbox.injectFault(fault));
        const QString png = m_dir.filePath(QStringLiteral("android-no-setup-qr.png"));
        const CliRun result = androidCreateWithQr(png);
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.out.contains(QLatin1StringView("Enroll code:")), qPrintable(result.out));
        QVERIFY2(result.err.contains(QLatin1StringView(
                     "error: the token was created (above), but its setup QR code could not be downloaded")),
                 qPrintable(result.err));
        QVERIFY2(
            result.err.contains(QStringLiteral("No QR code was written to %1. Get it from the token in the "
                                               "Applivery dashboard, or download it from http")
                                    .arg(png)),
            qPrintable(result.err));
        QVERIFY2(
            result.err.contains(QLatin1StringView("The token was created: do not run the command again")),
            qPrintable(result.err));
        QVERIFY(!QFile::exists(png));
        QCOMPARE(posts(), 1);
    }

    // A create that reached the server and got no refusal may exist: exit 6 and how to check, not 3 or
    // 4, which scripts may take as "send it again".
    void createThatMayHaveBeenCarriedOutExits6_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<bool>("bulk");
        const QJsonObject gatewayPage{{QStringLiteral("type"), QStringLiteral("html")},
                                      {QStringLiteral("method"), QStringLiteral("POST")}};
        QTest::addRow("gateway page") << gatewayPage << false;
        QTest::addRow("answer without the token")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("emptyData")}} << false;
        QTest::addRow("bulk, gateway page") << gatewayPage << true;
    }

    void createThatMayHaveBeenCarriedOutExits6()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(bool, bulk);
        QVERIFY(m_sandbox.injectFault(fault));
        const CliRun result = bulk ? runBulk(m_userEmail.toUtf8() + '\n')
                                   : run({QStringLiteral("windows"), QStringLiteral("create"),
                                          QStringLiteral("--user"), m_userId, QStringLiteral("--no-email")});
        QCOMPARE(result.exitCode, 6);
        QVERIFY2(result.err.contains(QLatin1StringView("may have carried it out")), qPrintable(result.err));
        // The same server and organization as the create (run() passes --base-url and --org).
        const QString listing = QStringLiteral("enrolldesk-cli --base-url %1 --org %2 windows list ")
                                    .arg(m_sandbox.baseUrl().toString(), SandboxProcess::organizationSlug());
        QVERIFY2(result.err.contains(listing + (bulk ? QStringLiteral("--sort createdAt:desc --limit 1")
                                                     : QStringLiteral("--user ") + m_userId)),
                 qPrintable(result.err));
        QCOMPARE(posts(), 1);
    }

    // A proxy's 429 page in front of the API: its status's meaning, exit 3 (refused, nothing created).
    void proxyPageKeepsTheStatusMeaning()
    {
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("html")},
                                       {QStringLiteral("httpStatus"), 429},
                                       {QStringLiteral("method"), QStringLiteral("POST")}}));
        const CliRun result = run({QStringLiteral("windows"), QStringLiteral("create"),
                                   QStringLiteral("--user"), m_userId, QStringLiteral("--no-email")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QLatin1StringView("Too many requests")), qPrintable(result.err));
    }

    // {"status":true,"data":{…},"error":null} is a created token, not a refusal.
    void errorNullBesideDataIsSuccess()
    {
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("nullError")}}));
        const CliRun result = run({QStringLiteral("windows"), QStringLiteral("create"),
                                   QStringLiteral("--user"), m_userId, QStringLiteral("--no-email")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1StringView("Enroll code")), qPrintable(result.out));
    }

    void androidBadModeIsUsage()
    {
        const CliRun result =
            run({QStringLiteral("android"), QStringLiteral("create"), QStringLiteral("--user"), m_userId,
                 QStringLiteral("--mode"), QStringLiteral("KIOSK"), QStringLiteral("--no-email")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1StringView("Management mode")));
        QCOMPARE(m_sandbox.requests().size(), 0);

        const CliRun noMode = run({QStringLiteral("android"), QStringLiteral("create"),
                                   QStringLiteral("--user"), m_userId, QStringLiteral("--no-email")});
        QCOMPARE(noMode.exitCode, 2);
        QVERIFY2(noMode.err.contains(QLatin1StringView("needs --mode")), qPrintable(noMode.err));
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    void profileCommandsRejectExtraWords_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("extra");
        QTest::newRow("profile add") << QStringList{QStringLiteral("profile"), QStringLiteral("add"),
                                                    QStringLiteral("New"), QStringLiteral("Lab")}
                                     << QStringLiteral("“Lab”");
        QTest::newRow("profile remove") << QStringList{QStringLiteral("profile"), QStringLiteral("remove"),
                                                       QStringLiteral("Lab"), QStringLiteral("North")}
                                        << QStringLiteral("“North”");
        QTest::newRow("profile use") << QStringList{QStringLiteral("profile"), QStringLiteral("use"),
                                                    QStringLiteral("Lab"), QStringLiteral("North")}
                                     << QStringLiteral("“North”");
        QTest::newRow("profile list")
            << QStringList{QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("Lab")}
            << QStringLiteral("“Lab”");
        QTest::newRow("auth test") << QStringList{QStringLiteral("--profile"), QStringLiteral("Lab"),
                                                  QStringLiteral("auth"), QStringLiteral("test"),
                                                  QStringLiteral("now")}
                                   << QStringLiteral("“now”");
    }

    // One NAME at most (a name with spaces is quoted), never several words joined or ignored: the same
    // usage error for every profile and auth command, with nothing changed.
    void profileCommandsRejectExtraWords()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, extra);
        // Profiles of its own, so the other tests never see an active profile.
        m_configHome = m_dir.filePath(QStringLiteral("config-extra-words"));
        const auto restore = qScopeGuard([this] { m_configHome.clear(); });
        const auto profileNames = [this] {
            const CliRun listed =
                run({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("list")});
            QStringList names;
            for (const QJsonValue& profile : QJsonDocument::fromJson(listed.out.toUtf8()).array())
                names.append(profile.toObject().value(QLatin1StringView("name")).toString());
            return names;
        };
        if (!profileNames().contains(QStringLiteral("Lab")))
            QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Lab")}).exitCode,
                     0);
        const QStringList before = profileNames();

        const CliRun result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        const QString command = QString::fromLatin1(QTest::currentDataTag());
        QVERIFY2(result.err.contains(command + QStringLiteral(": unexpected extra words ") + extra),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("Usage: enrolldesk-cli ") + command),
                 qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(profileNames(), before); // nothing added or removed
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    // A word or an option the command does not take is refused and named, never dropped: the token
    // would be named "Laptop", the --page or the --qr file silently ignored.
    void strayArgumentsAreUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        // The arguments, one per space; USER stands for the test's user id.
        argumentsRow("windows create, a display name in two words",
                     "windows create --user USER --no-email --display-name Laptop Ana",
                     "windows create: unexpected extra words “Ana”");
        argumentsRow("users search --sort", "users search a --sort name",
                     "users search: options it does not take: --sort.");
        argumentsRow("windows bulk --qr --user", "windows bulk --emails - --no-email --qr x.png --user USER",
                     "windows bulk: options it does not take: --user, --qr.");
        argumentsRow("windows list, a word", "windows list mine",
                     "windows list: unexpected extra words “mine”");
        argumentsRow("orgs list --limit", "orgs list --limit 5",
                     "orgs list: options it does not take: --limit.");
        argumentsRow("android create --emails",
                     "android create --user USER --mode COPE --no-email --emails list.txt",
                     "android create: options it does not take: --emails.");
        argumentsRow("profile list --page", "profile list --page 2",
                     "profile list: options it does not take: --page. Usage: enrolldesk-cli profile list");
    }

    void strayArgumentsAreUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        arguments.replaceInStrings(QStringLiteral("USER"), m_userId);
        const CliRun result = run(arguments, m_userEmail.toUtf8() + '\n');
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(named), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    // users search takes all the words after it as its text.
    void usersSearchTakesSeveralWords()
    {
        const QJsonObject user = m_sandbox.users().first().toObject();
        const QString name = user.value(QLatin1StringView("name")).toString();
        QVERIFY2(name.contains(u' '), qPrintable(name));
        QVERIFY(m_sandbox.clearRequests());
        const CliRun result = run(QStringList{QStringLiteral("users"), QStringLiteral("search")} +
                                  name.split(u' ', Qt::SkipEmptyParts));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(user.value(QLatin1StringView("email")).toString()),
                 qPrintable(result.out));
    }

    void quotedNameWithSpaces()
    {
        m_configHome = m_dir.filePath(QStringLiteral("config-quoted-name"));
        const auto restore = qScopeGuard([this] { m_configHome.clear(); });
        CliRun result = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("North Lab")});
        QCOMPARE(result.exitCode, 0);
        result = run({QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("North Lab")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1StringView("North Lab")), qPrintable(result.out));
    }

    // The profile's default duration and language apply when the options are not given, as in the
    // console's forms: --profile, or the active profile.
    void profileDefaultsApply_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        const QString user = QStringLiteral("USER");
        QTest::addRow("windows create --profile")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("Defaults"), QStringLiteral("windows"),
                           QStringLiteral("create"),    QStringLiteral("--user"),   user,
                           QStringLiteral("--no-email")}
            << QByteArray();
        QTest::addRow("windows create, active profile")
            << QStringList{QStringLiteral("windows"), QStringLiteral("create"), QStringLiteral("--user"),
                           user, QStringLiteral("--no-email")}
            << QByteArray();
        QTest::addRow("windows bulk")
            << QStringList{QStringLiteral("windows"), QStringLiteral("bulk"), QStringLiteral("--emails"),
                           QStringLiteral("-"), QStringLiteral("--no-email")}
            << QByteArray("EMAIL\n");
        QTest::addRow("android create") << QStringList{QStringLiteral("android"),   QStringLiteral("create"),
                                                       QStringLiteral("--user"),    user,
                                                       QStringLiteral("--mode"),    QStringLiteral("COPE"),
                                                       QStringLiteral("--no-email")}
                                        << QByteArray();
    }

    void profileDefaultsApply()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        arguments.replaceInStrings(QStringLiteral("USER"), m_userId);
        input.replace("EMAIL", m_userEmail.toUtf8());
        const auto restore = useProfileWithDefaults();
        QVERIFY(m_sandbox.clearRequests());

        CliRun result = run(arguments, input, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 0);
        QJsonObject body = lastBody();
        QCOMPARE(body.value(QLatin1StringView("duration")).toInteger(), 7200);
        QCOMPARE(body.value(QLatin1StringView("language")).toString(), QStringLiteral("de"));

        // --verbose says what applies and where it comes from.
        result =
            run(QStringList{QStringLiteral("--verbose")} + arguments, input, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral("duration: 2h (7200 s), from profile “Defaults”")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("language: de, from profile “Defaults”")),
                 qPrintable(result.err));

        // Explicit options win.
        result = run(arguments + QStringList{QStringLiteral("--duration"), QStringLiteral("3h"),
                                             QStringLiteral("--language"), QStringLiteral("fr")},
                     input, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 0);
        body = lastBody();
        QCOMPARE(body.value(QLatin1StringView("duration")).toInteger(), 10800);
        QCOMPARE(body.value(QLatin1StringView("language")).toString(), QStringLiteral("fr"));
    }

    // Without a profile (--base-url and --org given), nothing is added: the API's own defaults apply.
    void noProfileSendsNoDefaults()
    {
        const auto restore = useProfileWithDefaults(); // active, but not used with --base-url/--org
        const CliRun result =
            run({QStringLiteral("--verbose"), QStringLiteral("windows"), QStringLiteral("create"),
                 QStringLiteral("--user"), m_userId, QStringLiteral("--no-email")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject body = lastBody();
        QVERIFY(!body.contains(QLatin1StringView("duration")));
        QVERIFY(!body.contains(QLatin1StringView("language")));
        QVERIFY2(result.err.contains(QLatin1StringView("duration: not sent")), qPrintable(result.err));
    }

    // The organization is checked with the profiles' rule before anything is sent, wherever it comes
    // from; only `orgs list` needs none.
    void organizationIsValidatedBeforeSending_data()
    {
        QTest::addColumn<QStringList>("connection");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("--org too short")
            << QStringList{QStringLiteral("--org"), QStringLiteral("ab")} << QStringLiteral("--org “ab”");
        QTest::addRow("--org with a space") << QStringList{QStringLiteral("--org"), QStringLiteral("ac me")}
                                            << QStringLiteral("--org “ac me”");
        QTest::addRow("no organization at all") << QStringList{} << QStringLiteral("No --org given");
    }

    void organizationIsValidatedBeforeSending()
    {
        QFETCH(QStringList, connection);
        QFETCH(QString, mentions);
        const CliRun result =
            run(QStringList{QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()} + connection +
                    QStringList{QStringLiteral("windows"), QStringLiteral("create"), QStringLiteral("--user"),
                                m_userId, QStringLiteral("--no-email")},
                {}, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1StringView("Organization:")), qPrintable(result.err));
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    // An empty value is not a missing option: with a profile in use, `--org ""` would create the token
    // in the profile's organization, `--base-url ""` send it to the profile's (or the default) server.
    void emptyOptionValueIsUsage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("named");
        QTest::addRow("--org \"\"") << QStringList{QStringLiteral("--org"), QString()}
                                    << QStringLiteral("--org");
        QTest::addRow("--org=") << QStringList{QStringLiteral("--org=")} << QStringLiteral("--org");
        QTest::addRow("--base-url \"\"")
            << QStringList{QStringLiteral("--base-url"), QString()} << QStringLiteral("--base-url");
        QTest::addRow("--profile \"\"")
            << QStringList{QStringLiteral("--profile"), QString()} << QStringLiteral("--profile");
        QTest::addRow("--display-name \" \"")
            << QStringList{QStringLiteral("--display-name"), QStringLiteral(" ")}
            << QStringLiteral("--display-name");
        QTest::addRow("second --tag \"\"")
            << QStringList{QStringLiteral("--tag"), QStringLiteral("it"), QStringLiteral("--tag"), QString()}
            << QStringLiteral("--tag");
    }

    void emptyOptionValueIsUsage()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, named);
        const auto restore = useProfileWithDefaults(); // active: what an empty value used to fall back to
        QVERIFY(m_sandbox.clearRequests());
        const CliRun result =
            run(options + QStringList{QStringLiteral("windows"), QStringLiteral("create"),
                                      QStringLiteral("--user"), m_userId, QStringLiteral("--no-email")},
                {}, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(named + QStringLiteral(" was given an empty value")),
                 qPrintable(result.err));
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    // An option that takes one value, given twice with two: the parser would keep the last without a
    // word (`--org acme --org tiny`: the token in whichever organization came last). Refused, named,
    // nothing sent; the connection options come first in every run, so each row repeats one of them
    // or gives a command's option twice.
    void repeatedOptionIsUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        argumentsRow("--org", "--org tiny windows create --user USER --no-email",
                     "--org was given more than once");
        argumentsRow("--base-url", "--base-url http://127.0.0.1:1/v1 orgs list",
                     "--base-url was given more than once");
        argumentsRow("--user", "windows create --user USER --user 0123456789abcdef01234567 --no-email",
                     "--user was given more than once");
        argumentsRow("--duration", "windows create --user USER --no-email --duration 1h --duration 2h",
                     "--duration was given more than once");
        argumentsRow("--page", "windows list --page 1 --page 2", "--page was given more than once");
        argumentsRow("profile add --language", "profile add Twice --org acme --language de --language en",
                     "--language was given more than once");
    }

    void repeatedOptionIsUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        arguments.replaceInStrings(QStringLiteral("USER"), m_userId);
        // A config home of its own, to see that `profile add` added nothing.
        m_configHome = m_dir.filePath(QStringLiteral("config-repeated-option"));
        const auto restore = qScopeGuard([this] { m_configHome.clear(); });
        const CliRun result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(named), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(m_sandbox.requests().size(), 0);
        const CliRun profiles =
            run({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(profiles.out.toUtf8()).array(), QJsonArray());
    }

    // The same value twice says one thing: taken. --tag and --assign add a value each time.
    void repeatedOptionWithOneValueIsTaken()
    {
        const CliRun result =
            run({QStringLiteral("--org"), SandboxProcess::organizationSlug(), QStringLiteral("windows"),
                 QStringLiteral("create"), QStringLiteral("--user"), m_userId, QStringLiteral("--no-email"),
                 QStringLiteral("--tag"), QStringLiteral("it"), QStringLiteral("--tag"),
                 QStringLiteral("laptop")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(lastBody().value(QLatin1StringView("tags")).toArray(),
                 (QJsonArray{QStringLiteral("it"), QStringLiteral("laptop")}));
    }

    void orgsListNeedsNoOrganization()
    {
        const CliRun result = run({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
                                   QStringLiteral("orgs"), QStringLiteral("list")},
                                  {}, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(SandboxProcess::organizationSlug()));
    }

    // orgs list needs no organization, but one that is given is checked like any other (README).
    void orgsListChecksAGivenOrganization()
    {
        const CliRun result =
            run({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(), QStringLiteral("--org"),
                 QStringLiteral("ab"), QStringLiteral("orgs"), QStringLiteral("list")},
                {}, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--org “ab”")), qPrintable(result.err));
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    // Duplicates never reach the API; the run says how many were removed (stderr, and --json).
    void windowsBulkReportsDuplicates()
    {
        const QByteArray list = m_userEmail.toUtf8() + '\n' + m_userEmail.toUpper().toUtf8() + '\n' +
                                m_userEmail.toUtf8() + "\nnot an address\n";
        CliRun result = runBulk(list, {QStringLiteral("--skip-invalid")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QLatin1StringView("2 duplicate address(es) removed")),
                 qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1StringView("total 1")), qPrintable(result.out));

        result = run({QStringLiteral("--json"), QStringLiteral("windows"), QStringLiteral("bulk"),
                      QStringLiteral("--emails"), QStringLiteral("-"), QStringLiteral("--no-email"),
                      QStringLiteral("--skip-invalid")},
                     list);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject data = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(data.value(QLatin1StringView("total")).toInt(), 1);
        QCOMPARE(data.value(QLatin1StringView("duplicatesRemoved")).toInt(-1), 2);
        QCOMPARE(data.value(QLatin1StringView("invalidSkipped")).toInt(-1), 1);
    }

    // The userEmails of each POST the sandbox recorded, in order.
    QList<QStringList> postedBatches()
    {
        QList<QStringList> batches;
        for (const QJsonValue& request : m_sandbox.requests()) {
            const QJsonObject object = request.toObject();
            if (object.value(QLatin1StringView("method")).toString() != QLatin1StringView("POST"))
                continue;
            QStringList emails;
            const QJsonObject body =
                QJsonDocument::fromJson(object.value(QLatin1StringView("body")).toString().toUtf8()).object();
            for (const QJsonValue& email : body.value(QLatin1StringView("userEmails")).toArray())
                emails << email.toString();
            batches << emails;
        }
        return batches;
    }

    static QStringList strings(const QJsonValue& array)
    {
        QStringList list;
        for (const QJsonValue& value : array.toArray())
            list << value.toString();
        return list;
    }

    // Like the console: batches of 100 by default, one request each, the counts summed.
    void windowsBulkSendsBatches()
    {
        QStringList emails;
        for (int i = 1; i <= 150; ++i)
            emails << QStringLiteral("person%1@unknown.example").arg(i);
        emails[0] = m_userEmail;
        CliRun result = runBulk(emails.join(u'\n').toUtf8(), {QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QList<QStringList> batches = postedBatches();
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches.at(0), emails.mid(0, 100));
        QCOMPARE(batches.at(1), emails.mid(100));
        const QJsonObject data = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(data.value(QLatin1StringView("total")).toInt(), 150);
        QCOMPARE(data.value(QLatin1StringView("success")).toInt(), 1);
        QCOMPARE(data.value(QLatin1StringView("fail")).toInt(), 149);
        QCOMPARE(data.value(QLatin1StringView("batches")).toInt(), 2);
        QCOMPARE(data.value(QLatin1StringView("batchesAnswered")).toInt(), 2);
        QCOMPARE(strings(data.value(QLatin1StringView("mayHaveTokens"))), QStringList());
        QCOMPARE(strings(data.value(QLatin1StringView("notCreated"))), QStringList());

        QVERIFY(m_sandbox.clearRequests());
        result = runBulk(emails.mid(0, 5).join(u'\n').toUtf8(),
                         {QStringLiteral("--batch-size"), QStringLiteral("2")});
        QCOMPARE(result.exitCode, 0);
        batches = postedBatches();
        QCOMPARE(batches, (QList<QStringList>{emails.mid(0, 2), emails.mid(2, 2), emails.mid(4, 1)}));
        QVERIFY2(result.out.contains(QLatin1StringView("total 5, success 1, fail 4")),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1StringView("batches answered: 3 of 3")), qPrintable(result.out));
        // A line per batch on stderr as it ends: a run killed part-way leaves a record of what was answered.
        QVERIFY2(
            result.err.contains(QLatin1StringView("batch 1 of 3 (addresses 1 to 2): answered, 1 created, 1 "
                                                  "failed")) &&
                result.err.contains(QLatin1StringView("batch 3 of 3 (addresses 5 to 5): answered")),
            qPrintable(result.err));
    }

    void batchSizeOutOfRangeIsUsage_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addRow("0") << QStringLiteral("0");
        QTest::addRow("1001") << QStringLiteral("1001");
        QTest::addRow("ten") << QStringLiteral("ten");
    }

    void batchSizeOutOfRangeIsUsage()
    {
        QFETCH(QString, size);
        const CliRun result = runBulk(m_userEmail.toUtf8(), {QStringLiteral("--batch-size"), size});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(
                     QStringLiteral("--batch-size: “%1” is not a whole number from 1 to 1000").arg(size)),
                 qPrintable(result.err));
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    // The first batch that fails stops the run; nothing is sent again or after it. The report says which
    // addresses may have tokens (that batch, when it may have been carried out) and which surely have
    // none (that batch when refused, and every batch after it); the exit code says which case it is.
    void windowsBulkStopsAtTheFirstFailedBatch_data()
    {
        QTest::addColumn<QJsonObject>("fault"); // hits the second batch; none: the server is not there
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("uncertain");
        QTest::addRow("gateway page: may have been carried out")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("html")},
                           {QStringLiteral("method"), QStringLiteral("POST")}}
            << 6 << true;
        QTest::addRow("dropped connection: may have been carried out")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("drop")},
                           {QStringLiteral("method"), QStringLiteral("POST")}}
            << 6 << true;
        QTest::addRow("refused (5145)") << QJsonObject{{QStringLiteral("type"), QStringLiteral("apiError")},
                                                       {QStringLiteral("code"), 5145},
                                                       {QStringLiteral("method"), QStringLiteral("POST")}}
                                        << 3 << false;
        QTest::addRow("never arrived") << QJsonObject() << 4 << false;
    }

    void windowsBulkStopsAtTheFirstFailedBatch()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, exitCode);
        QFETCH(bool, uncertain);
        const QStringList emails{m_userEmail, QStringLiteral("b@unknown.example"),
                                 QStringLiteral("c@unknown.example"), QStringLiteral("d@unknown.example"),
                                 QStringLiteral("e@unknown.example")};
        QStringList arguments{
            QStringLiteral("--json"),       QStringLiteral("windows"), QStringLiteral("bulk"),
            QStringLiteral("--emails"),     QStringLiteral("-"),       QStringLiteral("--no-email"),
            QStringLiteral("--batch-size"), QStringLiteral("2")};
        QUrl baseUrl = m_sandbox.baseUrl();
        if (fault.isEmpty()) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            baseUrl.setPort(probe.serverPort());
        } else {
            // The first batch passes (a fault that changes nothing), the second gets `fault`.
            QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("slow")},
                                           {QStringLiteral("delayMs"), 0},
                                           {QStringLiteral("method"), QStringLiteral("POST")}}));
            QVERIFY(m_sandbox.injectFault(fault));
        }
        const CliRun result = run(QStringList{QStringLiteral("--base-url"), baseUrl.toString(),
                                              QStringLiteral("--org"), SandboxProcess::organizationSlug()} +
                                      arguments,
                                  emails.join(u'\n').toUtf8(), SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, exitCode);
        const bool reached = !fault.isEmpty();
        QCOMPARE(postedBatches(),
                 reached ? (QList<QStringList>{emails.mid(0, 2), emails.mid(2, 2)}) : QList<QStringList>());
        const QJsonObject data = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(data.value(QLatin1StringView("batches")).toInt(), 3);
        QCOMPARE(data.value(QLatin1StringView("batchesAnswered")).toInt(), reached ? 1 : 0);
        QCOMPARE(data.value(QLatin1StringView("total")).toInt(), reached ? 2 : 0);
        QCOMPARE(data.value(QLatin1StringView("success")).toInt(), reached ? 1 : 0);
        const QStringList second = reached ? emails.mid(2, 2) : QStringList();
        QCOMPARE(strings(data.value(QLatin1StringView("mayHaveTokens"))), uncertain ? second : QStringList());
        QCOMPARE(strings(data.value(QLatin1StringView("notCreated"))),
                 uncertain ? emails.mid(4) : emails.mid(reached ? 2 : 0));
        QVERIFY2(result.err.contains(QStringLiteral("the run stopped at batch %1 of 3").arg(reached ? 2 : 1)),
                 qPrintable(result.err));
        // How to see what the uncertain batch may have made: its tokens are the newest.
        const QString check = QStringLiteral("enrolldesk-cli --base-url %1 --org %2 windows list --sort "
                                             "createdAt:desc --limit 2")
                                  .arg(baseUrl.toString(), SandboxProcess::organizationSlug());
        QCOMPARE(result.err.contains(check), uncertain);
        QCOMPARE(result.err.contains(QLatin1StringView("may have carried it out")), uncertain);
        QVERIFY2(result.err.contains(QStringLiteral("batch %1 of 3 (addresses %2 to %3): failed")
                                         .arg(reached ? 2 : 1)
                                         .arg(reached ? 3 : 1)
                                         .arg(reached ? 4 : 2)),
                 qPrintable(result.err));
        QCOMPARE(result.err.contains(QLatin1StringView("its tokens may exist")), uncertain);
    }

    // A server whose every page claims a next one: the list stops at the page cap and says so.
    void listCutAtThePageCapSaysSo()
    {
        int requests = 0;
        ReplayServer server([&requests](const QByteArray& requestLine) {
            ++requests;
            const QUrlQuery query(QUrl(QString::fromLatin1(requestLine.split(' ').value(1))));
            const int page = query.queryItemValue(QStringLiteral("page")).toInt();
            const QJsonObject organization{
                {QStringLiteral("id"), QStringLiteral("%1").arg(page, 24, 10, QChar(u'0'))},
                {QStringLiteral("name"), QStringLiteral("Org %1").arg(page)},
                {QStringLiteral("slug"), QStringLiteral("org-%1").arg(page)}};
            const QJsonObject data{{QStringLiteral("items"), QJsonArray{organization}},
                                   {QStringLiteral("page"), page},
                                   {QStringLiteral("hasNextPage"), true}};
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("status"), true}, {QStringLiteral("data"), data}})
                .toJson(QJsonDocument::Compact);
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const CliRun result = run({QStringLiteral("--base-url"),
                                   QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()),
                                   QStringLiteral("orgs"), QStringLiteral("list")},
                                  {}, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(requests, ApiClient::kMaxListPages);
        QVERIFY2(result.err.contains(QLatin1StringView("still had more after 50 pages (50 items)")),
                 qPrintable(result.err));
        QVERIFY(result.out.contains(QLatin1StringView("org-50")));
    }

    // A redirect is never followed, and never a success, even with a token in its body.
    void redirectIsNotASuccess()
    {
        QFile seed(QStringLiteral(ENROLLDESK_TEST_DATA "/seeds/w1_response.json"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QByteArray answer = seed.readAll();
        ReplayServer server([answer](const QByteArray&) { return answer; });
        server.status = "302 Found\r\nLocation: https://elsewhere.example/v1";
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const CliRun result = run(
            {QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()),
             QStringLiteral("--org"), SandboxProcess::organizationSlug(), QStringLiteral("windows"),
             QStringLiteral("create"), QStringLiteral("--user"), m_userId, QStringLiteral("--no-email")},
            {}, SandboxProcess::apiKey(), false);
        // Not a success; and a redirect after a POST may follow the work done (303): check first.
        QCOMPARE(result.exitCode, 6);
        QVERIFY2(result.err.contains(QLatin1StringView("Redirects are not followed")),
                 qPrintable(result.err));
        QVERIFY(!result.out.contains(QLatin1StringView("Enroll code")));
    }

    // --json keeps the API's data as received and adds EnrollDesk's reading of it: UTC timestamps and
    // an integer segment, even when the server sends the documented quirks (seed 000's sample, replayed).
    void jsonAddsNormalisedFields()
    {
        QFile seed(QStringLiteral(ENROLLDESK_TEST_DATA "/seeds/w1_response.json"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QByteArray answer = seed.readAll();
        ReplayServer server([answer](const QByteArray&) { return answer; });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const CliRun result =
            run({QStringLiteral("--base-url"),
                 QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()), QStringLiteral("--org"),
                 SandboxProcess::organizationSlug(), QStringLiteral("--json"), QStringLiteral("windows"),
                 QStringLiteral("create"), QStringLiteral("--user"), m_userId, QStringLiteral("--no-email")},
                {}, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject token = QJsonDocument::fromJson(result.out.toUtf8()).object();
        // Raw, as received.
        QCOMPARE(token.value(QLatin1StringView("expireAt")).toString(),
                 QStringLiteral("2026-03-15T09: 30:00Z"));
        QCOMPARE(token.value(QLatin1StringView("segmentId")).toString(), QStringLiteral("1"));
        // Normalised.
        QCOMPARE(token.value(QLatin1StringView("expireAtUtc")).toString(),
                 QStringLiteral("2026-03-15T09:30:00.000Z"));
        QCOMPARE(token.value(QLatin1StringView("createdAtUtc")).toString(),
                 QStringLiteral("2026-01-15T09:30:00.000Z"));
        QCOMPARE(token.value(QLatin1StringView("updatedAtUtc")).toString(),
                 QStringLiteral("2026-02-10T12:00:00.000Z"));
        QVERIFY(token.value(QLatin1StringView("segmentIdNumber")).isDouble());
        QCOMPARE(token.value(QLatin1StringView("segmentIdNumber")).toInteger(), 1);
    }

    // The same fields on every listed token; null where the token has no value.
    void jsonListHasNormalisedFields()
    {
        const CliRun result = run({QStringLiteral("--json"), QStringLiteral("windows"),
                                   QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray items =
            QJsonDocument::fromJson(result.out.toUtf8()).object().value(QLatin1StringView("items")).toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue& item : items) {
            const QJsonObject token = item.toObject();
            QVERIFY(token.contains(QLatin1StringView("segmentIdNumber")));
            const QString raw = token.value(QLatin1StringView("expireAt")).toString();
            const QDateTime expires = QDateTime::fromString(
                token.value(QLatin1StringView("expireAtUtc")).toString(), Qt::ISODateWithMs);
            QVERIFY2(expires.isValid(), qPrintable(raw));
            QCOMPARE(expires, QDateTime::fromString(raw, Qt::ISODateWithMs));
        }
    }

    void usersAndPolicies()
    {
        CliRun result = run({QStringLiteral("users"), QStringLiteral("search"), m_userEmail.left(5)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(m_userEmail));
        for (const QString& platform : {QStringLiteral("windows"), QStringLiteral("android")}) {
            result = run({QStringLiteral("--json"), QStringLiteral("policies"), QStringLiteral("list"),
                          QStringLiteral("--platform"), platform});
            QCOMPARE(result.exitCode, 0);
            QVERIFY(QJsonDocument::fromJson(result.out.toUtf8()).array().size() >= 3);
        }
        result = run({QStringLiteral("policies"), QStringLiteral("list"), QStringLiteral("--platform"),
                      QStringLiteral("ios")});
        QCOMPARE(result.exitCode, 2);
        result = run({QStringLiteral("users"), QStringLiteral("search"), m_userEmail.left(5),
                      QStringLiteral("--limit"), QStringLiteral("abc")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("--limit")), qPrintable(result.err));
    }

    // auth test tests the keychain's key: with --api-key-stdin it refuses instead of testing another key.
    void authTestRefusesAKeyOnStandardInput()
    {
        const CliRun result =
            run({QStringLiteral("--api-key-stdin"), QStringLiteral("auth"), QStringLiteral("test")},
                SandboxProcess::apiKey() + '\n');
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("not one on standard input")), qPrintable(result.err));
    }

    // An answer the server sent but the CLI cannot read (a gateway's 502 page, malformed JSON, one over
    // the size cap, a list without its items) is the server's failure, exit 3 like a 500 in the API's
    // envelope; a connection that closes before the answer is a transport failure, exit 4.
    void unreadableAnswerIsServerError_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("502 page") << QJsonObject{{QStringLiteral("type"), QStringLiteral("html")}} << 3;
        QTest::addRow("malformed JSON")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("malformedJson")}} << 3;
        QTest::addRow("too large") << QJsonObject{{QStringLiteral("type"), QStringLiteral("oversized")}} << 3;
        QTest::addRow("no items") << QJsonObject{{QStringLiteral("type"), QStringLiteral("emptyData")}} << 3;
        QTest::addRow("500 in the envelope")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("apiError")},
                           {QStringLiteral("httpStatus"), 500},
                           {QStringLiteral("code"), 3001}}
            << 3;
        QTest::addRow("dropped connection")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("drop")}, {QStringLiteral("count"), 5}}
            << 4;
    }

    void unreadableAnswerIsServerError()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, exitCode);
        fault.insert(QStringLiteral("method"), QStringLiteral("GET"));
        QVERIFY(m_sandbox.injectFault(fault));
        const CliRun result = run({QStringLiteral("windows"), QStringLiteral("list")});
        QVERIFY2(result.exitCode == exitCode, qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    // The parser lists the first EmailListParser::kMaxListedInvalid invalid lines: the rest are counted,
    // not passed over in silence. Skipped with --skip-invalid, the lines are counted on stderr.
    void windowsBulkCountsInvalidLinesNotListed()
    {
        QByteArray list = m_userEmail.toUtf8() + '\n';
        for (int i = 1; i <= 10003; ++i)
            list += "not an address " + QByteArray::number(i) + '\n';
        CliRun result = runBulk(list);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count(
                     QRegularExpression(QStringLiteral("^line \\d+: "), QRegularExpression::MultilineOption)),
                 10000);
        QVERIFY2(result.err.contains(QStringLiteral("… and 3 more not listed")),
                 qPrintable(result.err.right(400)));
        QVERIFY(result.err.contains(QLatin1StringView("10003 invalid line(s); nothing was sent")));
        QCOMPARE(m_sandbox.requests().size(), 0);

        result = runBulk(m_userEmail.toUtf8() + "\nnot an address\nnor this\n",
                         {QStringLiteral("--skip-invalid")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QLatin1StringView("note: 2 invalid line(s) skipped (--skip-invalid)")),
                 qPrintable(result.err));
        QVERIFY2(!result.err.contains(QLatin1StringView("more not listed")), qPrintable(result.err));
    }

    // Without a keychain each command gives the remedy it takes: the auth commands work on the keychain
    // itself and refuse or ignore ENROLLDESK_API_KEY and --api-key-stdin, so those are not offered;
    // an API command takes them. profile remove, like auth remove, exits 2 when the key may remain, in
    // the CLI's words (not the console's offer to keep the key for the session), naming the entry.
    void withoutAKeychainEachCommandGivesItsRemedy()
    {
        m_configHome = m_dir.filePath(QStringLiteral("config-no-keychain"));
        m_noKeychain = true;
        const auto restore = qScopeGuard([this] {
            m_configHome.clear();
            m_noKeychain = false;
        });
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Offline")}).exitCode,
                 0);
        const QStringList profile{QStringLiteral("--profile"), QStringLiteral("Offline")};
        const QList<QStringList> authCommands{
            {QStringLiteral("auth"), QStringLiteral("set")},
            {QStringLiteral("auth"), QStringLiteral("test")},
            {QStringLiteral("auth"), QStringLiteral("remove")},
        };
        for (const QStringList& command : authCommands) {
            const CliRun result = run(profile + command, "key-typed-in\n", {}, false);
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QLatin1StringView("no keychain is available")),
                     qPrintable(result.err));
            QVERIFY2(
                result.err.contains(QLatin1StringView("Start or unlock the keychain, then run the command "
                                                      "again.")),
                qPrintable(result.err));
            QVERIFY2(!result.err.contains(QLatin1StringView("ENROLLDESK_API_KEY")) &&
                         !result.err.contains(QLatin1StringView("--api-key-stdin")),
                     qPrintable(result.err));
        }
        CliRun result =
            run(profile + QStringList{QStringLiteral("orgs"), QStringLiteral("list")}, {}, {}, false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1StringView("no keychain is available")) &&
                     result.err.contains(QLatin1StringView("ENROLLDESK_API_KEY")),
                 qPrintable(result.err));

        result = run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Offline")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.out.contains(QStringLiteral("Removed profile “Offline”.")), qPrintable(result.out));
        QVERIFY2(result.err.contains(QLatin1StringView("no keychain is available")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("may still be in the keychain, under entry “profile/")),
                 qPrintable(result.err));
        QVERIFY2(!result.err.contains(QLatin1StringView("session")), qPrintable(result.err));
        const CliRun listed =
            run({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array(), QJsonArray());
    }

    // The profile chosen with `profile use` is left out when --base-url or --org is given: an error it
    // leaves unexplained names it, and --verbose says which profile, base URL and organization apply.
    void activeProfileLeftOutIsNamed()
    {
        const auto restore = useProfileWithDefaults(); // active, on the sandbox, organization acme
        const QString baseUrl = m_sandbox.baseUrl().toString();
        const QString leftOut =
            QStringLiteral("profile “Defaults” (the one chosen with profile use) is not used because "
                           "--base-url was given");
        CliRun result =
            run({QStringLiteral("--base-url"), baseUrl, QStringLiteral("windows"), QStringLiteral("create"),
                 QStringLiteral("--user"), m_userId, QStringLiteral("--no-email")},
                {}, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("No --org given, and ") + leftOut),
                 qPrintable(result.err));
        QVERIFY2(!result.err.contains(QLatin1StringView("no profile in use")), qPrintable(result.err));

        result = run({QStringLiteral("--base-url"), baseUrl, QStringLiteral("--org"),
                      SandboxProcess::organizationSlug(), QStringLiteral("orgs"), QStringLiteral("list")},
                     {}, {}, false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("profile “Defaults” (the one chosen with profile use) is "
                                                    "not used because --base-url and --org were given")),
                 qPrintable(result.err));
        QCOMPARE(m_sandbox.requests().size(), 0);

        result = run({QStringLiteral("--verbose"), QStringLiteral("orgs"), QStringLiteral("list")}, {},
                     SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral("profile: “Defaults”, the one chosen with profile use")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("base URL: %1, from profile “Defaults”").arg(baseUrl)),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("organization: acme, from profile “Defaults”")),
                 qPrintable(result.err));

        result = run({QStringLiteral("--verbose"), QStringLiteral("orgs"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral("profile: none; profile “Defaults”")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("base URL: %1, from --base-url").arg(baseUrl)),
                 qPrintable(result.err));
    }

    // A profile's defaults are checked when it is saved, but the file can be edited by hand: a bad one
    // is reported as the profile's setting, not as an option the user never typed. Nothing is sent.
    void invalidProfileDefaultsNameTheProfile()
    {
        m_configHome = m_dir.filePath(QStringLiteral("config-bad-defaults"));
        const auto restore = qScopeGuard([this] { m_configHome.clear(); });
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Edited")}).exitCode,
                 0);
        const CliRun listed =
            run({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("list")});
        const QString id = QJsonDocument::fromJson(listed.out.toUtf8())
                               .array()
                               .at(0)
                               .toObject()
                               .value(QLatin1StringView("id"))
                               .toString();
        QVERIFY(!id.isEmpty());
        {
            QSettings settings(m_configHome + QStringLiteral("/EnrollDesk/EnrollDesk.conf"),
                               QSettings::IniFormat);
            settings.setValue(QStringLiteral("profiles/%1/defaultLanguage").arg(id), QStringLiteral("xx"));
            settings.setValue(QStringLiteral("profiles/%1/defaultDurationSeconds").arg(id), 30);
        }
        const QStringList create{QStringLiteral("--profile"), QStringLiteral("Edited"),
                                 QStringLiteral("windows"),   QStringLiteral("create"),
                                 QStringLiteral("--user"),    m_userId,
                                 QStringLiteral("--no-email")};
        CliRun result = run(create, {}, SandboxProcess::apiKey(), false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("Profile “Edited”, setting defaultLanguage: Language: "
                                                    "“xx”")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("Profile “Edited”, setting defaultDurationSeconds: "
                                                    "Duration: at least 1 minute")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1StringView("Give --language")), qPrintable(result.err));
        QCOMPARE(m_sandbox.requests().size(), 0);

        // Options given instead: the profile's settings are not used.
        result = run(create + QStringList{QStringLiteral("--language"), QStringLiteral("de"),
                                          QStringLiteral("--duration"), QStringLiteral("1h")},
                     {}, SandboxProcess::apiKey(), false);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    // windows list trims --user and --policy as windows create trims --user; a value out of range names
    // the option; users search without TEXT lists every user, as --help says.
    void listOptionsAreTrimmedAndNamed()
    {
        CliRun result = run({QStringLiteral("windows"), QStringLiteral("list"), QStringLiteral("--user"),
                             u' ' + m_userId + u' '});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QUrlQuery query(
            m_sandbox.requests().last().toObject().value(QLatin1StringView("query")).toString());
        QCOMPARE(query.queryItemValue(QStringLiteral("mdm-user")), m_userId);

        for (const QStringList& command : {QStringList{QStringLiteral("windows"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("users"), QStringLiteral("search")}}) {
            QVERIFY(m_sandbox.clearRequests());
            result = run(command + QStringList{QStringLiteral("--limit"), QStringLiteral("0")});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QLatin1StringView("--limit: Page size: 1 or more.")),
                     qPrintable(result.err));
            QCOMPARE(m_sandbox.requests().size(), 0);
        }

        result = run({QStringLiteral("users"), QStringLiteral("search")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(m_userEmail), qPrintable(result.out));
        const CliRun help = run({QStringLiteral("--help")}, {}, {}, false);
        QVERIFY2(help.out.contains(QLatin1StringView("users search [TEXT] [--page N] [--limit N]")),
                 qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
