// The console as a process (ui/main.cpp): what a start from the command line leaves behind. A profile
// named on the command line (--sandbox, as scripts/run starts it, or --profile) is for that session: the
// next start and the CLI keep the profile the user chose.

#include "sandboxprocess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestConsoleStart : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ENROLLDESK_API_KEY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    // Runs the CLI to its end; its standard output, or a null string when it fails.
    QString cli(const QStringList& arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(ENROLLDESK_CLI_PATH), arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning("%s", process.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // The line of `profile list` that marks the active profile.
    QString activeProfileLine() const
    {
        const QStringList lines = cli({QStringLiteral("profile"), QStringLiteral("list")}).split(u'\n');
        for (const QString& line : lines) {
            if (line.startsWith(u'*') && !line.startsWith(u"* =")) // not the legend under the list
                return line;
        }
        return {};
    }

    // Starts the console against the sandbox and ends it once its window has asked for something.
    // `mappedFiles`, when given, receives the process's memory map at that moment.
    bool runConsoleOnTheSandbox(QByteArray* mappedFiles = nullptr)
    {
        QProcess console;
        console.setProcessEnvironment(environment());
        console.start(QStringLiteral(ENROLLDESK_CONSOLE_PATH),
                      {QStringLiteral("--sandbox"), m_sandbox.baseUrl().toString()});
        if (!console.waitForStarted())
            return false;
        // The window asks for the policy lists once the sandbox profile is active.
        const bool asked = QTest::qWaitFor([this] { return !m_sandbox.requests().isEmpty(); }, 30000);
        if (mappedFiles) {
            QFile maps(QStringLiteral("/proc/%1/maps").arg(console.processId()));
            if (maps.open(QIODevice::ReadOnly))
                *mappedFiles = maps.readAll();
        }
        console.terminate();
        return console.waitForFinished(10000) && asked;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    // The very first start, with no profile yet: the sandbox's is added, but not made the one in use.
    void firstSandboxSessionLeavesNoProfileInUse()
    {
        QVERIFY(runConsoleOnTheSandbox());
        const QString listed = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY2(listed.contains(QLatin1StringView("Sandbox")), qPrintable(listed));
        QVERIFY2(activeProfileLine().isEmpty(), qPrintable(listed));
    }

    void sandboxSessionKeepsTheChosenProfile()
    {
        // The user's own profile, chosen with `profile use` (the first one added is the active one).
        QVERIFY(!cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Acme"),
                      QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(), QStringLiteral("--org"),
                      SandboxProcess::organizationSlug()})
                     .isNull());
        QVERIFY2(activeProfileLine().contains(QLatin1StringView("Acme")), qPrintable(activeProfileLine()));

        QVERIFY(runConsoleOnTheSandbox());

        const QString listed = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY2(listed.contains(QLatin1StringView("Sandbox")), qPrintable(listed)); // it was there
        QVERIFY2(activeProfileLine().contains(QLatin1StringView("Acme")), qPrintable(listed));
    }

    // What only a rarely used command needs is loaded when it is used, not at every start
    // (bench/README.md): printing (QtPrintSupport, through the print dialog plugin).
    void startLoadsNoPrintSupport()
    {
        QByteArray maps;
        QVERIFY(runConsoleOnTheSandbox(&maps));
        QVERIFY2(maps.contains("libQt6Widgets"), "the memory map was not read");
        QVERIFY(!maps.contains("libQt6PrintSupport"));
        QVERIFY(!maps.contains("enrolldesk-printdialogs"));
    }

    // The dynamic loader searches the libraries in the order the executable names them, for every
    // symbol imported at start-up: the ones most symbols come from first (ui/CMakeLists.txt).
    void startSearchesQtCoreAndLibcFirst()
    {
        if (!ENROLLDESK_STARTUP_LIBRARIES_ORDERED)
            QSKIP("This build leaves the order to the linker (a sanitizer build, or not glibc with "
                  "libstdc++: ENROLLDESK_ORDER_STARTUP_LIBRARIES in ui/CMakeLists.txt).");
        QProcess loader;
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("LD_PRELOAD")); // a preloaded library would come first
        env.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1")); // list, do not run
        loader.setProcessEnvironment(env);
        loader.start(QStringLiteral(ENROLLDESK_CONSOLE_PATH));
        QVERIFY(loader.waitForFinished(30000));
        QStringList order;
        for (const QByteArray& line : loader.readAllStandardOutput().split('\n')) {
            const QByteArray name = line.trimmed().split(' ').value(0);
            if (!name.isEmpty() && !name.startsWith("linux-vdso"))
                order << QString::fromLatin1(name);
        }
        const QStringList first{QStringLiteral("libQt6Core.so.6"), QStringLiteral("libc.so.6"),
                                QStringLiteral("libstdc++.so.6"), QStringLiteral("libQt6Gui.so.6"),
                                QStringLiteral("libQt6Widgets.so.6")};
        QCOMPARE(order.mid(0, first.size()), first);
        QVERIFY2(order.contains(QLatin1StringView("libQt6Network.so.6")), qPrintable(order.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestConsoleStart)
#include "test_consolestart.moc"
