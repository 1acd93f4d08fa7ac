// The console as a process (ui/main.cpp): what a start from the command line leaves behind. A profile
// named on the command line (--sandbox, as scripts/run starts it, or --profile) is for that session: the
// next start and the CLI keep the profile the user chose.

#include "sandboxprocess.h"

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
            if (line.startsWith(u'*'))
                return line;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
    }

    void sandboxSessionKeepsTheChosenProfile()
    {
        // The user's own profile, chosen with `profile use` (the first one added is the active one).
        QVERIFY(!cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Acme"),
                      QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(), QStringLiteral("--org"),
                      SandboxProcess::organizationSlug()})
                     .isNull());
        QVERIFY2(activeProfileLine().contains(QLatin1StringView("Acme")), qPrintable(activeProfileLine()));

        QProcess console;
        console.setProcessEnvironment(environment());
        console.start(QStringLiteral(ENROLLDESK_CONSOLE_PATH),
                      {QStringLiteral("--sandbox"), m_sandbox.baseUrl().toString()});
        QVERIFY(console.waitForStarted());
        // The window asks for the policy lists once the sandbox profile is active.
        QTRY_VERIFY_WITH_TIMEOUT(!m_sandbox.requests().isEmpty(), 30000);
        console.terminate();
        QVERIFY(console.waitForFinished(10000));

        const QString listed = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY2(listed.contains(QLatin1StringView("Sandbox")), qPrintable(listed)); // it was there
        QVERIFY2(activeProfileLine().contains(QLatin1StringView("Acme")), qPrintable(listed));
    }
};

QTEST_GUILESS_MAIN(TestConsoleStart)
#include "test_consolestart.moc"
