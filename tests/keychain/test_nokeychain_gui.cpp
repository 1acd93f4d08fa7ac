// The console without a keychain: tests/keychain/with-keyring gives this test (its name contains
// "nokeychain") a private bus on which no Secret Service runs. The Profiles page shows its banner, offers
// the session-only mode, a key used that way lists organizations and creates a token, nothing reaches
// the disk, and the CLI's `auth set` refuses plainly.

#include "apiclient.h"
#include "appcontext.h"
#include "connectionbanner.h"
#include "keyscan.h"
#include "profilespage.h"
#include "sandboxprocess.h"
#include "secretstore.h"

#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QVBoxLayout>

#include <optional>

namespace {

constexpr int kWaitMs = 30000;

template <typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

template <typename T>
std::optional<ApiResult<T>> await(const std::function<void(ApiClient::Callback<T>)>& start)
{
    std::optional<ApiResult<T>> result;
    start([&result](const ApiResult<T>& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
        return std::nullopt;
    return result;
}

} // namespace

class TestNoKeychainGui : public QObject
{
    Q_OBJECT

    QByteArray m_key = uniqueTestKey("session", "gui");
    SandboxProcess m_sandbox{{QStringLiteral("--api-key"), QString::fromLatin1(m_key)}};

private Q_SLOTS:
    void initTestCase()
    {
        if (qgetenv("ENROLLDESK_PRIVATE_KEYRING") != "none")
            QSKIP("needs tests/keychain/with-keyring's bus without a keyring (run through CTest)");
        QVERIFY(QDir::homePath().startsWith(qEnvironmentVariable("ENROLLDESK_KEYRING_ROOT")));
        QVERIFY(m_sandbox.start());
    }

    void sessionOnlyModeWorksAndWritesNothing()
    {
        QSettings settings(QDir::homePath() + QStringLiteral("/.config/EnrollDesk/EnrollDesk.conf"),
                           QSettings::IniFormat);
        KeychainSecretStore secrets;
        AppContext context(&settings, &secrets);
        Profile profile;
        profile.name = QStringLiteral("No keyring");
        profile.baseUrl = m_sandbox.baseUrl();
        profile.organization = SandboxProcess::organizationSlug();
        const QString id = context.profiles()->add(profile);
        context.activateProfile(id);

        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* banner = new ConnectionBanner(&context);
        auto* page = new ProfilesPage(&context);
        layout->addWidget(banner);
        layout->addWidget(page);
        window.resize(1100, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A clear, non-fatal banner, and the key state says why.
        QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>(page, "keychainBanner")->isVisible(), kWaitMs);
        QVERIFY(child<QLabel>(page, "keychainBannerText")->text().contains(QLatin1StringView("No keychain")));
        QTRY_COMPARE_WITH_TIMEOUT(page->selectedKeyState(), AppContext::KeyState::Unavailable, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(context.keyState(), AppContext::KeyState::Unavailable, kWaitMs);
        QCOMPARE(child<QLabel>(banner, "bannerKeyState")->text(),
                 ConnectionBanner::tr("Keychain unavailable"));
        QVERIFY(!child<QPushButton>(page, "saveKeyButton")->isVisible());

        // "Use for this session only": tested, then held in memory.
        auto* key = child<QLineEdit>(page, "apiKeyEdit");
        QTest::keyClicks(key, QString::fromLatin1(m_key));
        auto* session = child<QPushButton>(page, "sessionKeyButton");
        QVERIFY(session->isVisible() && session->isEnabled());
        QTest::mouseClick(session, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->selectedKeyState(), AppContext::KeyState::SessionOnly, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(context.keyState(), AppContext::KeyState::SessionOnly, kWaitMs);
        QVERIFY(key->text().isEmpty());
        QVERIFY(child<QLabel>(page, "keyStateLabel")->text().contains(QLatin1StringView("ession")));

        // The session key does the work: organizations, a user, a token.
        ApiClient* client = context.client();
        const auto orgs = await<Page<Organization>>(
            [&](ApiClient::Callback<Page<Organization>> done) { client->listOrganizations(this, done); });
        QVERIFY(orgs && orgs->ok());
        QVERIFY(!orgs->value.items.isEmpty());
        UserSearchQuery query;
        query.text = QStringLiteral("a");
        const auto users = await<Page<MdmUser>>(
            [&](ApiClient::Callback<Page<MdmUser>> done) { client->searchUsers(query, this, done); });
        QVERIFY(users && users->ok() && !users->value.items.isEmpty());
        WindowsTokenRequest request;
        request.mdmUserId = users->value.items.first().id;
        request.settings.sendEmail = false;
        const auto token = await<EnrollmentToken>([&](ApiClient::Callback<EnrollmentToken> done) {
            client->createWindowsToken(request, this, done);
        });
        QVERIFY2(token && token->ok(), token ? qPrintable(token->error.message()) : "timed out");
        QVERIFY(!token->value.enrollCode.isEmpty());

        // The CLI cannot store a key either, and says so.
        QProcess cli;
        cli.start(QStringLiteral(ENROLLDESK_CLI_PATH),
                  {QStringLiteral("auth"), QStringLiteral("set"), QStringLiteral("--profile"), profile.name});
        QVERIFY(cli.waitForStarted());
        cli.write(m_key + '\n');
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(kWaitMs));
        const QByteArray errors = cli.readAllStandardError();
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(errors.contains("no keychain is available"), errors.constData());
        QVERIFY(!errors.contains(m_key));

        // Nothing under HOME (settings, cache, data) holds the key; the settings file is there to be seen.
        settings.sync();
        QVERIFY(!filesContaining(QDir::homePath(), {QByteArrayLiteral("No keyring")}).isEmpty());
        QCOMPARE(filesContaining(qEnvironmentVariable("ENROLLDESK_KEYRING_ROOT"),
                                 {m_key, m_key.toBase64(), m_key.toHex()}),
                 QStringList());
    }
};

QTEST_MAIN(TestNoKeychainGui)
#include "test_nokeychain_gui.moc"
